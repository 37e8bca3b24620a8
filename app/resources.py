"""Where the bundled resources are, from a checkout or from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return base_dir() / "resources"


def translations_dir() -> Path:
    return base_dir() / "translations"
