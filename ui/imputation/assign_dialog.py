"""Assign (imputer) one or several registered mails to a service, with copies and instructions.

The main service (pour attribution) is required; the other services may get a copy (pour
information). The office's instructions are loaded on the database worker. Without a due
date of its own, each mail gets the default of its priority. The assignment runs on the
worker, all the mails in one transaction; if it is refused, the dialog stays open with every
choice kept and says why in its language.

Signals: ``assigned(list)`` with the numbers assigned.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Priority
from app.errors import UserError
from app.imputation import workflow
from app.imputation.choices import AssignChoices, assign_choices
from app.imputation.deadlines import DEFAULT_DAYS
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.store.database import Database
from ui import display, limits
from ui.labels import LTR
from ui.tasks import TaskRunner
from ui.widgets import OptionalDay

CODE_ROLE = Qt.ItemDataRole.UserRole


class AssignDialog(QDialog):
    assigned = Signal(list)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        numbers: list[str],
        services: list[ServiceRow],
        lang: str,
        service: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``service``: the one proposed as main (the service the mail was registered for)."""
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.numbers = list(dict.fromkeys(numbers))
        self._days: dict[str, int] = dict(DEFAULT_DAYS)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.listed = QLabel(LTR + ", ".join(self.numbers), self)
        self.listed.setObjectName("assignNumbers")
        self.listed.setWordWrap(True)
        self.listed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.listed.setVisible(len(self.numbers) > 1)

        self.service = QComboBox(self)
        self.service.setObjectName("mainService")
        self.service.addItem("—", None)
        self.copies = QListWidget(self)
        self.copies.setObjectName("copies")
        for s in services:
            text = f"{s.code} — {s.name(lang)}"
            self.service.addItem(text, s.code)
            item = QListWidgetItem(text, self.copies)
            item.setData(CODE_ROLE, s.code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        self.copies.setMaximumHeight(140)
        if self.copies.count():
            self.copies.setCurrentRow(0)
        self.service.currentIndexChanged.connect(self.on_service_changed)
        if service:
            self.service.setCurrentIndex(max(self.service.findData(service), 0))

        self.instructions_box = QGroupBox(self)
        self.instructions_box.setObjectName("instructions")
        self._instruction_layout = QVBoxLayout(self.instructions_box)
        self.loading = QLabel(self.instructions_box)
        self._instruction_layout.addWidget(self.loading)
        self.instruction_checks: dict[str, QCheckBox] = {}
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        limits.limit_text(self.note, "note")

        self.due_row = OptionalDay(self)
        self.has_due, self.due = self.due_row.check, self.due_row.edit
        self.has_due.setObjectName("hasDue")
        self.due.setDate(QDate.currentDate().addDays(DEFAULT_DAYS[Priority.NORMAL.value]))
        self.due_hint = QLabel(self)
        self.due_hint.setWordWrap(True)

        self.message = QLabel(self)
        self.message.setObjectName("assignMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.service_caption = QLabel(self)
        self.service_caption.setBuddy(self.service)
        self.copies_caption = QLabel(self)
        self.copies_caption.setBuddy(self.copies)
        self.note_caption = QLabel(self)
        self.note_caption.setBuddy(self.note)
        form = QFormLayout()
        form.addRow(self.service_caption, self.service)
        form.addRow(self.copies_caption, self.copies)
        form.addRow(self.instructions_box)
        form.addRow(self.note_caption, self.note)
        form.addRow(self.due_row)
        form.addRow(self.due_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.listed)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.service.setFocus()

        self._tasks.run(
            lambda: assign_choices(self._db),
            on_done=self._on_choices,
            on_error=self._on_error,
            owner=self,
        )

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        count = len(self.numbers)
        if count == 1:
            self.setWindowTitle(self.tr("Assign mail %1").replace("%1", self.numbers[0]))
            self.heading.setText(LTR + self.numbers[0])
        else:
            self.setWindowTitle(self.tr("Assign %n mail(s)", "", count))
            self.heading.setText(self.tr("%n mail(s)", "", count))
        self.service_caption.setText(self.tr("&Main service (for action)"))
        self.copies_caption.setText(self.tr("&Copies (for information)"))
        self.instructions_box.setTitle(self.tr("&Instructions"))
        self.loading.setText(self.tr("Loading…"))
        self.note_caption.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("Optional: shown to the services"))
        self.has_due.setText(self.tr("Set a &due date"))
        self.ok.setText(self.tr("&Assign"))
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_hint(self) -> None:
        days = self._days
        said = [  # each count with its noun in the right number (Arabic: 10 أيام, 15 يوما)
            display.digits(self.tr("%n day(s)", "", days[p.value]))
            for p in (Priority.NORMAL, Priority.URGENT, Priority.VERY_URGENT)
        ]
        self.due_hint.setText(
            self.tr("By default: %1 for normal mail, %2 for urgent, %3 for very urgent.")
            .replace("%1", said[0])
            .replace("%2", said[1])
            .replace("%3", said[2])
        )

    # -- choices ----------------------------------------------------------------------------

    @Slot(int)
    def on_service_changed(self, _index: int) -> None:
        """The main service cannot also take a copy: its line leaves the copies."""
        main = self.service.currentData()
        for i in range(self.copies.count()):
            item = self.copies.item(i)
            is_main = item.data(CODE_ROLE) == main
            if is_main:
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setHidden(is_main)
        current = self.copies.currentItem()
        if current is not None and current.isHidden():
            visible = [
                self.copies.item(i)
                for i in range(self.copies.count())
                if not self.copies.item(i).isHidden()
            ]
            if visible:
                self.copies.setCurrentItem(visible[0])

    def _on_choices(self, choices: AssignChoices) -> None:
        self._days = {**DEFAULT_DAYS, **choices.days}
        if not self.has_due.isChecked():
            self.due.setDate(QDate.currentDate().addDays(self._days[Priority.NORMAL.value]))
        self._show_hint()
        self.loading.hide()
        previous: QWidget = self.copies
        for row in choices.instructions:
            check = QCheckBox(row.label(self._lang), self.instructions_box)
            check.setObjectName(f"instruction_{row.code}")
            check.setToolTip(row.code)
            self._instruction_layout.addWidget(check)
            check.show()  # at once, not on the layout's next pass: Tab may reach it before
            self.instruction_checks[row.code] = check
            QWidget.setTabOrder(previous, check)
            previous = check
        QWidget.setTabOrder(previous, self.note)

    def copy_codes(self) -> list[str]:
        return [
            self.copies.item(i).data(CODE_ROLE)
            for i in range(self.copies.count())
            if not self.copies.item(i).isHidden()
            and self.copies.item(i).checkState() == Qt.CheckState.Checked
        ]

    def instruction_codes(self) -> list[str]:
        return [code for code, check in self.instruction_checks.items() if check.isChecked()]

    def due_date(self) -> date | None:
        return self.due_row.value()

    # -- assigning --------------------------------------------------------------------------

    def submit(self) -> None:
        main = self.service.currentData()
        if not main:
            self._say(self.tr("Choose the service the mail is assigned to."))
            self.service.setFocus()
            return
        db, actor, numbers = self._db, self._actor, list(self.numbers)
        copies, codes = self.copy_codes(), self.instruction_codes()
        note, due = self.note.text(), self.due_date()
        self.message.hide()
        self.setEnabled(False)
        self._tasks.run(
            lambda: workflow.assign(
                db, actor, numbers, main, copies=copies, instructions=codes, note=note, due=due
            ),
            on_done=self._on_done,
            on_error=self._on_error,
            owner=self,
        )

    def _on_done(self, done: list[workflow.Assigned]) -> None:
        self.setEnabled(True)
        self.assigned.emit([a.number for a in done])
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self._say(exc.message(self._lang))
        self.ok.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
