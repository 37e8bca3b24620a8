"""One step of a mail's treatment that takes a line of text: send it back to the bureau
d'ordre (a reason), mark it answered (the outgoing mail's number), file it (a note).

The step runs on the worker; a refusal is shown in the dialog, in the user's language, with
what was typed kept. Signals: ``done(str)`` with the mail's number.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.imputation import workflow
from app.organisation.actor import Actor
from app.registry.queries import MailView
from app.store.database import Database
from ui.barcode import ACCEPTS_SCANS
from ui.labels import LTR
from ui.reason_dialog import ReasonDialog
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


class StepDialog(ReasonDialog):
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
        super().__init__(
            tasks=tasks,
            lang=lang,
            object_name=f"{step.value}Dialog",
            field_name="stepText",
            message_name="stepMessage",
            limit={Step.RETURN: "reason", Step.ANSWER: "answers"}.get(step, "note"),
            parent=parent,
        )
        self.step, self.mail = step, mail
        self._run = _runner(step, db, actor, mail.number)
        self.text = self.field
        self.ready()

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

    def action(self, text: str) -> Callable[[], object]:
        run = self._run
        return lambda: run(text)

    def succeeded(self) -> None:
        self.done.emit(self.mail.number)
