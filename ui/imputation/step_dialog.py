"""One step of a mail's treatment that takes a line of text: send it back to the bureau
d'ordre (a reason), mark it answered (the outgoing mail's number), file it (a note).

The step runs on the worker; a refusal is shown in the dialog, in the user's language, with
what was typed kept. Signals: ``done(str)`` with the mail's number.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
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
from app.organisation.actor import Actor
from app.registry.queries import MailView
from app.store.database import Database
from ui.barcode import ACCEPTS_SCANS
from ui.labels import LTR
from ui.tasks import TaskRunner


class Step(Enum):
    RETURN = "return"
    ANSWER = "answer"
    CLOSE = "close"


def _runner(step: Step, db: Database, actor: Actor, number: str) -> Callable[[str], None]:
    if step is Step.RETURN:
        return lambda text: workflow.return_to_office(db, actor, number, text)
    if step is Step.ANSWER:
        return lambda text: workflow.mark_answered(db, actor, number, text)
    return lambda text: workflow.close(db, actor, number, text)


class StepDialog(QDialog):
    done = Signal(str)

    def __init__(
        self,
        *,
        step: Step,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        mail: MailView,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{step.value}Dialog")
        self.step, self.mail, self._tasks, self._lang = step, mail, tasks, lang
        self._run = _runner(step, db, actor, mail.number)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.text = QLineEdit(self)
        self.text.setObjectName("stepText")
        self.caption = QLabel(self)
        self.caption.setBuddy(self.text)
        self.message = QLabel(self)
        self.message.setObjectName("stepMessage")
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
        form = QFormLayout()
        form.addRow(self.caption, self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self.text.setFocus()

    def retranslate(self) -> None:
        self.summary.setText(f"{LTR}{self.mail.number} — {self.mail.subject}")
        if self.step is Step.RETURN:
            self.setWindowTitle(self.tr("Return mail %1").replace("%1", self.mail.number))
            self.explanation.setText(
                self.tr(
                    "The mail goes back to the bureau d'ordre, to be assigned again; "
                    "say why it is not your service's."
                )
            )
            self.caption.setText(self.tr("&Reason"))
            self.ok.setText(self.tr("&Return it"))
        elif self.step is Step.ANSWER:
            self.setWindowTitle(self.tr("Answer to mail %1").replace("%1", self.mail.number))
            self.explanation.setText(
                self.tr("Type or scan the number of the outgoing mail that answers it.")
            )
            self.caption.setText(self.tr("&Outgoing mail"))
            self.text.setPlaceholderText("D-2026/000123")
            self.text.setProperty(ACCEPTS_SCANS, True)
            self.ok.setText(self.tr("&Mark answered"))
        else:
            self.setWindowTitle(self.tr("File mail %1").replace("%1", self.mail.number))
            self.explanation.setText(self.tr("The mail is filed (classé): its treatment is over."))
            self.caption.setText(self.tr("&Note"))
            self.text.setPlaceholderText(self.tr("Optional"))
            self.ok.setText(self.tr("&File it"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        text = self.text.text()
        self.message.hide()
        self.setEnabled(False)
        run = self._run
        self._tasks.run(
            lambda: run(text), on_done=self._on_done, on_error=self._on_error, owner=self
        )

    def _on_done(self, _result: object) -> None:
        self.setEnabled(True)
        self.done.emit(self.mail.number)
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang))
        self.message.show()
        self.text.setFocus()
