"""The portal in the main window: its menu, its status-bar indicator, sending a départ.

Kept out of the main window so that the portal is one object and a few lines there (like
capture). Who sees what:

- clerks and administrators (who may sync) get the Portal menu, the periodic sync, the
  indicator, the portal window with its buttons, and "Send through the portal";
- a supervisor gets the indicator and the window, read-only: they watch volumes and delays,
  and a portal down since yesterday means citizens without their acknowledgement;
- chefs and agents get nothing of it: portal mail reaches their inbox like any other, and
  nothing about the sync is theirs to act on;
- "Portal not configured" is shown to administrators only (a click opens the settings);
  others see no indicator until the portal is set up.

Signals: ``sent(str)`` a départ queued for sending; ``failed(object)`` a refusal to show in
the main window; ``message(str)`` a line for the status bar; ``configure_requested()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.domain.enums import Direction
from app.errors import UserError
from app.organisation.permissions import Action, allowed
from app.portal import send
from app.portal.client import Cancelled
from app.portal.engine import SyncReport
from app.portal.overview import SyncState
from app.registry.queries import MailView
from app.store.changes import Change
from ui.context import DeskContext
from ui.portal.indicator import SyncIndicator
from ui.portal.send_dialog import SendDialog
from ui.portal.sendings_view import SendingsView
from ui.portal.sync import PortalSync
from ui.portal.window import QUARANTINE_TAB, PortalWindow, sync_summary

STATE_POLL_MS = 60_000


class PortalDesk(QObject):
    sent = Signal(str)
    failed = Signal(object)
    message = Signal(str)
    configure_requested = Signal()

    def __init__(
        self,
        *,
        ctx: DeskContext,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        actor = ctx.actor
        self._window = window
        self.sync = PortalSync(db=ctx.db, tasks=ctx.tasks, actor=actor, parent=self)
        self.may_sync = self.sync.may_sync
        self.may_configure = allowed(actor.role, Action.MANAGE_ORGANISATION)
        self.shown = allowed(actor.role, Action.VIEW_PORTAL)  # as `portal status` requires
        self.indicator = SyncIndicator(lang=lambda: ctx.lang, parent=window)
        self.indicator.hide()
        self.indicator.clicked.connect(self.on_indicator_clicked)
        self.indicator.cancel_requested.connect(self.sync.cancel)
        self.sendings = SendingsView(window)
        self.portal_window: PortalWindow | None = None
        self.mail: MailView | None = None
        self._manual = False  # the running sync was asked for: its outcome is told
        self._request = 0  # the latest sendings asked for; older answers are dropped
        # Another desk's sync leaves no audit event when it brings nothing: read the figures
        # now and then, so "à jour (14:32)" follows the office, not only this desk.
        self.poll = QTimer(self)
        self.poll.timeout.connect(self.sync.refresh_state)

        self.action_sync = self._action("actionPortalSync", "F9", self.sync_now)
        self.action_cancel = self._action("actionPortalCancel", None, self.sync.cancel)
        self.action_cancel.setEnabled(False)
        self.action_window = self._action("actionPortalWindow", "Shift+F9", self.open_window)
        self.action_send = self._action("actionPortalSend", "Ctrl+Shift+E", self.open_send)
        for action in (self.action_sync, self.action_cancel, self.action_send):
            action.setVisible(self.may_sync)
        self.action_window.setVisible(self.shown)
        self.set_mail(None)

        self.sync.started.connect(self._on_started)
        self.sync.progressed.connect(self.indicator.show_progress)
        self.sync.finished.connect(self._on_finished)
        self.sync.failed.connect(self._on_failed)
        self.sync.state_changed.connect(self._on_state)
        self.retranslate()

    def _action(self, name: str, key: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    @property
    def menu_actions(self) -> list[QAction | None]:
        """The Portal menu, None for a separator."""
        return [self.action_sync, self.action_cancel, self.action_window, None, self.action_send]

    def retranslate(self) -> None:
        self.action_sync.setText(self.tr("&Sync now"))
        self.action_cancel.setText(self.tr("&Interrupt the sync"))
        self.action_window.setText(self.tr("Sync &log and quarantine…"))
        self.action_send.setText(self.tr("Send through the &portal…"))
        self.indicator.retranslate()
        self.sendings.retranslate()

    # -- life -------------------------------------------------------------------------------

    def start(self) -> None:
        """Read where the sync stands; the periodic sync starts from there."""
        if self.shown:
            self.sync.refresh_state()
            self.poll.start(STATE_POLL_MS)

    def stop(self) -> None:
        self.poll.stop()
        self.sync.stop()

    def on_live_changes(self, batch: tuple[Change, ...]) -> None:
        """Another desk synced, discarded, sent, configured...: the figures are read again.

        Only for the portal's own audit events (and after a lost connection): the register's
        everyday changes leave the indicator's figures as they are."""
        if self.shown and any(c.resync or (c.action or "").startswith("portal.") for c in batch):
            self.sync.refresh_state()

    # -- the indicator ----------------------------------------------------------------------

    def _on_state(self, state: SyncState) -> None:
        self.indicator.show_state(state)
        self.indicator.setVisible(self.shown and (state.configured or self.may_configure))

    def _on_started(self) -> None:
        self.indicator.set_running(True)
        self.action_cancel.setEnabled(True)

    def _ended(self) -> None:
        self.indicator.set_running(False)
        self.action_cancel.setEnabled(False)
        self._load_sendings()

    def _on_finished(self, report: SyncReport) -> None:
        manual, self._manual = self._manual, False
        self._ended()
        if manual or report.registered or report.quarantined:
            self.message.emit(sync_summary(report, self.ctx.lang))

    def _on_failed(self, exc: Exception) -> None:
        manual, self._manual = self._manual, False
        self._ended()
        if not manual:
            return  # the indicator says it
        if isinstance(exc, Cancelled):
            self.message.emit(self.tr("Sync interrupted."))
        elif isinstance(exc, UserError):
            self.message.emit(self.ctx.message(exc))

    def on_indicator_clicked(self) -> None:
        state = self.sync.state
        if state is not None and not state.configured and self.may_configure:
            self.configure_requested.emit()
            return
        window = self.open_window()
        if window is not None and state is not None and state.quarantined:
            window.tabs.setCurrentIndex(QUARANTINE_TAB)  # what the line asks to look at

    # -- actions ----------------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.may_sync:
            return
        self._manual = True
        self.sync.sync_now()

    def open_window(self) -> PortalWindow | None:
        if not self.shown:
            return None
        if self.portal_window is None:
            self.portal_window = PortalWindow(ctx=self.ctx, sync=self.sync, parent=self._window)
            self.portal_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.portal_window.destroyed.connect(self._forget_window)
        self.portal_window.show()
        self.portal_window.raise_()
        self.portal_window.activateWindow()
        return self.portal_window

    def _forget_window(self, *_args: object) -> None:
        self.portal_window = None

    def set_mail(self, mail: MailView | None) -> None:
        """The mail shown in the detail pane: the send action follows it, and its sendings."""
        self.mail = mail
        self.action_send.setEnabled(self.may_sync and mail is not None and not mail.cancelled)
        self._load_sendings()

    def _load_sendings(self) -> None:
        self._request += 1
        token, mail = self._request, self.mail
        if mail is None or mail.direction != Direction.OUT.value:
            self.sendings.show_sendings([], self.ctx.lang)
            return
        db, mail_id = self.ctx.db, mail.id

        def done(rows: list[send.Sending]) -> None:
            if token == self._request:
                self.sendings.show_sendings(rows, self.ctx.lang)

        self.ctx.load(
            lambda: send.sendings(db, mail_id), owner=self, done=done, say=self.message.emit
        )

    def open_send(self) -> SendDialog | None:
        """The directory for the mail shown; an arrivée or a mail without its document is
        refused at once, with the reason, before any office is chosen."""
        mail = self.mail
        if mail is None or not self.action_send.isEnabled():
            return None
        if mail.direction != Direction.OUT.value:
            self.failed.emit(UserError("portal_send_not_outgoing", number=mail.number))
            return None
        if not mail.attachments:
            self.failed.emit(UserError("portal_send_no_file", number=mail.number))
            return None
        dialog = SendDialog(ctx=self.ctx, mail=mail, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(self._on_sent)
        dialog.show()
        return dialog

    def _on_sent(self, number: str, _office: str) -> None:
        self.sent.emit(number)
        self._load_sendings()
        self._manual = True
        self.sync.sync_now()  # the mail leaves now if the portal answers
