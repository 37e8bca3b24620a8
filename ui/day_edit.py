"""A day typed as the office writes it, dd/mm/yyyy, or picked from a calendar.

:class:`DayEdit` is a line edit, not a QDateEdit: QDateEdit checks each section against the
others as they are typed, so typing 31 while the month shown has 30 days, or 29/02 before the
year, was refused or changed, and a click put the cursor where typed digits went astray. Here
the clerk types the day as it is written on the letter: the slashes come by themselves after
the day and the month ("23112026" shows 23/11/2026), "5/3/26", "05.03.2026" and Eastern
digits are read too, and leaving the field writes the day back in full, in the user's digits.
Up and Down move a day, Page Up and Page Down a month; Alt+Down or F4 (or the button in the
field) opens the calendar.

A text that is no day, or a day outside the field's range (``setDateRange``, as QDateEdit: the
office's date window, :mod:`ui.limits`), keeps its place and turns the field red (``valid`` is
False; the calendar offers only the range); ``date()`` stays the last good day, so nothing a
form reads is a guess.

Signals: ``dateChanged(QDate)`` whenever the day typed or picked changes.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from app.domain.clock import now_utc, to_local
from app.domain.numbering import normalise_typed_number
from ui import display

_PARTS = re.compile(r"\d+")
_SEPARATORS = "/-. "
INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; }"


def office_today() -> date:
    """Today in the office's time zone (the day a mail registered now gets)."""
    return to_local(now_utc()).date()


