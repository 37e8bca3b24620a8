"""Taking an e-mail out of the basket without registering it: set aside with a reason, or
joined to a mail already registered (a reminder, a second copy), by its number.

Both run on the database worker; a refusal (no reason, an unknown or cancelled number, a
message another desk took meanwhile) is shown in the dialog, with what was typed kept.
Signals: ``discarded(int)`` and ``joined(int, str)`` (the message, the mail's number).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from app.mailbox import basket
from app.organisation.actor import Actor
from app.store.database import Database
from ui.labels import isolate
from ui.reason_dialog import ReasonDialog
from ui.tasks import TaskRunner


def _summary(dialog: ReasonDialog, subject: str, sender: str) -> None:
    dialog.summary.setText(" — ".join(isolate(p) for p in (sender, subject) if p))
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    dialog.summary.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)


class DiscardMessageDialog(ReasonDialog):
    discarded = Signal(int)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        message_id: int,
        subject: str,
        sender: str,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            tasks=tasks,
            lang=lang,
            object_name="mailboxDiscardDialog",
            field_name="mailboxDiscardReason",
            message_name="mailboxDiscardMessage",
            parent=parent,
        )
        self._db, self._actor = db, actor
        self.message_id, self.subject, self.sender = message_id, subject, sender
        self.ready()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Discard an e-mail"))
        _summary(self, self.subject, self.sender)
        self.explanation.setText(
            self.tr(
                "The e-mail will not be registered: it leaves the basket, and is kept with "
                "the reason. Say why (advertising, a duplicate of a letter already received...)."
            )
        )
        self.caption.setText(self.tr("&Reason"))
        self.ok.setText(self.tr("&Discard"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def action(self, text: str) -> Callable[[], object]:
        db, actor, message_id = self._db, self._actor, self.message_id
        return lambda: basket.discard(db, actor, message_id, text)

    def succeeded(self) -> None:
        self.discarded.emit(self.message_id)


class JoinEmailDialog(ReasonDialog):
    joined = Signal(int, str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        message_id: int,
        subject: str,
        sender: str,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            tasks=tasks,
            lang=lang,
            object_name="mailboxJoinDialog",
            field_name="mailboxJoinNumber",
            message_name="mailboxJoinMessage",
            limit="answers",
            parent=parent,
        )
        self._db, self._actor = db, actor
        self.message_id, self.subject, self.sender = message_id, subject, sender
        self.number = ""
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.ready()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join an e-mail to a registered mail"))
        _summary(self, self.subject, self.sender)
        self.explanation.setText(
            self.tr(
                "The e-mail and its files are attached to the mail already registered "
                "(a reminder, a second copy): it gets no number of its own."
            )
        )
        self.caption.setText(self.tr("Mail &number"))
        self.ok.setText(self.tr("&Join"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def action(self, text: str) -> Callable[[], object]:
        db, actor, message_id = self._db, self._actor, self.message_id

        def join() -> str:
            self.number = basket.join(db, actor, message_id, text.strip())
            return self.number

        return join

    def succeeded(self) -> None:
        self.joined.emit(self.message_id, self.number)
