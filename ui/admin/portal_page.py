"""The portal tab: where the office's portal is, who we are to it, how often to sync.

The URL, the client id, the interval and whether the desks sync by themselves are office
settings, in the database; the client secret goes to this machine's keyring (without one, to
the application's encrypted secrets file, whose password the page then asks for; or the
administrator sets BO_PORTAL_CLIENT_ID / BO_PORTAL_CLIENT_SECRET) and is never shown back
(the field says whether one is kept; left empty, it stays). Plain http:// is
refused for anything but this machine, with the core's message. "Test the connection" asks
the portal for its directory with what is typed (network work, on the slow pool) and says
which office code the portal knows us by, or why it failed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.errors import UserError
from app.organisation.admin import Organisation
from app.portal.client import Credentials, Limits, PortalClient, PortalError, RetryPolicy, check_url
from app.portal.link import DEFAULT_INTERVAL, MAX_INTERVAL, LinkSettings, configure, get_link
from app.store.database import Database
from ui import display
from ui.admin.page import AdminContext, AdminPage
from ui.labels import LTR
from ui.secret_store import SecretFileField
from ui.widgets import CountSpinBox

FIELDS = ("url", "client_id", "secret", "interval", "ca_bundle")
OK_COLOUR = "#1b5e20"


@dataclass(frozen=True)
class PortalSettingsView:
    settings: LinkSettings | None  # None: never configured
    has_secret: bool
    office_code: str | None  # what the portal called us at the last sync


def read_settings(db: Database, office_id: int) -> PortalSettingsView:
    link = get_link(db, office_id)
    if link is None:
        return PortalSettingsView(None, False, None)
    settings = LinkSettings(
        link.url, link.client_id, link.interval_minutes, link.enabled, link.ca_bundle
    )
    kept = bool(link.client_id) and secrets.portal_secret_kept(link.url, link.client_id)
    return PortalSettingsView(settings, kept, link.portal_office_code)


@dataclass(frozen=True)
class ConnectionTest:
    office_code: str | None
    offices: int


def try_connection(url: str, client_id: str, secret: str, ca_bundle: str) -> ConnectionTest:
    """Ask the portal for its directory with these settings (the kept secret if none typed)."""
    base, client_id = check_url(url), client_id.strip()
    if not client_id:
        raise PortalError("missing_field", field="client_id")
    secret = secret or secrets.portal_secret(base, client_id) or ""
    if not secret:
        raise PortalError("portal_no_credentials", url=base)
    client = PortalClient(
        base,
        Credentials(client_id, secret),
        ca_bundle=ca_bundle or None,
        timeout=(5.0, 15.0),
        retry=RetryPolicy(attempts=2),
        limits=Limits(deadline=30.0),  # the administrator waits for the answer
    )
    try:
        offices = client.offices()
        return ConnectionTest(client.office_code, len(offices))
    finally:
        client.close()


class PortalPage(AdminPage):
    def __init__(self, ctx: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("portalPage")
        self.view: PortalSettingsView | None = None
        self._loaded: tuple[object, ...] = ()
        self._testing = False
        self.box = QGroupBox(self)
        self.url = QLineEdit(self.box)
        self.url.setObjectName("portalUrl")
        self.url.setPlaceholderText("https://portail.example.ma")
        self.client_id = QLineEdit(self.box)
        self.client_id.setObjectName("portalClientId")
        self.secret = QLineEdit(self.box)
        self.secret.setObjectName("portalSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        # Without a keyring on this computer: the secrets file, or the administrator's variables.
        self.secret_file = SecretFileField(tasks=ctx.tasks, portal=True, parent=self.box)
        self.secret_file.probed.connect(lambda _available: self._placeholders())
        self.interval = CountSpinBox(parent=self.box)
        self.interval.setObjectName("portalInterval")
        self.interval.setRange(1, MAX_INTERVAL)
        self.interval.setValue(DEFAULT_INTERVAL)
        self.interval.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.interval.setMinimumWidth(120)
        self.interval.setMaximumWidth(200)
        self.enabled = QCheckBox(self.box)
        self.enabled.setObjectName("portalEnabled")
        self.enabled.setChecked(True)
        self.ca_bundle = QLineEdit(self.box)
        self.ca_bundle.setObjectName("portalCaBundle")
        self.browse = QPushButton(self.box)
        self.browse.setObjectName("portalBrowse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_ca_bundle)
        for edit in (self.url, self.client_id, self.secret, self.ca_bundle):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # URLs, ids, paths
        self.captions = {name: QLabel(self.box) for name in FIELDS}
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.browse)
        form = QFormLayout(self.box)
        for name, field in (
            ("url", self.url),
            ("client_id", self.client_id),
            ("secret", self.secret),
            ("interval", self.interval),
        ):
            self.captions[name].setBuddy(field)
            form.addRow(self.captions[name], field)
            if field is self.secret:
                form.addRow("", self.secret_file)
        form.addRow("", self.enabled)
        self.captions["ca_bundle"].setBuddy(self.ca_bundle)
        form.addRow(self.captions["ca_bundle"], ca_row)
        self.known_as = QLabel(self.box)
        self.known_as.setObjectName("portalKnownAs")
        self.known_as.setWordWrap(True)
        form.addRow(self.known_as)
        self.test_button = QPushButton(self.box)
        self.test_button.setObjectName("portalTest")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test)
        self.save_button.setParent(self.box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.result = QLabel(self)
        self.result.setObjectName("portalTestResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.message)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate()
        self._loaded = self.values()

    def title(self) -> str:
        return self.tr("&Portal")

    def first_widget(self) -> QWidget:
        return self.url

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Connection to the Bureau d'Ordre Digital portal"))
        texts = {
            "url": self.tr("Portal &address (URL)"),
            "client_id": self.tr("&Client id"),
            "secret": self.tr("Client s&ecret"),
            "interval": self.tr("Sync &frequency"),
            "ca_bundle": self.tr("Certificate aut&horities (CA file)"),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        self.interval.set_text(lambda n: self.tr("%n minute(s)", "", n))
        self.enabled.setText(self.tr("Desks sync auto&matically"))
        self.ca_bundle.setPlaceholderText(self.tr("Optional: the office's own CA, PEM file"))
        self.browse.setText(self.tr("B&rowse…"))
        self.test_button.setText(self.tr("&Test the connection"))
        self.save_button.setText(self.tr("Save the portal settin&gs"))
        self._placeholders()

    def _placeholders(self) -> None:
        kept = self.view is not None and self.view.has_secret
        if not kept:
            placeholder = self.tr("The secret the portal gave the office")
        elif self.secret_file.keyring is False:
            placeholder = self.tr("Kept in the encrypted secrets file — leave empty to keep it")
        else:
            placeholder = self.tr("Kept in this computer's keyring — leave empty to keep it")
        self.secret.setPlaceholderText(placeholder)
        code = self.view.office_code if self.view is not None else None
        self.known_as.setText(
            self.tr("The portal knows this office as %1.").replace("%1", LTR + code) if code else ""
        )
        self.known_as.setVisible(bool(code))

    # -- data -------------------------------------------------------------------------------

    def values(self) -> tuple[object, ...]:
        return (
            self.url.text().strip(),
            self.client_id.text().strip(),
            self.secret.text(),
            self.interval.value(),
            self.enabled.isChecked(),
            self.ca_bundle.text().strip(),
        )

    def show_data(self, data: Organisation) -> None:
        """The organisation does not hold the link: it is read here, on the worker."""
        self.data = data
        db, office_id = self.ctx.db, self.ctx.actor.office_id
        self.ctx.tasks.run(
            lambda: read_settings(db, office_id),
            on_done=self._on_settings,
            on_error=self.on_error,
            owner=self,
        )

    def _on_settings(self, view: PortalSettingsView) -> None:
        keep = self.is_dirty()
        self.view = view
        if not keep:
            self._apply(view)
        self._placeholders()

    def _apply(self, view: PortalSettingsView) -> None:
        s = view.settings
        self.url.setText(s.url if s else "")
        self.client_id.setText(s.client_id if s else "")
        self.secret.clear()
        self.interval.setValue(s.interval_minutes if s else DEFAULT_INTERVAL)
        self.enabled.setChecked(s.enabled if s else True)
        self.ca_bundle.setText((s.ca_bundle or "") if s else "")
        self._loaded = self.values()

    def is_dirty(self) -> bool:
        return self.values() != self._loaded

    def revert(self) -> None:
        self.clear_message()
        if self.view is not None:
            self._apply(self.view)

    def field_widget(self, error: UserError) -> QWidget | None:
        if error.code in ("portal_bad_url", "portal_insecure_url"):
            return self.url
        if error.code == "portal_bad_interval":
            return self.interval
        if error.code == "missing_field" and error.params.get("field") == "client_id":
            return self.client_id
        if error.code in (
            "secret_file_password_needed",
            "secret_file_wrong_password",
            "password_too_short",
            "passwords_differ",
        ):
            return self.secret_file.password
        if error.code == "portal_keyring_unavailable":
            return self.secret_file.password  # the way out: the secrets file's password
        return None

    def submit(self) -> None:
        self.interval.interpretText()
        self.result.hide()
        url, client_id, secret, interval, enabled, ca = self.values()
        settings = LinkSettings(str(url), str(client_id), int(interval), bool(enabled), str(ca))
        db, actor = self.ctx.db, self.ctx.actor
        try:
            file_password = self.secret_file.file_password() if secret else None
        except UserError as exc:
            self.on_error(exc)
            return
        self.run(
            lambda: configure(
                db, actor, settings, secret=str(secret) or None, file_password=file_password
            ),
            lambda _none: self._on_saved(),
        )

    def on_error(self, exc: Exception) -> None:
        if isinstance(exc, UserError) and self.secret_file.reveal(exc):
            self._placeholders()
        super().on_error(exc)

    def _on_saved(self) -> None:
        self.secret.clear()
        self.secret_file.password.clear()
        self.secret_file.confirm.clear()
        self._loaded = self.values()

    # -- the CA file and the test -----------------------------------------------------------

    def choose_ca_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The office's certificate authorities"),
            self.ca_bundle.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_bundle.setText(path)
            self.ca_bundle.setFocus()

    def test(self) -> None:
        if self._testing:
            return
        url, client_id, secret, _interval, _enabled, ca = self.values()
        self._testing = True
        self.test_button.setEnabled(False)
        self.clear_message()
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Asking the portal…"))
        self.result.show()
        self.ctx.tasks.run(
            lambda: try_connection(str(url), str(client_id), str(secret), str(ca)),
            on_done=self._on_tested,
            on_error=self._on_test_failed,
            slow=True,
            owner=self,
        )

    def _on_tested(self, found: ConnectionTest) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        offices = display.digits(self.tr("%n office(s) in its directory", "", found.offices))
        if found.office_code:
            text = self.tr("Connected: the portal knows this office as %1 (%2).")
            text = text.replace("%1", LTR + found.office_code).replace("%2", offices)
        else:
            text = self.tr("Connected (%1), but the portal did not say which office we are.")
            text = text.replace("%1", offices)
        self.result.setStyleSheet(f"color: {OK_COLOUR};")
        self.result.setText(text)

    def _on_test_failed(self, exc: Exception) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.result.hide()
        self.on_error(exc)
