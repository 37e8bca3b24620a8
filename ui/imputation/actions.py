"""The treatment of the selected mail: assign it (several at once), hand it on, send it back
to the bureau d'ordre, start it, mark it answered, file it.

Each action is enabled by the user's role and the mail's status (the application layer checks
again, service and confidentiality included, and its refusal is shown in the dialog).
Signals: ``changed(str)`` with the number of a mail whose treatment moved (or the first of
several assigned at once); ``assigned(list)`` with the numbers just assigned;
``failed(object)`` with a refusal of an action run without dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.domain.enums import Direction, MailStatus, Role
from app.imputation import workflow
from app.organisation.actor import Actor
from app.organisation.permissions import Action, allowed
from app.organisation.queries import ServiceRow
from app.registry.queries import MailView
from app.store.database import Database
from ui.imputation.assign_dialog import AssignDialog
from ui.imputation.reassign_dialog import ReassignDialog, current_main
from ui.imputation.step_dialog import Step, StepDialog
from ui.tasks import TaskRunner
from ui.widgets import show_and_forget

S = MailStatus
_FROM = {action: {s.value for s in statuses} for action, statuses in workflow.FROM.items()}


class ImputationActions(QObject):
    changed = Signal(str)
    assigned = Signal(list)  # the numbers just assigned (their routing slips may be printed)
    failed = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: Callable[[], str],
        services: Callable[[], list[ServiceRow]],
        selection: Callable[[], list[str]],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._db, self._tasks, self._actor = db, tasks, actor
        self._lang, self._services, self._selection, self._window = (
            lang,
            services,
            selection,
            window,
        )
        self.mail: MailView | None = None
        self.assign = self._action("actionAssign", "Ctrl+I", self.open_assign)
        self.reassign = self._action("actionReassign", "Ctrl+Shift+I", self.open_reassign)
        self.return_mail = self._action("actionReturn", None, lambda: self.open_step(Step.RETURN))
        self.start = self._action("actionStart", None, self.start_treatment)
        self.answer = self._action("actionAnswer", None, lambda: self.open_step(Step.ANSWER))
        self.close = self._action("actionClose", None, lambda: self.open_step(Step.CLOSE))
        self.set_mail(None)

    def _action(self, name: str, key: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False: slot())
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.assign, self.reassign, self.return_mail, self.start, self.answer, self.close]

    def retranslate(self) -> None:
        self.assign.setText(self.tr("&Assign…"))
        self.reassign.setText(self.tr("&Hand on…"))
        self.return_mail.setText(self.tr("Send &back to the bureau d'ordre…"))
        self.start.setText(self.tr("&Start the treatment"))
        self.answer.setText(self.tr("Mark ans&wered…"))
        self.close.setText(self.tr("&File (classer)…"))

    # -- state ------------------------------------------------------------------------------

    def _may(self, action: Action) -> bool:
        mail = self.mail
        if mail is None or mail.cancelled or mail.status not in _FROM[action]:
            return False
        if not allowed(self._actor.role, action):
            return False
        if Role(self._actor.role) is Role.AGENT:  # an agent treats the mail that names them
            main = current_main(mail)
            return main is not None and main["agent"] == self._actor.login
        return True

    def set_mail(self, mail: MailView | None) -> None:
        self.mail = mail
        assignable = mail is not None and mail.direction != Direction.OUT.value
        self.assign.setEnabled(assignable and self._may(Action.ASSIGN))
        self.reassign.setEnabled(self._may(Action.REASSIGN))
        self.return_mail.setEnabled(self._may(Action.RETURN))
        self.start.setEnabled(self._may(Action.START))
        self.answer.setEnabled(self._may(Action.ANSWER))
        self.close.setEnabled(self._may(Action.CLOSE))

    # -- dialogs ----------------------------------------------------------------------------

    def _numbers(self) -> list[str]:
        """The mails selected in the register, or the mail shown."""
        numbers = [n for n in self._selection() if n]
        if not numbers and self.mail is not None:
            numbers = [self.mail.number]
        return numbers

    def open_assign(self) -> AssignDialog | None:
        if not self.assign.isEnabled():
            return None
        numbers = self._numbers()
        if self.mail is not None and self.mail.number not in numbers:
            numbers = [self.mail.number]
        # One mail: the service the clerk registered it for is proposed as the main one.
        single = self.mail is not None and numbers == [self.mail.number]
        dialog = AssignDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            numbers=numbers,
            services=self._services(),
            lang=self._lang(),
            service=self.mail.service if single and self.mail is not None else None,
            parent=self._window,
        )
        dialog.assigned.connect(lambda done: self.changed.emit(done[0]) if done else None)
        dialog.assigned.connect(self.assigned)
        show_and_forget(dialog)
        return dialog

    def open_reassign(self) -> ReassignDialog | None:
        if self.mail is None or not self.reassign.isEnabled():
            return None
        dialog = ReassignDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            mail=self.mail,
            lang=self._lang(),
            parent=self._window,
        )
        dialog.reassigned.connect(self.changed)
        show_and_forget(dialog)
        return dialog

    def open_step(self, step: Step) -> StepDialog | None:
        action = {Step.RETURN: self.return_mail, Step.ANSWER: self.answer, Step.CLOSE: self.close}
        if self.mail is None or not action[step].isEnabled():
            return None
        dialog = StepDialog(
            step=step,
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            mail=self.mail,
            lang=self._lang(),
            parent=self._window,
        )
        dialog.done.connect(self.changed)
        show_and_forget(dialog)
        return dialog

    def start_treatment(self) -> None:
        if self.mail is None or not self.start.isEnabled():
            return
        number = self.mail.number
        self.start.setEnabled(False)  # once: a second press would be refused anyway
        self._tasks.run(
            lambda: workflow.start(self._db, self._actor, number),
            on_done=lambda _none: self.changed.emit(number),
            on_error=self.failed.emit,
            owner=self,
        )
