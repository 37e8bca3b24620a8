"""E-mail in the main window: its menu, its line in the status bar, the basket's window.

One object and a few lines in the main window (like the portal). Clerks and administrators
(who may read the mailboxes) get the menu, the background reading and the indicator
"E-mail: 3 to register" (a click opens the basket); nobody else sees any of it: e-mail
registered reaches the services like any other mail. The indicator stays hidden until an
account is set up, but for an administrator, who is offered to set one up.

Signals: ``registered(str)`` a number given from the basket (the main window shows it);
``message(str)`` a line for the status bar; ``configure_requested()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from app.errors import UserError
from app.mailbox.intake import FetchReport
from app.organisation.actor import Actor
from app.organisation.permissions import Action, allowed
from app.store.changes import Change
from app.store.database import Database
from ui import display
from ui.mailbox.reader import MailboxReader
from ui.mailbox.window import MailboxWindow
from ui.tasks import TaskRunner


class MailboxDesk(QObject):
    registered = Signal(str)
    message = Signal(str)
    configure_requested = Signal()

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: Callable[[], str],
        window: QWidget,
        reader: MailboxReader | None = None,
    ) -> None:
        super().__init__(window)
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self._window = window
        self.reader = reader or MailboxReader(db=db, tasks=tasks, actor=actor, parent=self)
        self.shown = self.reader.may_read
        self.may_configure = allowed(actor.role, Action.MANAGE_ORGANISATION)
        self.basket_window: MailboxWindow | None = None
        self._manual = False
        self.indicator = QToolButton(window)
        self.indicator.setObjectName("mailboxIndicator")
        self.indicator.setAutoRaise(True)
        self.indicator.clicked.connect(self.on_indicator_clicked)
        self.indicator.hide()
        self.action_read = self._action("actionMailboxRead", "Shift+F5", self.read_now)
        self.action_window = self._action("actionMailboxWindow", "Ctrl+Shift+M", self.open_window)
        for action in (self.action_read, self.action_window):
            action.setVisible(self.shown)
        self.reader.counted.connect(self._on_counted)
        self.reader.accounts_loaded.connect(self._show_count)
        self.reader.finished.connect(self._on_finished)
        self.reader.failed.connect(self._on_failed)
        self.retranslate()

    def _action(self, name: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    @property
    def menu_actions(self) -> list[QAction]:
        return [self.action_window, self.action_read]

    def retranslate(self) -> None:
        self.action_window.setText(self.tr("E-mail to &register…"))
        self.action_read.setText(self.tr("Read the &mailboxes now"))
        self._show_count()

    # -- life ---------------------------------------------------------------------------

    def start(self) -> None:
        if self.shown:
            self.reader.start()

    def stop(self) -> None:
        self.reader.stop()

    def on_live_changes(self, batch: tuple[Change, ...]) -> None:
        """Another desk read the mailboxes or took a message: the count follows."""
        if self.shown and any(c.resync or (c.action or "").startswith("mailbox.") for c in batch):
            self.reader.refresh_count()
            if self.basket_window is not None:
                self.basket_window.reload()

    def accounts_changed(self) -> None:
        if self.shown:
            self.reader.accounts_changed()

    # -- the indicator ------------------------------------------------------------------

    def _on_counted(self, waiting: int) -> None:
        self._show_count()

    def _show_count(self) -> None:
        waiting = self.reader.waiting
        configured = bool(self.reader.accounts)
        if not self.shown or not (configured or waiting or self.may_configure):
            self.indicator.hide()
            return
        if not configured and not waiting:
            self.indicator.setText(self.tr("E-mail: no mailbox set up"))
        else:
            self.indicator.setText(
                self.tr("E-mail: %1 to register").replace("%1", display.count(waiting))
            )
        self.indicator.show()

    def on_indicator_clicked(self) -> None:
        if not self.reader.accounts and not self.reader.waiting and self.may_configure:
            self.configure_requested.emit()
            return
        self.open_window()

    def _on_finished(self, report: FetchReport) -> None:
        self._show_count()
        manual, self._manual = self._manual, False
        lang = self._lang()
        if manual or report.taken:
            text = self.tr("%n new e-mail(s) to register", "", report.taken)
            errors = [f"{f.account}: {f.error.message(lang)}" for f in report.errors if f.error]
            self.message.emit(" — ".join([text, *errors]))

    def _on_failed(self, exc: UserError) -> None:
        if self._manual:
            self._manual = False
            self.message.emit(exc.message(self._lang()))

    # -- actions ------------------------------------------------------------------------

    def read_now(self) -> None:
        if self.shown:
            self._manual = True
            self.reader.read_now()

    def open_window(self) -> MailboxWindow | None:
        if not self.shown:
            return None
        if self.basket_window is None:
            self.basket_window = MailboxWindow(
                db=self._db,
                tasks=self._tasks,
                actor=self._actor,
                reader=self.reader,
                lang=self._lang,
                parent=self._window,
            )
            self.basket_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.basket_window.destroyed.connect(self._forget_window)
            self.basket_window.registered.connect(self.registered)
            self.basket_window.changed.connect(self.reader.refresh_count)
        self.basket_window.show()
        self.basket_window.raise_()
        self.basket_window.activateWindow()
        return self.basket_window

    def _forget_window(self, *_args: object) -> None:
        self.basket_window = None
