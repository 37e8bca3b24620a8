"""The lock screen: the session's user unlocks it with their password, checked on the worker.

Its attempts are throttled like the log-in's (:mod:`app.organisation.throttle`): after too many
wrong passwords the button waits while the seconds count down, and a locked account can only
quit (an administrator unlocks it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.organisation.actor import Actor, authenticate
from ui.context import DeskContext
from ui.countdown import RetryCountdown, wait_seconds
from ui.labels import isolate, ltr
from ui.widgets import MessageLine


class LockDialog(QDialog):
    """Signals: ``unlocked()`` once the password was right; ``quit_requested()``."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        *,
        ctx: DeskContext,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.ctx = ctx
        self._actor = ctx.actor
        self._clock = clock
        self.countdown = RetryCountdown(self)
        self.countdown.ticked.connect(self.on_countdown)
        self.countdown.finished.connect(self.on_countdown_finished)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = MessageLine(self, "unlockError", error=False)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self.on_submit)
        self.quit_button.clicked.connect(self.quit_requested)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.who, self.password, self.error, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(400)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Session locked"))
        self.title.setText(self.tr("Session locked"))
        self.who.setText(
            self.tr("%1 (%2): enter your password to go on where you left off.")
            # A Latin name in an Arabic sentence (or the reverse) keeps its place and its
            # parentheses: each isolated in its own direction.
            .replace("%1", isolate(self._actor.full_name))
            .replace("%2", ltr(self._actor.login))
        )
        self.unlock_button.setText(self.tr("&Unlock"))
        self.quit_button.setText(self.tr("&Quit the application"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.password.clear()
        self.error.hide()
        self.unlock_button.setEnabled(not self.countdown.running)
        self.password.setFocus()

    # Only the password closes it: Esc and the window's close button do nothing.
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.ignore()

    def reject(self) -> None:
        pass

    def on_submit(self) -> None:
        if self.countdown.running:
            return
        password = self.password.text()
        if not password:
            self._show(self.tr("Enter your password."))
            return
        db, login, clock = self.ctx.db, self._actor.login, self._clock
        self.ctx.load(
            lambda: authenticate(db, login, password, via="lock", clock=clock),
            owner=self,
            busy=self.unlock_button,
            done=self._on_done,
            refused=self._on_refused,
        )

    def _on_done(self, actor: Actor) -> None:
        if actor.user_id != self._actor.user_id:  # the login was renamed meanwhile
            self._show(self.tr("This is not the user of this session."))
            return
        self.password.clear()
        self.unlocked.emit()

    def _on_refused(self, error: UserError) -> None:
        self.password.clear()
        self.password.setFocus()
        seconds = wait_seconds(error)
        if seconds is not None:  # throttled: the button waits, the seconds counted down
            self.unlock_button.setEnabled(False)
            self.countdown.start(seconds)
            return
        self._show(self.ctx.message(error))

    def on_countdown(self, seconds: int) -> None:
        self._show(self.tr("Too many attempts: try again in %n second(s).", "", seconds))

    def on_countdown_finished(self) -> None:
        self.unlock_button.setEnabled(True)
        self._show(self.tr("You may try again."))

    def _show(self, text: str) -> None:
        self.error.say(text)
