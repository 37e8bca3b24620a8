"""Registered letters in the desk: the AR's state in the detail, its return, the late ones.

- :class:`ArSection` sits in the detail pane under a registered letter's fields: its AR's
  number and whether it came back (and when), or for how many days it has been awaited.
- :class:`ArReturnedDialog` records that the AR came back: the day (today by default, never
  in the future) and the number on the card if none was typed at registration.
- :class:`ArPendingDialog` lists the outgoing registered letters whose AR has not come back
  after some days, oldest first; Enter opens one, and its return can be recorded from there.

Signals: ``ArReturnedDialog.recorded(str)``; ``ArPendingDialog.open_requested(str)``,
``ArPendingDialog.recorded(str)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.dispatch import ar
from app.domain.clock import now_utc, to_local
from app.domain.enums import Channel, Direction
from app.errors import UserError
from app.organisation.actor import Actor
from app.registry.queries import MailView
from app.store.database import Database
from ui import display, limits
from ui.labels import LTR, isolate
from ui.register.delegate import ScriptDirectionDelegate
from ui.tasks import TaskRunner
from ui.widgets import day_edit


def is_registered_letter(mail: MailView | None) -> bool:
    return (
        mail is not None
        and mail.channel == Channel.REGISTERED.value
        and mail.direction == Direction.OUT.value
    )


def _today() -> date:
    return to_local(now_utc()).date()


class ArSection(QWidget):
    """One line under a registered letter's fields: its AR, back or awaited, and a button to
    record its return (the action's, hidden when there is nothing to record)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arSection")
        self.label = QLabel(self)
        self.label.setObjectName("arState")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QToolButton(self)
        self.button.setObjectName("arReturnedButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.mail: MailView | None = None
        self.hide()

    def set_action(self, action: QAction) -> None:
        self.button.setDefaultAction(action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def text(self) -> str:
        return self.label.text()

    def set_mail(self, mail: MailView | None) -> None:
        self.mail = mail
        self.retranslate()

    def retranslate(self) -> None:
        mail = self.mail
        if mail is None or mail.channel != Channel.REGISTERED.value:
            self.hide()
            return
        number = LTR + mail.ar_number if mail.ar_number else self.tr("no number recorded")
        waiting = False
        if mail.ar_returned_on is not None:
            state = self.tr("returned on %1").replace("%1", display.day(mail.ar_returned_on))
        elif mail.direction == Direction.OUT.value and not mail.cancelled:
            waiting = True
            days = (_today() - to_local(mail.registered_at).date()).days
            state = (
                self.tr("not returned yet (sent today)")
                if days == 0
                else self.tr("not returned yet (sent %n day(s) ago)", "", days)
            )
        else:
            state = ""
        text = self.tr("Acknowledgement of receipt: %1").replace("%1", isolate(number))
        if state:
            text += " — " + state
        self.label.setText(display.digits(text))
        action = self.button.defaultAction()
        self.button.setVisible(waiting and action is not None and action.isVisible())
        self.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ArReturnedDialog(QDialog):
    recorded = Signal(str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        number: str,
        ar_number: str | None,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("arReturnedDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.number = number
        self.heading = QLabel(self)
        self.day = day_edit(self, popup=True)
        self.day.setObjectName("arReturnedOn")
        today = _today()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ar_number = QLineEdit(self)
        self.ar_number.setObjectName("arNumber")
        limits.limit_text(self.ar_number, "ar-number")
        self.ar_number.setText(ar_number or "")
        self.message = QLabel(self)
        self.message.setObjectName("arMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.day_caption, self.number_caption = QLabel(self), QLabel(self)
        self.day_caption.setBuddy(self.day)
        self.number_caption.setBuddy(self.ar_number)
        form = QFormLayout()
        form.addRow(self.day_caption, self.day)
        form.addRow(self.number_caption, self.ar_number)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.day.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Acknowledgement of receipt returned"))
        self.heading.setText(
            self.tr("The AR of the registered letter %1 came back:").replace(
                "%1", LTR + display.digits(self.number)
            )
        )
        self.day_caption.setText(self.tr("&Returned on"))
        self.number_caption.setText(self.tr("AR &number"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def submit(self) -> None:
        returned_on = self.day.date().toPython()
        typed = self.ar_number.text()
        db, actor, number = self._db, self._actor, self.number
        self.buttons.setEnabled(False)
        self._tasks.run(
            lambda: ar.record_return(db, actor, number, returned_on, ar_number=typed),
            on_done=self._on_done,
            on_error=self._on_error,
            owner=self,
        )

    def _on_done(self, done: ar.ArReturned) -> None:
        self.recorded.emit(done.number)
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang()))
        self.message.show()


class ArPendingDialog(QDialog):
    open_requested = Signal(str)
    recorded = Signal(str)

    COLUMNS = 6

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("arPendingDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.rows: list[ar.PendingAr] = []
        self.days = QSpinBox(self)
        self.days.setObjectName("arDays")
        self.days.setRange(0, 365)
        self.days.setValue(ar.DEFAULT_WAIT_DAYS)
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.days_caption = QLabel(self)
        self.days_caption.setBuddy(self.days)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("arPendingTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        self.table.itemActivated.connect(lambda _item: self.open_current())
        self.empty = QLabel(self)
        self.empty.setObjectName("arPendingEmpty")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_current)
        self.returned_button = QPushButton(self)
        self.returned_button.setObjectName("arReturnedButton")
        self.returned_button.clicked.connect(self.record_current)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.days_caption)
        top.addWidget(self.days)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.returned_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.resize(900, 460)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Registered letters awaiting their AR"))
        self.days_caption.setText(self.tr("&Sent at least this many days ago:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Sent on"),
                self.tr("Days"),
                self.tr("AR number"),
                self.tr("Recipient"),
                self.tr("Subject"),
            ]
        )
        self.open_button.setText(self.tr("&Open the mail"))
        self.returned_button.setText(self.tr("AR &returned…"))
        self.empty.setText(self.tr("No registered letter is awaiting its AR."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        db, actor, days = self._db, self._actor, self.days.value()
        self._tasks.run(
            lambda: ar.pending(db, actor=actor, days=days, limit=1000),
            on_done=self._loaded,
            on_error=self._on_error,
            owner=self,
        )

    def _loaded(self, rows: list[ar.PendingAr]) -> None:
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            values = [
                LTR + display.digits(row.number),
                display.day(to_local(row.registered_at).date()),
                display.count(row.days),
                LTR + (row.ar_number or "—"),
                row.correspondent or "",
                row.subject,
            ]
            for column, value in enumerate(values):
                self.table.setItem(i, column, QTableWidgetItem(value))
        self.empty.setVisible(not self.rows)
        self.open_button.setEnabled(bool(self.rows))
        self.returned_button.setEnabled(bool(self.rows))
        if self.rows and not 0 <= self.table.currentRow() < len(self.rows):
            self.table.setCurrentCell(0, 0)

    @property
    def current(self) -> ar.PendingAr | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def open_current(self) -> None:
        if self.current is not None:
            self.open_requested.emit(self.current.number)

    def record_current(self) -> ArReturnedDialog | None:
        row = self.current
        if row is None:
            return None
        dialog = ArReturnedDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            number=row.number,
            ar_number=row.ar_number,
            lang=self._lang,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self.recorded)
        dialog.recorded.connect(lambda _n: self.refresh())
        dialog.open()
        return dialog

    def _on_error(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang()))
        self.message.show()
