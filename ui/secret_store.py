"""Where a secret goes when this computer has no keyring, and unlocking the secrets file.

:class:`SecretFileField` sits under a password field that is kept as a secret (the
PostgreSQL password, the portal's client secret). It asks the keyring on the worker whether
there is one; if not, it shows itself: the secret will be kept in the application's encrypted
secrets file (:mod:`app.secret_file`), and it asks for that file's password (twice when the
file does not exist yet), or, for the portal, says that an administrator may set the
environment variables instead. Nothing is said in the keyring's own English.

:class:`UnlockSecretsDialog` asks for the file's password once a session, when a secret the
desk needs (the database's password at start, the portal's secret) is kept there; checking it
(Argon2, about a tenth of a second) runs on the worker.

Signals: ``SecretFileField.probed(bool)`` with whether a keyring exists;
``UnlockSecretsDialog.unlocked()``.
"""

from __future__ import annotations

from collections.abc import Callable

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

from app import secrets
from app.errors import UserError
from app.secret_file import MIN_PASSWORD, SecretFile
from ui.tasks import TaskRunner


def _password_line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SecretFileField(QWidget):
    probed = Signal(bool)

    def __init__(
        self,
        *,
        tasks: TaskRunner,
        portal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("secretFileField")
        self._portal = portal
        self.keyring: bool | None = None  # not known until the worker said
        self.offered = True  # False: not this user's to change (the field never shows)
        self._new_file = not SecretFile().exists()
        self.note = QLabel(self)
        self.note.setObjectName("noKeyringNote")
        self.note.setWordWrap(True)
        self.password = _password_line(self, "secretFilePassword")
        self.confirm = _password_line(self, "secretFileConfirm")
        self._captions = (QLabel(self), QLabel(self))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._captions[0], self.password)
        form.addRow(self._captions[1], self.confirm)
        for caption, edit in zip(self._captions, (self.password, self.confirm), strict=True):
            caption.setBuddy(edit)
        self.confirm.setVisible(self._new_file)
        self._captions[1].setVisible(self._new_file)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(form)
        self.retranslate()
        self.hide()
        tasks.run(secrets.keyring_available, on_done=self._on_probe, slow=True, owner=self)

    def _on_probe(self, available: bool) -> None:
        self.keyring = available
        if not available and self.offered:
            self.show()
        self.probed.emit(available)

    def reveal(self, error: UserError) -> bool:
        """A secret refused for want of a keyring: show the field (whatever the probe said);
        True if ``error`` was that."""
        if error.code not in ("keyring_unavailable", "portal_keyring_unavailable"):
            return False
        self.keyring = False
        self.show()
        self.password.setFocus()
        return True

    def retranslate(self) -> None:
        if self._portal:
            text = self.tr(
                "This computer has no system keyring. The portal's secret will be kept in the "
                "application's encrypted secrets file, protected by the password below; or ask "
                "an administrator to set BO_PORTAL_CLIENT_ID and BO_PORTAL_CLIENT_SECRET for "
                "the application, and leave the secret empty here."
            )
        else:
            text = self.tr(
                "This computer has no system keyring. The password will be kept in the "
                "application's encrypted secrets file, protected by the password below."
            )
        self.note.setText(text)
        self._captions[0].setText(
            self.tr("Secrets file password (new)")
            if self._new_file
            else self.tr("Secrets file password")
        )
        self._captions[1].setText(self.tr("Confirm it"))
        self.password.setPlaceholderText(
            self.tr("At least %n character(s)", "", MIN_PASSWORD) if self._new_file else ""
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def file_password(self) -> str | None:
        """The file's password typed (None if none): used only if the keyring refuses the
        secret when it is stored (the core tries the keyring first). Raises ``UserError`` for a
        new file's password too short or not typed twice the same."""
        password = self.password.text()
        if not password:
            return None
        if self._new_file:
            if len(password) < MIN_PASSWORD:
                raise UserError("password_too_short", minimum=MIN_PASSWORD)
            if password != self.confirm.text():
                raise UserError("passwords_differ")
        return password or None


class UnlockSecretsDialog(QDialog):
    unlocked = Signal()

    def __init__(
        self, *, tasks: TaskRunner, lang: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockSecrets")
        self._tasks, self._lang = tasks, lang
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.password = _password_line(self, "secretFilePassword")
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_submit)
        self.buttons.rejected.connect(self.reject)
        self._caption = QLabel(self)
        self._caption.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self._caption, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Secrets file"))
        self.text.setText(
            self.tr(
                "The passwords of this computer are kept in the application's encrypted secrets "
                "file. Its password unlocks them until the application is closed."
            )
        )
        self._caption.setText(self.tr("&Password of the secrets file"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_submit(self) -> None:
        password = self.password.text()
        if not password:
            return
        self.buttons.setEnabled(False)
        self._tasks.run(
            lambda: SecretFile().unlock(password),
            on_done=self._on_done,
            on_error=self._on_error,
            slow=True,
            owner=self,
        )

    def _on_done(self, _none: object) -> None:
        self.buttons.setEnabled(True)
        self.unlocked.emit()
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.password.clear()
        self.password.setFocus()
        self.error.setText(exc.message(self._lang()))
        self.error.show()
