"""The log files are the user's alone, and keep the register's contents out of them."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from app import logs
from app.store.models import User
from tests.conftest import Office
from tests.support.logs import scoped_log_dir

SUBJECT = "Plainte contre le caïd de Sidi Bernoussi"
NAME = "Karim Benjelloun"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    with scoped_log_dir(tmp_path, monkeypatch) as path:
        yield path


def test_exceptions_given_as_arguments_show_their_type_only(log_dir: Path) -> None:
    path = logs.open_log("bureau-ordre.log")
    logging.getLogger("app.store.changes").warning(
        "live updates: connection lost (%s)", ValueError(SUBJECT)
    )
    text = path.read_text("utf-8")
    assert "connection lost (ValueError(…))" in text and SUBJECT not in text
    assert logs.open_log("bureau-ordre.log") == path  # once per file
    assert sum(isinstance(h, logging.FileHandler) for h in logging.getLogger().handlers) >= 1


def test_database_errors_do_not_carry_their_parameters(office: Office) -> None:
    row = {
        "office_id": office.admin.office_id,
        "login": "fatima",  # taken
        "full_name": SUBJECT,
        "password_hash": "x",
        "role": "clerk",
        "active": True,
    }
    with pytest.raises(IntegrityError) as caught, office.db.write() as session:
        session.execute(insert(User).values(**row))
    assert SUBJECT not in str(caught.value)


def test_the_desk_logs_privately(log_dir: Path) -> None:
    from ui import crash

    path = Path(crash.log_file())
    assert _mode(path.parent) == 0o700 and _mode(path) == 0o600
    try:
        raise KeyError(SUBJECT)
    except KeyError:
        crash.log.error("unexpected error", exc_info=True)
    text = path.read_text("utf-8")
    assert "KeyError" in text and SUBJECT not in text
