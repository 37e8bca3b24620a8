"""The inbox on the desk: a service's open mail for its chef, an agent's own tasks.

Loaded on the database worker, refreshed every ``POLL_SECONDS`` (and at once after an
assignment made here), new mail first and overdue mail marked. Enter or a double-click opens
the mail in the detail pane.

Signals: ``activated(str)`` with a mail's number; ``counted(int, int)`` open and overdue.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.errors import UserError
from app.imputation import inbox
from app.organisation.actor import Actor
from app.store.database import Database
from ui import display
from ui.imputation.inbox_model import InboxModel
from ui.register.delegate import ScriptDirectionDelegate
from ui.tasks import TaskRunner

POLL_SECONDS = 20


class InboxView(QWidget):
    activated = Signal(str)
    counted = Signal(int, int)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang,  # type: ignore[no-untyped-def]  # () -> str
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self._loading = False
        self.model = InboxModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 120), (1, 125), (2, 170), (4, 110), (5, 95), (6, 130)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._on_activated)
        self.overdue_only = QCheckBox(self)
        self.overdue_only.toggled.connect(self.refresh)
        self.summary = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.overdue_only)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_SECONDS * 1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.overdue_only.setText(self.tr("&Overdue only"))
        self._count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        super().changeEvent(event)

    def refresh(self) -> None:
        """Load the inbox again on the worker (a refresh already under way is enough)."""
        if self._loading:
            return
        self._loading = True
        actor, overdue = self._actor, self.overdue_only.isChecked()
        own = Role(actor.role) == Role.AGENT

        def load() -> list[inbox.InboxItem]:
            if own:
                return inbox.agent_tasks(self._db, actor, overdue_only=overdue)
            return inbox.inbox(self._db, actor, overdue_only=overdue)

        self._tasks.run(load, on_done=self._on_loaded, on_error=self._on_error, owner=self)

    def _on_loaded(self, items: list[inbox.InboxItem]) -> None:
        self._loading = False
        self.message.hide()
        current = self.table.currentIndex().data(InboxModel.NumberRole)
        self.model.set_items(items)
        if current:  # keep the selection on the same mail
            for row in range(self.model.rowCount()):
                if self.model.item(row).number == current:  # type: ignore[union-attr]
                    self.table.selectRow(row)
                    break
        self._count()

    def _on_error(self, exc: Exception) -> None:
        self._loading = False
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang()))
        self.message.show()

    def _count(self) -> None:
        total, late = self.model.rowCount(), self.model.overdue
        self.summary.setText(
            display.digits(self.tr("%n open", "", total) + " — " + self.tr("%n overdue", "", late))
        )
        self.counted.emit(total, late)

    def _on_activated(self, index: QModelIndex) -> None:
        number = index.data(InboxModel.NumberRole)
        if number:
            self.activated.emit(number)

    def stop(self) -> None:
        self._timer.stop()
