"""Assigning mail through its dialog: keyboard only, several mails at once, errors kept in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction, MailStatus, MailType
from app.imputation.deadlines import today
from app.organisation.queries import services
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.gui import type_text
from ui.context import DeskContext
from ui.i18n import Languages
from ui.imputation.assign_dialog import AssignDialog
from ui.tasks import TaskRunner


def _register(office: Office, subject: str, mail_type: MailType = MailType.LETTER) -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject=subject,
            correspondent=CorrespondentInput.from_name("Khadija Ouazzani"),
            channel=Channel.COUNTER,
            mail_type=mail_type,
        ),
    ).number


@pytest.fixture
def open_dialog(qtbot, office: Office) -> Iterator:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    languages = Languages(QApplication.instance())
    languages.apply("fr")
    opened: list[AssignDialog] = []

    def make(numbers: list[str]) -> AssignDialog:
        ctx = DeskContext.create(db=office.db, tasks=tasks, actor=office.clerk, languages=languages)
        dialog = AssignDialog(ctx=ctx, numbers=numbers, services=services(office.db))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: bool(dialog.instruction_checks), timeout=10000)
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        dialog.close()
    tasks.wait()
    languages.apply("fr")


def _key(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_two_mails_assigned_at_once_with_the_keyboard(qtbot, office: Office, open_dialog) -> None:  # type: ignore[no-untyped-def]
    first = _register(office, "Demande de congé administratif")
    second = _register(office, "Demande de mutation")
    dialog = open_dialog([first, second])
    assert "2 courriers" in dialog.heading.text()
    assert first in dialog.listed.text() and second in dialog.listed.text()
    assert "30 jours" in dialog.due_hint.text()

    assert QApplication.focusWidget() is dialog.service
    qtbot.keyClicks(dialog.service, "R")  # the combo's own keyboard search
    assert dialog.service.currentData() == "RH"
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.copies
    rh_hidden = [
        dialog.copies.item(i).isHidden()
        for i in range(dialog.copies.count())
        if dialog.copies.item(i).data(Qt.ItemDataRole.UserRole) == "RH"
    ]
    assert rh_hidden == [True]  # the main service cannot take a copy
    qtbot.keyClicks(dialog.copies, "B")
    _key(qtbot, Qt.Key.Key_Space)
    assert dialog.copy_codes() == ["BUDGET"]
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.instruction_checks["SUITE"]
    _key(qtbot, Qt.Key.Key_Space)
    while QApplication.focusWidget() is not dialog.note:
        _key(qtbot, Qt.Key.Key_Tab)
    type_text("Traiter en priorité", dialog.note)
    with qtbot.waitSignal(dialog.assigned, timeout=10000) as signal:
        _key(qtbot, Qt.Key.Key_Return)
    assert signal.args == [[first, second]]
    assert not dialog.isVisible()

    for number in (first, second):
        mail = get_mail(office.db, number)
        assert mail.status == MailStatus.ASSIGNED.value
        rows = {(a["service"], a["kind"]) for a in mail.assignments}
        assert rows == {("RH", "main"), ("BUDGET", "copy")}
        main = next(a for a in mail.assignments if a["kind"] == "main")
        assert "SUITE" in str(main["instructions"])
        assert main["note"] == "Traiter en priorité"
        assert main["due_date"] == today() + timedelta(days=30)


def test_a_refused_due_date_is_said_and_nothing_is_lost(qtbot, office: Office, open_dialog) -> None:  # type: ignore[no-untyped-def]
    number = _register(office, "Demande d'extrait d'acte", MailType.REQUEST)
    dialog = open_dialog([number])
    assert number in dialog.heading.text() and not dialog.listed.isVisible()
    dialog.service.setCurrentIndex(dialog.service.findData("RH"))
    dialog.instruction_checks["AVIS"].setChecked(True)
    dialog.has_due.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert dialog.due.isEnabled()
    dialog.due.setDate(QDate(today() + timedelta(days=90)))
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.message.isVisible, timeout=10000)
    assert "délai légal de 60 jours" in dialog.message.text()
    assert dialog.isVisible() and dialog.isEnabled()
    assert dialog.service.currentData() == "RH"
    assert dialog.instruction_codes() == ["AVIS"]
    assert dialog.due_date() == today() + timedelta(days=90)
    assert get_mail(office.db, number).status == MailStatus.REGISTERED.value

    dialog.has_due.setChecked(False)  # back to the default, capped by the law
    with qtbot.waitSignal(dialog.assigned, timeout=10000):
        dialog.ok.click()
    assert get_mail(office.db, number).status == MailStatus.ASSIGNED.value


def test_the_main_service_is_required(qtbot, office: Office, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog([_register(office, "Réclamation")])
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.message.isVisible() and dialog.isVisible()
    assert dialog.message.text() != ""
