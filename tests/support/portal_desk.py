"""Helpers for the portal's GUI tests: a configured link, a known directory, a keyring."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import keyring

from app.portal import link
from app.store.database import Database
from app.store.models import PortalLink
from tests.conftest import Office
from tests.support.keyrings import MemoryKeyring

OFFICES = [
    {
        "code": "MF-BO",
        "name_fr": "Bureau d'ordre - Ministère de l'Économie et des Finances",
        "name_ar": "مكتب الضبط - وزارة الاقتصاد والمالية",
        "ministry_fr": "Ministère de l'Économie et des Finances",
        "ministry_ar": "وزارة الاقتصاد والمالية",
        "city": "Rabat",
    },
    {
        "code": "SANTE-BO",
        "name_fr": "Bureau d'ordre - Ministère de la Santé",
        "name_ar": "مكتب الضبط - وزارة الصحة",
        "ministry_fr": "Ministère de la Santé",
        "ministry_ar": "وزارة الصحة",
        "city": "Rabat",
    },
]


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def configure(
    office: Office,
    url: str = "http://127.0.0.1:9",
    *,
    secret: str | None = None,
    enabled: bool = True,
    offices: list[dict[str, Any]] | None = None,
    own_code: str | None = None,
) -> None:
    """The office's link as an administrator saves it; ``offices`` as a sync would keep them."""
    link.configure(
        office.db,
        office.admin,
        link.LinkSettings(url, "demo", enabled=enabled),
        secret=secret,
    )
    if offices is not None or own_code is not None:
        update(
            office.db,
            office.admin.office_id,
            directory=json.dumps(offices or [], ensure_ascii=False),
            portal_office_code=own_code,
        )


def update(db: Database, office_id: int, **values: Any) -> None:
    with db.write() as session:
        row = session.get(PortalLink, office_id)
        assert row is not None
        for name, value in values.items():
            setattr(row, name, value)


def synced_at(db: Database, office_id: int, at: datetime) -> None:
    update(db, office_id, last_attempt_at=at, last_success_at=at, last_error=None)
