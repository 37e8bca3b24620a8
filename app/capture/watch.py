"""A watched folder: office copiers scan to a network folder, we take each file once it is whole.

Network shares do not reliably tell a client that a file changed, so the folder is polled. A
file is taken only when its size and modification time have not changed for ``settle_seconds``
(across at least two looks) and it is not empty: a copier still writing keeps changing one or
the other. Even then a file that does not open (a truncated PDF) is left alone while it was
written less than ``grace_seconds`` ago; only an old broken file is refused.

Once handled, a file is moved out of the way: into ``imported/`` when its documents were
attached or trayed, into ``refused/`` with a ``.txt`` beside it saying why, in French and
Arabic. A name already taken there gets a numbered suffix; nothing is overwritten.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.capture.importer import ACCEPTED_SUFFIXES, FileOutcome, import_paths
from app.capture.progress import CancelToken
from app.i18n import message
from app.organisation.actor import Actor
from app.store.database import Database

IMPORTED = "imported"
REFUSED = "refused"
# Codes that a file still being written can give: not final while the file is young.
MAYBE_UNFINISHED = frozenset(
    {
        "pdf_corrupt",
        "image_corrupt",
        "file_empty",
        "file_mismatch",
        "file_not_what_it_says",
        "file_type_refused",
    }
)


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float  # when it was first seen with this size and time


class FolderWatcher:
    def __init__(
        self,
        folder: Path,
        *,
        settle_seconds: float = 3.0,
        grace_seconds: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.folder = Path(folder)
        self.settle_seconds = settle_seconds
        self.grace_seconds = grace_seconds
        self._clock = clock
        self._wall = wall_clock
        self._seen: dict[Path, _Seen] = {}

    def ready(self) -> list[Path]:
        """Files that have stopped changing, oldest first; each look updates what was seen."""
        now = self._clock()
        current: dict[Path, _Seen] = {}
        ready: list[tuple[int, Path]] = []
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return []
        for path in entries:
            if path.suffix.lower() not in ACCEPTED_SUFFIXES or path.name.startswith("."):
                continue
            try:
                stat = path.stat()
            except OSError:
                continue  # gone, or not ours to read
            if not path.is_file():
                continue
            before = self._seen.get(path)
            unchanged = before is not None and (before.size, before.mtime_ns) == (
                stat.st_size,
                stat.st_mtime_ns,
            )
            if unchanged:
                seen = before
            else:
                seen = _Seen(stat.st_size, stat.st_mtime_ns, now)
            current[path] = seen
            if seen is before and stat.st_size > 0 and now - seen.since >= self.settle_seconds:
                ready.append((stat.st_mtime_ns, path))
        self._seen = current
        return [p for _, p in sorted(ready)]

    def young(self, path: Path) -> bool:
        """Written less than ``grace_seconds`` ago: a failure to open it may not be final."""
        try:
            return self._wall() - path.stat().st_mtime < self.grace_seconds
        except OSError:
            return False

    def imported(self, path: Path) -> Path:
        return self._move(path, IMPORTED)

    def refused(self, path: Path, code: str, params: dict[str, object]) -> Path:
        target = self._move(path, REFUSED)
        note = "\n".join(message(code, lang, **params) for lang in ("fr", "ar"))
        target.with_name(target.name + ".txt").write_text(note + "\n", encoding="utf-8")
        return target

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)

    def _move(self, path: Path, into: str) -> Path:
        folder = self.folder / into
        folder.mkdir(exist_ok=True)
        target = folder / path.name
        n = 1
        while target.exists():
            target = folder / f"{path.stem}-{n}{path.suffix}"
            n += 1
        shutil.move(str(path), str(target))
        self.forget(path)
        return target


def process(
    db: Database,
    actor: Actor,
    watcher: FolderWatcher,
    *,
    lang: str | None = None,
    cancel: CancelToken | None = None,
) -> list[FileOutcome]:
    """Import the files that are ready; move each out of the folder unless it may be unfinished."""
    outcomes = []
    for path in watcher.ready():
        if cancel is not None and cancel.cancelled:
            break
        report = import_paths(db, actor, [path], origin="folder", lang=lang, cancel=cancel)
        outcome = report.files[0]
        if outcome.ok:
            watcher.imported(path)
        elif outcome.error_code in MAYBE_UNFINISHED and watcher.young(path):
            watcher.forget(path)  # looked at again once it settles anew
            continue
        else:
            watcher.refused(path, outcome.error_code or "", outcome.error_params)
        outcomes.append(outcome)
    return outcomes
