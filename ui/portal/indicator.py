"""The portal's line in the main window's status bar: where the sync stands, its progress.

"Portail : à jour (14:32) · 2 en attente · 1 en quarantaine", or the last failure's message in
the user's language, or "Portail non configuré". During a sync, a progress bar (determinate
once the portal says how many deposits remain) and a button that interrupts it. Clicking the
line opens the portal window.

Signals: ``clicked()``; ``cancel_requested()``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from app.domain.clock import now_utc, to_local
from app.portal.overview import SyncState
from ui import display
from ui.labels import isolate

BAR_DELAY_MS = 400  # a quick sync does not flash a bar
MAX_ERROR_CHARS = 90  # the rest of a long message is in the tooltip
ERROR_COLOUR = "#b00020"


class SyncIndicator(QWidget):
    clicked = Signal()
    cancel_requested = Signal()

    def __init__(self, *, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalIndicator")
        self.state: SyncState | None = None
        self.running = False
        self._progress: tuple[str, int, int] = ("start", 0, -1)
        self._lang = lang
        self.button = QToolButton(self)
        self.button.setObjectName("portalIndicatorButton")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the Portal menu is the keyboard's way
        self.button.clicked.connect(self.clicked)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("portalProgress")
        self.bar.setFixedWidth(150)
        self.bar.setMaximumHeight(16)
        self.bar.hide()
        self.stop_button = QToolButton(self)
        self.stop_button.setObjectName("portalStop")
        self.stop_button.setAutoRaise(True)
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_button.clicked.connect(self.cancel_requested)
        self.stop_button.hide()
        self._bar_timer = QTimer(self)
        self._bar_timer.setSingleShot(True)
        self._bar_timer.setInterval(BAR_DELAY_MS)
        self._bar_timer.timeout.connect(self._show_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.button)
        row.addWidget(self.bar)
        row.addWidget(self.stop_button)
        self.retranslate()

    # -- what it says -----------------------------------------------------------------------

    def text(self) -> str:
        return self.button.text()

    def _time(self, at: datetime) -> str:
        """Today's syncs by the hour; older ones with their day."""
        local = to_local(at)
        if local.date() == to_local(now_utc()).date():
            return display.digits(local.strftime("%H:%M"))
        return display.moment(at)

    def summary(self, state: SyncState | None) -> str:
        if self.running:
            return self.tr("Portal: syncing…")
        if state is None:
            return self.tr("Portal…")
        if not state.configured:
            return self.tr("Portal not configured")
        error = state.error_text(self._lang())
        if state.last_error == "cancelled":
            text = self.tr("Portal: sync interrupted")
        elif error is not None:
            if len(error) > MAX_ERROR_CHARS:
                error = error[: MAX_ERROR_CHARS - 1].rstrip() + "…"
            return self.tr("Portal: error — %1").replace("%1", isolate(error))
        elif state.last_success_at is None:
            text = self.tr("Portal: never synced")
        else:
            text = self.tr("Portal: up to date (%1)").replace(
                "%1", isolate(self._time(state.last_success_at))
            )
        for count, words in (
            (state.pending, self.tr("%n pending", "", state.pending)),
            (state.quarantined, self.tr("%n in quarantine", "", state.quarantined)),
            (state.refused, self.tr("%n refused", "", state.refused)),
        ):
            if count:
                text += " · " + display.digits(words)
        return text

    def details(self, state: SyncState | None) -> str:
        """The tooltip: every figure, the whole message, and what a click does."""
        lines = []
        if state is not None and state.configured:
            error = state.error_text(self._lang())
            if error:
                lines.append(error)
            if state.last_success_at is not None:
                lines.append(
                    self.tr("Last successful sync: %1").replace(
                        "%1", display.moment(state.last_success_at)
                    )
                )
            if state.last_attempt_at is not None:
                lines.append(
                    self.tr("Last attempt: %1").replace("%1", display.moment(state.last_attempt_at))
                )
            if state.enabled:
                lines.append(
                    display.digits(
                        self.tr("Automatic sync every %n minute(s)", "", state.interval_minutes)
                    )
                )
            else:
                lines.append(self.tr("Automatic sync is turned off"))
        lines.append(self.tr("Click for the sync log, the quarantine and the outbox (Shift+F9)."))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Interrupt the sync"))
        self._refresh()

    def _refresh(self) -> None:
        self.button.setText(self.summary(self.state))
        self.button.setToolTip(self.details(self.state))
        failed = (
            not self.running
            and self.state is not None
            and self.state.last_error not in (None, "cancelled")
        )
        self.button.setStyleSheet(f"color: {ERROR_COLOUR};" if failed else "")

    # -- updates ----------------------------------------------------------------------------

    def show_state(self, state: SyncState) -> None:
        self.state = state
        self._refresh()

    def set_running(self, running: bool) -> None:
        self.running = running
        if running:
            self._progress = ("start", 0, -1)
            self.bar.setRange(0, 0)  # busy until the portal says how many
            self._bar_timer.start()
            self.stop_button.show()
        else:
            self._bar_timer.stop()
            self.bar.hide()
            self.stop_button.hide()
        self._refresh()

    def show_progress(self, phase: str, done: int, total: int) -> None:
        self._progress = (phase, done, total)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            shown = self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total))
            self.bar.setFormat(display.digits(shown))
        else:
            self.bar.setRange(0, 0)

    def _show_bar(self) -> None:
        if self.running:
            self.bar.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
