"""The selected mail's actions: correct it, cancel it, copy its number, print its label or receipt.

Enabled by the user's role and the mail's state; each opens its dialog. Signals:
``amended(str)`` with the number of a mail that was corrected or cancelled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from app.organisation import permissions
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.registry.queries import MailView
from app.store.database import Database
from ui.amend.cancel_dialog import CancelDialog
from ui.amend.correction_dialog import CorrectionDialog
from ui.printing.mail_prints import MailPrints
from ui.tasks import TaskRunner
from ui.widgets import show_and_forget


class MailActions(QObject):
    amended = Signal(str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: Callable[[], str],
        services: Callable[[], list[ServiceRow]],
        window: QWidget,
        prints: MailPrints,
    ) -> None:
        super().__init__(window)
        self._prints = prints
        self._db, self._tasks, self._actor = db, tasks, actor
        self._lang, self._services, self._window = lang, services, window
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

    def set_mail(self, mail: MailView | None) -> None:
        self.mail = mail
        role = self._actor.role
        open_mail = mail is not None and not mail.cancelled
        self.correct.setEnabled(open_mail and permissions.allowed(role, permissions.Action.CORRECT))
        self.cancel.setEnabled(open_mail and permissions.allowed(role, permissions.Action.CANCEL))
        self.copy_number.setEnabled(mail is not None)
        printable = mail is not None and not mail.cancelled  # a cancelled label must not go out
        for action in self.print_actions:
            action.setEnabled(printable)

    def open_correction(self) -> CorrectionDialog | None:
        if self.mail is None or not self.correct.isEnabled():
            return None
        dialog = CorrectionDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            mail=self.mail,
            services=self._services(),
            lang=self._lang(),
            parent=self._window,
        )
        dialog.corrected.connect(self.amended)
        show_and_forget(dialog)
        return dialog

    def open_cancellation(self) -> CancelDialog | None:
        if self.mail is None or not self.cancel.isEnabled():
            return None
        dialog = CancelDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            mail=self.mail,
            lang=self._lang(),
            parent=self._window,
        )
        dialog.cancelled.connect(self.amended)
        show_and_forget(dialog)
        return dialog

    def on_copy_number(self) -> None:
        if self.mail is not None:
            QGuiApplication.clipboard().setText(self.mail.number)
