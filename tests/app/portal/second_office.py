"""A second office on its own database, to receive what the first sends through the portal."""

from __future__ import annotations

from pathlib import Path

from app.domain.enums import Role
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.portal.link import ensure_link
from app.store.database import Database
from app.store.schema import upgrade


def second_office(
    path: Path, code: str, *, portal_url: str | None = None
) -> tuple[Database, Actor]:
    """The office ``code`` and its clerk; linked to ``portal_url`` by its administrator."""
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    admin = setup.init_office(
        db,
        code=code,
        name_ar="مكتب الضبط - جماعة فاس",
        name_fr="Bureau d'ordre - Commune de Fès",
        admin_login="admin",
        admin_password="admin-pass-2026",
        admin_name="Administrateur",
    )
    setup.add_user(
        db,
        admin,
        login="youssef",
        full_name="Youssef El Idrissi",
        role=Role.CLERK,
        password="clerk-pass-2026",
    )
    if portal_url:
        ensure_link(db, admin, portal_url, code)
    return db, authenticate(db, "youssef", "clerk-pass-2026")
