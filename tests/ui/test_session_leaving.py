"""Leaving the desk: log out and let another user in without quitting, quit with Ctrl+Q, and
never lose a half-typed form without being asked."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.enums import Direction
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, Office
from tests.support.gui import main_window, type_text
from ui.login import LoginDialog
from ui.main import Application
from ui.main_window import MainWindow
from ui.settings import Settings


def _question(win: MainWindow) -> QMessageBox | None:
    box = win.findChild(QMessageBox, "leaveQuestion")
    return box if box is not None and box.isVisible() else None


def _log_in(qtbot, application: Application, login: str, password: str) -> MainWindow:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(application.window, LoginDialog), timeout=15000)
    dialog = application.window
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    type_text(login, dialog.login)
    type_text(password, dialog.password)
    dialog.on_submit()
    qtbot.waitUntil(lambda: isinstance(application.window, MainWindow), timeout=15000)
    return application.window


def test_log_out_then_another_user_logs_in_without_quitting(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.database_url = office.url
    application = Application(QApplication.instance(), settings)
    quits: list[bool] = []
    application.app.aboutToQuit.connect(lambda: quits.append(True))
    application.start()
    try:
        clerk = _log_in(qtbot, application, "fatima", CLERK_PASSWORD)
        assert "Fatima" in clerk.windowTitle()
        clerk.session.log_out.trigger()
        qtbot.waitUntil(lambda: isinstance(application.window, LoginDialog), timeout=10000)
        assert application.window.isVisible()  # the log-in is back, the application runs on
        admin = _log_in(qtbot, application, "admin", ADMIN_PASSWORD)
        assert admin is not clerk and "Administrateur" in admin.windowTitle()
        assert admin.action_admin.isVisible()  # the new user's rights, not the clerk's
        assert quits == []
        with qtbot.waitSignal(admin.quit_requested, timeout=5000):
            qtbot.keyClick(admin, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    finally:
        if application.window is not None and application.window.isVisible():
            application.window.close()
        application.tasks.wait()
        application.status.close()


def test_leaving_with_a_half_typed_form_asks_first(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.IN)
        type_text("Commune de Fès", form.correspondent)
        logged_out: list[bool] = []
        win.logged_out.connect(lambda: logged_out.append(True))
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=5000)
        qtbot.keyClick(
            win,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: _question(win) is not None, timeout=5000)
        box = _question(win)
        assert "1 courrier en cours de saisie sera perdu" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the forms
        qtbot.waitUntil(lambda: _question(win) is None, timeout=5000)
        assert logged_out == [] and form.isVisible()
        assert form.correspondent.text() == "Commune de Fès"

        win.session.quit.trigger()  # Ctrl+Q asks the same
        qtbot.waitUntil(lambda: _question(win) is not None, timeout=5000)
        box = _question(win)
        with qtbot.waitSignal(win.quit_requested, timeout=5000):
            qtbot.mouseClick(
                box.findChild(type(box.defaultButton()), "leave"), Qt.MouseButton.LeftButton
            )
        assert not win.forms or not form.isVisible()


def test_leaving_with_nothing_typed_does_not_ask(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.OUT)
        with qtbot.waitSignal(win.logged_out, timeout=5000):
            win.session.log_out.trigger()
        assert _question(win) is None and not form.isVisible()
