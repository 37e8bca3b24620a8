"""Recent look-alike mails at the counter, so the same letter is not registered twice.

Once a correspondent and a subject (or a reference) are typed, the mails of the last weeks
from that correspondent with a similar subject (:mod:`app.search.similar`) are listed below
the form: number, date, subject. Double-click or Enter opens one in the main window. The
list is a hint: it is looked up on the database worker and never blocks saving.

Signals: ``open_requested(str)`` with the number of the mail to open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.directory.correspondents import CorrespondentInput
from app.search.similar import SimilarMail, recent_similar
from ui import display
from ui.context import DeskContext
from ui.labels import LTR
from ui.tasks import Task

LOOKUP_DELAY_MS = 500


class SimilarMails(QWidget):
    open_requested = Signal(str)

    def __init__(
        self,
        *,
        ctx: DeskContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("similarMails")
        self.ctx = ctx
        self._pending: Task | None = None
        self._source: Callable[[], tuple[CorrespondentInput | None, str, str]] | None = None
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("similarList")
        self.list.setMaximumHeight(90)
        self.list.itemActivated.connect(self.on_item_activated)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.caption.setText(
            self.tr(
                "Recent mail from this correspondent with a similar subject (already registered?):"
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def watch(self, source: Callable[[], tuple[CorrespondentInput | None, str, str]]) -> None:
        """Where to read the correspondent, subject and reference from when asked."""
        self._source = source

    def schedule(self) -> None:
        """Look again a moment after the clerk stops typing."""
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        if self._pending is not None:
            self._pending.cancel()
        self.list.clear()
        self.hide()

    def look_up(self) -> None:
        self._timer.stop()
        if self._source is None:
            return
        candidate, subject, reference = self._source()
        if self._pending is not None:
            self._pending.cancel()
        if candidate is None or not (subject.strip() or reference.strip()):
            self.clear()
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._pending = self.ctx.tasks.run(
            lambda: recent_similar(
                db, actor.office_id, candidate, subject, reference=reference, actor=actor
            ),
            on_done=self._on_found,
            on_error=lambda _exc: self.clear(),  # a hint only: never in the clerk's way
            owner=self,
        )

    def _on_found(self, found: list[SimilarMail]) -> None:
        self._pending = None
        self.list.clear()
        for mail in found:
            when = display.moment(mail.registered_at, short=True)
            item = QListWidgetItem(
                f"{LTR}{display.digits(mail.number)}  {when}{LTR}  — {mail.subject}"
            )
            item.setData(Qt.ItemDataRole.UserRole, mail.number)
            item.setToolTip(mail.subject)
            self.list.addItem(item)
        self.setVisible(bool(found))

    @property
    def numbers(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    @Slot(QListWidgetItem)
    def on_item_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
