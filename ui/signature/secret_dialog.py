"""The PIN or password prompt of a signature: one field, nothing else, never kept.

    secret = SecretDialog.ask(parent, kind=SecretDialog.PIN, what="Carte BO-TEST", count=3)

``kind``: :attr:`SecretDialog.PIN` (a token or smart card) or :attr:`SecretDialog.PASSWORD` (a
PKCS#12 file). ``count``: how many documents this one entry signs (a batch). Returns the
secret, or None when cancelled. The text is cleared from the field when the dialog closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.labels import ltr


class SecretDialog(QDialog):
    PIN = "pin"
    PASSWORD = "password"

    def __init__(
        self,
        *,
        kind: str,
        what: str,
        count: int = 1,
        error: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureSecret")
        self.kind = kind
        self.setWindowTitle(self.tr("Signature"))
        self.setMinimumWidth(420)
        pin = kind == self.PIN
        self.intro = QLabel(
            self.tr("Enter the PIN of %1 to sign.")
            if pin
            else self.tr("Enter the password of the certificate %1 to sign."),
            self,
        )
        self.intro.setText(self.intro.text().replace("%1", ltr(what)))
        self.intro.setWordWrap(True)
        self.batch = QLabel(self.tr("This entry signs %n document(s).", "", count), self)
        self.batch.setVisible(count > 1)
        self.error = QLabel(error, self)
        self.error.setObjectName("signatureSecretError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        self.field = QLineEdit(self)
        self.field.setObjectName("signatureSecretField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("PIN") if pin else self.tr("Password"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.batch, self.field, self.error, buttons):
            layout.addWidget(widget)
        self.field.setFocus()

    def secret(self) -> str:
        return self.field.text()

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        self._kept = self.field.text() if result == QDialog.DialogCode.Accepted else None
        self.field.clear()
        super().done(result)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, kind: str, what: str, count: int = 1, error: str = ""
    ) -> str | None:
        dialog = cls(kind=kind, what=what, count=count, error=error, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        secret = dialog._kept if accepted else None
        dialog.deleteLater()
        return secret or None
