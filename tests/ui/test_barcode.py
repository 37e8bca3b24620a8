"""A barcode reader's fast keystrokes + Enter become a scan, wherever the focus is; a person's
typing does not. Keys go through the window as the platform sends them, stamped at a reader's
pace (a few ms apart) or a person's (over a tenth of a second)."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.gui import main_window
from tests.support.keys import Keyboard
from ui.barcode import ACCEPTS_SCANS, ScanDetector
from ui.main_window import MainWindow

PERSON_MS = 150


def _focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5000)


@pytest.fixture
def setup(qtbot) -> Iterator[tuple[QLineEdit, ScanDetector]]:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    _focus(qtbot, edit)
    detector = ScanDetector()
    QApplication.instance().installEventFilter(detector)
    yield edit, detector
    QApplication.instance().removeEventFilter(detector)


def test_fast_number_with_enter_is_a_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    keys = Keyboard()
    keys.type("Fès ", every_ms=PERSON_MS)
    with qtbot.waitSignal(detector.scanned, timeout=1000) as caught:
        keys.scan("A-2026/000123", every_ms=3, after_ms=3)  # right after the person's space
    assert caught.args == ["A-2026/000123"]
    assert edit.text() == "Fès "  # the scanned characters did not stay in the field


def test_a_scan_in_the_middle_of_a_field_leaves_it_as_it_was(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    edit.setText("Commune de Fès")
    edit.setCursorPosition(len("Commune "))
    with qtbot.waitSignal(detector.scanned, timeout=1000) as caught:
        Keyboard().scan("D-2026/000045")
    assert caught.args == ["D-2026/000045"]
    assert edit.text() == "Commune de Fès"
    assert edit.cursorPosition() == len("Commune ")


def test_repeated_characters_and_auto_repeat_count_each_time(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    keys = Keyboard()
    number = "A-2026/000005"
    with qtbot.waitSignal(detector.scanned, timeout=1000) as caught:
        # Some readers' repeated keys come flagged as the keyboard's auto-repeat.
        keys.type(number, every_ms=2, repeats=frozenset({8, 9, 10, 11}))
        keys.enter(after_ms=2)
    assert caught.args == [number]
    assert edit.text() == ""


def test_eastern_digits_from_a_reader_in_arabic_layout(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    with qtbot.waitSignal(detector.scanned, timeout=1000) as caught:
        Keyboard().scan("D-٢٠٢٦/٠٠٠٠٤٥", every_ms=5)
    assert caught.args == ["D-2026/000045"]


def test_person_typing_is_not_a_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    keys = Keyboard()
    with qtbot.assertNotEmitted(detector.scanned):
        keys.type("A-2026/000123", every_ms=PERSON_MS)
        keys.enter(after_ms=PERSON_MS)
    assert edit.text() == "A-2026/000123"


def test_a_person_holding_a_key_then_enter_is_not_a_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    keys = Keyboard()
    with qtbot.assertNotEmitted(detector.scanned):
        keys.type("A-2026/", every_ms=PERSON_MS)
        keys.type("000000", every_ms=33, repeats=frozenset(range(1, 6)))
        keys.enter(after_ms=30)
    assert edit.text() == "A-2026/000000"


def test_fast_text_that_is_not_a_number_is_not_a_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    with qtbot.assertNotEmitted(detector.scanned):
        Keyboard().scan("4006381333931")  # a product's EAN, not one of our labels
    assert edit.text() == "4006381333931"


def test_a_field_that_asks_for_a_number_keeps_the_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    edit.setProperty(ACCEPTS_SCANS, True)
    entered = []
    edit.returnPressed.connect(lambda: entered.append(edit.text()))
    with qtbot.assertNotEmitted(detector.scanned):
        Keyboard().scan("D-2026/000045")
    assert entered == ["D-2026/000045"]  # typed in, and its Enter went through


def test_events_without_timestamps_use_the_clock(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    edit, _ = setup
    now = [0.0]
    detector = ScanDetector(clock=lambda: now[0])
    QApplication.instance().installEventFilter(detector)
    try:
        with qtbot.waitSignal(detector.scanned, timeout=1000) as caught:
            for ch in "I-2026/000007\r":
                key = Qt.Key.Key_Return if ch == "\r" else Qt.Key.Key_unknown
                now[0] += 5
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                    )
        assert caught.args == ["I-2026/000007"]
    finally:
        QApplication.instance().removeEventFilter(detector)


# --- in the desk: the register table, a form's field, the search box ----------------------


@pytest.fixture
def desk(qtbot, office: Office) -> Iterator[tuple[MainWindow, list[str]]]:  # type: ignore[no-untyped-def]
    numbers = [
        register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=Direction.IN,
                subject=subject,
                correspondent=CorrespondentInput.from_name(who),
                service_code="RH",
            ),
        ).number
        for subject, who in [
            ("طلب شهادة إدارية", "محمد العلوي"),
            ("Demande de mutation", "Nadia Berrada"),
            ("Réclamation facture d'eau", "Commune de Fès"),
        ]
    ]
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10000)
        yield win, numbers


def _shown(win: MainWindow) -> str:
    return win.detail.number.text().lstrip("\u200e")


def test_a_scan_with_the_focus_in_the_register_opens_the_mail(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    win, numbers = desk
    win.table.selectRow(0)  # the newest
    _focus(qtbot, win.table)
    Keyboard().scan(numbers[0])  # the oldest, at the bottom
    qtbot.waitUntil(lambda: _shown(win) == numbers[0], timeout=10000)
    assert win.model.row_at(win.table.currentIndex().row()).number == numbers[0]


def test_a_scan_while_typing_in_a_form_opens_the_mail_and_keeps_the_form(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    win, numbers = desk
    form = win.open_form(Direction.IN)
    _focus(qtbot, form.subject)
    keys = Keyboard()
    keys.type("Demande de ", every_ms=PERSON_MS)
    keys.scan(numbers[1], every_ms=6)
    qtbot.waitUntil(lambda: _shown(win) == numbers[1], timeout=10000)
    assert form.isVisible() and form.subject.text() == "Demande de "
    assert form.result.isHidden()  # the scan's Enter did not save the form
    _focus(qtbot, form.priority)
    before = form.priority.currentIndex()
    keys.scan(numbers[2], every_ms=6)
    qtbot.waitUntil(lambda: _shown(win) == numbers[2], timeout=10000)
    assert form.priority.currentIndex() == before  # its choice is not moved by the letters


def test_a_scan_in_the_search_box_opens_the_mail_and_keeps_the_words(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    win, numbers = desk
    _focus(qtbot, win.filters.search)
    keys = Keyboard()
    keys.type("eau", every_ms=PERSON_MS)
    keys.scan(numbers[1], every_ms=3)
    qtbot.waitUntil(lambda: _shown(win) == numbers[1], timeout=10000)
    assert win.filters.search.text() == "eau"
