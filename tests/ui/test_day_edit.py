"""Days typed as the office writes them (dd/mm/yyyy), section by section, or picked from the
calendar with Alt+Down; in French and in an Arabic window, in Western or Eastern digits."""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.support.gui import type_text
from ui import display
from ui.day_edit import DayEdit, parse_day
from ui.display import DisplayPrefs


@pytest.fixture
def field(qtbot) -> Iterator[DayEdit]:  # type: ignore[no-untyped-def]
    """A day field after another field, as in a form; 15/11/2026 to start with."""
    box = QWidget()
    before = QLineEdit(box)
    edit = DayEdit(box)
    after = QLineEdit(box)
    for i, w in enumerate((before, edit, after)):
        w.move(0, 40 * i)
    qtbot.addWidget(box)
    box.show()
    edit.setDate(QDate(2026, 11, 15))
    box.activateWindow()
    before.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is before)
    yield edit
    display.configure(DisplayPrefs())


def _tab_in(qtbot, edit: DayEdit) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit


def _tab_out(qtbot, edit: DayEdit) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("23112026", date(2026, 11, 23)),  # the slashes come by themselves
        ("31122025", date(2025, 12, 31)),  # 31 while November (30 days) is shown
        ("29022024", date(2024, 2, 29)),  # 29/02 before its leap year
        ("5/3/26", date(2026, 3, 5)),  # short forms, the separators typed
        ("05/03/2026", date(2026, 3, 5)),  # typed slashes after automatic ones: one each
        ("٢٣/١١/٢٠٢٦", date(2026, 11, 23)),  # Eastern digits
    ],
)
def test_a_day_typed_section_by_section(qtbot, field: DayEdit, typed: str, day: date) -> None:  # type: ignore[no-untyped-def]
    _tab_in(qtbot, field)
    with qtbot.waitSignal(field.dateChanged, timeout=1000):
        type_text(typed)
    _tab_out(qtbot, field)
    assert field.date().toPython() == day
    assert field.text() == f"{day:%d/%m/%Y}" and field.valid


def test_the_slashes_appear_as_the_clerk_types(qtbot, field: DayEdit) -> None:  # type: ignore[no-untyped-def]
    _tab_in(qtbot, field)
    type_text("23")
    assert field.text() == "23/"
    type_text("11")
    assert field.text() == "23/11/"
    type_text("2026")
    assert field.text() == "23/11/2026"


def test_a_text_that_is_no_day_stays_red_and_keeps_the_last_day(qtbot, field: DayEdit) -> None:  # type: ignore[no-untyped-def]
    _tab_in(qtbot, field)
    type_text("31022026")
    _tab_out(qtbot, field)
    assert not field.valid and field.text() == "31/02/2026"  # what was typed is still there
    assert field.date() == QDate(2026, 11, 15)
    assert "border" in field.styleSheet()


def test_alt_down_opens_the_calendar_and_enter_picks(qtbot, field: DayEdit) -> None:  # type: ignore[no-untyped-def]
    _tab_in(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.calendar_popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    calendar = popup.calendar
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert calendar.selectedDate() == QDate(2026, 11, 15)
    target = QApplication.focusWidget()
    qtbot.keyClick(target, Qt.Key.Key_Right)  # a day later, from the keyboard
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    assert field.date() in (QDate(2026, 11, 16), QDate(2026, 11, 14))  # Right is back in RTL
    assert field.date() != QDate(2026, 11, 15)


def test_up_and_down_move_a_day(qtbot, field: DayEdit) -> None:  # type: ignore[no-untyped-def]
    _tab_in(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 11, 16) and field.text() == "16/11/2026"
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.date() == QDate(2026, 10, 16)


def test_in_an_arabic_window_with_eastern_digits(qtbot, field: DayEdit) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco))
    display.configure(DisplayPrefs(eastern_digits=True))
    try:
        field.setDate(QDate(2026, 11, 23))
        assert field.text() == "٢٣/١١/٢٠٢٦"  # day first, read left to right
        assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
        _tab_in(qtbot, field)
        type_text("01122026")
        _tab_out(qtbot, field)
        assert field.date() == QDate(2026, 12, 1) and field.text() == "٠١/١٢/٢٠٢٦"
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("23/11/2026", date(2026, 11, 23)),
        ("23-11-26", date(2026, 11, 23)),
        ("23.11.2026", date(2026, 11, 23)),
        (" 1/2/2027 ", date(2027, 2, 1)),
        ("231126", date(2026, 11, 23)),
        ("31/04/2026", None),
        ("23/11", None),
        ("23/11/226", None),
        ("A-2026/000001", None),
        ("", None),
    ],
)
def test_parse_day(text: str, day: date | None) -> None:
    assert parse_day(text, today=date(2026, 11, 23)) == day
