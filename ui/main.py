"""Start of the desktop application: fonts, language, database, then set-up or log-in.

Opening the database (and upgrading it) runs on the database worker; the window that says
so stays responsive. When the database's password is kept in the encrypted secrets file (a
computer without a keyring), its password is asked for first. A first run shows the set-up
wizard, later runs the log-in.

What the first window needs is all that is imported before it shows: the database layer is
imported by the worker that opens the database (the secrets file's by the worker that looks
whether it is locked), the log-in or the wizard when the database says which, and the
register's window and every screen behind it (capture, portal, printing,
administration) once the log-in is on screen, while the clerk types
(tests/ui/test_start_imports.py keeps it so).
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.errors import UserError
from ui import collector, crash, display
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.settings import Settings
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.organisation.actor import Actor
    from app.organisation.queries import OfficeRow
    from app.store.database import Database
    from ui.login import LoginDialog
    from ui.setup_wizard import SetupWizard

# The screens behind the log-in, imported one after the other while it is on screen (each
# import a short pause of the event loop, so a key typed meanwhile waits little): the big
# pieces first, then the main window, which brings the rest.
LATER_SCREENS = (
    "ui.register.model",
    "ui.register.detail",
    "ui.registration.form",
    "ui.capture.desk",
    "ui.portal.desk",
    "ui.printing.mail_prints",
    "ui.printing.register_dialog",
    "ui.admin.dialog",
    "ui.main_window",
)


class _FirstPaint(QObject):
    """Calls ``then`` once ``widget`` has painted itself for the first time."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the paint, not in its middle
        return False


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
        self.office: OfficeRow | None = None
        self.window: QWidget | None = None
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumSize(420, 120)

    def start(self) -> None:
        self.status.setWindowTitle("Bureau d'ordre — مكتب الضبط")
        self.status.setText(QApplication.translate("Start", "Opening the register…"))
        self.status.show()

        url = self.settings.database_url

        def locked() -> bool:
            from app import secrets  # on the worker, not before the first window

            return secrets.database_password_locked(url)

        self.tasks.run(locked, on_done=self.on_secrets_checked, on_error=self.on_fatal, slow=True)

    def on_secrets_checked(self, locked: bool) -> None:
        if not locked:
            self.open_database()
            return
        from ui.secret_store import UnlockSecretsDialog

        dialog = UnlockSecretsDialog(tasks=self.tasks, lang=lambda: self.languages.current)
        dialog.unlocked.connect(self.open_database)
        dialog.rejected.connect(self.app.quit)
        self.window = dialog
        self.status.hide()
        self._show_first(dialog)

    def open_database(self) -> None:
        self.status.show()
        url = self.settings.database_url

        def open_database() -> tuple[Database, OfficeRow | None]:
            # The database layer is imported here, on the worker, not before the first window.
            from app import secrets
            from app.organisation import queries as organisation
            from app.store import schema
            from app.store.database import Database

            db = Database(secrets.with_password(url))
            schema.upgrade(db)
            return db, organisation.office(db)

        self.tasks.run(open_database, on_done=self.on_opened, on_error=self.on_fatal)

    def on_opened(self, result: tuple[Database, OfficeRow | None]) -> None:
        self.db, office = result
        if office is None:
            from ui.setup_wizard import SetupWizard

            wizard = SetupWizard(
                db=self.db,
                tasks=self.tasks,
                lang=self.languages.current,
                apply_language=self.languages.apply,
            )
            wizard.done.connect(lambda actor: self.on_set_up(wizard, actor))
            self.window = wizard
            self.status.hide()
            self._show_first(wizard)
        else:
            self.office = office
            self.status.hide()
            self.show_login()

    def _show_first(self, window: QWidget) -> None:
        """Show a window that comes before the desk; once it is on screen, what the next
        screens need is imported while the clerk types."""
        _FirstPaint(window, lambda: import_later_screens(one_at_a_time=True))
        window.show()

    def show_login(self) -> LoginDialog:
        """The log-in: at start, and after a user logged out (the next one logs in)."""
        assert self.db is not None
        from ui.login import LoginDialog

        dialog = LoginDialog(
            db=self.db,
            tasks=self.tasks,
            lang=self.languages.current,
            office_name=self.office.name(self.languages.current) if self.office else "",
        )
        dialog.logged_in.connect(self.show_main)
        dialog.rejected.connect(self.app.quit)
        self.window = dialog
        self._show_first(dialog)
        return dialog

    def on_set_up(self, wizard: SetupWizard, actor: Actor) -> None:
        self.settings.language = wizard.chosen_language
        self.languages.apply(wizard.chosen_language)
        db = self.db
        assert db is not None

        def office() -> OfficeRow | None:
            from app.organisation import queries as organisation

            return organisation.office(db)

        # The log-in after a log-out names the office just set up.
        self.tasks.run(office, on_done=self._keep_office)
        self.show_main(actor)

    def _keep_office(self, office: OfficeRow | None) -> None:
        self.office = office

    def show_main(self, actor: Actor) -> None:
        assert self.db is not None
        import_later_screens()
        from ui.context import DeskContext
        from ui.main_window import MainWindow

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


# Set by run(): the objects the screens' imports made are then frozen (ui/launcher.py).
_freeze_after_imports = False


def import_later_screens(*, one_at_a_time: bool = False) -> None:
    """Import the screens behind the log-in: all now, or ``one_at_a_time`` with the event loop
    running between them. What is imported already costs nothing the next time."""
    waiting = [name for name in LATER_SCREENS if name not in sys.modules]
    if not waiting:
        return
    importlib.import_module(waiting[0])
    if len(waiting) == 1:
        if _freeze_after_imports:  # they live as long as the desk: out of the collector's way
            gc.freeze()
    elif one_at_a_time:
        QTimer.singleShot(0, lambda: import_later_screens(one_at_a_time=True))
    else:
        import_later_screens()


def run(argv: list[str] | None = None) -> int:
    global _freeze_after_imports
    crash.install()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    _freeze_after_imports = True
    gc.freeze()  # what the start imported lives as long as the desk (ui/launcher.py)
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
