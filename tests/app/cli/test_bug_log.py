"""A bug in a command: logged in the user's private ``cli.log``, without the mail's subject
(the line on stderr names the exception's type only), unless the debug setting asks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs
from tests.app.cli.conftest import Cli
from tests.app.test_logs import NAME, SUBJECT, _mode
from tests.support.logs import scoped_log_dir


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    with scoped_log_dir(tmp_path, monkeypatch) as path:
        yield path


def _fail_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug whose message, as database errors' do, quotes a mail's subject."""

    def boom(*_args: object, **_kwargs: object) -> list[object]:
        try:
            raise ValueError(f"row contains ({SUBJECT}, {NAME})")
        except ValueError as inner:
            raise RuntimeError(f"cannot list: {SUBJECT}") from inner

    monkeypatch.setattr("app.cli.mail_cmds.list_mail", boom)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_bug_is_logged_privately_without_the_subject(
    ready: Cli, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_dir.mkdir(parents=True)
    log_dir.chmod(0o755)  # made by an older version, readable by all: made private again
    _fail_listing(monkeypatch)
    done = ready("mail", "list")
    assert done.code == 70
    path = log_dir / "cli.log"
    assert _mode(log_dir) == 0o700 and _mode(path) == 0o600
    text = path.read_text("utf-8")
    assert "RuntimeError" in text and "ValueError" in text and "boom" in text
    assert "direct cause" in text and logs.WITHHELD in text
    assert SUBJECT not in text and NAME not in text
    assert SUBJECT not in done.err and "RuntimeError" in done.err and str(path) in done.err


def test_the_debug_setting_keeps_the_messages(
    ready: Cli, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_listing(monkeypatch)
    done = ready("mail", "list", BO_LOG_PERSONAL_DATA="1")
    assert done.code == 70 and SUBJECT in done.err
    assert SUBJECT in (log_dir / "cli.log").read_text("utf-8")
