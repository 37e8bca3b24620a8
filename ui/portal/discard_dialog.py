"""Set a quarantined deposit aside for good, with the reason (kept in the audit trail).

The discard runs on the database worker; a refusal (an empty reason, a deposit registered
meanwhile by another desk) is shown here in the user's language, with what was typed kept.
Signals: ``discarded(str)`` with the deposit's id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from app.portal import overview
from ui.context import DeskContext
from ui.labels import LTR, isolate
from ui.reason_dialog import ReasonDialog


class DiscardDialog(ReasonDialog):
    discarded = Signal(str)

    def __init__(
        self,
        *,
        ctx: DeskContext,
        deposit_id: str,
        subject: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx=ctx,
            object_name="discardDialog",
            field_name="discardReason",
            message_name="discardMessage",
            parent=parent,
        )
        self.deposit_id, self.subject = deposit_id, subject
        self.summary.setObjectName("discardSummary")
        self.reason = self.field
        self.ready()

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

    def action(self, text: str) -> Callable[[], object]:
        db, actor, deposit = self.ctx.db, self.ctx.actor, self.deposit_id
        return lambda: overview.discard(db, actor, deposit, text)

    def succeeded(self) -> None:
        self.discarded.emit(self.deposit_id)
