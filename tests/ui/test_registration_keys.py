"""The registration form as a clerk drives it: a file attached then Enter, Esc on a half-typed
form, the form once the number is issued, each direction's own defaults."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox

from app.domain.enums import Channel
from app.registry.queries import get_mail, list_mail
from tests.conftest import Office
from tests.support import files
from tests.support.gui import main_window, type_text
from ui.amend.correction_dialog import CorrectionDialog
from ui.main_window import MainWindow
from ui.registration.form import RegistrationForm
from ui.settings import MemoryStore, Settings


@pytest.fixture
def window(qtbot, office: Office) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk, Settings(MemoryStore())) as win:
        yield win


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def open_form(qtbot, window: MainWindow, key: Qt.Key) -> RegistrationForm:  # type: ignore[no-untyped-def]
    count = len(window.forms)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.table.setFocus()
    qtbot.keyClick(window.table, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.forms) > count, timeout=5000)
    form = window.forms[-1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.correspondent, timeout=5000)
    return form


def fill(qtbot, correspondent: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    type_text(correspondent)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(subject)


def question(form: RegistrationForm) -> QMessageBox | None:
    box = form.findChild(QMessageBox, "discardQuestion")
    return box if box is not None and box.isVisible() else None


def test_enter_after_attaching_a_file_saves(  # type: ignore[no-untyped-def]
    qtbot, window, office: Office, tmp_path: Path, monkeypatch
) -> None:
    letter = tmp_path / "طلب.pdf"
    letter.write_bytes(files.pdf_bytes(1))
    asked: list[str] = []

    def choose(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append("file dialog")
        return [str(letter)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    form = open_form(qtbot, window, Qt.Key.Key_1)
    fill(qtbot, "Karim Alaoui", "Demande de certificat de travail")
    form.add_file.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.add_file)
    press(qtbot, Qt.Key.Key_Space)  # the button, from the keyboard
    assert asked == ["file dialog"]
    # The focus is on the list, on the file just added: the clerk sees where it is.
    assert QApplication.focusWidget() is form.attachments
    assert form.attachments.currentRow() == 0
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.result.isVisible, timeout=10000)
    assert asked == ["file dialog"]  # Enter saved; it did not open the file dialog again
    mail = get_mail(office.db, form.result.text())
    assert [a.name for a in mail.attachments] == ["طلب.pdf"]


def test_delete_takes_a_file_out_of_the_list(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, window, Qt.Key.Key_1)
    for name in ("a.pdf", "b.pdf"):
        form.add_attachment(tmp_path / name)
    form.attachments.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.attachments)
    press(qtbot, Qt.Key.Key_Delete)
    assert [p.name for p in form._attachment_paths()] == ["a.pdf"]


def test_escape_on_a_half_typed_form_asks_first(qtbot, window, office: Office) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, window, Qt.Key.Key_1)
    fill(qtbot, "جمعية الأمل للتنمية", "طلب دعم")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: question(form) is not None, timeout=5000)
    box = question(form)
    assert form.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box, timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # "keep typing" is the safe answer
    qtbot.waitUntil(lambda: question(form) is None, timeout=5000)
    assert form.isVisible() and form.subject.text() == "طلب دعم"
    assert form.correspondent.text() == "جمعية الأمل للتنمية"

    form.subject.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: question(form) is not None, timeout=5000)
    box = question(form)
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "discard"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.forms, timeout=5000)
    assert list_mail(office.db) == []


def test_escape_on_an_untouched_form_closes_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_form(qtbot, window, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.forms, timeout=5000)
    assert window.findChild(QMessageBox, "discardQuestion") is None


def test_once_the_number_is_issued_the_form_cannot_change(qtbot, window, office: Office) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, window, Qt.Key.Key_1)
    fill(qtbot, "Nadia Berrada", "Demande de mutation")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.result.isVisible, timeout=10000)
    number = form.result.text()
    assert form.saved_note.isVisible()
    # The clerk tries to change the priority, the channel, the type, the service, the subject.
    for combo in (form.priority, form.channel, form.mail_type, form.service):
        before = combo.currentIndex()
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() == before and not combo.isEnabled()
    qtbot.keyClick(form.subject, Qt.Key.Key_A)
    qtbot.keyClick(form.pieces, Qt.Key.Key_Up)
    assert form.subject.text() == "Demande de mutation" and form.pieces.value() == 1
    assert all(not c.isEnabled() for c in form.findChildren(QComboBox))
    assert not form.add_file.isEnabled() and not form.has_letter_date.isEnabled()
    # A change now is a correction of the registered mail.
    qtbot.mouseClick(form.correct, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(CorrectionDialog) is not None, timeout=10000)
    dialog = window.findChild(CorrectionDialog)
    assert dialog.windowTitle().endswith(number) or number in dialog.windowTitle()
    assert get_mail(office.db, number).priority == "normal"


def test_each_direction_keeps_its_own_defaults(qtbot, window, office: Office) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, window, Qt.Key.Key_2)
    assert form.channel.currentData() == Channel.POST.value  # a départ usually goes by post
    form.channel.setCurrentIndex(form.channel.findData(Channel.EMAIL.value))
    form.correspondent.setFocus()
    fill(qtbot, "Trésorerie Générale du Royaume", "Transmission des états")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.result.isVisible, timeout=10000)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.forms, timeout=5000)

    incoming = open_form(qtbot, window, Qt.Key.Key_1)
    assert incoming.channel.currentData() == Channel.COUNTER.value  # not the départ's email
    incoming.discard()
    qtbot.waitUntil(lambda: not window.forms, timeout=5000)
    internal = open_form(qtbot, window, Qt.Key.Key_3)
    assert internal.channel.currentData() == Channel.COURIER.value
    internal.discard()
    qtbot.waitUntil(lambda: not window.forms, timeout=5000)
    again = open_form(qtbot, window, Qt.Key.Key_2)
    assert again.channel.currentData() == Channel.EMAIL.value
    assert get_mail(office.db, list_mail(office.db)[0].number).channel == "email"


def test_a_letter_dated_after_today_is_pointed_out_and_refused(
    qtbot, window, office: Office
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from ui.day_edit import office_today

    form = open_form(qtbot, window, Qt.Key.Key_1)
    fill(qtbot, "Société Atlas SARL", "Réclamation facture")
    form.has_letter_date.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # "known"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.letter_date
    tomorrow = office_today() + timedelta(days=1)
    type_text(f"{tomorrow:%d%m%Y}")
    assert form.day_checks.isVisible() and "après aujourd'hui" in form.day_checks.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.message.isVisible, timeout=5000)
    assert QApplication.focusWidget() is form.letter_date and form.result.isHidden()
    assert list_mail(office.db) == []
    form.letter_date.selectAll()
    yesterday = office_today() - timedelta(days=1)
    type_text(f"{yesterday:%d/%m/%Y}")
    assert not form.day_checks.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.result.isVisible, timeout=10000)
    assert get_mail(office.db, form.result.text()).letter_date == yesterday


def test_a_letter_date_no_longer_known_is_no_longer_red(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from ui.day_edit import office_today

    form = open_form(qtbot, window, Qt.Key.Key_1)
    form.has_letter_date.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # "known"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(f"{office_today() + timedelta(days=1):%d%m%Y}")
    assert form.letter_date.styleSheet() != ""  # red: after today
    form.has_letter_date.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # not known after all: the day greyed, nothing to point out
    assert not form.letter_date.isEnabled() and form.letter_date.styleSheet() == ""
    assert not form.day_checks.isVisible()
    press(qtbot, Qt.Key.Key_Space)  # known again: the day typed is still after today
    assert form.letter_date.styleSheet() != "" and form.day_checks.isVisible()
