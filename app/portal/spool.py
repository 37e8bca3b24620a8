"""Deposit files on disk, between their download and their registration.

A sync holds no file in memory longer than it takes to check it or to store it: a download is
streamed to ``<deposit>-<n>.part`` (kept if cut, so the next try resumes it), then, once its
SHA-256 is right and :func:`~app.documents.inspect.inspect_bytes` has accepted it, renamed to
a name of its own (``.ok``: no other sync on this machine writes there) and handed on as a
:class:`SpooledFile`, which the registration reads when it stores the file, one file at a
time. The ``.ok`` files are removed once their deposit is recorded, or when the sync ends.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from app.documents.inspect import FileInfo

STALE_SECONDS = 24 * 3600  # an .ok file older than this belongs to no running sync


class SpooledFile(FileInfo):
    """A checked file kept on disk: :attr:`data` reads it (the registration, once)."""

    path: Path

    def __init__(self, filename: str, content_type: str, pages: int, path: Path, size: int) -> None:
        for name, value in (
            ("filename", filename),
            ("content_type", content_type),
            ("pages", pages),
            ("path", path),
            ("_size", size),
        ):
            object.__setattr__(self, name, value)

    @property  # type: ignore[override]
    def data(self) -> bytes:
        return self.path.read_bytes()

    @property
    def size(self) -> int:
        return int(self.__dict__["_size"])

    def __repr__(self) -> str:
        return f"SpooledFile({self.filename!r}, {self.content_type!r}, {self.pages}, {self.path})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SpooledFile) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def part_name(deposit_id: str, index: int) -> str:
    """A stable name per deposit and file, so a download killed midway resumes next time."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", f"{deposit_id}-{index}") + ".part"


def keep(part: Path) -> Path:
    """Move a checked download out of the way of any other sync: its own ``.ok`` name."""
    kept = part.with_name(f"{part.stem}.{uuid.uuid4().hex[:12]}.ok")
    part.rename(kept)
    return kept


def remove(files: Iterable[FileInfo]) -> None:
    for f in files:
        if isinstance(f, SpooledFile):
            f.remove()


def sweep(spool: Path) -> None:
    """Remove checked files left by a sync that was killed long ago."""
    if not spool.is_dir():
        return
    limit = time.time() - STALE_SECONDS
    for path in spool.glob("*.ok"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass
