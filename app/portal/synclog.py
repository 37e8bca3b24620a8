"""The sync log: what each sync did, kept as message codes so it reads in the user's language."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import now_utc
from app.i18n import message
from app.store.database import Database
from app.store.models import PortalLogEntry

INFO, WARNING, ERROR = "info", "warning", "error"


@dataclass(frozen=True)
class LogLine:
    id: int
    at: datetime
    level: str
    code: str
    params: dict[str, Any]

    def text(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if "reason" in params:
            params["reason"] = reason_text(str(params["reason"]), lang)
        if self.code == "failed":
            inner = params.pop("params", None) or {}
            params["error"] = message(str(params.get("error")), lang, **inner)
        return message(f"portal_log_{self.code}", lang, **params)


def reason_text(reason: str, lang: str | None = None) -> str:
    """Why a deposit is in quarantine, in the user's language."""
    from app.messages import MESSAGES

    key = f"portal_reason_{reason}"
    return message(key if key in MESSAGES else reason, lang)


def write(session: Session, office_id: int, level: str, code: str, **params: Any) -> None:
    session.add(
        PortalLogEntry(
            office_id=office_id,
            at=now_utc(),
            level=level,
            code=code,
            params=json.dumps(params, ensure_ascii=False, default=str),
        )
    )


def record(db: Database, office_id: int, level: str, code: str, **params: Any) -> None:
    with db.write() as session:
        write(session, office_id, level, code, **params)


def recent(db: Database, office_id: int, limit: int = 200) -> list[LogLine]:
    """The newest lines first."""
    with db.read() as session:
        rows = session.scalars(
            select(PortalLogEntry)
            .where(PortalLogEntry.office_id == office_id)
            .order_by(PortalLogEntry.id.desc())
            .limit(limit)
        ).all()
        return [LogLine(r.id, r.at, r.level, r.code, json.loads(r.params)) for r in rows]
