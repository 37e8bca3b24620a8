"""Who may capture: the roles that attach files, whatever the way in (issue 19, item 14)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.capture import tray
from app.capture.importer import import_pages, import_paths
from app.capture.pages import image_page
from app.documents.inspect import inspect_bytes
from app.domain.enums import Role
from app.errors import PermissionDenied
from app.organisation import setup
from app.organisation.actor import authenticate
from app.store.models import TrayItem
from tests.conftest import Office
from tests.support import scans


@pytest.fixture
def agent(office: Office):  # type: ignore[no-untyped-def]
    setup.add_user(
        office.db,
        office.admin,
        login="kouazzani",
        full_name="Khalid Ouazzani",
        role=Role.AGENT,
        password="agent-pass-2026",
        service_codes=["RH"],
    )
    return authenticate(office.db, "kouazzani", "agent-pass-2026")


def _waiting(office: Office) -> int:
    with office.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(TrayItem)) or 0)


def test_an_agent_imports_nothing_into_the_tray(office: Office, agent, tmp_path) -> None:  # type: ignore[no-untyped-def]
    png = scans.png_bytes(scans.scanned(scans.text_page(), angle=1, seed=3))
    path = tmp_path / "lettre.png"
    path.write_bytes(png)
    with pytest.raises(PermissionDenied):
        import_paths(office.db, agent, [path])
    with pytest.raises(PermissionDenied):
        import_pages(office.db, agent, [image_page(png, "scan.png")], "scan.png", origin="scan")
    with office.db.write() as session, pytest.raises(PermissionDenied):
        tray.add_in(session, agent, inspect_bytes("x.png", png, max_bytes=10**7), reason="no_label")
    assert _waiting(office) == 0

    report = import_paths(office.db, office.clerk, [path])
    assert len(report.trayed) == 1 and _waiting(office) == 1
