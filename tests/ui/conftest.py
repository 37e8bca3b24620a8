"""GUI tests run offscreen, with the catalogues compiled from the committed .ts files."""

import pytest

from scripts import translations
from tests.support.mailboxes import (  # noqa: F401 - the mailbox window's tests use them
    box,
    dovecot,
    mail_user,
    memory_keyring,
    smtp_sink,
)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    translations.build()
