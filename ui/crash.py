"""Bugs go to a log file in the user's log directory and to a dialog; nothing is swallowed.

The file is private and keeps personal data out (:mod:`app.logs`); the dialog shows the whole
traceback to the user at the desk."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import logs

log = logging.getLogger("bureau-ordre")


def log_file() -> str:
    return str(logs.open_log("bureau-ordre.log"))


def install() -> str:
    """Log to the user's log directory and report uncaught exceptions in a dialog."""
    path = log_file()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("Crash", "Unexpected error"),
                QCoreApplication.translate(
                    "Crash",
                    "Something went wrong. What you registered is safe; the details are in %1.",
                ).replace("%1", path),
            )
            box.setDetailedText(text)
            box.exec()
        else:
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
    return path
