"""Registering with the keyboard alone, from the main window, read back from the database."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.domain.enums import Direction
from app.registry.queries import get_mail, list_mail
from tests.conftest import Office
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.registration.form import RegistrationForm
from ui.tasks import TaskRunner


def type_text(text: str) -> None:
    """Into the focused widget, one key event per character (qtbot.keyClicks aborts on Arabic)."""
    for ch in text:
        target = QApplication.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


@pytest.fixture
def window(office: Office, qtbot):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    languages = Languages(QApplication.instance())
    languages.apply("fr")
    win = MainWindow(db=office.db, tasks=tasks, actor=office.clerk, languages=languages)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: bool(win._services), timeout=10000)
    yield win
    for form in list(win.forms):
        form.close()
    win.close()
    tasks.wait()


def _open_form(qtbot, window: MainWindow, key: Qt.Key) -> RegistrationForm:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    qtbot.keyClick(window.table, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.forms), timeout=5000)
    form = window.forms[-1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.correspondent, timeout=5000)
    return form


def test_incoming_mail_with_the_keyboard_alone(qtbot, window: MainWindow, office: Office) -> None:  # type: ignore[no-untyped-def]
    form = _open_form(qtbot, window, Qt.Key.Key_1)
    assert form.direction is Direction.IN
    type_text("جمعية الأمل للتنمية")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.subject
    type_text("طلب دعم مشروع محو الأمية")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.reference
    type_text("ج.أ/45/2026")
    press(qtbot, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: form.result.isVisible(), timeout=10000)
    number = form.result.text()
    assert number.startswith("A-")
    press(qtbot, Qt.Key.Key_Return)  # Enter again closes
    qtbot.waitUntil(lambda: not window.forms, timeout=5000)
    mail = get_mail(office.db, number)
    assert (mail.correspondent, mail.subject, mail.letter_reference) == (
        "جمعية الأمل للتنمية",
        "طلب دعم مشروع محو الأمية",
        "ج.أ/45/2026",
    )
    assert mail.registered_by == "fatima" and mail.channel == "counter"
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)


def test_outgoing_mail_with_save_and_new(qtbot, window: MainWindow, office: Office) -> None:  # type: ignore[no-untyped-def]
    form = _open_form(qtbot, window, Qt.Key.Key_2)
    assert form.direction is Direction.OUT
    form.channel.setCurrentIndex(form.channel.findData("post"))
    form.correspondent.setFocus()
    type_text("Trésorerie Générale du Royaume")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Transmission des états de paiement — novembre 2026")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save and new
    qtbot.waitUntil(lambda: form.result.isVisible(), timeout=10000)
    first = form.result.text()
    assert form.subject.text() == "" and form.channel.currentData() == "post"  # defaults kept
    assert QApplication.focusWidget() is form.correspondent
    type_text("Direction du Budget")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Note de présentation")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.result.text() != first, timeout=10000)
    second = form.result.text()  # read before Esc: the closed form is deleted
    press(qtbot, Qt.Key.Key_Escape)
    rows = list_mail(office.db, direction=Direction.OUT)
    assert [r.subject for r in rows] == [
        "Transmission des états de paiement — novembre 2026",
        "Note de présentation",
    ]
    assert [r.number for r in rows] == [first, second]
    assert get_mail(office.db, first).channel == "post"


def test_refused_input_keeps_what_was_typed(qtbot, window: MainWindow, office: Office) -> None:  # type: ignore[no-untyped-def]
    form = _open_form(qtbot, window, Qt.Key.Key_1)
    type_text("Omar Tazi")
    press(qtbot, Qt.Key.Key_Return)  # no subject
    qtbot.waitUntil(form.message.isVisible, timeout=10000)
    assert "objet" in form.message.text()
    assert form.correspondent.text() == "Omar Tazi" and list_mail(office.db) == []


def test_duplicate_correspondent_is_flagged(qtbot, window: MainWindow, office: Office) -> None:  # type: ignore[no-untyped-def]
    from app.directory.correspondents import CorrespondentInput
    from app.registry.drafts import MailDraft
    from app.registry.register import register_mail

    register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande",
            correspondent=CorrespondentInput(name_latin="Commune de Fès"),
        ),
    )
    form = _open_form(qtbot, window, Qt.Key.Key_1)
    type_text("COMMUNE DE FES")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.duplicate.isVisible, timeout=10000)
    assert "Commune de Fès" in form.duplicate.text()


def test_attachments_and_a_refused_file(
    qtbot, window: MainWindow, office: Office, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.support import files

    good = tmp_path / "demande.pdf"
    good.write_bytes(files.pdf_bytes(2))
    bad = tmp_path / "protege.pdf"
    bad.write_bytes(files.encrypted_pdf_bytes())
    form = _open_form(qtbot, window, Qt.Key.Key_1)
    type_text("Karim Alaoui")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Demande de certificat de travail")
    form.add_attachment(good)
    form.add_attachment(bad)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.message.isVisible, timeout=10000)
    assert "mot de passe" in form.message.text() and list_mail(office.db) == []
    assert form.subject.text() == "Demande de certificat de travail"
    form.attachments.takeItem(1)
    form.subject.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.result.isVisible, timeout=10000)
    mail = get_mail(office.db, form.result.text())
    assert [(a.name, a.pages) for a in mail.attachments] == [("demande.pdf", 2)]
