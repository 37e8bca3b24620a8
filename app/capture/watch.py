"""A watched folder: office copiers scan to a network folder, we take each file once it is whole.

Network shares do not reliably tell a client that a file changed, so the folder is polled. A
file is taken only when its size and modification time have not changed for ``settle_seconds``
(across at least two looks) and it is not empty: a copier still writing keeps changing one or
the other. Even then a file that does not open (a truncated PDF) is left alone while it was
written less than ``grace_seconds`` ago; only an old broken file is refused.

Once handled, a file is moved out of the way: into ``imported/`` when its documents were
attached or trayed, into ``refused/`` with a ``.txt`` beside it saying why, in French and
Arabic. A name already taken there gets a numbered suffix; nothing is overwritten.

Whoever can write to the share can plant links, so nothing here goes through one: entries
are looked at without following links, a link or a FIFO named like a scan is refused (the
link itself moved to ``refused/``, its target untouched), a file is read only if it is still
the regular file that was seen (:func:`app.documents.reading.read_regular`), ``imported/`` and
``refused/`` must be real folders (a link there stops the watcher before anything is moved),
moves go through directory descriptors, and the note is created new (``O_EXCL``, no link
followed), never written into something that exists.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.capture.importer import ACCEPTED_SUFFIXES, FileOutcome, FileRef, import_paths
from app.capture.progress import CancelToken
from app.documents.reading import FileId, file_id, refuse_entry
from app.errors import InvalidFile, UserError
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
    ident: FileId = (0, 0)


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
        self._strays: dict[Path, InvalidFile] = {}

    def ready(self) -> list[Path]:
        """Files that have stopped changing, oldest first; each look updates what was seen."""
        now = self._clock()
        current: dict[Path, _Seen] = {}
        ready: list[tuple[int, Path]] = []
        strays: dict[Path, InvalidFile] = {}
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return []
        for entry in entries:
            path = Path(entry.path)
            if path.suffix.lower() not in ACCEPTED_SUFFIXES or entry.name.startswith("."):
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # gone, or not ours to read
            if not stat.S_ISREG(st.st_mode):
                if not stat.S_ISDIR(st.st_mode):
                    strays[path] = refuse_entry(entry.name, st.st_mode)
                continue
            before = self._seen.get(path)
            unchanged = before is not None and (before.size, before.mtime_ns, before.ident) == (
                st.st_size,
                st.st_mtime_ns,
                file_id(st),
            )
            if unchanged:
                seen = before
            else:
                seen = _Seen(st.st_size, st.st_mtime_ns, now, file_id(st))
            current[path] = seen
            if seen is before and st.st_size > 0 and now - seen.since >= self.settle_seconds:
                ready.append((st.st_mtime_ns, path))
        self._seen = current
        self._strays = strays
        return [p for _, p in sorted(ready)]

    def strays(self) -> dict[Path, InvalidFile]:
        """Entries named like scans that are no files (links, FIFOs...), as of the last look."""
        return dict(self._strays)

    def file_ref(self, path: Path) -> FileRef:
        """``path`` to import: read only if it is still the regular file that was seen."""
        seen = self._seen.get(path)
        return FileRef(path, found=seen.ident if seen else (0, 0))

    def young(self, path: Path) -> bool:
        """Written less than ``grace_seconds`` ago: a failure to open it may not be final."""
        try:
            return self._wall() - os.lstat(path).st_mtime < self.grace_seconds
        except OSError:
            return False

    def check(self) -> None:
        """Refuse to work if ``imported/`` or ``refused/`` is there but is no real folder.

        A folder out of reach (a share gone for a while) is not an error here: :meth:`ready`
        then finds nothing, and the next look tries again.
        """
        try:
            folder = _Dir(self.folder)
        except UserError:
            return
        with folder:
            for into in (IMPORTED, REFUSED):
                folder.check_subfolder(into)

    def imported(self, path: Path) -> Path:
        return self._move(path, IMPORTED)

    def refused(self, path: Path, code: str, params: dict[str, object]) -> Path:
        note = "\n".join(message(code, lang, **params) for lang in ("fr", "ar")) + "\n"
        return self._move(path, REFUSED, note=note)

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)

    def _move(self, path: Path, into: str, *, note: str | None = None) -> Path:
        with _Dir(self.folder) as folder, folder.subfolder(into) as target:
            name = target.free_name(path.name, with_note=note is not None)
            try:
                folder.move(path.name, target, name)
                if note is not None:
                    target.create(name + ".txt", note.encode("utf-8"))
            except OSError as exc:
                raise UserError(
                    "watch_subfolder_failed",
                    path=str(self.folder / into),
                    detail=exc.strerror or str(exc),
                ) from exc
        self.forget(path)
        return self.folder / into / name


class _Dir:
    """A folder held open by descriptor, so that its path is looked up once (``openat``).

    The watched folder itself is the administrator's choice and may be reached through a
    link; what is inside it is never reached through one. Where the system has no
    descriptor-relative calls (Windows), paths are used, each checked with ``lstat`` first.
    """

    _BY_FD = os.open in os.supports_dir_fd and os.rename in os.supports_dir_fd

    def __init__(self, path: Path, *, parent: _Dir | None = None, name: str = "") -> None:
        self.path = path
        self.fd: int | None = None
        try:
            if self._BY_FD:
                flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
                if parent is not None:
                    self.fd = os.open(name, flags | os.O_NOFOLLOW, dir_fd=parent.fd)
                else:
                    self.fd = os.open(path, flags)
            elif parent is not None and not stat.S_ISDIR(os.lstat(path).st_mode):
                raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
        except OSError as exc:
            if parent is None:
                raise UserError("watched_folder_missing", path=str(path)) from exc
            raise UserError("watch_subfolder_unsafe", path=str(path)) from exc

    def __enter__(self) -> _Dir:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def _at(self, name: str) -> dict[str, object]:
        return {"dir_fd": self.fd} if self.fd is not None else {}

    def _name(self, name: str) -> str:
        return name if self.fd is not None else str(self.path / name)

    def check_subfolder(self, name: str) -> None:
        """Refuse ``name`` if it is there and is anything but a folder (a link, a file)."""
        try:
            st = os.stat(self._name(name), follow_symlinks=False, **self._at(name))  # type: ignore[arg-type]
        except FileNotFoundError:
            return
        if not stat.S_ISDIR(st.st_mode):
            raise UserError("watch_subfolder_unsafe", path=str(self.path / name))

    def subfolder(self, name: str) -> _Dir:
        """``name`` inside this folder, made if missing; refused if it is a link or a file."""
        self.check_subfolder(name)
        try:
            os.mkdir(self._name(name), **self._at(name))  # type: ignore[arg-type]
        except FileExistsError:
            pass
        except OSError as exc:
            raise UserError(
                "watch_subfolder_failed",
                path=str(self.path / name),
                detail=exc.strerror or str(exc),
            ) from exc
        return _Dir(self.path / name, parent=self, name=name)

    def exists(self, name: str) -> bool:
        try:
            os.stat(self._name(name), follow_symlinks=False, **self._at(name))  # type: ignore[arg-type]
        except FileNotFoundError:
            return False
        return True

    def free_name(self, name: str, *, with_note: bool) -> str:
        """``name``, or ``stem-1.ext``, ``stem-2.ext``...: the first not taken (nor its note)."""
        stem, suffix = Path(name).stem, Path(name).suffix
        candidate, n = name, 1
        while self.exists(candidate) or (with_note and self.exists(candidate + ".txt")):
            candidate = f"{stem}-{n}{suffix}"
            n += 1
        return candidate

    def move(self, name: str, into: _Dir, new_name: str) -> None:
        """Rename the entry ``name`` (a link moves as a link) to ``into/new_name``."""
        if self.fd is not None and into.fd is not None:
            os.rename(name, new_name, src_dir_fd=self.fd, dst_dir_fd=into.fd)
        else:  # pragma: no cover - Windows
            os.rename(self.path / name, into.path / new_name)

    def create(self, name: str, data: bytes) -> None:
        """A new file ``name`` with ``data``; nothing existing is opened, no link followed."""
        flags = (
            os.O_WRONLY
            | os.O_CREAT
            | os.O_EXCL
            | getattr(os, "O_NOFOLLOW", 0)
            | getattr(os, "O_CLOEXEC", 0)
            | getattr(os, "O_BINARY", 0)
        )
        try:
            fd = os.open(self._name(name), flags, 0o644, **self._at(name))  # type: ignore[arg-type]
        except FileExistsError:
            return  # someone put a file there since the name was chosen: no note, no harm
        with os.fdopen(fd, "wb") as out:
            out.write(data)


def process(
    db: Database,
    actor: Actor,
    watcher: FolderWatcher,
    *,
    lang: str | None = None,
    cancel: CancelToken | None = None,
) -> list[FileOutcome]:
    """Import the files that are ready; move each out of the folder unless it may be unfinished.

    Nothing is imported while ``imported/`` or ``refused/`` is not a real folder
    (:class:`UserError` ``watch_subfolder_unsafe``). Links and other entries that are no files
    are moved to ``refused/`` with their reason.
    """
    watcher.check()
    outcomes = []
    ready = watcher.ready()
    for path, error in watcher.strays().items():
        watcher.refused(path, error.code, error.params)
        outcomes.append(
            FileOutcome(
                str(path),
                error=error.message(lang),
                error_code=error.code,
                error_params={k: str(v) for k, v in error.params.items()},
            )
        )
    for path in ready:
        if cancel is not None and cancel.cancelled:
            break
        report = import_paths(
            db, actor, [watcher.file_ref(path)], origin="folder", lang=lang, cancel=cancel
        )
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
