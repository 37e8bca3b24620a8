"""Corrections and cancellations through their dialogs, each with its reason."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.gui import main_window, type_text


@pytest.fixture
def number(office: Office) -> str:
    done = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de attestation de travail",
            correspondent=CorrespondentInput.from_name("Khadija Ouazzani"),
            channel=Channel.COUNTER,
            service_code="RH",
        ),
    )
    return done.number


def _shown(qtbot, win, number: str) -> None:  # type: ignore[no-untyped-def]
    win.open_number(number)
    qtbot.waitUntil(lambda: win.mail_actions.mail is not None, timeout=10000)


def test_a_correction_needs_a_reason_and_keeps_the_original(
    qtbot, office: Office, number: str
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        _shown(qtbot, win, number)
        assert win.mail_actions.correct.isEnabled()
        assert not win.mail_actions.cancel.isEnabled()  # a clerk corrects, a supervisor cancels
        dialog = win.mail_actions.open_correction()
        dialog.subject.selectAll()
        dialog.subject.del_()
        type_text("Demande d'attestation de travail", dialog.subject)
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.POST.value))
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.click()
        qtbot.waitUntil(dialog.message.isVisible, timeout=10000)
        assert "motif" in dialog.message.text().lower()
        assert dialog.subject.text() == "Demande d'attestation de travail"  # nothing lost
        type_text("Faute de frappe à l'accueil", dialog.reason)
        with qtbot.waitSignal(dialog.corrected, timeout=10000):
            save.click()
        qtbot.waitUntil(
            lambda: win.detail.value("subject") == "Demande d'attestation de travail",
            timeout=10000,
        )
        history = "\n".join(
            win.detail.history.item(i).text() for i in range(win.detail.history.count())
        )
        assert "Demande de attestation de travail" in history  # the original stays visible
        assert "Faute de frappe" in history and "canal" in history
    mail = get_mail(office.db, number)
    assert mail.channel == Channel.POST.value
    assert mail.events[-1].changes["subject"] == [
        "Demande de attestation de travail",
        "Demande d'attestation de travail",
    ]


def test_nothing_changed_is_said(qtbot, office: Office, number: str) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        _shown(qtbot, win, number)
        dialog = win.mail_actions.open_correction()
        assert dialog.correction() == type(dialog.correction())()
        type_text("rien", dialog.reason)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(dialog.message.isVisible, timeout=10000)
        assert number in dialog.message.text()


def test_a_supervisor_cancels_with_a_reason(qtbot, office: Office, number: str) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.admin) as win:
        _shown(qtbot, win, number)
        dialog = win.mail_actions.open_cancellation()
        dialog.confirm.click()
        qtbot.waitUntil(dialog.message.isVisible, timeout=10000)
        assert not get_mail(office.db, number).cancelled
        type_text("Enregistré en double (voir courrier suivant)", dialog.reason)
        with qtbot.waitSignal(dialog.cancelled, timeout=10000):
            dialog.confirm.click()
        qtbot.waitUntil(lambda: "Annulé" in win.detail.number.text(), timeout=10000)
        assert not win.mail_actions.correct.isEnabled()
    assert get_mail(office.db, number).cancelled
