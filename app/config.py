"""Where the application keeps its files, and which database it opens by default."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "bureau-ordre"


def data_dir() -> Path:
    """The user's data directory (``BO_DATA_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get("BO_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, False))


def log_dir() -> Path:
    override = os.environ.get("BO_DATA_DIR")
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, False))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'bureau-ordre.sqlite'}"


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("BO_DATABASE_URL") or default_database_url()
