"""The portal window: the log in the user's language, a quarantined deposit with its reason,
discarding it with a reason (an empty one refused), from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.portal import intake, overview, synclog
from tests.conftest import Office
from tests.support.gui import main_window, type_text
from tests.support.portal_desk import configure
from ui.portal.discard_dialog import DiscardDialog

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

DEPOSIT = {
    "id": "BOD-2026-000417",
    "subject": "Demande d'autorisation d'occupation temporaire",
    "depositor": {"kind": "citizen", "name": "Hicham Bennani"},
    "deposited_at": "2026-11-23T09:14:00+00:00",
}


@pytest.fixture(autouse=True)
def no_automatic_sync(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr("ui.portal.sync.FIRST_SYNC_MS", 600_000)
    yield


def _key(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_quarantined_deposit_is_shown_then_discarded_with_a_reason(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    configure(office)
    office_id = office.admin.office_id
    intake.quarantine(office.db, office_id, DEPOSIT, "file_hash_mismatch", "scan.pdf")
    with main_window(qtbot, office.db, office.clerk) as win:
        _key(qtbot, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
        window = win.portal.portal_window
        assert window is not None
        qtbot.waitUntil(lambda: window.quarantine.topLevelItemCount() == 1, timeout=10000)
        # The log says it in French, newest first, the level by its icon's data.
        line = window.log.topLevelItem(0)
        assert line.text(1) == (
            "Dépôt BOD-2026-000417 mis en quarantaine : "
            "fichier altéré : son empreinte SHA-256 ne correspond pas."
        )
        assert line.data(0, Qt.ItemDataRole.UserRole) == synclog.WARNING
        assert window.tabs.tabText(1) == "&Quarantaine (1)"

        _key(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.quarantine, timeout=5000)
        row = window.quarantine.topLevelItem(0)
        assert row.text(0).lstrip("\u200e") == "BOD-2026-000417"
        assert "Hicham Bennani" in row.text(2)
        assert "autorisation d'occupation" in row.text(3)
        assert row.text(4) == "fichier altéré : son empreinte SHA-256 ne correspond pas"
        assert row.text(5) == "1 tentative"  # a final reason: the clerk decides
        assert "scan.pdf" in row.text(6)

        _key(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # É&carter…
        dialogs = lambda: [w for w in window.children() if isinstance(w, DiscardDialog)]  # noqa: E731
        qtbot.waitUntil(lambda: bool(dialogs()), timeout=5000)
        (dialog,) = dialogs()
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.reason, timeout=5000)
        _key(qtbot, Qt.Key.Key_Return)  # no reason: refused, in French
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
        assert dialog.message.text() == "Indiquez le motif."
        assert overview.quarantined(office.db, office_id)  # still there

        type_text("Doublon du dépôt BOD-2026-000416, déjà enregistré", dialog.reason)
        with qtbot.waitSignal(dialog.discarded, timeout=10000):
            _key(qtbot, Qt.Key.Key_Return)
        assert overview.quarantined(office.db, office_id) == []
        qtbot.waitUntil(lambda: window.quarantine.topLevelItemCount() == 0, timeout=10000)
        assert "BOD-2026-000417" in window.status.text() and "écarté" in window.status.text()
        assert window.tabs.tabText(1) == "&Quarantaine"

        win.set_language("ar")  # the log follows the language, the newest line first
        qtbot.waitUntil(lambda: window.tabs.tabText(1) == "الإيداعات الم&علقة", timeout=5000)
        # the deposit's id isolated left to right inside the Arabic line
        deposit = "\u2066BOD-2026-000417\u2069"
        assert window.log.topLevelItem(0).text(1) == f"تم استبعاد الإيداع {deposit}."
        assert window.log.topLevelItem(1).text(1).startswith(f"عُلّق الإيداع {deposit}")


def test_the_quarantine_counts_the_tries_and_says_which_come_back_by_themselves(
    qtbot, office: Office
) -> None:  # type: ignore[no-untyped-def]
    configure(office)
    office_id = office.admin.office_id
    unreachable = dict(DEPOSIT, id="BOD-2026-000420")
    intake.quarantine(office.db, office_id, DEPOSIT, "file_unavailable", "piece.pdf : HTTP 404")
    for _ in range(2):  # two syncs could not get its file
        intake.quarantine(office.db, office_id, unreachable, "file_unreachable", "piece.pdf")
    with main_window(qtbot, office.db, office.clerk) as win:
        _key(qtbot, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
        window = win.portal.portal_window
        assert window is not None
        qtbot.waitUntil(lambda: window.quarantine.topLevelItemCount() == 2, timeout=10000)
        first, second = (window.quarantine.topLevelItem(i) for i in range(2))
        assert window.quarantine.headerItem().text(5) == "Tentatives"
        assert first.text(4) == "fichier refusé par le portail (erreur à son téléchargement)"
        assert first.text(5) == "1 sur 5, automatique"
        assert second.text(5) == "2 sur 5, automatique"
        assert "5 fois au plus" in second.toolTip(5)

        win.set_language("ar")
        quarantine_tab = "الإيداعات الم&علقة"
        qtbot.waitUntil(lambda: window.tabs.tabText(1).startswith(quarantine_tab), timeout=5000)

        # Arabic says one try and two tries by their own words, not "1" and "2"
        def tries(row: int) -> str:  # the rows may be refilled on the change of language
            return window.quarantine.topLevelItem(row).text(5)

        qtbot.waitUntil(lambda: tries(1) == "محاولتان من 5، تلقائيا", timeout=5000)
        assert tries(0) == "محاولة واحدة من 5، تلقائيا"
        assert window.quarantine.headerItem().text(5) == "المحاولات"
        assert "لم ترد البوابة" in window.quarantine.topLevelItem(1).text(4)
