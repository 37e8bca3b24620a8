"""The form's days checked as they are typed, by the office's date window.

A letter cannot be dated after today, nor a mail received or sent after today, nor either
before the window's floor (:mod:`app.domain.window`, the rule the core applies when the mail
is registered): the line under the days says so as soon as such a day is typed, in the
user's language and with the day as the form writes it (dd/mm/yyyy), and the form refuses to
save until it is put right (:meth:`DayChecks.refusal`). Nothing typed is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from app.domain import window
from app.domain.enums import Direction
from ui.day_edit import DayEdit, day_text

WARNING_STYLE = "color: #b35c00;"


class DayChecks(QLabel):
    def __init__(
        self,
        *,
        direction: Direction,
        letter_known: QCheckBox,
        letter_date: DayEdit,
        received: DayEdit,
        today: Callable[[], date] = window.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dayWarning")
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self._direction = direction
        self._known, self._letter, self._received = letter_known, letter_date, received
        self._today = today
        for edit in (letter_date, received):
            edit.textChanged.connect(self.check)
        letter_known.toggled.connect(self.check)
        self.hide()

    def _problems(self) -> list[tuple[DayEdit, str]]:
        """(field, what to say), in the order of the form."""
        found: list[tuple[DayEdit, str]] = []
        fields = [(self._received, False)]
        if self._known.isChecked():
            fields.insert(0, (self._letter, True))
        for edit, is_letter in fields:
            day = edit.typed_day()
            if day is None:
                text = self.tr("“%1” is not a day: type it as dd/mm/yyyy.")
                found.append((edit, text.replace("%1", edit.text())))
            elif day < window.FLOOR:
                text = self.tr("%1 is too far in the past: check the year.")
                found.append((edit, text.replace("%1", day_text(day))))
            elif day > self._today():
                found.append((edit, self._future(day, is_letter)))
        return found

    def _future(self, day: date, is_letter: bool) -> str:
        shown = day_text(day)
        if is_letter:
            text = self.tr("The letter is dated %1, after today: check its date.")
        elif self._direction is Direction.IN:
            text = self.tr("Received on %1, after today: check the day.")
        else:
            text = self.tr("Sent on %1, after today: check the day.")
        return text.replace("%1", shown)

    def check(self) -> None:
        problems = self._problems()
        self.setText("\n".join(text for _edit, text in problems))
        self.setVisible(bool(problems))

    def refusal(self) -> tuple[DayEdit, str] | None:
        """The first day that stops the form from saving, and why; None if they are fine."""
        problems = self._problems()
        return problems[0] if problems else None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.check()
        super().changeEvent(event)
