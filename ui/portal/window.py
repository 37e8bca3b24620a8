"""The portal window: the sync log, the quarantined deposits, the outbox (non-modal).

Everything shown is read on the database worker, again after every sync and every change
another desk commits. Trying a quarantined deposit again fetches it from the portal: network
work, on the slow pool. Setting one aside asks for a reason. Those who may not sync (a
supervisor) see the lists without the buttons.

Signals: ``loaded()`` each time the lists were read (tests wait for it); ``changed()`` when a
deposit was registered or discarded from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import message
from app.organisation.actor import Actor
from app.portal import outbox, overview, synclog
from app.portal.engine import SyncReport
from app.portal.overview import OutboxLine, Quarantined
from app.portal.synclog import LogLine
from app.store.database import Database
from ui import display
from ui.context import DeskContext
from ui.labels import LTR
from ui.portal.discard_dialog import DiscardDialog
from ui.portal.lists import LogList, OutboxList, QuarantineList
from ui.portal.sync import PortalSync

ERROR_COLOUR = "#b00020"
LOG_TAB, QUARANTINE_TAB, OUTBOX_TAB = range(3)


@dataclass(frozen=True)
class PortalView:
    log: list[LogLine]
    quarantined: list[Quarantined]
    outbox: list[OutboxLine]


def read_view(db: Database, office_id: int) -> PortalView:
    return PortalView(
        synclog.recent(db, office_id),
        overview.quarantined(db, office_id),
        overview.outbox_items(db, office_id),
    )


def _retry(db: Database, actor: Actor, deposit: str) -> tuple[str, str | None]:
    """What became of the deposit tried again, and why it stays in quarantine if it does."""
    outcome = overview.retry(db, actor, deposit)
    if outcome != "quarantined":
        return outcome, None
    rows = overview.quarantined(db, actor.office_id)
    row = next((q for q in rows if q.deposit_id == deposit), None)
    return outcome, row.reason if row is not None else None


def sync_summary(report: SyncReport, lang: str) -> str:
    """What a sync did, in the words of the sync log."""
    return message(
        "portal_log_synced",
        lang,
        registered=report.registered,
        quarantined=report.quarantined,
        sent=report.sent,
    )


class PortalWindow(QDialog):
    loaded = Signal()
    changed = Signal()

    def __init__(
        self,
        *,
        ctx: DeskContext,
        sync: PortalSync,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portalWindow")
        self.ctx = ctx
        self._db, self._actor, self._sync = ctx.db, ctx.actor, sync
        self.view: PortalView | None = None
        self._loading = self._reload = False
        self._busy = False  # a retry or a discard under way

        self.log = LogList(self)
        self.quarantine = QuarantineList(self)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("portalRetry")
        self.retry_button.clicked.connect(self.retry_current)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("portalDiscard")
        self.discard_button.clicked.connect(self.discard_current)
        self.quarantine.itemActivated.connect(lambda *_: self.retry_current())
        quarantine_page = QWidget(self)
        column = QVBoxLayout(quarantine_page)
        column.addWidget(self.quarantine)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry_button)
        row.addWidget(self.discard_button)
        column.addLayout(row)

        self.outbox = OutboxList(self)
        self.requeue_button = QPushButton(self)
        self.requeue_button.setObjectName("portalRequeue")
        self.requeue_button.clicked.connect(self.requeue_refused)
        outbox_page = QWidget(self)
        column = QVBoxLayout(outbox_page)
        column.addWidget(self.outbox)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.requeue_button)
        column.addLayout(row)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("portalTabs")
        self.tabs.addTab(self.log, "")
        self.tabs.addTab(quarantine_page, "")
        self.tabs.addTab(outbox_page, "")
        self.tabs.currentChanged.connect(self._focus_list)

        self.status = QLabel(self)
        self.status.setObjectName("portalStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("portalSyncNow")
        self.sync_button.setAutoDefault(False)
        self.sync_button.clicked.connect(self._sync.sync_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sync_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for button in (self.retry_button, self.discard_button, self.requeue_button):
            button.setAutoDefault(False)
            button.setVisible(sync.may_sync)
        self.sync_button.setVisible(sync.may_sync)
        sync.started.connect(self._on_sync_started)
        sync.state_changed.connect(lambda _state: self.reload())
        sync.failed.connect(self._on_sync_failed)
        sync.finished.connect(self._on_sync_finished)
        self.resize(1000, 520)
        self.retranslate()
        if sync.running:
            self._on_sync_started()
        self.reload()
        self.log.setFocus()

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Portal — sync log, quarantine, outbox"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setToolTip(
            self.tr("Fetch the deposit from the portal again and register it if it is now right")
        )
        self.discard_button.setText(self.tr("Dis&card…"))
        self.requeue_button.setText(self.tr("Send the refused ones &again"))
        self.sync_button.setText(self.tr("&Sync now"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        for widget in (self.log, self.quarantine, self.outbox):
            widget.retranslate()
        self._titles()
        if self.view is not None:
            self._show(self.view)

    def _titles(self) -> None:
        view = self.view
        quarantined = len(view.quarantined) if view else 0
        owed = len(view.outbox) if view else 0
        self.tabs.setTabText(0, self.tr("Sync &log"))
        for index, title, count in (
            (1, self.tr("&Quarantine"), quarantined),
            (2, self.tr("&Outbox"), owed),
        ):
            self.tabs.setTabText(index, title + display.digits(f" ({count})") if count else title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        if self._loading:
            self._reload = True
            return
        self._loading = True
        db, office_id = self._db, self._actor.office_id
        self.ctx.load(
            lambda: read_view(db, office_id),
            owner=self,
            done=self._on_loaded,
            say=self._say_error,
            refused=self._on_failed,
        )

    def _on_loaded(self, view: PortalView) -> None:
        self._loading = False
        if self._reload:
            self._reload = False
            self.reload()
            return
        self.view = view
        self._show(view)
        self.loaded.emit()

    def _show(self, view: PortalView) -> None:
        lang = self.ctx.lang
        focus = self.focusWidget()
        self.log.show_lines(view.log, lang)
        self.quarantine.show_rows(view.quarantined, lang)
        self.outbox.show_rows(view.outbox)
        self._titles()
        self._enable()
        if focus is not None and focus.isVisible() and focus.isEnabled():
            focus.setFocus()

    def _enable(self) -> None:
        has_deposit = self.quarantine.currentItem() is not None
        self.retry_button.setEnabled(has_deposit and not self._busy)
        self.discard_button.setEnabled(has_deposit and not self._busy)
        refused = any(line.state == "failed" for line in (self.view.outbox if self.view else []))
        self.requeue_button.setEnabled(refused and not self._busy)

    def _focus_list(self, index: int) -> None:
        widget = (self.log, self.quarantine, self.outbox)[index]
        widget.setFocus()

    # -- acting -----------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.status.setText(text)

    def _say_error(self, text: str) -> None:
        self.say(text, error=True)

    def _failed(self, _error: UserError) -> None:
        self._busy = False
        self._enable()

    def _on_failed(self, error: UserError) -> None:
        self._loading = False
        self._failed(error)

    def retry_current(self) -> None:
        deposit = self.quarantine.current_deposit()
        if deposit is None or self._busy or not self._sync.may_sync:
            return
        self._busy = True
        self._enable()
        self.say(self.tr("Fetching deposit %1 from the portal…").replace("%1", LTR + deposit))
        db, actor = self._db, self._actor
        self.ctx.operate(
            lambda: _retry(db, actor, deposit),
            owner=self,
            done=lambda result: self._on_retried(deposit, *result),
            say=self._say_error,
            refused=self._failed,
            slow=True,
        )

    def _on_retried(self, deposit: str, outcome: str, reason: str | None) -> None:
        self._busy = False
        name = LTR + deposit + LTR
        if outcome == "registered":
            self.say(self.tr("Deposit %1 is registered.").replace("%1", name))
            self.changed.emit()
        elif outcome == "known":
            self.say(self.tr("Deposit %1 was already registered.").replace("%1", name))
            self.changed.emit()
        else:
            why = synclog.reason_text(reason, self.ctx.lang) if reason else ""
            text = self.tr("Deposit %1 stays in quarantine: %2")
            self.say(text.replace("%1", name).replace("%2", why), error=True)
        self._sync.refresh_state()
        self.reload()

    def discard_current(self) -> DiscardDialog | None:
        deposit = self.quarantine.current_deposit()
        if deposit is None or self._busy or not self._sync.may_sync:
            return None
        dialog = DiscardDialog(
            ctx=self.ctx,
            deposit_id=deposit,
            subject=self.quarantine.current_subject(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.discarded.connect(self._on_discarded)
        dialog.show()
        return dialog

    def _on_discarded(self, deposit: str) -> None:
        self.say(self.tr("Deposit %1 was discarded.").replace("%1", LTR + deposit + LTR))
        self.changed.emit()
        self._sync.refresh_state()
        self.quarantine.setFocus()

    def requeue_refused(self) -> None:
        if self._busy or not self._sync.may_sync:
            return
        db, office_id = self._db, self._actor.office_id
        self._busy = True
        self._enable()

        def done(count: int) -> None:
            self._busy = False
            self.say(display.digits(self.tr("%n operation(s) put back in line", "", count)))
            self._sync.sync_now()
            self._sync.refresh_state()

        self.ctx.operate(
            lambda: outbox.retry_failed(db, office_id),
            owner=self,
            done=done,
            say=self._say_error,
            refused=self._failed,
        )

    def _on_sync_started(self) -> None:
        self.say(self.tr("Syncing with the portal…"))

    def _on_sync_finished(self, report: SyncReport) -> None:
        self.say(sync_summary(report, self.ctx.lang))

    def _on_sync_failed(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            self.say(self.ctx.message(exc), error=True)
        else:
            self.say(self.tr("Sync interrupted."))
