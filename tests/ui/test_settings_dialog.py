"""The settings dialog: display at once, the idle lock, the database with its password."""

from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy.engine import make_url

from app import secrets
from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.gui import main_window
from tests.support.keyrings import MemoryKeyring, NoKeyring
from ui import display
from ui.display import DisplayPrefs
from ui.settings import MemoryStore, Settings


@pytest.fixture
def settings() -> Iterator[Settings]:
    yield Settings(MemoryStore())
    display.configure(DisplayPrefs())


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_digits_hijri_and_language_apply_at_once(qtbot, office: Office, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de stage",
            correspondent=CorrespondentInput.from_name("Yassine Idrissi"),
        ),
    )
    with main_window(qtbot, office.db, office.clerk, settings) as win:
        qtbot.waitUntil(lambda: win.model.row_at(0) is not None, timeout=10000)
        number = win.model.index(0, 0).data()
        assert "2" in number and "٢" not in number
        dialog = win.open_settings()
        dialog.display_page.eastern.setChecked(True)
        dialog.display_page.hijri.setChecked(True)
        assert "٢" in dialog.display_page.example.text()  # the example follows the choice
        dialog.display_page.language.setCurrentIndex(dialog.display_page.language.findData("ar"))
        dialog.session_page.idle_minutes.setValue(3)
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            _ok(dialog)
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "٢" in win.model.index(0, 0).data()
        assert "هـ" in win.model.index(0, 1).data()
        assert win.idle_lock._interval == 3 * 60_000
    assert settings.language == "ar"
    assert settings.display == DisplayPrefs(eastern_digits=True, hijri=True)
    assert settings.idle_lock_minutes == 3


def test_postgresql_password_goes_to_the_keyring_not_the_settings(
    qtbot, office: Office, settings: Settings, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.admin, settings) as win:
        dialog = win.open_settings()
        page = dialog.database_page
        page.use_postgres.setChecked(True)
        page.host.setText("srv-bo.justice.local")
        page.port.setValue(5433)
        page.name.setText("registre")
        page.user.setText("bo_app")
        page.password.setText("pass-2026")
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            _ok(dialog)
    assert settings.database_url == "postgresql://bo_app@srv-bo.justice.local:5433/registre"
    assert "pass-2026" not in settings.database_url
    assert secrets.split_password(secrets.with_password(settings.database_url))[1] == "pass-2026"


def test_without_a_keyring_the_dialog_says_so_and_keeps_everything(
    qtbot, office: Office, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    before = settings.database_url
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with main_window(qtbot, office.db, office.admin, settings) as win:
            dialog = win.open_settings()
            page = dialog.database_page
            page.use_postgres.setChecked(True)
            page.host.setText("srv-bo")
            page.name.setText("registre")
            page.password.setText("pass-2026")
            qtbot.waitUntil(lambda: page.secret_file.keyring is False, timeout=10000)
            _ok(dialog)
            qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
            assert "trousseau" in dialog.error.text()
            assert "No recommended backend" not in dialog.error.text()
            assert dialog.isVisible() and page.password.text() == "pass-2026"
    finally:
        keyring.set_keyring(previous)
    assert settings.database_url == before


def test_an_incomplete_server_is_refused_on_its_page(
    qtbot, office: Office, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.admin, settings) as win:
        dialog = win.open_settings()
        dialog.database_page.use_postgres.setChecked(True)
        dialog.database_page.host.setText("")
        _ok(dialog)
        assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.database_page
        assert "serveur" in dialog.error.text()


def test_testing_the_connection_names_the_office(qtbot, office: Office, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    url = make_url(office.url)
    with main_window(qtbot, office.db, office.admin, settings) as win:
        dialog = win.open_settings()
        page = dialog.database_page
        if url.get_backend_name() == "sqlite":
            page.use_sqlite.setChecked(True)
            page.path.setText(url.database or "")
        else:
            page.use_postgres.setChecked(True)
            page.host.setText(url.host or "")
            page.port.setValue(url.port or 5432)
            page.name.setText(url.database or "")
            page.user.setText(url.username or "")
            page.password.setText(url.password or "")
        page.test_button.click()
        qtbot.waitUntil(lambda: "Ministère de la Justice" in page.result.text(), timeout=10000)


def test_a_clerk_sees_the_database_but_cannot_change_it(
    qtbot, office: Office, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    before = settings.database_url
    with main_window(qtbot, office.db, office.clerk, settings) as win:
        dialog = win.open_settings()
        page = dialog.database_page
        dialog.tabs.setCurrentWidget(page)
        assert page.admin_only.isVisible() and "administrateur" in page.admin_only.text()
        for widget in (page.use_sqlite, page.use_postgres, page.path, page.host, page.test_button):
            assert not widget.isEnabled()
        page.path.setText("/tmp/ailleurs.sqlite")  # even if a field were changed somehow
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            _ok(dialog)
    assert settings.database_url == before
    with main_window(qtbot, office.db, office.admin, settings) as win:
        page = win.open_settings().database_page
        assert page.use_sqlite.isEnabled() and not page.admin_only.isVisibleTo(page)


def test_without_a_keyring_the_password_goes_to_the_secrets_file(
    qtbot, office: Office, settings: Settings, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app import secret_file

    monkeypatch.setenv("BO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(
        secret_file,
        "_KDF",
        {"name": "argon2id", "time_cost": 1, "memory_cost": 1024, "parallelism": 1},
    )
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with main_window(qtbot, office.db, office.admin, settings) as win:
            dialog = win.open_settings()
            page = dialog.database_page
            dialog.tabs.setCurrentWidget(page)
            page.use_postgres.setChecked(True)
            page.host.setText("srv-bo")
            page.name.setText("registre")
            page.user.setText("bo_app")
            page.password.setText("pass-2026")
            qtbot.waitUntil(lambda: page.secret_file.isVisible(), timeout=10000)
            assert "trousseau" in page.secret_file.note.text()
            page.secret_file.password.setText("fichier-2026")
            page.secret_file.confirm.setText("fichier-2025")
            _ok(dialog)
            assert "différents" in dialog.error.text() and dialog.isVisible()
            page.secret_file.confirm.setText("fichier-2026")
            with qtbot.waitSignal(dialog.saved, timeout=10000):
                _ok(dialog)
        assert "pass-2026" not in settings.database_url
        assert secrets.split_password(secrets.with_password(settings.database_url))[1] == (
            "pass-2026"
        )
        file = secret_file.SecretFile()
        assert file.names() == ["db:postgresql://bo_app@srv-bo:5432/registre"]
        assert "pass-2026" not in file.path.read_text(encoding="utf-8")
    finally:
        keyring.set_keyring(previous)
        secret_file.SecretFile().lock()
