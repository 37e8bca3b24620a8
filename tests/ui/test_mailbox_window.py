"""The basket of e-mail to register, with the keyboard, in French and in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.mailbox import accounts, basket, intake
from app.registry.queries import attachment_content, get_mail
from tests.conftest import Office
from tests.support import mails
from tests.support.gui import type_text
from tests.support.mailboxes import Box
from tests.support.smtp_sink import SmtpSink
from ui.i18n import Languages
from ui.mailbox.reader import MailboxReader
from ui.mailbox.window import MailboxWindow
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, office: Office, box: Box, request) -> Iterator[MailboxWindow]:  # type: ignore[no-untyped-def]
    lang = getattr(request, "param", "fr")
    tasks = TaskRunner()
    languages = Languages(QApplication.instance())
    languages.apply(lang)
    reader = MailboxReader(
        db=office.db, tasks=tasks, actor=office.clerk, first_delay_ms=3_600_000, watch_idle=False
    )
    win = MailboxWindow(
        db=office.db, tasks=tasks, actor=office.clerk, reader=reader, lang=lambda: lang
    )
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=20000):
        win.show()
    try:
        yield win
    finally:
        reader.stop()
        win.close()
        tasks.wait()
        languages.apply("fr")


def _acknowledging(office: Office, box: Box, sink: SmtpSink) -> None:
    settings = replace(
        box.account.settings(),
        ack_enabled=True,
        ack_from="bureau.ordre@justice.gov.ma",
        smtp_host="127.0.0.1",
        smtp_port=sink.port,
        smtp_security="none",
    )
    accounts.save(office.db, office.admin, settings, existing=box.account.name)


def _replace_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    focused.selectAll()  # type: ignore[union-attr]
    qtbot.keyClick(focused, Qt.Key.Key_Delete)
    type_text(text)


@pytest.mark.parametrize("window", ["fr", "ar"], indirect=True)
def test_an_email_is_registered_from_the_basket_with_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, office: Office, box: Box, smtp_sink: SmtpSink, window: MailboxWindow
) -> None:
    _acknowledging(office, box, smtp_sink)
    raw = mails.arabic_letter()
    box.put(raw, mails.french_letter())
    with qtbot.waitSignal(window.loaded, timeout=30000):
        window._reader.read_now()  # what F5 does
    assert window.model.rowCount() == 2
    # The Arabic letter: choose it with the arrows.
    window.table.setFocus()
    subjects = [r.subject for r in window.model.rows]
    target = subjects.index("طلب شهادة إدارية لفائدة السيد محمد العلوي")
    qtbot.keyClick(window.table, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: window.view is not None and window.view.id == window.model.rows[target].id
    )
    assert window.form.sender_ar.text() == "محمد العلوي"
    assert "أتشرف بأن أطلب منكم شهادة إدارية" in window.pane.body.toPlainText()
    # Tab through the form, correcting what was read.
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.sender_fr
    type_text("Mohammed Alaoui")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.sender_ar
    _replace_text(qtbot, "محمد العلوي الإدريسي")
    for _ in range(3):  # address, kind, subject
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.subject
    _replace_text(qtbot, "طلب شهادة إدارية — Demande d'attestation")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.service
    qtbot.keyClicks(window.form.service, "RH")
    assert window.form.service.currentData() == "RH"
    with qtbot.waitSignal(window.registered, timeout=30000) as registered:
        qtbot.keyClick(window.form.service, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    number = registered.args[0]
    assert number in window.message.text()

    mail = get_mail(office.db, number)
    assert mail.channel == "email" and mail.service == "RH"
    assert mail.subject == "طلب شهادة إدارية — Demande d'attestation"
    assert mail.correspondent == "محمد العلوي الإدريسي / Mohammed Alaoui"
    names = [a.name for a in mail.attachments]
    assert names[1] == "طلب_شهادة.pdf" and names[0].startswith("courriel-")
    eml = next(a for a in mail.attachments if a.name.endswith(".eml"))
    assert attachment_content(office.db, eml.id)[1] == raw
    # The sender is told, with the number.
    ((to, letter),) = smtp_sink.wait_for(1)
    assert to == ["m.alaoui@exemple.ma"] and number in letter["Subject"]
    # The other message is chosen, ready for the next registration.
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.view is not None)
    assert window.view.subject.startswith("Demande de congé")
    assert len(basket.pending(office.db, office.admin.office_id)) == 1


def test_a_refusal_is_said_and_nothing_typed_is_lost(  # type: ignore[no-untyped-def]
    qtbot, office: Office, box: Box, window: MailboxWindow
) -> None:
    box.put(mails.french_letter())
    intake.fetch(office.db, office.clerk)
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.reload()
    qtbot.waitUntil(lambda: window.view is not None)
    window.form.sender_fr.clear()
    window.form.sender_ar.clear()
    window.form.email.setText("fz.bennani@exemple.ma")
    window.form.subject.setText("Demande de congé — corrigée")
    window.register_current()
    qtbot.waitUntil(lambda: window.message.isVisible() and not window._busy, timeout=20000)
    assert "correspondant" in window.message.text()
    assert window.form.subject.text() == "Demande de congé — corrigée"
    assert QApplication.focusWidget() is window.form.sender_fr
    assert len(basket.pending(office.db, office.admin.office_id)) == 1
