"""The lock screen: the session's user unlocks it with their password, checked on the worker."""

from __future__ import annotations

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
from app.store.database import Database
from ui.labels import isolate, ltr
from ui.tasks import TaskRunner


class LockDialog(QDialog):
    """Signals: ``unlocked()`` once the password was right; ``quit_requested()``."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.hide()
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
        self.unlock_button.setEnabled(True)
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
        password = self.password.text()
        if not password:
            self._show(self.tr("Enter your password."))
            return
        self.unlock_button.setEnabled(False)
        login = self._actor.login
        self._tasks.run(
            lambda: authenticate(self._db, login, password),
            on_done=self._on_done,
            on_error=self._on_error,
            owner=self,
        )

    def _on_done(self, actor: Actor) -> None:
        self.unlock_button.setEnabled(True)
        if actor.user_id != self._actor.user_id:  # the login was renamed meanwhile
            self._show(self.tr("This is not the user of this session."))
            return
        self.password.clear()
        self.unlocked.emit()

    def _on_error(self, exc: Exception) -> None:
        self.unlock_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.password.clear()
        self.password.setFocus()
        self._show(exc.message(self._lang))

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
