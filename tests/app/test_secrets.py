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
