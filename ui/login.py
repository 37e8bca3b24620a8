"""Log-in: the password is checked on the database worker, never on the GUI thread.

Too many wrong passwords and the log-in is refused for a few seconds (the delay grows), then
the account is locked until an administrator unlocks it (:mod:`app.organisation.throttle`):
the button stays disabled while the seconds count down (:class:`RetryCountdown`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.organisation.actor import Actor, authenticate
from app.store.database import Database
from ui.countdown import RetryCountdown, wait_seconds
from ui.tasks import TaskRunner


class LoginDialog(QDialog):
    """Signals: ``logged_in(object)`` with the :class:`Actor`."""

    logged_in = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        lang: str,
        office_name: str = "",
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._lang, self._clock = db, tasks, lang, clock
        self.actor: Actor | None = None
        self.office = QLabel(office_name, self)
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_submit)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.countdown = RetryCountdown(self)
        self.countdown.ticked.connect(self.on_countdown)
        self.countdown.finished.connect(self.on_countdown_finished)
        self.form = QFormLayout()
        self._login_caption, self._password_caption = QLabel(self), QLabel(self)
        self.form.addRow(self._login_caption, self.login)
        self.form.addRow(self._password_caption, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in"))
        self._login_caption.setText(self.tr("&User"))
        self._login_caption.setBuddy(self.login)
        self._password_caption.setText(self.tr("&Password"))
        self._password_caption.setBuddy(self.password)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_submit(self) -> None:
        if self.countdown.running:
            return
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self._show(self.tr("Enter your user name and password."))
            return
        self.buttons.setEnabled(False)
        db, clock = self._db, self._clock
        self._tasks.run(
            lambda: authenticate(db, login, password, via="login", clock=clock),
            on_done=self._on_done,
            on_error=self._on_error,
            owner=self,
        )

    def _on_done(self, actor: Actor) -> None:
        self.actor = actor
        self.buttons.setEnabled(True)
        self.logged_in.emit(actor)
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.password.clear()
        self.password.setFocus()
        seconds = wait_seconds(exc)
        if seconds is not None:
            self.ok_button.setEnabled(False)
            self.countdown.start(seconds)
            return
        self._show(exc.message(self._lang))

    def on_countdown(self, seconds: int) -> None:
        self._show(self.tr("Too many attempts: try again in %n second(s).", "", seconds))

    def on_countdown_finished(self) -> None:
        self.ok_button.setEnabled(True)
        self._show(self.tr("You may try again."))

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
