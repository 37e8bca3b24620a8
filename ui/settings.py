"""The user's settings, typed, over QSettings (a file per user; the registry on Windows)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import config

VERSION = 1


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store or QSettings("bureau-ordre", "bureau-ordre")
        if int(self._s.value("version", 0)) < VERSION:  # type: ignore[arg-type]
            self._s.setValue("version", VERSION)

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "fr"))
        return value if value in ("fr", "ar") else "fr"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def database_url(self) -> str:
        return str(self._s.value("db/url", "")) or config.database_url()

    @database_url.setter
    def database_url(self, value: str) -> None:
        self._s.setValue("db/url", value)

    @property
    def idle_lock_minutes(self) -> int:
        return int(self._s.value("session/idle_lock_minutes", 10))  # type: ignore[arg-type]

    def sync(self) -> None:
        self._s.sync()
