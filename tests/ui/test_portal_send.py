"""Sending a départ through the portal from the keyboard: the office chosen by typing part of its
name, the mail queued, its sending shown in the detail pane; an arrivée refused with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.portal import send
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support import files
from tests.support.gui import main_window, type_text
from tests.support.portal_desk import OFFICES, configure, memory_keyring
from ui.portal.send_dialog import SendDialog

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture(autouse=True)
def quiet_portal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No automatic sync, and no secret: the sync after a send fails at once, offline."""
    monkeypatch.setattr("ui.portal.sync.FIRST_SYNC_MS", 600_000)
    with memory_keyring():
        yield


def outgoing(office: Office, tmp_path: Path, subject: str = "Transmission du bilan annuel"):  # type: ignore[no-untyped-def]
    letter = tmp_path / "bilan.pdf"
    letter.write_bytes(files.pdf_bytes(1))
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.OUT,
            subject=subject,
            correspondent=CorrespondentInput.from_name("وزارة الصحة"),
            attachments=(letter,),
        ),
    )


def _shortcut(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    win.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table, timeout=5000)
    qtbot.keyClick(
        win.table,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def _dialog() -> SendDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SendDialog)]
    return found[0] if found and found[0].isVisible() else None


def test_a_depart_is_queued_to_the_office_typed_and_its_sending_shown(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    configure(office, offices=OFFICES, own_code="MJ-BO")
    mail = outgoing(office, tmp_path)
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(mail.number)
        qtbot.waitUntil(lambda: win.portal.action_send.isEnabled(), timeout=10000)
        _shortcut(qtbot, win)
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.filter, timeout=5000)
        qtbot.waitUntil(lambda: len(dialog.visible_codes()) == 2, timeout=10000)
        type_text("الصحه")  # ta marbuta typed as ha: folded as search folds it
        assert dialog.visible_codes() == ["SANTE-BO"]
        with qtbot.waitSignal(dialog.sent, timeout=10000):
            qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

        (sending,) = send.sendings(office.db, mail.id)
        assert (sending.to_office, sending.state) == ("SANTE-BO", "pending")
        view = win.portal.sendings
        qtbot.waitUntil(lambda: view.isVisible() and view.sendings != [], timeout=10000)
        assert view.lines() == [
            "\u2068Bureau d'ordre - Ministère de la Santé\u2069 (\u200eSANTE-BO) — "
            "en attente de la prochaine synchronisation"
        ]
        # The sync started after the send fails offline; the indicator says why.
        qtbot.waitUntil(lambda: not win.portal.sync.running, timeout=10000)
        qtbot.waitUntil(lambda: "Aucun identifiant" in win.portal.indicator.text(), timeout=10000)


def test_the_french_name_filters_too_and_the_arrows_choose(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    configure(office, offices=OFFICES)
    mail = outgoing(office, tmp_path)
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(mail.number)
        qtbot.waitUntil(lambda: win.portal.action_send.isEnabled(), timeout=10000)
        dialog = win.portal.open_send()
        qtbot.waitUntil(lambda: len(dialog.visible_codes()) == 2, timeout=10000)
        type_text("ministere", dialog.filter)  # accents are not needed
        assert dialog.visible_codes() == ["MF-BO", "SANTE-BO"]
        assert dialog.chosen() == "MF-BO"
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
        assert dialog.chosen() == "SANTE-BO"
        dialog.filter.clear()
        type_text("mf-b", dialog.filter)
        assert dialog.visible_codes() == ["MF-BO"] and dialog.chosen() == "MF-BO"
        with qtbot.waitSignal(dialog.sent, timeout=10000):
            qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
        # Sending it there again is refused, in the dialog, in the user's language.
        qtbot.waitUntil(lambda: not win.portal.sync.running, timeout=10000)
        again = win.portal.open_send()
        qtbot.waitUntil(lambda: len(again.visible_codes()) == 2, timeout=10000)
        again.submit()
        qtbot.waitUntil(lambda: again.message.isVisible(), timeout=10000)
        assert again.message.text() == (
            f"Le courrier {mail.number} est déjà envoyé à MF-BO par le portail."
        )


def test_an_arrivee_is_refused_with_the_reason(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    configure(office, offices=OFFICES)
    incoming = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de mutation",
            correspondent=CorrespondentInput.from_name("Nadia Berrada"),
        ),
    )
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(incoming.number)
        qtbot.waitUntil(lambda: win.portal.action_send.isEnabled(), timeout=10000)
        _shortcut(qtbot, win)
        qtbot.waitUntil(lambda: win.message.isVisible(), timeout=5000)
        assert win.message.text() == (
            f"Seul un courrier départ peut être envoyé par le portail ({incoming.number})."
        )
        assert _dialog() is None
        win.set_language("ar")
        _shortcut(qtbot, win)
        qtbot.waitUntil(lambda: "لا ترسل عبر البوابة" in win.message.text(), timeout=5000)
