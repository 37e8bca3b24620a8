"""Later runs: the log-in, then the register (the first run's wizard: test_setup_wizard.py)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import ADMIN_PASSWORD, Office
from ui.login import LoginDialog
from ui.main import Application
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import TaskRunner


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """One key event per character: qtbot.keyClicks aborts on non-ASCII (PLATFORM.md)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture
def tasks(qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait()


def test_login_refuses_a_wrong_password_then_accepts(qtbot, office: Office, tasks) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db=office.db, tasks=tasks, lang="fr", office_name="Bureau")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.login, "admin")
    type_text(dialog.password, "faux")
    dialog.on_submit()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "incorrect" in dialog.error.text() and dialog.password.text() == ""
    type_text(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.logged_in, timeout=10000) as caught:
        QApplication.sendEvent(
            dialog.password,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        )
    assert caught.args[0].login == "admin"


def test_application_shows_login_then_the_register(qtbot, office: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.database_url = office.url
    application = Application(QApplication.instance(), settings)
    application.start()
    qtbot.waitUntil(lambda: isinstance(application.window, LoginDialog), timeout=15000)
    dialog = application.window
    type_text(dialog.login, "fatima")
    type_text(dialog.password, "clerk-pass-2026")
    dialog.on_submit()
    qtbot.waitUntil(lambda: isinstance(application.window, MainWindow), timeout=15000)
    window = application.window
    qtbot.addWidget(window)
    window.language_actions["ar"].trigger()
    assert settings.language == "ar"
    window.language_actions["fr"].trigger()
    window.close()
    application.tasks.wait()
    application.status.close()


def test_a_database_password_in_the_secrets_file_is_asked_for_first(
    qtbot, office: Office, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import keyring

    from app import secret_file, secrets
    from tests.support.keyrings import NoKeyring
    from ui.secret_store import UnlockSecretsDialog

    if office.url.startswith("sqlite"):
        pytest.skip("a SQLite file has no password")
    monkeypatch.setenv("BO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(
        secret_file,
        "_KDF",
        {"name": "argon2id", "time_cost": 1, "memory_cost": 1024, "parallelism": 1},
    )
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    bare, _password = secrets.split_password(office.url)
    secrets.store_database_password(bare, "pg-pass-2026", file_password="fichier-2026")
    secret_file.SecretFile().lock()  # a new session of the desk
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.database_url = bare
    application = Application(QApplication.instance(), settings)
    try:
        application.start()
        qtbot.waitUntil(lambda: isinstance(application.window, UnlockSecretsDialog), timeout=15000)
        dialog = application.window
        type_text(dialog.password, "pas-le-bon")
        dialog.on_submit()
        qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
        assert "incorrect" in dialog.error.text()
        type_text(dialog.password, "fichier-2026")
        dialog.on_submit()
        qtbot.waitUntil(lambda: isinstance(application.window, LoginDialog), timeout=15000)
    finally:
        keyring.set_keyring(previous)
        secret_file.SecretFile().lock()
        if application.window is not None:
            application.window.close()
        application.tasks.wait()
        application.status.close()
