"""A barcode reader's fast keystrokes + Enter become a scan; a person's typing does not."""

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.barcode import ACCEPTS_SCANS, ScanDetector


def _key(widget, key: Qt.Key, text: str = "") -> None:  # type: ignore[no-untyped-def]
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _type(widget, text: str, pause: float = 0.0) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        _key(widget, Qt.Key.Key_unknown, ch)
        if pause:
            time.sleep(pause)
    _key(widget, Qt.Key.Key_Return)


@pytest.fixture
def setup(qtbot):  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    detector = ScanDetector()
    QApplication.instance().installEventFilter(detector)
    yield edit, detector
    QApplication.instance().removeEventFilter(detector)


def test_fast_number_with_enter_is_a_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    edit.setText("Fès ")
    edit.setCursorPosition(len(edit.text()))
    with qtbot.waitSignal(detector.scanned, timeout=1000) as caught:
        _type(edit, "A-2026/000123")
    assert caught.args == ["A-2026/000123"]
    assert edit.text() == "Fès "  # the scanned characters did not stay in the field


def test_eastern_digits_from_a_reader_in_arabic_layout(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    with qtbot.waitSignal(detector.scanned, timeout=1000) as caught:
        _type(edit, "D-٢٠٢٦/٠٠٠٠٤٥")
    assert caught.args == ["D-2026/000045"]


def test_person_typing_is_not_a_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    with qtbot.assertNotEmitted(detector.scanned):
        _type(edit, "A-2026/000123", pause=0.12)
    assert edit.text() == "A-2026/000123"


def test_fast_text_that_is_not_a_number_is_not_a_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    with qtbot.assertNotEmitted(detector.scanned):
        _type(edit, "4006381333931")  # a product's EAN, not one of our labels


def test_a_field_that_asks_for_a_number_keeps_the_scan(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    edit, detector = setup
    edit.setProperty(ACCEPTS_SCANS, True)
    entered = []
    edit.returnPressed.connect(lambda: entered.append(edit.text()))
    with qtbot.assertNotEmitted(detector.scanned):
        _type(edit, "D-2026/000045")
    assert entered == ["D-2026/000045"]  # typed in, and its Enter went through
