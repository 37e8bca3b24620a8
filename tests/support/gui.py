"""Helpers for GUI tests: typing any script, and a main window over a test office."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.organisation.actor import Actor
from app.store.database import Database
from ui.context import DeskContext
from ui.i18n import Languages
from ui.live import LiveUpdates
from ui.main_window import MainWindow
from ui.settings import MemoryStore, Settings
from ui.tasks import TaskRunner


def type_text(text: str, widget: QWidget | None = None) -> None:
    """Into ``widget`` (or the focused one), one key event per character.

    qtbot.keyClicks aborts on Arabic characters (shared/PLATFORM.md)."""
    for ch in text:
        target = widget or QApplication.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def desk_context(
    db: Database,
    actor: Actor,
    *,
    lang: str = "fr",
    tasks: TaskRunner | None = None,
    settings: Settings | None = None,
    live: LiveUpdates | None = None,
) -> DeskContext:
    """A desk context over ``db`` for ``actor``, in ``lang`` (its live feed, unless given,
    not started)."""
    languages = Languages(QApplication.instance())
    languages.apply(lang)
    return DeskContext.create(
        db=db,
        tasks=tasks if tasks is not None else TaskRunner(),
        actor=actor,
        languages=languages,
        settings=settings if settings is not None else Settings(MemoryStore()),
        live=live,
    )


@contextmanager
def main_window(
    qtbot, db: Database, actor: Actor, settings: Settings | None = None, lang: str = "fr"
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A shown main window with its own task runner; closed and drained afterwards."""
    ctx = desk_context(db, actor, lang=lang, settings=settings)
    tasks, languages = ctx.tasks, ctx.languages
    win = MainWindow(ctx=ctx)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: bool(win._services), timeout=10000)
    try:
        yield win
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget is not win and widget.isVisible():
                widget.close()
        win.close()
        tasks.wait()
        languages.apply("fr")
