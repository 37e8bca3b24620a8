"""The desk's first window comes before the screens behind it are imported.

The application is started as ``bureau-ordre`` starts it (``ui.main.run``), in a process of its
own (this one has imported every screen already), and the modules it has loaded are read at
the moment its first window (the log-in, or the set-up wizard on an empty database) is shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.database import Database

ROOT = Path(__file__).resolve().parents[2]

# Started as the application starts; prints the modules loaded when its first window shows.
CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from ui import main as desk

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            name = type(watched).__name__
            if name in ("LoginDialog", "SetupWizard"):
                print("SHOWN " + json.dumps([name, sorted(sys.modules)]), flush=True)
                QApplication.instance().quit()
        return False

watch = Watch()
real_start = desk.Application.start

def start(self):
    self.app.installEventFilter(watch)
    real_start(self)

desk.Application.start = start
sys.exit(desk.run())
"""

# What only the screens after the log-in need: the register's window and everything it opens.
LATER = (
    "ui.main_window",
    "ui.register",
    "ui.registration",
    "ui.amend",
    "ui.imputation",
    "ui.capture",
    "ui.portal",
    "ui.printing",
    "ui.preview",
    "ui.admin",
    "ui.preferences",
    "ui.session",
    "app.capture",
    "app.portal",
    "app.registry",
    "app.search",
    "numpy",
    "zxingcpp",
    "requests",
    "openpyxl",
    "pypdfium2",
    "alembic",
)


def first_window(url: str, tmp_path: Path) -> tuple[str, list[str]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BO_DATABASE_URL": url,
        "BO_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    proc = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("SHOWN "):
            name, modules = json.loads(line[len("SHOWN ") :])
            return name, modules
    raise AssertionError(f"no first window ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")


def later_screens(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in LATER)]


def test_the_log_in_shows_before_the_later_screens_are_imported(
    office: object, db_url: str, tmp_path: Path
) -> None:
    name, modules = first_window(db_url, tmp_path)
    assert name == "LoginDialog"
    assert later_screens(modules) == []


def test_the_wizard_shows_before_the_later_screens_are_imported(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    name, modules = first_window(db_url, tmp_path)
    assert name == "SetupWizard"
    assert later_screens(modules) == []


@pytest.mark.parametrize("probe", ["ui.main_window", "numpy"])
def test_the_check_sees_a_later_screen(probe: str) -> None:
    """The filter above catches what it is meant to (a screen, a library behind one)."""
    assert later_screens(["ui.main", probe, f"{probe}.sub"]) == [probe, f"{probe}.sub"]
