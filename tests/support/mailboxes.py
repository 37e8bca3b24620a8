"""Fixtures of the mailbox tests (imported by the conftests that need them): a Dovecot server
per test session (so one per xdist worker), a mailbox of its own for each test, an account of
the office reading it, an in-memory keyring, an SMTP receiver."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import keyring
import pytest

from app.mailbox import accounts
from app.mailbox.accounts import Account, AccountSettings
from tests.conftest import IN_CI, Office
from tests.support import dovecot as dovecot_support
from tests.support.dovecot import Dovecot, MailUser
from tests.support.keyrings import MemoryKeyring
from tests.support.smtp_sink import SmtpSink


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    if not dovecot_support.available():
        if IN_CI:
            pytest.fail("Dovecot is required under CI (installer/debian-packages.txt)")
        pytest.skip("Dovecot is not installed (dovecot-imapd)")
    server = Dovecot().start()
    yield server
    server.remove()


@pytest.fixture
def mail_user(dovecot: Dovecot) -> MailUser:
    return dovecot.new_user()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


def settings_for(
    dovecot: Dovecot, user: MailUser, *, name: str = "Courrier", **more: object
) -> AccountSettings:
    """An account reading ``user``'s mailbox over STARTTLS, trusting the test authority."""
    fields: dict[str, object] = {
        "name": name,
        "host": "127.0.0.1",
        "port": dovecot.port,
        "security": "starttls",
        "login": user.login,
        "ca_bundle": dovecot.ca_path,
    }
    fields.update(more)
    return AccountSettings(**fields)  # type: ignore[arg-type]


@dataclass
class Box:
    """A mailbox of the test server, and the office's account reading it."""

    user: MailUser
    account: Account
    server: Dovecot

    def put(self, *messages: bytes, folder: str = "INBOX") -> None:
        self.server.append(self.user, folder, *messages)

    def folder(self, name: str) -> list[bytes]:
        return self.server.messages(self.user, name)


@pytest.fixture
def box(
    office: Office, dovecot: Dovecot, mail_user: MailUser, memory_keyring: MemoryKeyring
) -> Box:
    saved = accounts.save(
        office.db, office.admin, settings_for(dovecot, mail_user), password=mail_user.password
    )
    assert saved.keyring_error is None
    return Box(mail_user, saved.account, dovecot)
