"""Small widgets built the same way everywhere: value combos, day pickers, dialogs shown and
forgotten."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from ui import limits
from ui.day_edit import DayEdit
from ui.labels import label


def show_and_forget(dialog: QWidget) -> None:
    """Show ``dialog`` without waiting for it, deleted once closed: the menus' actions open
    their dialogs this way and keep no reference (a dialog reports through its signals)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def day_edit(parent: QWidget | None = None, *, popup: bool = True) -> DayEdit:
    """A day field: dd/mm/yyyy typed left to right in any language, or the calendar
    (Alt+Down); today's day to start with (:class:`ui.day_edit.DayEdit`)."""
    edit = DayEdit(parent)
    edit.setCalendarPopup(popup)
    limits.bound_filter(edit)  # no year 9999 (a form narrows it further: ui.limits)
    return edit


def value_combo(values: list[str], parent: QWidget | None = None) -> QComboBox:
    """A combo box of stored values (``itemData``), each shown by its translated label."""
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(label(value), value)
    return combo


def relabel(combo: QComboBox) -> None:
    """Translate a :func:`value_combo`'s items again (after a language change)."""
    for i in range(combo.count()):
        combo.setItemText(i, label(combo.itemData(i)))


class CountSpinBox(QSpinBox):
    """A count with its noun in the right grammatical number: "5 دقائق", "11 دقيقة", and
    for one and two the noun alone ("دقيقتان"), as Arabic writes them.

    ``text(n)`` says the count (a ``tr("%n minute(s)", "", n)``); the clerk types digits,
    Western or Eastern, or the text shown."""

    def __init__(
        self, parent: QWidget | None = None, *, text: Callable[[int], str] | None = None
    ) -> None:
        super().__init__(parent)
        self._text = text
        # "2" typed reads "دقيقتان" once the clerk moves on.
        self.editingFinished.connect(self._say_again)

    def _say_again(self) -> None:
        if self.value() == self.minimum() and self.specialValueText():
            text = self.specialValueText()
        else:
            text = self.prefix() + self.textFromValue(self.value()) + self.suffix()
        self.lineEdit().setText(text)

    def set_text(self, text: Callable[[int], str]) -> None:
        self._text = text
        self.setSuffix("")  # shows the value again, said anew

    def say(self, value: int) -> str:
        return self._text(value) if self._text is not None else str(value)

    def textFromValue(self, value: int) -> str:  # noqa: N802
        return self.say(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802
        found = self._read(text)
        return found if found is not None else self.minimum()

    def validate(self, text: str, pos: int) -> object:
        found = self._read(text)
        if found is None:
            return QValidator.State.Intermediate
        inside = self.minimum() <= found <= self.maximum()
        return QValidator.State.Acceptable if inside else QValidator.State.Intermediate

    def _read(self, text: str) -> int | None:
        text = text.strip()
        special = self.specialValueText()
        if special and text == special:
            return self.minimum()
        digits = "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())
        if digits:
            return int(digits)
        for value in range(self.minimum(), min(self.maximum(), 2) + 1):
            if text == self.say(value).strip():  # "دقيقتان": said without its digits
                return value
        return None


class OptionalDay(QWidget):
    """A day the user may give or not: a check box and, enabled by it, a day picker.

    ``check`` and ``edit`` are the two parts (the caller sets the check box's text)."""

    def __init__(self, parent: QWidget | None = None, *, popup: bool = True) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = day_edit(self, popup=popup)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def set_day(self, day: date) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None
