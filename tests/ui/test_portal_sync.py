"""Syncing from the desk against the simulator: F9 registers the deposits (the register and the
indicator show them, the progress bar knew how many); a quarantined deposit tried again once the
cause is gone; a départ sent and then shown delivered; a sync interrupted."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.portal import overview
from app.portal.sim import NewFile, Simulator, run_simulator
from app.registry.browse import RegisterQuery, find_ids
from tests.conftest import Office
from tests.support import files
from tests.support.gui import main_window
from tests.support.portal_desk import configure, memory_keyring
from tests.ui.test_portal_send import outgoing

sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
both_stores = pytest.mark.parametrize(
    "db_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


@pytest.fixture
def sim(office: Office, monkeypatch: pytest.MonkeyPatch) -> Iterator[Simulator]:
    """A simulator with three deposits, the office linked to it, the secret in the keyring."""
    monkeypatch.setattr("ui.portal.sync.FIRST_SYNC_MS", 600_000)
    monkeypatch.delenv("BO_PORTAL_CLIENT_ID", raising=False)
    monkeypatch.delenv("BO_PORTAL_CLIENT_SECRET", raising=False)
    with memory_keyring(), run_simulator(seed_deposits=3, latency_ms=50) as simulator:
        configure(office, simulator.url, secret="demo")
        yield simulator


def _f9(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    win.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table, timeout=5000)
    with qtbot.waitSignal(win.portal.sync.started, timeout=5000):
        qtbot.keyClick(win.table, Qt.Key.Key_F9)


def _synced(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not win.portal.sync.running, timeout=60000)


@both_stores
def test_sync_now_registers_the_deposits_and_the_desk_shows_them(
    qtbot, office: Office, sim: Simulator
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.portal.indicator.isVisible(), timeout=10000)
        assert win.model.rowCount() == 0
        progress: list[tuple[str, int, int]] = []
        said: list[str] = []
        win.portal.sync.progressed.connect(lambda *p: progress.append(p))
        win.portal.message.connect(said.append)
        _f9(qtbot, win)
        assert win.portal.indicator.text() == "Portail : synchronisation…"
        assert win.portal.action_cancel.isEnabled()
        with qtbot.waitSignal(win.portal.sync.finished, timeout=60000) as done:
            pass
        assert done.args[0].registered == 3
        # The register reloads by itself (live updates), the indicator says when.
        qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=15000)
        assert all(win.model.row_at(r).number.startswith("A-") for r in range(3))
        qtbot.waitUntil(lambda: "à jour" in win.portal.indicator.text(), timeout=10000)
        assert said == [
            "Synchronisation : 3 dépôts enregistrés, 0 en quarantaine, 3 envois au portail."
        ]
        assert ("feed", 1, 3) in progress and ("feed", 3, 3) in progress  # the bar counted
        assert progress[-1][0] == "done"
        assert not win.portal.indicator.bar.isVisible()
        assert len(sim.receipts()) == 3  # acknowledged with their registry numbers


@sqlite_only
def test_a_quarantined_deposit_is_registered_once_its_cause_is_gone(
    qtbot, office: Office, sim: Simulator
) -> None:  # type: ignore[no-untyped-def]
    letter = files.pdf_bytes(1)
    bad = sim.add_deposit(
        subject="Réclamation relative à une facture d'eau",
        files=[NewFile("reclamation.pdf", "application/pdf", letter, "0" * 64)],
    )
    with main_window(qtbot, office.db, office.clerk) as win:
        _f9(qtbot, win)
        _synced(qtbot, win)
        qtbot.waitUntil(lambda: "1 en quarantaine" in win.portal.indicator.text(), timeout=10000)
        win.portal.indicator.button.click()  # opens the window on the quarantine
        window = win.portal.portal_window
        qtbot.waitUntil(lambda: window.quarantine.topLevelItemCount() == 1, timeout=10000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.quarantine, timeout=5000)
        assert window.quarantine.current_deposit() == bad
        assert "empreinte SHA-256" in window.quarantine.topLevelItem(0).text(4)
        # The portal corrects the announced hash: trying again registers it.
        with sim.store.write() as conn:
            conn.execute(
                "UPDATE files SET sha256 = ? WHERE deposit_id = ?",
                (hashlib.sha256(letter).hexdigest(), bad),
            )
        qtbot.keyClick(window.quarantine, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: "est enregistré" in window.status.text(), timeout=30000)
        assert overview.quarantined(office.db, office.admin.office_id) == []
        qtbot.waitUntil(lambda: window.quarantine.topLevelItemCount() == 0, timeout=10000)
        assert len(find_ids(office.db, RegisterQuery())) == 4
        assert bad in sim.receipts()
        qtbot.waitUntil(lambda: "quarantaine" not in win.portal.indicator.text(), timeout=10000)


@sqlite_only
def test_a_depart_sent_is_shown_delivered_after_the_sync(
    qtbot, office: Office, sim: Simulator, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    mail = outgoing(office, tmp_path)
    with main_window(qtbot, office.db, office.clerk) as win:
        _f9(qtbot, win)  # brings the directory
        _synced(qtbot, win)
        win.open_number(mail.number)
        qtbot.waitUntil(lambda: win.portal.action_send.isEnabled(), timeout=10000)
        dialog = win.portal.open_send()
        qtbot.waitUntil(lambda: dialog.visible_codes() != [], timeout=10000)
        dialog.filter.setText("MEF-RABAT")
        assert dialog.visible_codes() == ["MEF-RABAT"]
        with qtbot.waitSignal(win.portal.sync.finished, timeout=60000):
            qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # sent, then synced at once
        view = win.portal.sendings
        qtbot.waitUntil(lambda: "remis le" in " ".join(view.lines()), timeout=10000)
        assert "Ministère de l'Économie et des Finances" in view.lines()[0]
        (sent,) = sim.outgoing()
        assert (sent["to_office"], sent["registry_number"]) == ("MEF-RABAT", mail.number)


@sqlite_only
def test_a_sync_is_interrupted_from_the_status_bar(qtbot, office: Office, sim: Simulator) -> None:  # type: ignore[no-untyped-def]
    sim.set_fail_rate(1.0)  # every request fails: the client waits and tries again
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.portal.indicator.isVisible(), timeout=10000)
        _f9(qtbot, win)
        qtbot.waitUntil(lambda: win.portal.indicator.stop_button.isVisible(), timeout=5000)
        qtbot.wait(300)
        with qtbot.waitSignal(win.portal.sync.failed, timeout=10000):
            win.portal.indicator.stop_button.click()
        qtbot.waitUntil(
            lambda: win.portal.indicator.text() == "Portail : synchronisation interrompue",
            timeout=10000,
        )
        assert win.model.rowCount() == 0


@sqlite_only
def test_the_desk_syncs_by_itself_and_never_twice_at_once(
    qtbot, office: Office, sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("ui.portal.sync.FIRST_SYNC_MS", 200)
    with main_window(qtbot, office.db, office.clerk) as win:
        sync = win.portal.sync
        with qtbot.waitSignal(sync.finished, timeout=30000) as first:
            pass  # shortly after the desk opened, nobody asking
        assert first.args[0].registered == 3
        assert sync.timer.isActive() and sync.timer.interval() == 15 * 60_000
        running: list[bool] = []
        sync.started.connect(lambda: running.append(sync.running))
        assert sync.sync_now() is True
        assert sync.sync_now() is False  # asked while one runs: it follows
        with qtbot.waitSignals([sync.finished, sync.finished], timeout=30000):
            pass
        qtbot.waitUntil(lambda: not sync.running, timeout=30000)
        assert len(running) == 2
        assert sync.timer.isActive()  # the next one, an interval after the last
