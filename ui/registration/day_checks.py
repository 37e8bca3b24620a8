"""The form's days checked as they are typed: a day that is no day, a letter dated after today.

A letter cannot be dated in the future, nor an arrivée received tomorrow: the line under the
days says so as soon as such a day is typed, and the form refuses to save until it is put
right (:meth:`DayChecks.refusal`). A départ's day sent after today is only pointed out. The
core's own date window (the sane range of days it accepts, ``app/``) refuses the rest when the
mail is registered, with its message in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from app.domain.enums import Direction
from ui.day_edit import DayEdit, day_text, office_today

WARNING_STYLE = "color: #b35c00;"


class DayChecks(QLabel):
    def __init__(
        self,
        *,
        direction: Direction,
        letter_known: QCheckBox,
        letter_date: DayEdit,
        received: DayEdit,
        today: Callable[[], date] = office_today,
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

    def _problems(self) -> list[tuple[DayEdit, str, bool]]:
        """(field, what to say, whether it stops saving), in the order of the form."""
        found: list[tuple[DayEdit, str, bool]] = []
        today = self._today()
        fields = [(self._received, False)]
        if self._known.isChecked():
            fields.insert(0, (self._letter, True))
        for edit, is_letter in fields:
            if not edit.valid:
                text = self.tr("“%1” is not a day: type it as dd/mm/yyyy.")
                found.append((edit, text.replace("%1", edit.text()), True))
                continue
            day = edit.date().toPython()
            if day <= today:
                continue
            shown = day_text(day)
            if is_letter:
                text = self.tr("The letter is dated %1, after today: check its date.")
                found.append((edit, text.replace("%1", shown), True))
            elif self._direction is Direction.IN:
                text = self.tr("Received on %1, after today: check the day.")
                found.append((edit, text.replace("%1", shown), True))
            else:
                text = self.tr("Sent on %1, after today.")
                found.append((edit, text.replace("%1", shown), False))
        return found

    def check(self) -> None:
        problems = self._problems()
        self.setText("\n".join(text for _edit, text, _stops in problems))
        self.setVisible(bool(problems))

    def refusal(self) -> tuple[DayEdit, str] | None:
        """The first day that stops the form from saving, and why; None if they are fine."""
        for edit, text, stops in self._problems():
            if stops:
                return edit, text
        return None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.check()
        super().changeEvent(event)
