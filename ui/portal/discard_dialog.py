"""Set a quarantined deposit aside for good, with the reason (kept in the audit trail).

The discard runs on the database worker; a refusal (an empty reason, a deposit registered
meanwhile by another desk) is shown here in the user's language, with what was typed kept.
Signals: ``discarded(str)`` with the deposit's id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.organisation.actor import Actor
from app.portal import overview
from app.store.database import Database
from ui.labels import LTR, isolate
from ui.tasks import TaskRunner


class DiscardDialog(QDialog):
    discarded = Signal(str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        deposit_id: str,
        subject: str = "",
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("discardDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.deposit_id, self.subject = deposit_id, subject
        self.summary = QLabel(self)
        self.summary.setObjectName("discardSummary")
        self.summary.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("discardReason")
        self.caption = QLabel(self)
        self.caption.setBuddy(self.reason)
        self.message = QLabel(self)
        self.message.setObjectName("discardMessage")
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
        form.addRow(self.caption, self.reason)
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
        self.setWindowTitle(
            self.tr("Discard deposit %1").replace("%1", LTR + self.deposit_id + LTR)
        )
        shown = f"{LTR}{self.deposit_id}" + (f" — {isolate(self.subject)}" if self.subject else "")
        self.summary.setText(shown)
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.summary.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        self.explanation.setText(
            self.tr(
                "The deposit will not be registered: it leaves the quarantine for good. "
                "Say why (a duplicate, a test, the depositor was told to deposit again...)."
            )
        )
        self.caption.setText(self.tr("&Reason"))
        self.ok.setText(self.tr("&Discard"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        db, actor, deposit, reason = self._db, self._actor, self.deposit_id, self.reason.text()
        self.message.hide()
        self.setEnabled(False)
        self._tasks.run(
            lambda: overview.discard(db, actor, deposit, reason),
            on_done=self._on_done,
            on_error=self._on_error,
            owner=self,
        )

    def _on_done(self, _none: object) -> None:
        self.setEnabled(True)
        self.discarded.emit(self.deposit_id)
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang()))
        self.message.show()
        self.reason.setFocus()
