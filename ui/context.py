"""The desk's context, and the one way its screens read and change the register.

:class:`DeskContext` is what every screen of the desk needs, passed in as one keyword
argument (``ctx=``) instead of the same five: the database, the task runner, the user acting,
the settings, the languages (read when a message is shown, so a language switched meanwhile
reaches a form already open) and the live feed of changes. It is not a main window: a widget
gets what it needs from it, never the screens around it.

Every action goes through :meth:`DeskContext.operate`: the work runs on the database worker;
a refusal (a :class:`~app.errors.UserError`) is told where it belongs — the dialog's message
line, the desk's — in the user's language at that moment, with the widget working again and
nothing typed lost; anything else is a bug and is raised for the excepthook. What the work
committed is read back right after the commit (:func:`app.store.changes.since`) and handed to
the live feed (:meth:`~ui.live.LiveUpdates.announce`), the path other desks' changes come
through: views react to changes only, whoever made them. :meth:`DeskContext.load` is the same
for a read, without the announcement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from app.organisation.actor import Actor
from app.store import changes
from app.store.changes import Change
from app.store.database import Database
from ui.i18n import Languages
from ui.live import LiveUpdates
from ui.settings import MemoryStore, Settings
from ui.tasks import Task, TaskRunner

Say = Callable[[str], None]
Refused = Callable[[UserError], None]


class How(TypedDict, total=False):
    """What to do around a piece of work (:meth:`DeskContext.operate`, :meth:`~DeskContext.load`).

    ``done(result)`` once it succeeded; ``say(text)`` with a refusal in the user's language
    (the dialog's message line, the desk's); ``refused(error)`` to react to a refusal (the
    focus back on the field at fault); ``busy``: a widget disabled while it runs; ``slow``:
    on the slow pool (files, scanners, the network) instead of the database worker.
    """

    done: Callable[[Any], None] | None
    say: Say | None
    refused: Refused | None
    busy: QWidget | None
    slow: bool


@dataclass(frozen=True, kw_only=True)
class DeskContext:
    db: Database
    tasks: TaskRunner
    actor: Actor
    languages: Languages
    settings: Settings
    live: LiveUpdates

    @classmethod
    def create(
        cls,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        languages: Languages,
        settings: Settings | None = None,
        live: LiveUpdates | None = None,
    ) -> DeskContext:
        """A context with in-memory settings and a live feed of its own unless given (the feed
        is started by whoever shows the desk: :class:`~ui.main_window.MainWindow`)."""
        return cls(
            db=db,
            tasks=tasks,
            actor=actor,
            languages=languages,
            settings=settings if settings is not None else Settings(MemoryStore()),
            live=live if live is not None else LiveUpdates(db),
        )

    @property
    def lang(self) -> str:
        """The user's language now ("fr" or "ar")."""
        return self.languages.current or "fr"

    def message(self, error: UserError) -> str:
        """``error`` in the user's language now."""
        return error.message(self.lang)

    # -- the one path ---------------------------------------------------------------------

    def operate(self, work: Callable[[], Any], *, owner: QObject, **how: Unpack[How]) -> Task:
        """Run the change ``work`` on the database worker, then hand what it committed to
        the live feed and call ``done(result)``.

        ``busy`` is disabled meanwhile and enabled again whatever happens. A refusal goes to
        ``say`` (its text in the user's language) and to ``refused`` (to put the focus back
        on the field at fault...); a refusal nobody takes, and any other exception, is
        raised on the GUI thread (a bug: the excepthook reports it).
        """
        db, done = self.db, how.pop("done", None)

        def committing() -> tuple[Any, list[Change]]:
            before = changes.head(db)
            result = work()
            return result, changes.since(db, before)

        def finished(outcome: tuple[Any, list[Change]]) -> None:
            result, committed = outcome
            self.live.announce(committed)
            if done is not None:
                done(result)

        return self._run(committing, owner, done=finished, **how)

    def load(self, work: Callable[[], Any], *, owner: QObject, **how: Unpack[How]) -> Task:
        """Read with ``work`` off the GUI thread; the rest as in :meth:`operate`, without
        the announcement."""
        return self._run(work, owner, **how)

    def _run(
        self,
        work: Callable[[], Any],
        owner: QObject,
        *,
        done: Callable[[Any], None] | None = None,
        say: Say | None = None,
        refused: Refused | None = None,
        busy: QWidget | None = None,
        slow: bool = False,
    ) -> Task:
        if busy is not None:
            busy.setEnabled(False)

        def finished(result: Any) -> None:
            if busy is not None:
                busy.setEnabled(True)
            if done is not None:
                done(result)

        def failed(exc: Exception) -> None:
            if busy is not None:
                busy.setEnabled(True)
            if not isinstance(exc, UserError) or (say is None and refused is None):
                raise exc
            if say is not None:
                say(self.message(exc))
            if refused is not None:
                refused(exc)

        return self.tasks.run(work, on_done=finished, on_error=failed, slow=slow, owner=owner)
