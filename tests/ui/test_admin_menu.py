"""The administration screen from the desk: offered to administrators only, and what it
changes reaches the desk's lists at once."""

from __future__ import annotations

from app.organisation.service_admin import create_service
from tests.conftest import Office
from tests.support.gui import main_window


def test_only_an_administrator_is_offered_the_administration(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        assert not win.action_admin.isVisible()
        assert win.open_administration() is None
    with main_window(qtbot, office.db, office.admin) as win:
        assert win.action_admin.isVisible()
        assert win.action_admin.text() == "&Administration…"
        dialog = win.open_administration()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.tabs.isEnabled(), timeout=10_000)


def test_a_service_added_there_is_offered_by_the_desk(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.admin) as win:
        dialog = win.open_administration()
        qtbot.waitUntil(lambda: dialog.tabs.isEnabled(), timeout=10_000)
        assert "FORM" not in [s.code for s in win._services]
        create_service(
            office.db,
            office.admin,
            code="FORM",
            name_ar="مصلحة التكوين",
            name_fr="Service de la formation",
            parent_code="RH",
        )
        dialog.changed.emit()  # as after a save in the dialog
        qtbot.waitUntil(lambda: "FORM" in [s.code for s in win._services], timeout=10_000)
