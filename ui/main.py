"""Start of the desktop application: fonts, language, database, then set-up or log-in.

Opening the database (and upgrading it) runs on the database worker; the window that says
so stays responsive. When the database's password is kept in the encrypted secrets file (a
computer without a keyring), its password is asked for first. A first run shows the set-up
wizard, later runs the log-in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app import secrets
from app.errors import UserError
from app.organisation import queries as organisation
from app.organisation.actor import Actor
from app.store import schema
from app.store.database import Database
from ui import collector, crash, display
from ui.context import DeskContext
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.secret_store import UnlockSecretsDialog
from ui.settings import Settings
from ui.setup_wizard import SetupWizard
from ui.tasks import TaskRunner


class Application:
    """Owns the long-lived objects and moves from one screen to the next."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.tasks = TaskRunner()
        self.languages = Languages(app)
        display.configure(settings.display)
        self.languages.apply(settings.language)
        self.languages.changed.connect(self.on_language_changed)
        self.db: Database | None = None
        self.office: organisation.OfficeRow | None = None
        self.window: QWidget | None = None
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumSize(420, 120)

    def start(self) -> None:
        self.status.setWindowTitle("Bureau d'ordre — مكتب الضبط")
        self.status.setText(QApplication.translate("Start", "Opening the register…"))
        self.status.show()

        url = self.settings.database_url
        self.tasks.run(
            lambda: secrets.database_password_locked(url),
            on_done=self.on_secrets_checked,
            on_error=self.on_fatal,
            slow=True,
        )

    def on_secrets_checked(self, locked: bool) -> None:
        if not locked:
            self.open_database()
            return
        dialog = UnlockSecretsDialog(tasks=self.tasks, lang=lambda: self.languages.current)
        dialog.unlocked.connect(self.open_database)
        dialog.rejected.connect(self.app.quit)
        self.window = dialog
        self.status.hide()
        dialog.show()

    def open_database(self) -> None:
        self.status.show()
        url = self.settings.database_url

        def open_database() -> tuple[Database, organisation.OfficeRow | None]:
            db = Database(secrets.with_password(url))
            schema.upgrade(db)
            return db, organisation.office(db)

        self.tasks.run(open_database, on_done=self.on_opened, on_error=self.on_fatal)

    def on_opened(self, result: tuple[Database, organisation.OfficeRow | None]) -> None:
        self.db, office = result
        if office is None:
            wizard = SetupWizard(
                db=self.db,
                tasks=self.tasks,
                lang=self.languages.current,
                apply_language=self.languages.apply,
            )
            wizard.done.connect(lambda actor: self.on_set_up(wizard, actor))
            self.window = wizard
            self.status.hide()
            wizard.show()
        else:
            self.office = office
            self.status.hide()
            self.show_login()

    def show_login(self) -> LoginDialog:
        """The log-in: at start, and after a user logged out (the next one logs in)."""
        assert self.db is not None
        dialog = LoginDialog(
            db=self.db,
            tasks=self.tasks,
            lang=self.languages.current,
            office_name=self.office.name(self.languages.current) if self.office else "",
        )
        dialog.logged_in.connect(self.show_main)
        dialog.rejected.connect(self.app.quit)
        self.window = dialog
        dialog.show()
        return dialog

    def on_set_up(self, wizard: SetupWizard, actor: Actor) -> None:
        self.settings.language = wizard.chosen_language
        self.languages.apply(wizard.chosen_language)
        db = self.db
        assert db is not None
        # The log-in after a log-out names the office just set up.
        self.tasks.run(lambda: organisation.office(db), on_done=self._keep_office)
        self.show_main(actor)

    def _keep_office(self, office: organisation.OfficeRow | None) -> None:
        self.office = office

    def show_main(self, actor: Actor) -> None:
        assert self.db is not None
        ctx = DeskContext.create(
            db=self.db,
            tasks=self.tasks,
            actor=actor,
            languages=self.languages,
            settings=self.settings,
        )
        main = MainWindow(ctx=ctx)
        main.logged_out.connect(self.show_login)  # shown before the desk closes: no quitting
        main.logged_out.connect(main.deleteLater)  # the next user gets a desk of their own
        main.quit_requested.connect(self.app.quit)
        self.window = main
        main.show()

    def on_language_changed(self, lang: str) -> None:
        self.settings.language = lang
        self.settings.sync()

    def on_fatal(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.status.setText(exc.message(self.languages.current))
        self.status.setWordWrap(True)


def run(argv: list[str] | None = None) -> int:
    crash.install()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    collector.install()  # cycles of Qt objects freed on the GUI thread, never on a worker
    app.setApplicationName("bureau-ordre")
    app.setOrganizationName("bureau-ordre")
    register_fonts()
    app.setFont(interface_font(10))
    application = Application(app, Settings())
    application.start()
    code = app.exec()
    application.tasks.wait()
    return code
