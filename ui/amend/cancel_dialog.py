"""Cancel a registered mail: it stays in the register with its number, marked cancelled.

Signals: ``cancelled(str)`` with the mail's number.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from app.registry.corrections import cancel_mail
from app.registry.queries import MailView
from ui.context import DeskContext
from ui.labels import LTR
from ui.reason_dialog import ReasonDialog


class CancelDialog(ReasonDialog):
    cancelled = Signal(str)

    def __init__(
        self,
        *,
        ctx: DeskContext,
        mail: MailView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx=ctx,
            object_name="cancelDialog",
            field_name="reason",
            message_name="cancelMessage",
            red_message=False,
            parent=parent,
        )
        self.mail = mail
        self.reason, self.reason_caption = self.field, self.caption
        self.ready()

    def make_buttons(self) -> QDialogButtonBox:
        """ "Cancel the mail" and "Keep it": an OK/Cancel pair would read ambiguously here."""
        buttons = QDialogButtonBox(self)
        self.confirm = QPushButton(self)
        self.confirm.setObjectName("confirmCancel")
        self.keep = QPushButton(self)
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.RejectRole)
        return buttons

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel mail %1").replace("%1", self.mail.number))
        self.summary.setText(f"{LTR}{self.mail.number} — {self.mail.subject}")
        self.explanation.setText(
            self.tr(
                "The mail stays in the register under its number, marked cancelled; "
                "the reason is kept in its history."
            )
        )
        self.reason_caption.setText(self.tr("&Reason"))
        self.confirm.setText(self.tr("Cancel &the mail"))
        self.keep.setText(self.tr("&Keep it"))

    def action(self, text: str) -> Callable[[], object]:
        db, actor, number = self.ctx.db, self.ctx.actor, self.mail.number
        return lambda: cancel_mail(db, actor, number, text)

    def succeeded(self) -> None:
        self.cancelled.emit(self.mail.number)
