"""The treatment of the selected mail: assign it (several at once), hand it on, send it back
to the bureau d'ordre, start it, mark it answered, file it.

Each action is enabled by the user's role and the mail's status, and when it is not, it says
why in the user's language (:mod:`ui.why`: its tooltip, its status tip, the status bar when
its key is pressed). The application layer checks again, service and confidentiality
included, and its refusal is shown in the dialog. Each dialog runs through the desk's
operation helper, so the register, the inbox and the detail follow the change like any other.

Signals: ``changed(str)`` with the number of a mail whose treatment moved (or the first of
several assigned at once); ``assigned(list)`` with the numbers just assigned (their routing
slips may be printed); ``say(str)`` with a refusal of an action run without dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.domain.enums import Direction, MailStatus, Role
from app.imputation import workflow
from app.organisation.permissions import Action, allowed
from app.organisation.queries import ServiceRow
from app.registry.queries import MailView
from ui.context import DeskContext
from ui.imputation.assign_dialog import AssignDialog
from ui.imputation.reassign_dialog import ReassignDialog, current_main
from ui.imputation.step_dialog import Step, StepDialog
from ui.labels import label
from ui.why import allow
from ui.widgets import show_and_forget

S = MailStatus
_FROM = {action: {s.value for s in statuses} for action, statuses in workflow.FROM.items()}


class ImputationActions(QObject):
    changed = Signal(str)
    assigned = Signal(list)  # the numbers just assigned (their routing slips may be printed)
    say = Signal(str)

    def __init__(
        self,
        *,
        ctx: DeskContext,
        services: Callable[[], list[ServiceRow]],
        selection: Callable[[], list[str]],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self._services, self._selection, self._window = services, selection, window
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
        self.set_mail(self.mail)  # the reasons, in the new language

    # -- state ------------------------------------------------------------------------------

    def _role_refusal(self, action: Action) -> str:
        """Why the user's role may not do ``action`` (who does it instead)."""
        role = Role(self.ctx.actor.role)
        if action is Action.ASSIGN:
            if role is Role.CHEF:
                return self.tr(
                    "The bureau d'ordre assigns mail to the services; a chef hands it on to "
                    "an agent (Ctrl+Shift+I)."
                )
            return self.tr("Mail is assigned by the bureau d'ordre or a supervisor.")
        if action in (Action.REASSIGN, Action.RETURN, Action.CLOSE):
            return self.tr("The chef of the service or a supervisor does this.")
        return self.tr("The chef of the service or the agent it was handed to does this.")

    def _status_refusal(self, action: Action, mail: MailView) -> str:
        if action is Action.ASSIGN:
            main = current_main(mail)
            if main is not None:
                return self.tr(
                    "Already assigned to %1: the chef of that service hands it on."
                ).replace("%1", main["service"])
        if action is Action.START and mail.status == S.IN_PROGRESS.value:
            return self.tr("The treatment has already started.")
        return self.tr("Not possible while the mail is “%1”.").replace("%1", label(mail.status))

    @staticmethod
    def _replaceable(mail: MailView) -> bool:
        main = current_main(mail)
        handed = None if main is None else (main["agent"] is not None, bool(main["previous_id"]))
        return workflow.office_may_replace(mail.status, handed)

    def why_not(self, action: Action) -> str | None:
        """Why ``action`` cannot be done on the mail shown, in the user's language (None: it
        can, as far as the desk knows; the application layer checks again)."""
        mail = self.mail
        if mail is None:
            return self.tr("Select a mail in the register first.")
        if mail.cancelled:
            return self.tr("The mail is cancelled.")
        if action is Action.ASSIGN and mail.direction == Direction.OUT.value:
            return self.tr("Outgoing mail is not assigned: it leaves the office.")
        if not allowed(self.ctx.actor.role, action):
            return self._role_refusal(action)
        if action is Action.ASSIGN and self._replaceable(mail):
            return None  # the counter's imputation, not acted on yet: may be assigned anew
        if mail.status not in _FROM[action]:
            return self._status_refusal(action, mail)
        if Role(self.ctx.actor.role) is Role.AGENT:  # an agent treats the mail that names them
            main = current_main(mail)
            if main is None or main["agent"] != self.ctx.actor.login:
                return self.tr("The mail was handed to another agent.")
        return None

    def set_mail(self, mail: MailView | None) -> None:
        self.mail = mail
        for action, key in (
            (self.assign, Action.ASSIGN),
            (self.reassign, Action.REASSIGN),
            (self.return_mail, Action.RETURN),
            (self.start, Action.START),
            (self.answer, Action.ANSWER),
            (self.close, Action.CLOSE),
        ):
            allow(action, self.why_not(key))

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
            ctx=self.ctx,
            numbers=numbers,
            services=self._services(),
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
        dialog = ReassignDialog(ctx=self.ctx, mail=self.mail, parent=self._window)
        dialog.reassigned.connect(self.changed)
        show_and_forget(dialog)
        return dialog

    def open_step(self, step: Step) -> StepDialog | None:
        action = {Step.RETURN: self.return_mail, Step.ANSWER: self.answer, Step.CLOSE: self.close}
        if self.mail is None or not action[step].isEnabled():
            return None
        dialog = StepDialog(step=step, ctx=self.ctx, mail=self.mail, parent=self._window)
        dialog.done.connect(self.changed)
        show_and_forget(dialog)
        return dialog

    def start_treatment(self) -> None:
        if self.mail is None or not self.start.isEnabled():
            return
        db, actor, number = self.ctx.db, self.ctx.actor, self.mail.number
        self.start.setEnabled(False)  # once: a second press would be refused anyway
        self.ctx.operate(
            lambda: workflow.start(db, actor, number),
            owner=self,
            done=lambda _none: self.changed.emit(number),
            say=self.say.emit,
        )
