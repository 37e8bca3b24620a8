"""Which database the application opens: a file on this PC, or the office's PostgreSQL server.

The URL is kept in the settings without its password; the password goes to the operating
system's keyring, or where there is none to the application's encrypted secrets file (its
password asked for here: :class:`ui.secret_store.SecretFileField`). A change takes effect at
the next start (the session is tied to its database). "Test" opens the database on a worker
and says what is there. Only an administrator changes it: for anyone else the page shows the
database and says so, read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from app import config, secrets
from app.errors import UserError
from app.organisation import queries as organisation
from app.store import schema
from app.store.database import Database, normalise_url
from ui.preferences.page import SettingsPage
from ui.secret_store import SecretFileField
from ui.settings import Settings
from ui.tasks import TaskRunner


@dataclass(frozen=True)
class Probe:
    revision: str | None
    office: organisation.OfficeRow | None


def probe(url: str) -> Probe:
    """Open ``url`` and say what it holds (worker thread)."""
    db = Database(url)
    try:
        revision = schema.current_revision(db)
        schema.check_known(db, revision)
        return Probe(revision, organisation.office(db) if revision else None)
    finally:
        db.dispose()


class DatabasePage(SettingsPage):
    def __init__(
        self, *, tasks: TaskRunner, lang: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("databasePage")
        self._tasks, self._lang = tasks, lang
        self.use_sqlite = QRadioButton(self)
        self.use_sqlite.setObjectName("useSqlite")
        self.use_postgres = QRadioButton(self)
        self.use_postgres.setObjectName("usePostgres")

        self.sqlite_box = QGroupBox(self)
        self.path = QLineEdit(self.sqlite_box)
        self.path.setObjectName("sqlitePath")
        self.browse = QPushButton(self.sqlite_box)
        self.browse.clicked.connect(self.on_browse)
        row = QHBoxLayout(self.sqlite_box)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)

        self.postgres_box = QGroupBox(self)
        self.host = QLineEdit(self.postgres_box)
        self.host.setObjectName("pgHost")
        self.port = QSpinBox(self.postgres_box)
        self.port.setObjectName("pgPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.name = QLineEdit(self.postgres_box)
        self.name.setObjectName("pgDatabase")
        self.user = QLineEdit(self.postgres_box)
        self.user.setObjectName("pgUser")
        self.password = QLineEdit(self.postgres_box)
        self.password.setObjectName("pgPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_file = SecretFileField(tasks=tasks, parent=self.postgres_box)
        self.secret_file.probed.connect(lambda _available: self.retranslate())
        self._pg_captions = [QLabel(self.postgres_box) for _ in range(5)]
        pg_form = QFormLayout(self.postgres_box)
        for caption, field in zip(
            self._pg_captions,
            (self.host, self.port, self.name, self.user, self.password),
            strict=True,
        ):
            caption.setBuddy(field)
            pg_form.addRow(caption, field)
        pg_form.addRow(self.secret_file)

        self.test_button = QPushButton(self)
        self.test_button.setObjectName("testDatabase")
        self.test_button.clicked.connect(self.on_test)
        self.result = QLabel(self)
        self.result.setObjectName("databaseTestResult")
        self.result.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.admin_only = QLabel(self)
        self.admin_only.setObjectName("databaseAdminOnly")
        self.admin_only.setWordWrap(True)
        self.admin_only.hide()
        self.editable = True
        layout = QVBoxLayout(self)
        layout.addWidget(self.admin_only)
        for widget in (self.use_sqlite, self.sqlite_box, self.use_postgres, self.postgres_box):
            layout.addWidget(widget)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        layout.addLayout(test_row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.use_sqlite.toggled.connect(self._enable)
        self.use_postgres.toggled.connect(self._enable)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Database")

    def retranslate(self) -> None:
        self.use_sqlite.setText(self.tr("&This computer only (a database file)"))
        self.use_postgres.setText(self.tr("&Shared server of the office (PostgreSQL)"))
        self.browse.setText(self.tr("&Browse…"))
        for caption, text in zip(
            self._pg_captions,
            (
                self.tr("&Server"),
                self.tr("P&ort"),
                self.tr("&Database"),
                self.tr("&User"),
                self.tr("&Password"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.password.setPlaceholderText(
            self.tr("kept in the encrypted secrets file")
            if self.secret_file.keyring is False
            else self.tr("kept in the system keyring")
        )
        self.admin_only.setText(
            self.tr(
                "Only an administrator may change the database this computer opens. Ask one "
                "if it must change."
            )
        )
        self.test_button.setText(self.tr("T&est the connection"))
        self.note.setText(
            self.tr("A change of database takes effect the next time the application starts.")
        )

    def set_editable(self, editable: bool) -> None:
        """Anyone but an administrator sees the database, and cannot change it."""
        self.editable = editable
        self.admin_only.setVisible(not editable)
        self.secret_file.offered = editable
        if not editable:
            self.secret_file.hide()
        for widget in (self.use_sqlite, self.use_postgres, self.browse, self.test_button):
            widget.setEnabled(editable)
        self._enable()

    def _enable(self) -> None:
        self.sqlite_box.setEnabled(self.editable and self.use_sqlite.isChecked())
        self.postgres_box.setEnabled(self.editable and self.use_postgres.isChecked())
        self.result.clear()

    def load(self, settings: Settings) -> None:
        url = make_url(settings.database_url)
        if url.get_backend_name() == "sqlite":
            self.use_sqlite.setChecked(True)
            self.path.setText(url.database or "")
        else:
            self.use_postgres.setChecked(True)
            self.host.setText(url.host or "")
            self.port.setValue(url.port or 5432)
            self.name.setText(url.database or "")
            self.user.setText(url.username or "")
            self.path.setText(str(config.data_dir() / "bureau-ordre.sqlite"))
        self._loaded_url = self.url()
        self._enable()

    def url(self) -> str:
        """The chosen database's URL, without password; raises ``UserError`` if incomplete."""
        if self.use_sqlite.isChecked():
            path = self.path.text().strip()
            if not path:
                raise UserError("missing_field", field="database_file")
            return f"sqlite:///{Path(path).expanduser()}"
        if not self.host.text().strip():
            raise UserError("missing_field", field="server")
        if not self.name.text().strip():
            raise UserError("missing_field", field="database_name")
        url = URL.create(
            "postgresql",
            username=self.user.text().strip() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.name.text().strip(),
        )
        return url.render_as_string(hide_password=False)

    def _url_with_typed_password(self) -> str:
        url = self.url()
        password = self.password.text()
        if self.use_postgres.isChecked() and password:
            return make_url(url).set(password=password).render_as_string(hide_password=False)
        return url

    def on_browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.path.text(),
            self.tr("Bureau d'ordre database (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(path)

    def on_test(self) -> None:
        try:
            url = self._url_with_typed_password()
            normalise_url(url)
        except UserError as exc:
            self._say(exc.message(self._lang()))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))
        self._tasks.run(
            lambda: probe(secrets.with_password(url)),
            on_done=self._on_probe,
            on_error=self._on_probe_error,
            slow=True,
            owner=self,
        )

    def _on_probe(self, found: Probe) -> None:
        self.test_button.setEnabled(True)
        if found.office is not None:
            self._say(
                self.tr("Connected: register of %1.").replace("%1", found.office.name(self._lang()))
            )
        elif found.revision is None:
            self._say(
                self.tr("Connected: the database is empty; the set-up wizard will run at start.")
            )
        else:
            self._say(self.tr("Connected: no office set up yet; the set-up wizard will run."))

    def _on_probe_error(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self._say(exc.message(self._lang()))

    def _say(self, text: str) -> None:
        self.result.setText(text)

    def prepare(self) -> Callable[[], None] | None:
        if not self.editable:
            return None
        url = self.url()  # raises if incomplete
        normalise_url(url)
        password = self.password.text()
        if self.use_postgres.isChecked() and password:
            file_password = self.secret_file.file_password()  # raises if it is needed

            def keep() -> None:
                secrets.store_database_password(url, password, file_password=file_password)

            return keep
        return None

    def failed(self, error: Exception) -> None:
        """No keyring on this computer: the field for the secrets file's password shows."""
        if isinstance(error, UserError) and self.secret_file.reveal(error):
            self.retranslate()

    def changed(self) -> bool:
        return self.url() != self._loaded_url

    def save(self, settings: Settings) -> None:
        if self.editable:
            settings.database_url = self.url()
