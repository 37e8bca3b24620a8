"""Form fields held to the core's entry rules: the length of :data:`app.domain.entry.LIMITS`
and the dates of :mod:`app.domain.window`.

A text field takes no more than its field's limit: a key typed past it, or a paste cut by it,
is refused and a tooltip under the field says why ("At most 300 characters here."); control
and bidi characters a paste brought are taken out as they arrive (they cannot be seen in a
field). A day picker offers only the days the office accepts for it. What gets past anyway
(an older value, a value set by the program) is refused by the core when saving, with its
message in the form, and nothing typed is lost.

Signals of :class:`FieldLimit`: ``refused(str)``, the text shown, when input is refused.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, QPoint, Signal
from PySide6.QtWidgets import QDateEdit, QLineEdit, QToolTip

from app.domain import entry, window


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FieldLimit(QObject):
    """A text field's limit, and the notice shown when input is refused by it."""

    refused = Signal(str)

    def __init__(
        self, edit: QLineEdit, field: str, *, keep: str = "", maximum: int | None = None
    ) -> None:
        super().__init__(edit)
        self.setObjectName(f"limit_{field}")
        self._edit = edit
        # An older value longer than today's limit is kept whole (never cut behind the
        # user's back): the field is as long as it, and the core says what is too long.
        self.maximum = max(maximum or entry.LIMITS[field], len(keep))
        edit.setMaxLength(self.maximum)
        edit.inputRejected.connect(self.on_input_rejected)
        edit.textEdited.connect(self.on_text_edited)

    def text(self) -> str:
        return self.tr("At most %n character(s) here.", "", self.maximum)

    def on_text_edited(self, text: str) -> None:
        """What a paste brought that no one can see in a field (control and bidi characters)
        is taken out at once (:func:`app.domain.entry.without_controls`)."""
        kept = entry.without_controls(text)
        if kept != text:
            cursor = len(entry.without_controls(text[: self._edit.cursorPosition()]))
            self._edit.setText(kept)
            self._edit.setCursorPosition(cursor)

    def on_input_rejected(self) -> None:
        if len(self._edit.text()) < self.maximum:
            return  # refused for another reason (a validator): not the length
        text = self.text()
        QToolTip.showText(self._edit.mapToGlobal(QPoint(0, self._edit.height())), text, self._edit)
        self.refused.emit(text)


def limit_text(edit: QLineEdit, field: str, *, maximum: int | None = None) -> FieldLimit:
    """Hold ``edit`` to ``LIMITS[field]`` characters, or ``maximum`` (a field holding more than
    one value); its current text is kept whole."""
    return FieldLimit(edit, field, keep=edit.text(), maximum=maximum)


def bound_received(edit: QDateEdit) -> None:
    """A received (or sent) day: from the floor to today."""
    _bound(edit, window.FLOOR, window.today())


def bound_letter_date(edit: QDateEdit) -> None:
    """A letter's own date: from the floor to today."""
    _bound(edit, window.FLOOR, window.today())


def bound_filter(edit: QDateEdit) -> None:
    """A day a filter or a deadline names: from the floor to the horizon."""
    _bound(edit, window.FLOOR, window.horizon())


def _bound(edit: QDateEdit, first: date, last: date) -> None:
    # A value already outside (an older entry) widens the range rather than being changed.
    shown = edit.date().toPython()
    edit.setDateRange(_qdate(min(first, shown)), _qdate(max(last, shown)))
