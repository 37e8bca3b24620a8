"""Cancel a registered mail: it stays in the register with its number, marked cancelled.

Signals: ``cancelled(str)`` with the mail's number.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.organisation.actor import Actor
from app.registry.corrections import cancel_mail
from app.registry.queries import MailView
from app.store.database import Database
from ui.labels import LTR
from ui.tasks import TaskRunner


class CancelDialog(QDialog):
    cancelled = Signal(str)

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
        self.setObjectName("cancelDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.mail = mail
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason_caption = QLabel(self)
        self.reason_caption.setBuddy(self.reason)
        self.message = QLabel(self)
        self.message.setObjectName("cancelMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.confirm = QPushButton(self)
        self.confirm.setObjectName("confirmCancel")
        self.keep = QPushButton(self)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.reason_caption, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self.reason.setFocus()

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        reason, number = self.reason.text(), self.mail.number
        self.message.hide()
        self.setEnabled(False)
        self._tasks.run(
            lambda: cancel_mail(self._db, self._actor, number, reason),
            on_done=lambda _none: self._on_done(),
            on_error=self._on_error,
            owner=self,
        )

    def _on_done(self) -> None:
        self.setEnabled(True)
        self.cancelled.emit(self.mail.number)
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang))
        self.message.show()
        self.reason.setFocus()
