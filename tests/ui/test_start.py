"""First run: the set-up wizard, typed with the keyboard; later runs: the log-in."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard

from app.organisation import queries as organisation
from tests.conftest import ADMIN_PASSWORD, Office
from ui.login import LoginDialog
from ui.main import Application
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.setup_wizard import SetupWizard
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


def test_wizard_creates_the_office(qtbot, db, tasks) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(db=db, tasks=tasks, lang="fr")
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(wizard.code, "ONEE-BO")
    type_text(wizard.name_ar, "مكتب الضبط - المكتب الوطني للكهرباء")
    type_text(wizard.name_fr, "Bureau d'ordre - ONEE")
    type_text(wizard.ministry_fr, "Office national de l'électricité et de l'eau potable")
    wizard.next()
    type_text(wizard.login, "admin")
    type_text(wizard.full_name, "Hicham El Amrani")
    type_text(wizard.password, "motdepasse-2026")
    type_text(wizard.confirm, "motdepasse-2026")
    wizard.next()
    wizard.language.setCurrentIndex(wizard.language.findData("ar"))
    with qtbot.waitSignal(wizard.done, timeout=10000) as caught:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert caught.args[0].login == "admin"
    office = organisation.office(db)
    assert office is not None and office.name_ar == "مكتب الضبط - المكتب الوطني للكهرباء"
    assert office.ministry_fr == "Office national de l'électricité et de l'eau potable"
    assert office.ministry_ar is None  # optional, left empty
    assert wizard.chosen_language == "ar"


def test_wizard_follows_a_language_switch(qtbot, db, tasks) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import Languages

    languages = Languages(QApplication.instance())
    wizard = SetupWizard(db=db, tasks=tasks, lang="fr")
    qtbot.addWidget(wizard)
    languages.apply("ar")
    try:
        qtbot.waitUntil(lambda: wizard.page(0).title() == "مكتب الضبط", timeout=3000)
    finally:
        languages.apply("fr")
    qtbot.waitUntil(lambda: wizard.page(0).title() == "Le bureau d'ordre", timeout=3000)


def test_wizard_keeps_what_was_typed_when_it_fails(qtbot, db, tasks) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(db=db, tasks=tasks, lang="fr")
    qtbot.addWidget(wizard)
    wizard.show()
    for edit, text in ((wizard.code, "X"), (wizard.name_ar, "مكتب"), (wizard.name_fr, "Bureau")):
        type_text(edit, text)
    wizard.next()
    for edit, text in (
        (wizard.login, "admin"),
        (wizard.full_name, "Admin"),
        (wizard.password, "court"),
        (wizard.confirm, "court"),
    ):
        type_text(edit, text)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(wizard.error.text()), timeout=10000)
    assert "8 caractères" in wizard.error.text()
    assert wizard.isVisible() and wizard.name_ar.text() == "مكتب"
    assert organisation.office(db) is None


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
