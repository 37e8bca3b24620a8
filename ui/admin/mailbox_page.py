"""The mailboxes tab: the office's e-mail accounts read as a channel of arrivée.

Each account: the IMAP server (TLS, STARTTLS, or plain for this machine only), the login, the
folder read and the folders where handled and refused messages go, how often the desks read
it, and the acknowledgement by e-mail (its SMTP server and sender). The password goes to this
machine's keyring and is never shown back; left empty, the kept one stays. Where there is no
keyring the account is saved all the same and the page says, in words, that the password
could not be kept. "Test the connection" tries what is typed (network work, on the slow pool)
and says what is wrong: host not found, connection refused, certificate refused, login
refused, folder missing — or how many messages wait there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.errors import UserError
from app.mailbox import accounts, probe
from app.mailbox.accounts import Account, AccountSettings
from app.organisation.admin import Organisation
from app.store.database import Database
from ui import display
from ui.admin.page import AdminContext, AdminPage, split
from ui.labels import LTR, isolate

OK_COLOUR = "#1b5e20"
SECURITIES = ("tls", "starttls", "none")
NAME = Qt.ItemDataRole.UserRole


def read_accounts(db: Database, office_id: int) -> list[tuple[Account, bool]]:
    """The accounts, each with whether this machine keeps its password."""
    found = []
    for acc in accounts.accounts(db, office_id):
        kept = secrets.mailbox_password("imap", acc.host, acc.port, acc.login) is not None
        found.append((acc, kept))
    return found


class MailboxPage(AdminPage):
    def __init__(self, ctx: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("mailboxPage")
        self.rows: list[tuple[Account, bool]] = []
        self.current: Account | None = None
        self._loaded: tuple[object, ...] = ()
        self._testing = False
        self.list = QListWidget(self)
        self.list.setObjectName("mailboxAccounts")
        self.list.currentItemChanged.connect(self.on_current)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("mailboxNew")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_account)

        self.box = QGroupBox(self)
        self.name = self._line("mailboxName")
        self.host = self._line("mailboxHost", ltr=True)
        self.port = QSpinBox(self.box)
        self.port.setObjectName("mailboxPort")
        self.port.setRange(0, 65535)
        self.security = QComboBox(self.box)
        self.security.setObjectName("mailboxSecurity")
        for value in SECURITIES:
            self.security.addItem("", value)
        self.login = self._line("mailboxLogin", ltr=True)
        self.password = self._line("mailboxPassword", ltr=True)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = self._line("mailboxFolder")
        self.handled = self._line("mailboxHandled")
        self.error_folder = self._line("mailboxErrorFolder")
        self.ca_bundle = self._line("mailboxCaBundle", ltr=True)
        self.interval = QSpinBox(self.box)
        self.interval.setObjectName("mailboxInterval")
        self.interval.setRange(1, accounts.MAX_INTERVAL)
        self.enabled = QCheckBox(self.box)
        self.enabled.setObjectName("mailboxEnabled")
        self.ack = QGroupBox(self.box)
        self.ack.setObjectName("mailboxAck")
        self.ack.setCheckable(True)
        self.ack_from = self._line("mailboxAckFrom", ltr=True, parent=self.ack)
        self.smtp_host = self._line("mailboxSmtpHost", ltr=True, parent=self.ack)
        self.smtp_port = QSpinBox(self.ack)
        self.smtp_port.setObjectName("mailboxSmtpPort")
        self.smtp_port.setRange(0, 65535)
        self.smtp_security = QComboBox(self.ack)
        self.smtp_security.setObjectName("mailboxSmtpSecurity")
        for value in SECURITIES:
            self.smtp_security.addItem("", value)
        self.smtp_security.setCurrentIndex(1)
        self.smtp_login = self._line("mailboxSmtpLogin", ltr=True, parent=self.ack)
        self.smtp_password = self._line("mailboxSmtpPassword", ltr=True, parent=self.ack)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        for spin in (self.port, self.interval, self.smtp_port):
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            spin.setMaximumWidth(160)

        self.captions: dict[str, QLabel] = {}
        form = QFormLayout(self.box)
        for key, widget in (
            ("name", self.name),
            ("host", self.host),
            ("port", self.port),
            ("security", self.security),
            ("login", self.login),
            ("password", self.password),
            ("folder", self.folder),
            ("handled", self.handled),
            ("error", self.error_folder),
            ("ca", self.ca_bundle),
            ("interval", self.interval),
        ):
            self.captions[key] = QLabel(self.box)
            self.captions[key].setBuddy(widget)
            form.addRow(self.captions[key], widget)
        form.addRow("", self.enabled)
        ack_form = QFormLayout(self.ack)
        for key, widget in (
            ("ack_from", self.ack_from),
            ("smtp_host", self.smtp_host),
            ("smtp_port", self.smtp_port),
            ("smtp_security", self.smtp_security),
            ("smtp_login", self.smtp_login),
            ("smtp_password", self.smtp_password),
        ):
            self.captions[key] = QLabel(self.ack)
            self.captions[key].setBuddy(widget)
            ack_form.addRow(self.captions[key], widget)
        form.addRow(self.ack)
        self.test_button = QPushButton(self.box)
        self.test_button.setObjectName("mailboxTest")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test)
        self.save_button.setParent(self.box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.result = QLabel(self)
        self.result.setObjectName("mailboxTestResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addWidget(self.box)
        right.addWidget(self.message)
        right.addWidget(self.result)
        right.addStretch(1)
        split(self, left, right, (2, 3))
        self.retranslate()
        self._apply(None)

    def _line(self, name: str, *, ltr: bool = False, parent: QWidget | None = None) -> QLineEdit:
        edit = QLineEdit(parent or self.box)
        edit.setObjectName(name)
        if ltr:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # hosts, logins, paths
        return edit

    def title(self) -> str:
        return self.tr("&Mailboxes")

    def first_widget(self) -> QWidget:
        return self.name

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("The mailbox"))
        texts = {
            "name": self.tr("&Name"),
            "host": self.tr("IMAP &server"),
            "port": self.tr("P&ort"),
            "security": self.tr("Securit&y"),
            "login": self.tr("&Login"),
            "password": self.tr("Pass&word"),
            "folder": self.tr("&Folder read"),
            "handled": self.tr("Folder for &handled messages"),
            "error": self.tr("Folder for &refused messages"),
            "ca": self.tr("Certificate aut&horities (CA file)"),
            "interval": self.tr("Read e&very"),
            "ack_from": self.tr("Sender's address"),
            "smtp_host": self.tr("SMTP server"),
            "smtp_port": self.tr("SMTP port"),
            "smtp_security": self.tr("SMTP security"),
            "smtp_login": self.tr("SMTP login"),
            "smtp_password": self.tr("SMTP password"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        for combo in (self.security, self.smtp_security):
            combo.setItemText(0, self.tr("TLS (IMAPS, SMTPS)"))
            combo.setItemText(1, self.tr("STARTTLS"))
            combo.setItemText(2, self.tr("None (this computer only)"))
        self.port.setSpecialValueText(self.tr("usual"))
        self.smtp_port.setSpecialValueText(self.tr("usual"))
        self.interval.setSuffix(self.tr(" min"))
        self.enabled.setText(self.tr("Desks read it automatically"))
        self.ack.setTitle(self.tr("Acknowledge by e-mail, in Arabic and French"))
        self.ca_bundle.setPlaceholderText(self.tr("Optional: the office's own CA, PEM file"))
        self.smtp_login.setPlaceholderText(self.tr("The mailbox's login"))
        self.new_button.setText(self.tr("&New mailbox"))
        self.test_button.setText(self.tr("&Test the connection"))
        self.save_button.setText(self.tr("Save the mail&box"))
        self._placeholders()

    def _placeholders(self) -> None:
        kept = any(k for a, k in self.rows if self.current is not None and a.id == self.current.id)
        self.password.setPlaceholderText(
            self.tr("Kept in this computer's keyring — leave empty to keep it") if kept else ""
        )
        self.smtp_password.setPlaceholderText(self.tr("Leave empty: the mailbox's password"))

    # -- data ------------------------------------------------------------------------------

    def show_data(self, data: Organisation) -> None:
        self.data = data
        db, office_id = self.ctx.db, self.ctx.actor.office_id
        self.ctx.tasks.run(
            lambda: read_accounts(db, office_id),
            on_done=self._on_accounts,
            on_error=self.on_error,
            owner=self,
        )

    def _on_accounts(self, rows: list[tuple[Account, bool]]) -> None:
        self.rows = rows
        chosen = self.current.name if self.current is not None else None
        keep = self.is_dirty()
        self.list.blockSignals(True)
        self.list.clear()
        for acc, _kept in rows:
            state = "" if acc.enabled else " — " + self.tr("not read")
            item = QListWidgetItem(f"{isolate(acc.name)} — {LTR}{acc.host}{state}")
            item.setData(NAME, acc.name)
            item.setToolTip(acc.last_error_detail or acc.login)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [a.name for a, _ in rows]
        if chosen in names:
            self.list.setCurrentRow(names.index(chosen))
            if not keep:
                self._apply(next(a for a, _ in rows if a.name == chosen))
        elif not keep:
            self._apply(None)
        self._placeholders()

    def on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        name = item.data(NAME)
        found = next((a for a, _ in self.rows if a.name == name), None)
        self._apply(found)
        self._placeholders()

    def new_account(self) -> None:
        self.list.clearSelection()
        self._apply(None)
        self.name.setFocus()

    def _apply(self, acc: Account | None) -> None:
        self.current = acc
        s = acc.settings() if acc is not None else AccountSettings(name="", host="", login="")
        self.name.setText(s.name)
        self.host.setText(s.host)
        self.port.setValue(s.port or 0)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.login.setText(s.login)
        self.password.clear()
        self.folder.setText(s.folder)
        self.handled.setText(s.handled_folder)
        self.error_folder.setText(s.error_folder)
        self.ca_bundle.setText(s.ca_bundle or "")
        self.interval.setValue(s.interval_minutes)
        self.enabled.setChecked(s.enabled)
        self.ack.setChecked(s.ack_enabled)
        self.ack_from.setText(s.ack_from or "")
        self.smtp_host.setText(s.smtp_host or "")
        self.smtp_port.setValue(s.smtp_port or 0)
        self.smtp_security.setCurrentIndex(
            max(0, self.smtp_security.findData(s.smtp_security or "starttls"))
        )
        self.smtp_login.setText(s.smtp_login or "")
        self.smtp_password.clear()
        self.result.hide()
        self._loaded = self.values()

    def settings(self) -> AccountSettings:
        return AccountSettings(
            name=self.name.text(),
            host=self.host.text(),
            port=self.port.value() or None,
            security=str(self.security.currentData()),
            login=self.login.text(),
            folder=self.folder.text(),
            handled_folder=self.handled.text(),
            error_folder=self.error_folder.text(),
            ca_bundle=self.ca_bundle.text() or None,
            interval_minutes=self.interval.value(),
            enabled=self.enabled.isChecked(),
            ack_enabled=self.ack.isChecked(),
            ack_from=self.ack_from.text() or None,
            smtp_host=self.smtp_host.text() or None,
            smtp_port=self.smtp_port.value() or None,
            smtp_security=str(self.smtp_security.currentData()) if self.ack.isChecked() else None,
            smtp_login=self.smtp_login.text() or None,
        )

    def values(self) -> tuple[object, ...]:
        return (self.settings(), self.password.text(), self.smtp_password.text())

    def is_dirty(self) -> bool:
        return self.values() != self._loaded

    def revert(self) -> None:
        self.clear_message()
        self._apply(self.current)

    def field_widget(self, error: UserError) -> QWidget | None:
        field = error.params.get("field")
        by_field = {
            "mailbox-name": self.name,
            "host": self.host,
            "login": self.login,
            "folder": self.folder,
            "handled-folder": self.handled,
            "error-folder": self.error_folder,
            "smtp-host": self.smtp_host,
            "ack-from": self.ack_from,
        }
        if isinstance(field, str) and field in by_field:
            return by_field[field]
        return {
            "mailbox_bad_host": self.host,
            "mailbox_insecure": self.security,
            "mailbox_bad_interval": self.interval,
            "mailbox_bad_ca_bundle": self.ca_bundle,
            "mailbox_account_exists": self.name,
            "mailbox_login_refused": self.password,
            "mailbox_folder_missing": self.folder,
            "mailbox_keyring_unavailable": self.password,
        }.get(error.code)

    def submit(self) -> None:
        for spin in (self.port, self.interval, self.smtp_port):
            spin.interpretText()
        self.result.hide()
        settings = self.settings()
        password = self.password.text() or None
        smtp_password = self.smtp_password.text() or None
        existing = self.current.name if self.current is not None else None
        db, actor = self.ctx.db, self.ctx.actor
        self.run(
            lambda: accounts.save(
                db,
                actor,
                settings,
                password=password,
                smtp_password=smtp_password,
                existing=existing,
            ),
            self._on_saved,
        )

    def _on_saved(self, saved: accounts.Saved) -> None:
        self.current = saved.account
        self.password.clear()
        self.smtp_password.clear()
        self._loaded = self.values()
        if saved.keyring_error is not None:
            # Saved, but the password could not be kept on this machine: say so, in words.
            self.say(saved.keyring_error.message(self.ctx.lang))

    # -- the test ----------------------------------------------------------------------------

    def test(self) -> None:
        if self._testing:
            return
        settings = self.settings()
        typed, smtp_typed = self.password.text(), self.smtp_password.text()
        self._testing = True
        self.test_button.setEnabled(False)
        self.clear_message()
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Connecting to the mailbox…"))
        self.result.show()

        def attempt() -> probe.ProbeResult:
            checked = accounts.checked(settings)
            assert checked.port is not None
            password = typed or secrets.mailbox_password(
                "imap", checked.host, checked.port, checked.login
            )
            if not password:
                from app.mailbox.imap import MailboxError

                raise MailboxError(
                    "mailbox_no_password", name=checked.name, env=accounts.PASSWORD_ENV
                )
            return probe.probe(settings, password, smtp_password=smtp_typed or None)

        self.ctx.tasks.run(
            attempt,
            on_done=self._on_tested,
            on_error=self._on_test_failed,
            slow=True,
            owner=self,
        )

    def _on_tested(self, found: probe.ProbeResult) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        lines = [
            self.tr("Connected: %1 in the folder read.").replace(
                "%1", display.digits(self.tr("%n message(s)", "", found.messages))
            )
        ]
        for folder in found.to_create:
            lines.append(
                self.tr("The folder %1 will be created at the first reading.").replace(
                    "%1", isolate(folder)
                )
            )
        if found.smtp_host:
            lines.append(
                self.tr("SMTP server %1 reached: acknowledgements can leave.").replace(
                    "%1", LTR + found.smtp_host
                )
            )
        self.result.setStyleSheet(f"color: {OK_COLOUR};")
        self.result.setText("\n".join(lines))

    def _on_test_failed(self, exc: Exception) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.result.hide()
        self.on_error(exc)
