"""The desk's sync against a portal that trickles its answer (a byte every 50 ms, for ever):
the stop button, and closing the desk, end the request in flight at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.portal.client import Cancelled
from tests.conftest import Office
from tests.support.files import pdf_bytes
from tests.support.gui import main_window
from tests.support.hostile_portal import HostilePortal, Trickle
from tests.support.portal_desk import configure, memory_keyring

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def portal(office: Office, monkeypatch: pytest.MonkeyPatch) -> Iterator[HostilePortal]:
    """A portal whose feed never finishes its headers; the office linked to it."""
    monkeypatch.setattr("ui.portal.sync.FIRST_SYNC_MS", 600_000)
    monkeypatch.delenv("BO_PORTAL_CLIENT_ID", raising=False)
    monkeypatch.delenv("BO_PORTAL_CLIENT_SECRET", raising=False)
    with memory_keyring(), HostilePortal().running() as server:
        server.add_deposit([pdf_bytes(1)])
        server.routes["/v1/deposits"] = Trickle(0.05, "headers")
        configure(office, server.url, secret="demo")
        yield server


def test_the_stop_button_ends_a_sync_held_by_a_trickling_portal(
    qtbot, office: Office, portal: HostilePortal
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.portal.indicator.isVisible(), timeout=10000)
        win.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table, timeout=5000)
        with qtbot.waitSignal(win.portal.sync.started, timeout=5000):
            qtbot.keyClick(win.table, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: portal.requests("/v1/deposits") == 1, timeout=30000)
        qtbot.waitUntil(lambda: win.portal.indicator.stop_button.isVisible(), timeout=5000)
        # The request never ends by itself (its deadline is two minutes away): the stop does.
        with qtbot.waitSignal(win.portal.sync.failed, timeout=10000) as failed:
            win.portal.indicator.stop_button.click()
        assert isinstance(failed.args[0], Cancelled)
        qtbot.waitUntil(
            lambda: win.portal.indicator.text() == "Portail : synchronisation interrompue",
            timeout=10000,
        )
        qtbot.waitUntil(lambda: portal.cut("/v1/deposits") == 1, timeout=10000)


def test_closing_the_desk_ends_its_background_sync_at_once(
    qtbot, office: Office, portal: HostilePortal, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("ui.portal.sync.FIRST_SYNC_MS", 100)  # the desk syncs by itself
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: portal.requests("/v1/deposits") == 1, timeout=30000)
        assert win.portal.sync.running
        win.close()
        # Every worker of the desk is idle soon after: nothing waits on the portal any more.
        assert win._tasks.wait(20_000)
        qtbot.waitUntil(lambda: portal.cut("/v1/deposits") == 1, timeout=10000)
