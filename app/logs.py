"""The application's log files: private to the user, and without the office's personal data.

A log file is for finding a bug, and it may be sent to whoever fixes it; the register's
contents are not. So:

- the log directory is the user's alone (0700) and each file too (0600), whatever the umask,
  and an existing directory or file is made private again when opened;
- an exception's *message* is left out of the log (its type, and the traceback's files, lines
  and functions stay): messages of database errors, of file parsers and of our own code carry
  subjects, names and correspondents ("Failing row contains (…)", "[parameters: …]", a cell's
  value). Exceptions given as a log call's arguments are shown by their type only. Database
  errors also stop carrying their statements' parameters (``hide_parameters`` on the engines);
- a debug setting keeps everything, for a session where a developer needs it:
  ``BO_LOG_PERSONAL_DATA=1`` in the environment.

The command line (``cli.log``) and the desk (``bureau-ordre.log``) both open their file with
:func:`open_log`.
"""

from __future__ import annotations

import logging
import os
import stat
import traceback
from pathlib import Path
from types import TracebackType

from app import config

PERSONAL_DATA_ENV = "BO_LOG_PERSONAL_DATA"
WITHHELD = "[message withheld: it may hold personal data; set BO_LOG_PERSONAL_DATA=1 to keep it]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def personal_data_allowed() -> bool:
    """Whether the debug setting asks for exceptions' messages in the logs."""
    return os.environ.get(PERSONAL_DATA_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def private_dir(path: Path) -> Path:
    """``path`` as a directory only its owner may enter (made if missing)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)
    return path


def private_file(path: Path) -> Path:
    """``path`` as a file only its owner may read and write (made empty if missing)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o600:
        path.chmod(0o600)
    return path


def _exception_lines(exc: BaseException, tb: TracebackType | None, seen: set[int]) -> list[str]:
    seen.add(id(exc))
    lines: list[str] = []
    cause, context = exc.__cause__, exc.__context__
    if cause is not None and id(cause) not in seen:
        lines += _exception_lines(cause, cause.__traceback__, seen)
        lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and id(context) not in seen and not exc.__suppress_context__:
        lines += _exception_lines(context, context.__traceback__, seen)
        lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if tb is not None:
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.format_tb(tb)
    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    lines.append(f"{name}: {WITHHELD}\n")
    return lines


def format_exception(info: ExcInfo) -> str:
    """A traceback as Python prints it, each exception's message withheld."""
    _, exc, tb = info
    return "".join(_exception_lines(exc, tb, set())).rstrip("\n")


class PrivateFormatter(logging.Formatter):
    """Leaves exceptions' messages out of the log, unless the debug setting allows them."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        if personal_data_allowed() or ei[1] is None:
            return super().formatException(ei)
        return format_exception(ei)

    def format(self, record: logging.LogRecord) -> str:
        if personal_data_allowed():
            return super().format(record)
        # A copy: another handler may have cached the whole traceback on the record already
        # (``exc_text``), and its own output is its business.
        record = logging.makeLogRecord(record.__dict__)
        record.exc_text = None
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            if any(isinstance(a, BaseException) for a in args):
                record.args = tuple(
                    f"{type(a).__name__}(…)" if isinstance(a, BaseException) else a for a in args
                )
        return super().format(record)


def open_log(name: str, *, level: int = logging.INFO) -> Path:
    """Send the root logger's records at ``level`` and above to ``name`` in the user's log
    directory, privately; once per file (a second call for the same file changes nothing)."""
    directory = private_dir(config.log_dir())
    path = private_file(directory / name)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(PrivateFormatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path
