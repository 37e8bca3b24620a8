"""Reading a file a user named, or found in a folder: a regular file, never blocking, capped.

``/dev/zero`` reads without end, a FIFO blocks its reader until someone writes, and a symbolic
link planted in a folder points wherever its author likes. So a file is opened without
blocking (``O_NONBLOCK``: a FIFO opens at once), checked to be a regular file on the open
descriptor itself (``fstat``, so what is read is what was checked), and read up to the size
limit plus one byte: a file that grows past the limit while being read is refused too.

Files found in a folder (an import of a folder, the watched folder) are opened with
``O_NOFOLLOW`` and compared with what the folder walk saw (device and inode): a link put in
their place, or a parent folder swapped for a link, gives another file, which is refused. A
file the user named is opened through links, as any program does with a path given to it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.errors import InvalidFile

READ_CHUNK = 1024 * 1024
FileId = tuple[int, int]  # (st_dev, st_ino)

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def file_id(st: os.stat_result) -> FileId:
    return (st.st_dev, st.st_ino)


def kind_of(mode: int) -> str:
    """What a non-regular entry is, for messages: a word both languages' texts name."""
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def refuse_entry(name: str, mode: int) -> InvalidFile:
    """The error for a folder entry that is not a regular file."""
    if stat.S_ISLNK(mode):
        return InvalidFile("file_is_link", name=name)
    if stat.S_ISDIR(mode):
        return InvalidFile("file_is_directory", name=name)
    return InvalidFile("file_not_regular", name=name, kind=kind_of(mode))


def read_regular(
    path: Path,
    *,
    max_bytes: int,
    follow_links: bool = True,
    expect: FileId | None = None,
) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    ``follow_links=False`` refuses a link as the last part of the path; ``expect`` refuses a
    file other than the one a folder walk saw (a parent folder swapped for a link).
    """
    name = str(path)
    try:
        # Looked at before opening: opening some devices does something (a tape rewinds).
        before = os.stat(path, follow_symlinks=follow_links)
    except FileNotFoundError as exc:
        raise InvalidFile("file_not_found", name=name) from exc
    except PermissionError as exc:
        raise InvalidFile("file_unreadable", name=name, detail=exc.strerror) from exc
    except OSError as exc:
        raise InvalidFile("file_unreadable", name=name, detail=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(before.st_mode):
        raise refuse_entry(name, before.st_mode)
    if before.st_size > max_bytes:
        raise InvalidFile("file_too_big", name=path.name, size=before.st_size, limit=max_bytes)
    try:
        fd = os.open(path, _OPEN_FLAGS | (0 if follow_links else _NOFOLLOW))
    except FileNotFoundError as exc:
        raise InvalidFile("file_not_found", name=name) from exc
    except PermissionError as exc:
        raise InvalidFile("file_unreadable", name=name, detail=exc.strerror) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a link put there since
            raise InvalidFile("file_is_link", name=name) from exc
        raise InvalidFile("file_unreadable", name=name, detail=exc.strerror or str(exc)) from exc
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise refuse_entry(name, opened.st_mode)
        if file_id(opened) != file_id(before) or (expect is not None and file_id(opened) != expect):
            raise InvalidFile("file_replaced", name=name)
        return _read_capped(fd, path, max_bytes)
    finally:
        os.close(fd)


def _read_capped(fd: int, path: Path, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = os.read(fd, min(READ_CHUNK, max_bytes + 1 - total))
        except OSError as exc:
            raise InvalidFile(
                "file_unreadable", name=str(path), detail=exc.strerror or str(exc)
            ) from exc
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:  # grew while being read
            raise InvalidFile("file_too_big", name=path.name, size=total, limit=max_bytes)
