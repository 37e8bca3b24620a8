"""The inbox on the desk: a service's open mail for its chef, an agent's own tasks.

Loaded on the database worker, new mail first and overdue mail marked. Enter or a
double-click opens the mail in the detail pane. With live updates (``ui/live.py``) it reloads
as soon as anyone commits a change, here or elsewhere, and polls every ``FALLBACK_POLL_SECONDS``
only in case a notification went astray (and for deadlines passing at midnight); without them,
or while they are interrupted, it polls every ``POLL_SECONDS``.

Signals: ``activated(str)`` with a mail's number; ``counted(int, int)`` open and overdue.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics
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
from app.store.changes import Change
from app.store.database import Database
from ui import display
from ui.imputation.inbox_model import InboxModel
from ui.live import LiveUpdates
from ui.register.delegate import ScriptDirectionDelegate
from ui.tasks import TaskRunner

POLL_SECONDS = 20
PADDING = 12  # on each side of a cell's text
FALLBACK_POLL_SECONDS = 120


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
        live: LiveUpdates | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self._loading = False
        self._stale = False  # a change came while loading: load again once done
        self.model = InboxModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The subject takes what the others leave: they keep to what they show (a service's
        # code, a status), the days to their width (_fit_date_columns).
        for column, width in ((0, 115), (2, 150), (4, 80), (6, 120)):
            self.table.setColumnWidth(column, width)
        self._fit_date_columns()
        self.table.activated.connect(self._on_activated)
        self.overdue_only = QCheckBox(self)
        self.overdue_only.toggled.connect(self.refresh)
        self.summary = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.live_state = QLabel(self)
        self.live_state.setObjectName("liveState")
        self.live_state.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.overdue_only)
        bar.addStretch(1)
        bar.addWidget(self.live_state)
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
        if live is not None:
            live.changed.connect(self.on_changed)
            live.online.connect(self.on_live_online)
            self.on_live_online(live.is_online is not False)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.overdue_only.setText(self.tr("&Overdue only"))
        self.live_state.setText(self.tr("Live updates interrupted, reconnecting…"))
        self._count()

    @Slot(object)
    def on_changed(self, batch: tuple[Change, ...]) -> None:
        """Something was committed (here, by another user, by the command line): reload.

        Any change may move a mail into or out of this inbox (an assignment, a return, a
        service or a user's rights changed), and the query is one indexed read."""
        self.refresh()

    @Slot(bool)
    def on_live_online(self, online: bool) -> None:
        """Live updates lost (poll often meanwhile) or back (poll only as a safety net)."""
        self.live_state.setVisible(not online)
        self._timer.setInterval((FALLBACK_POLL_SECONDS if online else POLL_SECONDS) * 1000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
            self._fit_date_columns()  # digits or the Hijri day may have changed too
        super().changeEvent(event)

    def _fit_date_columns(self) -> None:
        """The dates whole, with the Hijri day beside them when it is shown (new mail is in
        bold: measured in bold)."""
        font = self.table.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        moment = datetime(2026, 12, 30, 23, 59, tzinfo=UTC)
        for column, sample, least in (
            (1, display.day(moment.date(), short=True), 95),
            (5, display.day(moment.date(), short=True), 95),
        ):
            width = metrics.horizontalAdvance(sample) + 2 * PADDING
            self.table.setColumnWidth(column, max(least, width))

    @property
    def loading(self) -> bool:
        """Whether a load is under way or due (tests, and whoever waits for a fresh inbox)."""
        return self._loading or self._stale

    def refresh(self) -> None:
        """Load the inbox again on the worker; asked during a load, once more after it (the
        load under way may have read before the change that asks for it)."""
        if self._loading:
            self._stale = True
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
        if self._stale:
            self._stale = False
            self.refresh()
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
        self._stale = False
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
