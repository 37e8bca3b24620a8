"""The basket of e-mail to register: the messages waiting, one shown whole, the form that
registers it (non-modal, opened from the desk).

Keyboard first, like the counter: the list has the focus, ↑/↓ choose a message, Tab goes
through the form (sender in Latin letters and in Arabic, address, kind, subject, service,
type, priority), Ctrl+Enter registers it — the number is shown, the next message is chosen —
Ctrl+J joins it to a mail already registered, Delete sets it aside with a reason, F5 reads
the mailboxes now, Esc closes. Everything is read and written on the database worker (the
message as printed is made on the slow pool first); a refusal is told on the window's
message line in the user's language, with the form as it was typed and the cursor on the
field at fault. Acknowledgements that could not leave are listed at the bottom, with a
button to send them again.

Signals: ``loaded()`` each time the list was read (tests wait for it); ``registered(str)``
with the new number; ``changed()`` after anything left the basket from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.mailbox import ack, basket, registration
from app.mailbox.accounts import accounts
from app.mailbox.basket import MessageView, Pending
from app.mailbox.intake import FetchReport
from app.organisation import queries as organisation
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.registry.register import office_limits
from app.store.database import Database
from ui import display
from ui.labels import LTR, isolate
from ui.mailbox.dialogs import DiscardMessageDialog, JoinEmailDialog
from ui.mailbox.form import EmailForm
from ui.mailbox.message_pane import EmailPane
from ui.mailbox.reader import MailboxReader
from ui.mailbox.source import BasketSource
from ui.tasks import TaskRunner
from ui.widgets import show_and_forget

ERROR_COLOUR = "#b00020"
OK_COLOUR = "#1b5e20"
Index = QModelIndex | QPersistentModelIndex


class PendingModel(QAbstractTableModel):
    """The waiting messages: when, from whom, about what, how many files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Pending] = []
        self.headers = ["", "", "", ""]

    def set_rows(self, rows: list[Pending]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return LTR + display.moment(row.received_at, short=True)
            if column == 1:
                return row.from_name or row.from_address or ""
            if column == 2:
                return row.subject
            return display.count(row.attachments) if row.attachments else ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.sender
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


@dataclass(frozen=True)
class _Basket:
    pending: list[Pending]
    services: list[ServiceRow]
    acknowledging: set[int]  # accounts that acknowledge
    outbox: list[ack.OutboxLine]


def _read(db: Database, office_id: int) -> _Basket:
    return _Basket(
        basket.pending(db, office_id),
        organisation.services(db),
        {a.id for a in accounts(db, office_id) if a.ack_enabled},
        [x for x in ack.outbox(db, office_id) if x.state == ack.FAILED or x.attempts],
    )


class MailboxWindow(QDialog):
    loaded = Signal()
    registered = Signal(str)
    changed = Signal()

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        reader: MailboxReader,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxWindow")
        self._db, self._tasks, self._actor, self._reader, self._lang = (
            db,
            tasks,
            actor,
            reader,
            lang,
        )
        self.data: _Basket | None = None
        self.view: MessageView | None = None
        self._loading = self._reload = False
        self._busy = False
        self._wanted: int | None = None  # the message to choose once the list is read

        self.read_button = QPushButton(self)
        self.read_button.setObjectName("mailboxReadNow")
        self.read_button.clicked.connect(self.read_now)
        self.status = QLabel(self)
        self.status.setObjectName("mailboxStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.read_button)
        top.addWidget(self.status, 1)

        self.model = PendingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mailboxList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the form
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 170)
        self.table.selectionModel().currentRowChanged.connect(self.on_current)

        self.form = EmailForm(lang=lang(), parent=self)
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("mailboxRegister")
        self.register_button.clicked.connect(self.register_current)
        self.join_button = QPushButton(self)
        self.join_button.setObjectName("mailboxJoin")
        self.join_button.clicked.connect(self.join_current)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("mailboxDiscard")
        self.discard_button.clicked.connect(self.discard_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.discard_button)
        self.message = QLabel(self)
        self.message.setObjectName("mailboxMessageLine")
        self.message.setWordWrap(True)
        self.message.hide()
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 2)
        column.addWidget(self.form)
        column.addLayout(buttons)
        column.addWidget(self.message)

        self.source = BasketSource(db=db, tasks=tasks, actor=actor, parent=self)
        self.pane = EmailPane(source=self.source, parent=self)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.outbox_caption = QLabel(self)
        self.outbox = QListWidget(self)
        self.outbox.setObjectName("mailboxOutbox")
        self.outbox.setMaximumHeight(70)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("mailboxRetryAck")
        self.retry_button.clicked.connect(self.retry_ack)
        acks = QHBoxLayout()
        acks.addWidget(self.outbox, 1)
        acks.addWidget(self.retry_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.outbox_caption)
        layout.addLayout(acks)

        for keys, slot in (
            ("Ctrl+Return", self.register_current),
            ("Ctrl+Enter", self.register_current),
            ("Ctrl+J", self.join_current),
            ("F5", self.read_now),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.discard_current)

        reader.started.connect(self._on_reading)
        reader.finished.connect(self._on_read)
        reader.failed.connect(self._on_read_failed)
        self.resize(1240, 760)
        self.retranslate()
        self._show(None)
        self.reload()

    # -- reading the basket -------------------------------------------------------------

    def reload(self) -> None:
        if self._loading:
            self._reload = True
            return
        self._loading = True
        db, office_id = self._db, self._actor.office_id
        self._tasks.run(
            lambda: _read(db, office_id),
            on_done=self._on_loaded,
            on_error=self._on_error,
            owner=self,
        )

    def _on_loaded(self, data: _Basket) -> None:
        self._loading = False
        if self._reload:
            self._reload = False
            self.reload()
            return
        index = self.table.currentIndex()  # where the clerk is, even if not shown yet
        current = (
            int(self.model.data(index, Qt.ItemDataRole.UserRole))
            if index.isValid()
            else (self.view.id if self.view is not None else None)
        )
        wanted = self._wanted if self._wanted is not None else current
        self._wanted = None
        self.data = data
        self.form.set_services(data.services, self._lang())
        self.model.set_rows(data.pending)
        ids = [p.id for p in data.pending]
        row = ids.index(wanted) if wanted in ids else (0 if ids else -1)
        if row >= 0:
            self.choose_row(row)
        else:
            self._show(None)
        self._show_outbox()
        self._count()
        self.loaded.emit()

    def choose_row(self, row: int) -> None:
        """Make ``row`` the current message, selected. (Not QTableView.selectRow: in a
        right-to-left window it looks for the first column at the wrong edge and leaves no
        current row.)"""
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _count(self) -> None:
        waiting = len(self.model.rows)
        self.setWindowTitle(self.tr("E-mail to register (%n)", "", waiting))

    def on_current(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self._show(None)
            return
        message_id = int(self.model.data(current, Qt.ItemDataRole.UserRole))
        if self.view is not None and self.view.id == message_id:
            return
        db, office_id = self._db, self._actor.office_id
        self._tasks.run(
            lambda: basket.message(db, office_id, message_id),
            on_done=self._on_message,
            on_error=self._on_error,
            owner=self,
        )

    def _on_message(self, view: MessageView) -> None:
        current = self.table.currentIndex()
        if current.isValid() and self.model.data(current, Qt.ItemDataRole.UserRole) != view.id:
            return  # another one was chosen meanwhile
        self._show(view)

    def _show(self, view: MessageView | None) -> None:
        self.view = view
        self.pane.show_message(view)
        acknowledging = self.data.acknowledging if self.data is not None else set()
        self.form.fill(view, acknowledges=view is not None and view.account_id in acknowledging)
        for button in (self.register_button, self.join_button, self.discard_button):
            button.setEnabled(view is not None and not self._busy)

    def _show_outbox(self) -> None:
        lines = self.data.outbox if self.data is not None else []
        self.outbox.clear()
        for line in lines:
            why = line.error_text(self._lang())
            state = (
                self.tr("given up — send it again")
                if line.state == ack.FAILED
                else self.tr("will be tried again")
            )
            self.outbox.addItem(f"{LTR}{line.number} → {line.to} — {state} — {isolate(why)}")
        shown = bool(lines)
        for widget in (self.outbox_caption, self.outbox, self.retry_button):
            widget.setVisible(shown)

    # -- acting --------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR if error else OK_COLOUR};")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.register_button, self.join_button, self.discard_button):
            button.setEnabled(not busy and self.view is not None)
        self.form.setEnabled(not busy and self.view is not None)

    def register_current(self) -> None:
        view = self.view
        if view is None or self._busy:
            return
        form = self.form.registration()
        db, actor = self._db, self._actor
        self._set_busy(True)
        self._say("")

        def printed() -> object:
            return registration.printed_copy(view, office_limits(db, actor.office_id))

        def register(copy: object) -> None:
            self._tasks.run(
                lambda: registration.register(db, actor, view.id, form, printed=copy),  # type: ignore[arg-type]
                on_done=self._on_registered,
                on_error=self._on_refused,
                owner=self,
            )

        self._tasks.run(printed, on_done=register, on_error=self._on_refused, slow=True, owner=self)

    def _on_registered(self, done: registration.Registered) -> None:
        self._set_busy(False)
        number = done.mail.number
        text = self.tr("Registered as %1.").replace("%1", isolate(number))
        if done.kept_in_eml:
            names = ", ".join(isolate(k.name) for k in done.kept_in_eml)
            text += " " + self.tr("Kept in the .eml only: %1.").replace("%1", names)
        self._say(text, error=False)
        self._after(done.message_id)
        self.registered.emit(number)
        if done.acknowledgement:
            self._send_acks()

    def _send_acks(self) -> None:
        db, office_id = self._db, self._actor.office_id
        self._tasks.run(
            lambda: ack.send_due(db, office_id),
            on_done=lambda _report: self.reload(),
            on_error=self._on_error,
            slow=True,
            owner=self,
        )

    def _on_refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            raise exc
        self._say(exc.message(self._lang()))
        field = exc.params.get("field")
        self.form.focus_field(field if isinstance(field, str) else None)

    def _after(self, message_id: int) -> None:
        """The message left the basket: the next one is chosen, the list read again."""
        ids = [p.id for p in self.model.rows]
        if message_id in ids:
            position = ids.index(message_id)
            rest = ids[:position] + ids[position + 1 :]
            self._wanted = rest[min(position, len(rest) - 1)] if rest else None
        self.view = None
        self.changed.emit()
        self.reload()
        self.table.setFocus()

    def discard_current(self) -> None:
        view = self.view
        if view is None or self._busy:
            return
        dialog = DiscardMessageDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            message_id=view.id,
            subject=view.subject,
            sender=view.from_name or view.from_address or "",
            lang=self._lang,
            parent=self,
        )
        dialog.discarded.connect(self._after)
        show_and_forget(dialog)

    def join_current(self) -> None:
        view = self.view
        if view is None or self._busy:
            return
        dialog = JoinEmailDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            message_id=view.id,
            subject=view.subject,
            sender=view.from_name or view.from_address or "",
            lang=self._lang,
            parent=self,
        )
        dialog.joined.connect(self._on_joined)
        show_and_forget(dialog)

    def _on_joined(self, message_id: int, number: str) -> None:
        self._say(self.tr("Joined to %1.").replace("%1", LTR + number), error=False)
        self._after(message_id)

    def retry_ack(self) -> None:
        if self.data is None:
            return
        failed = [x for x in self.data.outbox if x.state == ack.FAILED] or self.data.outbox
        db, actor = self._db, self._actor

        def again() -> object:
            for line in failed:
                ack.retry(db, actor, line.id)
            return ack.send_due(db, actor.office_id)

        self._tasks.run(
            again,
            on_done=lambda _r: self.reload(),
            on_error=self._on_refused,
            slow=True,
            owner=self,
        )

    # -- the reader ----------------------------------------------------------------------

    def read_now(self) -> None:
        self._reader.read_now()

    def _on_reading(self) -> None:
        self.read_button.setEnabled(False)
        self.status.setText(self.tr("Reading the mailboxes…"))

    def _on_read(self, report: FetchReport) -> None:
        self.read_button.setEnabled(True)
        lang = self._lang()
        parts = [
            self.tr("%n new message(s)", "", report.taken),
        ]
        if report.refused:
            parts.append(self.tr("%n refused (see the log)", "", report.refused))
        for failed in report.errors:
            assert failed.error is not None
            parts.append(f"{isolate(failed.account)} : {failed.error.message(lang)}")
        self.status.setText(" — ".join(parts))
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if report.errors else "")
        self.reload()

    def _on_read_failed(self, exc: UserError) -> None:
        self.read_button.setEnabled(True)
        self.status.setText(exc.message(self._lang()))
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")

    def _on_error(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self._loading = False
        self._say(exc.message(self._lang()))

    # -- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._count()
        self.read_button.setText(self.tr("Read the mailboxes now (F5)"))
        self.register_button.setText(self.tr("&Register (Ctrl+Enter)"))
        self.join_button.setText(self.tr("Join to a mail… (Ctrl+J)"))
        self.discard_button.setText(self.tr("Discard… (Del)"))
        self.retry_button.setText(self.tr("Send again"))
        self.outbox_caption.setText(self.tr("Acknowledgements not sent"))
        self.model.headers = [
            self.tr("Received"),
            self.tr("From"),
            self.tr("Subject"),
            self.tr("Files"),
        ]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.form.retranslate()
        self.pane.retranslate()
        self._show_outbox()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
