"""The user's log directory for a test: under a permissive umask, the root logger restored."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app import logs


@contextmanager
def scoped_log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``tmp_path/data/logs`` as the log directory (not made yet), with umask 022 as on most
    desktops; the handlers a test adds to the root logger are closed afterwards."""
    monkeypatch.setenv("BO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(logs.PERSONAL_DATA_ENV, raising=False)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    old_umask = os.umask(0o022)
    try:
        yield tmp_path / "data" / "logs"
    finally:
        os.umask(old_umask)
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
