"""Mailbox fixtures: a Dovecot server for the session, a mailbox and an account per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.mailboxes import (  # noqa: F401
    box,
    dovecot,
    mail_user,
    memory_keyring,
    smtp_sink,
)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BO_MAILBOX_PASSWORD", raising=False)
    monkeypatch.delenv("BO_MAILBOX_SCANNER", raising=False)
