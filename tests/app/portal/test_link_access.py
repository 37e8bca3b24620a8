"""The portal's address is an administrator's setting, whichever way it is changed.

``sync --portal URL`` (``engine.sync_once(url=...)``) with the link's own URL is a clerk's
daily sync; another URL, or a first one, points the office at another feed and reads it from
the start: refused to a clerk as ``portal configure`` is, and audited when an administrator
does it.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied
from app.portal import engine
from app.portal.link import ensure_link, get_link
from app.store.models import AuditEvent, PortalLink
from tests.conftest import Office

URL = "https://portail.example.ma"
ROGUE = "http://127.0.0.1:9"


def _configured(office: Office) -> list[dict[str, object]]:
    with office.db.read() as session:
        rows = session.scalars(
            select(AuditEvent.payload).where(AuditEvent.action == "portal.configured")
        ).all()
    return [json.loads(r) for r in rows]


def _set_cursor(office: Office, cursor: str) -> None:
    with office.db.write() as session:
        link = session.get(PortalLink, office.admin.office_id)
        assert link is not None
        link.cursor = cursor


def test_a_clerk_syncs_the_configured_portal_but_cannot_repoint_it(office: Office) -> None:
    with pytest.raises(PermissionDenied) as first:
        ensure_link(office.db, office.clerk, URL, "mj-bo")
    assert first.value.code == "portal_repoint_denied" and first.value.exit_code == 3
    assert get_link(office.db, office.admin.office_id) is None

    ensure_link(office.db, office.admin, URL, "mj-bo")
    _set_cursor(office, "c-42")
    same = ensure_link(office.db, office.clerk, URL, "mj-bo")
    assert (same.url, same.cursor) == (URL, "c-42")

    for url, client_id in ((ROGUE, None), (URL, "autre-bureau")):
        with pytest.raises(PermissionDenied) as caught:
            ensure_link(office.db, office.clerk, url, client_id)
        assert URL in caught.value.message("fr") and "administrateur" in caught.value.message("fr")
    with pytest.raises(PermissionDenied):  # through the sync itself, before any request
        engine.sync_once(office.db, office.clerk, url=ROGUE)
    kept = get_link(office.db, office.admin.office_id)
    assert kept is not None and (kept.url, kept.client_id, kept.cursor) == (URL, "mj-bo", "c-42")
    assert len(_configured(office)) == 1


def test_an_administrator_repointing_it_is_audited(office: Office) -> None:
    ensure_link(office.db, office.admin, URL, "mj-bo")
    _set_cursor(office, "c-42")
    moved = ensure_link(office.db, office.admin, ROGUE, None)
    assert (moved.url, moved.cursor, moved.client_id) == (ROGUE, None, "mj-bo")
    with office.db.read() as session:
        actors = session.scalars(
            select(AuditEvent.actor).where(AuditEvent.action == "portal.configured")
        ).all()
    assert actors == ["admin", "admin"]
    assert _configured(office)[-1] == {
        "url": ROGUE,
        "client_id": "mj-bo",
        "via": "sync",
        "cursor_reset": True,
    }
