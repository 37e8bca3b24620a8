"""Bugs go to a log file in the user's log directory and to a dialog; nothing is swallowed."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import config

log = logging.getLogger("bureau-ordre")


def log_file() -> str:
    directory = config.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return str(directory / "bureau-ordre.log")


def install() -> str:
    """Log to the user's log directory and report uncaught exceptions in a dialog."""
    path = log_file()
    logging.basicConfig(
        filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", text)
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
