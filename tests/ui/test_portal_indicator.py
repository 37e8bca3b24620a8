"""The portal's line in the status bar: not configured, synced with its counts, an error told in
the user's language; who sees it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from app.domain.clock import now_utc, to_local
from app.domain.enums import Role
from app.organisation import setup
from app.organisation.actor import authenticate
from app.portal import intake, outbox
from tests.conftest import Office
from tests.support.gui import main_window
from tests.support.portal_desk import configure, synced_at, update

sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture(autouse=True)
def no_automatic_sync(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """These tests look at the indicator: the first sync must not start under them."""
    monkeypatch.setattr("ui.portal.sync.FIRST_SYNC_MS", 600_000)
    yield


def _indicator_text(qtbot, win, starts: str) -> str:  # type: ignore[no-untyped-def]
    indicator = win.portal.indicator
    qtbot.waitUntil(lambda: indicator.text().startswith(starts), timeout=10000)
    return indicator.text()


@sqlite_only
def test_not_configured_is_said_to_an_administrator(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.admin) as win:
        _indicator_text(qtbot, win, "Portail non configuré")
        assert win.portal.indicator.isVisible()
        assert not win.portal.sync.timer.isActive()  # nothing to sync with


@sqlite_only
def test_a_clerk_sees_no_indicator_before_the_portal_is_set_up(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.portal.sync.state is not None, timeout=10000)
        assert not win.portal.indicator.isVisible()
        assert win.menu_portal.menuAction().isVisible()


@sqlite_only
def test_synced_with_what_is_pending_and_quarantined(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    configure(office)
    office_id = office.admin.office_id
    at = now_utc()
    synced_at(office.db, office_id, at)
    intake.quarantine(office.db, office_id, {"id": "DEP-7", "subject": "x"}, "file_hash_mismatch")
    with office.db.write() as session:
        for key in ("ack:DEP-1", "ack:DEP-2"):
            outbox.enqueue(session, office_id, outbox.ACK, key, {}, deposit_id=key[4:])
    with main_window(qtbot, office.db, office.clerk) as win:
        text = _indicator_text(qtbot, win, "Portail : à jour")
        hour = to_local(at).strftime("%H:%M")
        assert text == f"Portail : à jour (\u2068{hour}\u2069) · 2 en attente · 1 en quarantaine"
        assert win.portal.sync.timer.isActive()  # the first sync is coming
        assert "toutes les 15 minutes" in win.portal.indicator.button.toolTip()


@sqlite_only
def test_an_error_is_told_in_french_then_in_arabic(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    configure(office)
    update(
        office.db,
        office.admin.office_id,
        last_attempt_at=now_utc(),
        last_error="portal_auth_refused",
        last_error_detail=json.dumps({}),
    )
    with main_window(qtbot, office.db, office.clerk) as win:
        text = _indicator_text(qtbot, win, "Portail : erreur")
        assert "refuse les identifiants du bureau d'ordre" in text
        assert "color: #b00020" in win.portal.indicator.button.styleSheet()
        win.set_language("ar")
        text = _indicator_text(qtbot, win, "البوابة: خطأ")
        assert "ترفض البوابة بيانات اعتماد مكتب الضبط" in text


@sqlite_only
def test_an_error_keeps_its_details(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    configure(office)
    update(
        office.db,
        office.admin.office_id,
        last_error="portal_unavailable",
        last_error_detail=json.dumps({"detail": "ConnectTimeout"}),
    )
    with main_window(qtbot, office.db, office.clerk, lang="ar") as win:
        text = _indicator_text(qtbot, win, "البوابة: خطأ")
        assert "البوابة لا تستجيب (ConnectTimeout)" in text


def _user(office: Office, login: str, role: Role):  # type: ignore[no-untyped-def]
    setup.add_user(
        office.db,
        office.admin,
        login=login,
        full_name=login,
        role=role,
        password="desk-pass-2026",
        service_codes=["RH"] if role is Role.CHEF else [],
    )
    return authenticate(office.db, login, "desk-pass-2026")


@sqlite_only
def test_a_chef_sees_nothing_of_the_portal(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    configure(office)
    chef = _user(office, "chef_rh", Role.CHEF)
    with main_window(qtbot, office.db, chef) as win:
        assert not win.menu_portal.menuAction().isVisible()
        assert win.portal.open_window() is None
        assert not win.portal.indicator.isVisible()
        assert not win.portal.sync.timer.isActive()


@sqlite_only
def test_a_supervisor_looks_but_does_not_sync(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    configure(office)
    supervisor = _user(office, "superviseur", Role.SUPERVISOR)
    with main_window(qtbot, office.db, supervisor) as win:
        _indicator_text(qtbot, win, "Portail : jamais synchronisé")
        assert not win.portal.sync.timer.isActive()
        assert not win.portal.action_sync.isVisible()
        window = win.portal.open_window()
        assert window is not None and not window.retry_button.isVisibleTo(window)
        qtbot.waitUntil(lambda: window.view is not None, timeout=10000)


def test_the_progress_bar_counts_when_the_portal_says_how_many(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ui.i18n import Languages
    from ui.portal.indicator import SyncIndicator

    Languages(QApplication.instance()).apply("fr")  # the indicator's own texts, in French
    indicator = SyncIndicator(lang=lambda: "fr")
    qtbot.addWidget(indicator)
    indicator.show()
    indicator.set_running(True)
    assert indicator.text() == "Portail : synchronisation…"
    indicator.show_progress("feed", 0, -1)
    assert (indicator.bar.minimum(), indicator.bar.maximum()) == (0, 0)  # busy
    indicator.show_progress("feed", 40, 250)
    assert (indicator.bar.maximum(), indicator.bar.value()) == (250, 40)
    assert indicator.bar.format() == "40 / 250"
    qtbot.waitUntil(lambda: indicator.bar.isVisible(), timeout=2000)  # after a moment only
    indicator.set_running(False)
    assert not indicator.bar.isVisible() and not indicator.stop_button.isVisible()
