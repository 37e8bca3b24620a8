"""The selected mail's actions: correct it, cancel it, copy its number, print its label or receipt.

Enabled by the user's role and the mail's state, and saying why when they are not
(:mod:`ui.why`); each opens its dialog, which runs through the desk's operation helper: the
register and the detail follow the change like any other (``ui/live.py``). Signals:
``amended(str)`` with the number of a mail that was corrected or cancelled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from app.organisation.permissions import Action, allowed
from app.organisation.queries import ServiceRow
from app.registry.queries import MailView
from ui.amend.cancel_dialog import CancelDialog
from ui.amend.correction_dialog import CorrectionDialog
from ui.context import DeskContext
from ui.printing.mail_prints import MailPrints
from ui.why import allow
from ui.widgets import show_and_forget


class MailActions(QObject):
    amended = Signal(str)

    def __init__(
        self,
        *,
        ctx: DeskContext,
        services: Callable[[], list[ServiceRow]],
        window: QWidget,
        prints: MailPrints,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self._prints = prints
        self._services, self._window = services, window
        self.mail: MailView | None = None
        self.correct = QAction(window)
        self.correct.setObjectName("actionCorrect")
        self.correct.setShortcut(QKeySequence("Ctrl+E"))
        self.correct.triggered.connect(self.open_correction)
        self.cancel = QAction(window)
        self.cancel.setObjectName("actionCancelMail")
        self.cancel.triggered.connect(self.open_cancellation)
        self.copy_number = QAction(window)
        self.copy_number.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_number.triggered.connect(self.on_copy_number)
        self.print_label = QAction(window)
        self.print_label.setObjectName("actionPrintLabel")
        self.print_label.setShortcut(QKeySequence.StandardKey.Print)
        self.print_label.triggered.connect(
            lambda: self._on_mail(lambda n: prints.print_labels([n]))
        )
        self.preview_label = QAction(window)
        self.preview_label.triggered.connect(lambda: self._on_mail(prints.preview_label))
        self.print_receipt = QAction(window)
        self.print_receipt.setObjectName("actionPrintReceipt")
        self.print_receipt.triggered.connect(lambda: self._on_mail(prints.print_receipt))
        self.preview_receipt = QAction(window)
        self.preview_receipt.triggered.connect(lambda: self._on_mail(prints.preview_receipt))
        self.set_mail(None)

    @property
    def actions(self) -> list[QAction]:
        return [self.correct, self.cancel, self.copy_number]

    @property
    def print_actions(self) -> list[QAction]:
        return [self.print_label, self.preview_label, self.print_receipt, self.preview_receipt]

    def _on_mail(self, do: Callable[[str], None]) -> None:
        if self.mail is not None and not self.mail.cancelled:
            do(self.mail.number)

    def retranslate(self) -> None:
        self.correct.setText(self.tr("&Correct…"))
        self.cancel.setText(self.tr("C&ancel the mail…"))
        self.copy_number.setText(self.tr("Copy the &number"))
        self.print_label.setText(self.tr("&Print the label"))
        self.preview_label.setText(self.tr("Pre&view the label…"))
        self.print_receipt.setText(self.tr("Print the &receipt"))
        self.preview_receipt.setText(self.tr("Preview the rece&ipt…"))
        self.set_mail(self.mail)  # the reasons, in the new language

    def set_mail(self, mail: MailView | None) -> None:
        self.mail = mail
        role = self.ctx.actor.role
        none = self.tr("Select a mail in the register first.") if mail is None else None
        cancelled = self.tr("The mail is cancelled.") if mail and mail.cancelled else None
        allow(
            self.correct,
            none
            or cancelled
            or (
                None
                if allowed(role, Action.CORRECT)
                else self.tr("Corrections are made by the bureau d'ordre or a supervisor.")
            ),
        )
        allow(
            self.cancel,
            none
            or cancelled
            or (
                None
                if allowed(role, Action.CANCEL)
                else self.tr("Only a supervisor or an administrator may cancel a mail.")
            ),
        )
        allow(self.copy_number, none)
        # A cancelled mail's label or receipt must not go out.
        printing = self.tr("A cancelled mail's label and receipt are not printed.")
        for action in self.print_actions:
            allow(action, none or (printing if cancelled else None))

    def open_correction(self) -> CorrectionDialog | None:
        if self.mail is None or not self.correct.isEnabled():
            return None
        dialog = CorrectionDialog(
            ctx=self.ctx, mail=self.mail, services=self._services(), parent=self._window
        )
        dialog.corrected.connect(self.amended)
        show_and_forget(dialog)
        return dialog

    def open_cancellation(self) -> CancelDialog | None:
        if self.mail is None or not self.cancel.isEnabled():
            return None
        dialog = CancelDialog(ctx=self.ctx, mail=self.mail, parent=self._window)
        dialog.cancelled.connect(self.amended)
        show_and_forget(dialog)
        return dialog

    def on_copy_number(self) -> None:
        if self.mail is not None:
            QGuiApplication.clipboard().setText(self.mail.number)
