"""Reading the organisation back as plain data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.store.database import Database
from app.store.models import Office, Service


@dataclass(frozen=True)
class ServiceRow:
    code: str
    name_ar: str
    name_fr: str
    kind: str
    parent_code: str | None

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_fr


@dataclass(frozen=True)
class OfficeRow:
    id: int
    code: str
    name_ar: str
    name_fr: str
    ministry_ar: str | None = None
    ministry_fr: str | None = None

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_fr


def services(db: Database) -> list[ServiceRow]:
    with db.read() as session:
        rows = session.scalars(select(Service).where(Service.active).order_by(Service.code)).all()
        codes = {s.id: s.code for s in rows}
        return [
            ServiceRow(s.code, s.name_ar, s.name_fr, s.kind, codes.get(s.parent_id or -1))
            for s in rows
        ]


def office(db: Database) -> OfficeRow | None:
    """The office of this database, or None before set-up.

    Read from the table's own columns: the desk asks it before its log-in shows, and the ORM's
    mappings need not be set up for it (the log-in sets them up, on the worker)."""
    t = Office.__table__
    stmt = select(t.c.id, t.c.code, t.c.name_ar, t.c.name_fr, t.c.ministry_ar, t.c.ministry_fr)
    with db.read() as session:
        o = session.execute(stmt.order_by(t.c.id).limit(1)).first()
        return OfficeRow(*o) if o is not None else None
