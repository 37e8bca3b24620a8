"""Hand a mail on: a chef to an agent of the service (or a sub-service), a supervisor to
another service.

The services offered are those the user may send it to, each with who may treat its mail;
the current service is chosen first, so handing it down to an agent is: agent, Enter.
Signals: ``reassigned(str)`` with the mail's number.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.imputation import workflow
from app.imputation.choices import TargetService, reassign_targets
from app.organisation.actor import Actor
from app.registry.queries import MailView
from app.store.database import Database
from ui import limits
from ui.labels import LTR
from ui.tasks import TaskRunner
from ui.widgets import OptionalDay


def current_main(mail: MailView) -> dict | None:  # type: ignore[type-arg]
    """The mail's active main assignment, as ``get_mail`` lists it."""
    return next(
        (a for a in mail.assignments if a["kind"] == "main" and a["state"] == "active"), None
    )


class ReassignDialog(QDialog):
    reassigned = Signal(str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        mail: MailView,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.mail = mail
        self.targets: list[TargetService] = []
        main = current_main(mail)
        self._current_service = main["service"] if main else None
        self._current_agent = main["agent"] if main else None

        self.summary = QLabel(f"{LTR}{mail.number} — {mail.subject}", self)
        self.summary.setWordWrap(True)
        self.held = QLabel(self)
        self.service = QComboBox(self)
        self.service.setObjectName("service")
        self.agent = QComboBox(self)
        self.agent.setObjectName("agent")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        limits.limit_text(self.note, "note")
        self.due_row = OptionalDay(self)
        self.has_due, self.due = self.due_row.check, self.due_row.edit
        self.has_due.setObjectName("hasDue")
        if main and main["due_date"] is not None:
            self.due_row.set_day(main["due_date"])
        self.message = QLabel(self)
        self.message.setObjectName("reassignMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        self.ok.setEnabled(False)  # until the services are loaded
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.service_caption = QLabel(self)
        self.service_caption.setBuddy(self.service)
        self.agent_caption = QLabel(self)
        self.agent_caption.setBuddy(self.agent)
        self.note_caption = QLabel(self)
        self.note_caption.setBuddy(self.note)
        form = QFormLayout()
        form.addRow(self.service_caption, self.service)
        form.addRow(self.agent_caption, self.agent)
        form.addRow(self.note_caption, self.note)
        form.addRow(self.due_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.held)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)
        self.service.currentIndexChanged.connect(self.on_service_changed)
        self.retranslate()
        self._tasks.run(
            lambda: reassign_targets(self._db, self._actor),
            on_done=self._on_targets,
            on_error=self._on_error,
            owner=self,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand on mail %1").replace("%1", self.mail.number))
        held = self._current_service or "—"
        if self._current_agent:
            held += f" — {self._current_agent}"
        self.held.setText(self.tr("Now with: %1").replace("%1", held))
        self.service_caption.setText(self.tr("&Service"))
        self.agent_caption.setText(self.tr("&Agent"))
        self.note_caption.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("Optional: shown to the services"))
        self.has_due.setText(self.tr("Change the &due date"))
        self.ok.setText(self.tr("&Hand on"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self.agent.count():
            self.agent.setItemText(0, self.tr("— the service, no agent —"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_targets(self, targets: list[TargetService]) -> None:
        self.targets = targets
        self.service.blockSignals(True)
        for t in targets:
            self.service.addItem(f"{t.code} — {t.name(self._lang)}", t.code)
        current = self.service.findData(self._current_service)
        self.service.setCurrentIndex(max(current, 0))
        self.service.blockSignals(False)
        self.on_service_changed(self.service.currentIndex())
        self.ok.setEnabled(bool(targets))
        # Handing down within the service is the common case: start on the agent.
        (self.agent if current >= 0 else self.service).setFocus()

    @Slot(int)
    def on_service_changed(self, index: int) -> None:
        self.agent.clear()
        self.agent.addItem(self.tr("— the service, no agent —"), None)
        if 0 <= index < len(self.targets):
            for login, full_name in self.targets[index].agents:
                self.agent.addItem(f"{full_name} ({login})", login)

    def due_date(self) -> date | None:
        return self.due_row.value()

    def submit(self) -> None:
        service, agent = self.service.currentData(), self.agent.currentData()
        note, due, number = self.note.text(), self.due_date(), self.mail.number
        if service == self._current_service and agent is None:
            self._say(self.tr("Choose another service or an agent."))
            self.agent.setFocus()
            return
        self.message.hide()
        self.setEnabled(False)
        self._tasks.run(
            lambda: workflow.reassign(
                self._db,
                self._actor,
                number,
                service=service if service != self._current_service else None,
                agent=agent,
                note=note,
                due=due,
            ),
            on_done=self._on_done,
            on_error=self._on_error,
            owner=self,
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_done(self, _result: object) -> None:
        self.setEnabled(True)
        self.reassigned.emit(self.mail.number)
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self._say(exc.message(self._lang))
