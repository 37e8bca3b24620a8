"""Small widgets built the same way everywhere: value combos, day pickers, dialogs shown and
forgotten."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from ui import limits
from ui.labels import label


def show_and_forget(dialog: QWidget) -> None:
    """Show ``dialog`` without waiting for it, deleted once closed: the menus' actions open
    their dialogs this way and keep no reference (a dialog reports through its signals)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def day_edit(parent: QWidget | None = None, *, popup: bool = False) -> QDateEdit:
    """A day picker that reads year-month-day, left to right, in any language.

    In a right-to-left window QDateEdit lays its sections out right to left (23-11-2026);
    the direction must be fixed before the display format is set."""
    edit = QDateEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(popup)
    edit.setDate(QDate.currentDate())
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