def parse_day(text: str, *, today: date | None = None) -> date | None:
    """The day in ``text`` written day first (23/11/2026, 5-3-26, 23112026, Eastern digits), or
    None. A two-digit year is in this century."""
    digits_only = normalise_typed_number(text)
    parts = _PARTS.findall(digits_only)
    if len(parts) == 1 and len(parts[0]) in (6, 8):
        whole = parts[0]
        parts = [whole[:2], whole[2:4], whole[4:]]
    if len(parts) != 3 or any(c.isalpha() for c in digits_only):
        return None
    day, month, year = (int(p) for p in parts)
    if len(parts[2]) == 2:
        year += ((today or office_today()).year // 100) * 100
    elif len(parts[2]) != 4:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_text(day: date) -> str:
    """``day`` as a day field shows it: dd/mm/yyyy in the user's digits."""
    return display.digits(f"{day:{display.DAY_FORMAT}}")


def _day(value: QDate | date) -> date:
    return value.toPython() if isinstance(value, QDate) else value


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QColor(90, 90, 90))
    painter.drawRect(1, 3, 13, 11)
    painter.fillRect(1, 3, 14, 3, QColor(90, 90, 90))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor(90, 90, 90))
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QFrame):
    """The calendar under a day field; Enter or a click picks, Esc closes."""

    def __init__(self, field: DayEdit) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setObjectName("dayCalendar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        self._field = field

    def _pick(self, day: QDate) -> None:
        self._field.setDate(day)
        self.close()
        self._field.setFocus()


class DayEdit(QLineEdit):
    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, which callers use

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayEdit")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 23/11/2026 in any window
        self.setMaxLength(12)
        self._day = office_today()
        self._valid = True
        self._range: tuple[date, date] = (date.min, date.max)
        self._popup: _CalendarPopup | None = None
        self.open_calendar_action = QAction(_calendar_icon(), "", self)
        self.open_calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.open_calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self._on_edited)
        self.editingFinished.connect(self._write_back)
        self.setText(day_text(self._day))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self.retranslate()

    # --- QDateEdit's ways, which the forms use ------------------------------------------

    def date(self) -> QDate:
        return _qdate(self._day)

    def setDate(self, value: QDate | date) -> None:  # noqa: N802
        day = _day(value)
        self.setText(day_text(day))
        self._set(day, valid=self.in_range(day))

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        super().setReadOnly(read_only)
        self.open_calendar_action.setVisible(not read_only)

    def setDateRange(self, first: QDate | date, last: QDate | date) -> None:  # noqa: N802
        """The days this field accepts (typed outside: red; the calendar offers no other)."""
        self._range = (_day(first), _day(last))
        self._on_edited(self.text())

    def setMinimumDate(self, first: QDate | date) -> None:  # noqa: N802
        self.setDateRange(first, self._range[1])

    def setMaximumDate(self, last: QDate | date) -> None:  # noqa: N802
        self.setDateRange(self._range[0], last)

    def minimumDate(self) -> QDate:  # noqa: N802
        return _qdate(self._range[0])

    def maximumDate(self) -> QDate:  # noqa: N802
        return _qdate(self._range[1])

    def typed_day(self) -> date | None:
        """The day the text says, in the range or not; None if it is no day."""
        return parse_day(self.text())

    def in_range(self, day: date) -> bool:
        return self._range[0] <= day <= self._range[1]

    def setCalendarPopup(self, _enabled: bool) -> None:  # noqa: N802
        """Kept for QDateEdit's callers: the calendar is always there."""

    @property
    def valid(self) -> bool:
        """False while the text typed is no day (the field is red)."""
        return self._valid

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.open_calendar_action.setText(self.tr("Calendar (Alt+Down)"))
        self.open_calendar_action.setToolTip(self.tr("Calendar (Alt+Down)"))
        if not self.hasFocus() and self._valid:
            self.setText(day_text(self._day))  # digits may have changed

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.EnabledChange:
            self._show_validity()
        super().changeEvent(event)

    # --- typing -------------------------------------------------------------------------

    def _set(self, day: date | None, *, valid: bool) -> None:
        self._valid = valid
        self._show_validity()
        if day is not None and day != self._day:
            self._day = day
            self.dateChanged.emit(self.date())

    def _show_validity(self) -> None:
        """Red while the text is no day the field accepts; a greyed field (a letter's day
        not known) points out nothing, and turns red again once enabled if still wrong."""
        valid = getattr(self, "_valid", True)  # (a disabled parent may tell before __init__ ends)
        self.setStyleSheet("" if valid or not self.isEnabled() else INVALID_STYLE)

    def _on_edited(self, text: str) -> None:
        day = parse_day(text)
        if day is not None and not self.in_range(day):
            self._set(None, valid=False)
            return
        self._set(day, valid=day is not None or not text.strip())

    def _write_back(self) -> None:
        """Leaving the field: a day read is written in full; a text that is no day stays as
        typed, red (no day is guessed for it)."""
        day = parse_day(self.text())
        if day is not None:
            self.setText(day_text(day))
            self._set(day if self.in_range(day) else None, valid=self.in_range(day))
        else:
            self._set(None, valid=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier) or (
            key == Qt.Key.Key_F4
        ):
            self.open_calendar()
            return
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }
        if key in steps and not self.isReadOnly():
            days, months = steps[key]
            moved = self.date().addDays(days).addMonths(months).toPython()
            if self.in_range(moved):
                self.setDate(moved)
            return
        text = event.text()
        if text and text in _SEPARATORS and self._after_auto_slash():
            return  # the slash came by itself: the one typed is not a second one
        super().keyPressEvent(event)
        if text and normalise_typed_number(text).isdigit():
            self._slash_after_section()

    def _after_auto_slash(self) -> bool:
        return self.cursorPosition() == len(self.text()) and self.text().endswith("/")

    def _slash_after_section(self) -> None:
        """After the day's and the month's two digits, the slash comes by itself."""
        text = self.text()
        if self.cursorPosition() != len(text) or self.isReadOnly():
            return
        sections = text.split("/")
        if len(sections) in (1, 2) and len(normalise_typed_number(sections[-1])) == 2:
            if all(normalise_typed_number(s).isdigit() for s in sections):
                self.setText(text + "/")
                self._on_edited(self.text())

    # --- the calendar -------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
        popup = self._popup
        popup.calendar.setDateRange(self.minimumDate(), self.maximumDate())
        popup.calendar.setSelectedDate(self.date())
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        if self.isRightToLeft() or self.window().isRightToLeft():
            below.setX(below.x() + self.width() - popup.width())
        popup.move(below)
        popup.show()
        popup.calendar.setFocus()

    @property
    def calendar_popup(self) -> _CalendarPopup | None:
        return self._popup
