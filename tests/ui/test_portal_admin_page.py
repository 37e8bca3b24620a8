"""Administration › Portal: the settings saved (the secret to the keyring, never shown back), an
insecure URL refused with the message, the connection tested, the mnemonics apart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import secrets
from app.portal.link import get_link
from tests.conftest import Office
from tests.support.gui import type_text
from tests.support.keyrings import NoKeyring
from tests.support.portal_desk import memory_keyring
from ui.admin.dialog import AdministrationDialog
from ui.admin.portal_page import PortalPage
from ui.i18n import Languages
from ui.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def page(qtbot, office: Office) -> Iterator[PortalPage]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    languages = Languages(QApplication.instance())
    languages.apply("fr")
    dialog = AdministrationDialog(db=office.db, tasks=tasks, actor=office.admin, lang="fr")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
        dialog.activateWindow()
    dialog.tabs.setCurrentWidget(dialog.portal_page)
    page = dialog.portal_page
    page.url.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.url, timeout=5000)
    yield page
    dialog.close()
    tasks.wait()


def _fill(qtbot, page: PortalPage, url: str) -> None:  # type: ignore[no-untyped-def]
    page.url.selectAll()
    type_text(url, page.url)
    qtbot.keyClick(page.url, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.client_id
    type_text("bo-mj-2026")
    qtbot.keyClick(page.client_id, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.secret
    type_text("s3cret-du-portail")
    page.interval.setValue(5)


def _save(qtbot, page: PortalPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.isEnabled(), timeout=10000)


def test_settings_are_saved_and_the_secret_goes_to_the_keyring(
    qtbot, office: Office, page: PortalPage
) -> None:  # type: ignore[no-untyped-def]
    with memory_keyring() as kept:
        _fill(qtbot, page, "https://portail.bod.gov.ma/")
        _save(qtbot, page)
        office_id = office.admin.office_id
        qtbot.waitUntil(lambda: get_link(office.db, office_id) is not None, timeout=10000)
        link = get_link(office.db, office_id)
        assert link is not None
        assert (link.url, link.client_id, link.interval_minutes, link.enabled) == (
            "https://portail.bod.gov.ma",
            "bo-mj-2026",
            5,
            True,
        )
        assert secrets.portal_secret(link.url, "bo-mj-2026") == "s3cret-du-portail"
        assert "s3cret-du-portail" not in str(kept.entries.keys())
        # Never shown back: the field is empty and says a secret is kept.
        qtbot.waitUntil(lambda: "trousseau" in page.secret.placeholderText(), timeout=10000)
        assert page.secret.text() == ""
        assert not page.message.isVisible()


def test_plain_http_to_another_machine_is_refused_with_the_message(
    qtbot, office: Office, page: PortalPage
) -> None:  # type: ignore[no-untyped-def]
    with memory_keyring():
        _fill(qtbot, page, "http://portail.bod.gov.ma")
        _save(qtbot, page)
        qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10000)
        assert "doit être joint en https://" in page.message.text()
        assert QApplication.focusWidget() is page.url  # back on the field at fault
        assert page.url.text() == "http://portail.bod.gov.ma"  # what was typed is kept
        assert get_link(office.db, office.admin.office_id) is None


def test_without_a_keyring_the_secret_goes_to_the_secrets_file(
    qtbot, office: Office, page: PortalPage, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import keyring

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
        _fill(qtbot, page, "https://portail.bod.gov.ma")
        _save(qtbot, page)
        qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10000)
        # Said in French, with both ways out, never in the keyring's own English.
        assert "secret du portail" in page.message.text()
        assert "BO_PORTAL_CLIENT_SECRET" in page.message.text()
        assert "fichier de secrets chiffré" in page.message.text()
        assert "backend" not in page.message.text()
        assert page.secret_file.isVisible()
        assert QApplication.focusWidget() is page.secret_file.password
        assert get_link(office.db, office.admin.office_id) is None  # nothing saved half-way
        type_text("fichier-bureau-2026", page.secret_file.password)
        type_text("fichier-bureau-2026", page.secret_file.confirm)
        _save(qtbot, page)
        qtbot.waitUntil(
            lambda: get_link(office.db, office.admin.office_id) is not None, timeout=10000
        )
        assert secrets.portal_secret("https://portail.bod.gov.ma", "bo-mj-2026") == (
            "s3cret-du-portail"
        )
        assert secret_file.SecretFile().names() == ["portal:https://portail.bod.gov.ma:bo-mj-2026"]
    finally:
        keyring.set_keyring(previous)
        secret_file.SecretFile().lock()


def test_a_portal_that_does_not_answer_is_said_by_the_test_button(qtbot, page: PortalPage) -> None:  # type: ignore[no-untyped-def]
    with memory_keyring():
        _fill(qtbot, page, "http://127.0.0.1:9")
        page.test_button.click()
        qtbot.waitUntil(lambda: page.message.isVisible(), timeout=20000)
        assert "Le portail ne répond pas" in page.message.text()
        assert page.test_button.isEnabled()
