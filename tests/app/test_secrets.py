"""Database passwords kept in the keyring, never in the stored URL."""

from collections.abc import Iterator

import keyring
import pytest

from app import secrets
from app.errors import UserError
from tests.support.keyrings import MemoryKeyring, NoKeyring

URL = "postgresql://bo@db.office.local:5433/registre"


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_a_stored_password_completes_the_url(memory: MemoryKeyring) -> None:
    secrets.store_database_password(URL, "s3cret/€")
    assert list(memory.entries) == [(secrets.SERVICE, "db:" + URL)]
    completed = secrets.with_password(URL)
    assert completed != URL
    assert secrets.split_password(completed) == (URL, "s3cret/€")


def test_a_url_given_with_a_password_is_stored_under_the_bare_url(memory: MemoryKeyring) -> None:
    secrets.store_database_password("postgresql://bo:old@db.office.local:5433/registre", "new")
    assert secrets.split_password(secrets.with_password(URL))[1] == "new"


def test_urls_that_need_nothing_are_left_alone(memory: MemoryKeyring) -> None:
    assert secrets.with_password("sqlite:////tmp/bo.sqlite") == "sqlite:////tmp/bo.sqlite"
    assert secrets.with_password(URL) == URL  # nothing kept for it
    explicit = "postgresql://bo:typed@db.office.local:5433/registre"
    memory.entries[(secrets.SERVICE, "db:" + URL)] = "kept"
    assert secrets.with_password(explicit) == explicit


def test_no_keyring_is_a_clear_error_when_storing_and_silent_when_reading() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(UserError) as caught:
            secrets.store_database_password(URL, "x")
        assert caught.value.code == "keyring_unavailable"
        assert "trousseau" in caught.value.message("fr")
        assert secrets.with_password(URL) == URL
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A computer without a keyring, its data directory (and secrets file) in ``tmp_path``."""
    from app import secret_file

    monkeypatch.setenv("BO_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(secret_file.ENV_PASSWORD, raising=False)
    monkeypatch.setattr(
        secret_file,
        "_KDF",
        {"name": "argon2id", "time_cost": 1, "memory_cost": 1024, "parallelism": 1},
    )
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)
    secret_file.SecretFile().lock()


def test_without_a_keyring_the_message_names_the_ways_out_in_the_users_language(no_keyring) -> None:  # type: ignore[no-untyped-def]
    assert not secrets.keyring_available()
    for store, code in (
        (lambda: secrets.store_database_password(URL, "x"), "keyring_unavailable"),
        (
            lambda: secrets.store_portal_secret("https://p.ma", "MJ", "s"),
            "portal_keyring_unavailable",
        ),
    ):
        with pytest.raises(UserError) as caught:
            store()
        assert caught.value.code == code
        for lang in ("fr", "ar"):
            text = caught.value.message(lang)
            assert "No recommended backend" not in text  # never the keyring's own English
    portal = UserError("portal_keyring_unavailable")
    assert "BO_PORTAL_CLIENT_SECRET" in portal.message("ar") and "administrateur" in portal.message(
        "fr"
    )
    assert "ملف الأسرار المشفر" in portal.message("ar")


def test_without_a_keyring_the_secrets_file_keeps_them(no_keyring) -> None:  # type: ignore[no-untyped-def]
    from app.secret_file import SecretFile

    where = secrets.store_database_password(URL, "pg-€-pass", file_password="office-file-pass")
    assert where == "file"
    assert secrets.store_portal_secret("https://p.ma", "MJ", "client-secret") == "file"  # unlocked
    assert secrets.split_password(secrets.with_password(URL)) == (URL, "pg-€-pass")
    assert secrets.portal_secret("https://p.ma", "MJ") == "client-secret"
    SecretFile().lock()  # the next session
    assert secrets.database_password_locked(URL)
    assert secrets.portal_secret_kept("https://p.ma", "MJ")
    with pytest.raises(UserError) as caught:
        secrets.with_password(URL)
    assert caught.value.code == "secret_file_locked"
    SecretFile().unlock("office-file-pass")
    assert not secrets.database_password_locked(URL)
    assert secrets.portal_secret("https://p.ma", "MJ") == "client-secret"
