"""The deadlines tab: the default days to treat a mail, by priority, 1 to 60.

The legal limit of citizens' requests and complaints (60 days from receipt) applies on top of
these defaults whatever they are; the note under the boxes says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Priority
from app.errors import UserError
from app.imputation import deadlines
from app.organisation.admin import Organisation
from ui.admin.page import AdminContext, AdminPage
from ui.widgets import CountSpinBox


class DaysSpinBox(CountSpinBox):
    """A number of days, shown with its unit in the right grammatical number ("%n day(s)")."""

    def say(self, value: int) -> str:
        return self.tr("%n day(s)", "", value)


class DeadlinesPage(AdminPage):
    def __init__(self, ctx: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("deadlinesPage")
        self._loaded: tuple[int, ...] = ()
        self.box = QGroupBox(self)
        self.spins: dict[Priority, DaysSpinBox] = {}
        self.captions: dict[Priority, QLabel] = {}
        form = QFormLayout(self.box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for priority in Priority:
            spin = DaysSpinBox(self.box)
            spin.setObjectName(f"days_{priority.value}")
            spin.setRange(deadlines.MIN_DAYS, deadlines.MAX_DAYS)
            spin.setValue(deadlines.DEFAULT_DAYS[priority.value])
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            spin.setMinimumWidth(140)
            caption = QLabel(self.box)
            caption.setBuddy(spin)
            form.addRow(caption, spin)
            self.spins[priority] = spin
            self.captions[priority] = caption
        self.note = QLabel(self.box)
        self.note.setObjectName("deadlinesNote")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.save_button.setParent(self.box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()
        self._loaded = self.values()

    def first_widget(self) -> QWidget:
        return self.spins[Priority.NORMAL]

    def title(self) -> str:
        return self.tr("&Deadlines")

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Default time to treat a mail, from the day it is assigned"))
        captions = {
            Priority.NORMAL: self.tr("&Normal mail"),
            Priority.URGENT: self.tr("&Urgent mail"),
            Priority.VERY_URGENT: self.tr("&Very urgent mail"),
        }
        for priority, text in captions.items():
            self.captions[priority].setText(text)
            self.spins[priority].setSuffix("")  # shows the value again, in the new language
        self.note.setText(
            self.tr(
                "From 1 to %1 days. Whatever these defaults, a citizen's request or complaint "
                "is always due at the latest %1 days after it was received (the legal limit), "
                "and a due date typed past that day is refused."
            ).replace("%1", str(deadlines.LEGAL_CITIZEN_DAYS))
        )
        self.save_button.setText(self.tr("Sa&ve the deadlines"))

    def values(self) -> tuple[int, ...]:
        return tuple(self.spins[p].value() for p in Priority)

    def show_data(self, data: Organisation) -> None:
        keep = self.is_dirty()
        self.data = data
        if not keep:
            self._apply(data)

    def _apply(self, data: Organisation) -> None:
        for priority, spin in self.spins.items():
            spin.setValue(data.days.get(priority.value, deadlines.DEFAULT_DAYS[priority.value]))
        self._loaded = self.values()

    def is_dirty(self) -> bool:
        return self.values() != self._loaded

    def revert(self) -> None:
        self.clear_message()
        if self.data is not None:
            self._apply(self.data)

    def submit(self) -> None:
        for spin in self.spins.values():
            spin.interpretText()  # a value typed but not yet committed by the spin box
        days = {p: self.spins[p].value() for p in Priority}
        db, actor = self.ctx.db, self.ctx.actor

        def saved(_changed: list[str]) -> None:
            self._loaded = self.values()

        self.run(lambda: deadlines.set_days_by_priority(db, actor, days), saved)

    def field_widget(self, error: UserError) -> QWidget | None:
        return self.spins[Priority.NORMAL] if error.code == "days_out_of_range" else None
