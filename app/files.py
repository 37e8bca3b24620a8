"""Writing a file all at once: a temporary file next to it, flushed to disk, then renamed.

A reader never sees half a PDF or half a register, and a failed write leaves the old file as
it was. ``before_rename`` runs once the content is safely on disk and before it appears under
its name (the label command audits the print there: a label file that exists was audited).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.errors import UserError


def write_atomic(
    path: Path | str,
    data: bytes,
    *,
    error: str,
    before_rename: Callable[[], None] | None = None,
) -> None:
    """Replace ``path`` with ``data``; an OSError becomes ``UserError(error, path, detail)``."""
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UserError(error, path=str(path), detail=exc.strerror or str(exc)) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; these are ordinary documents.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        if before_rename is not None:
            before_rename()
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(error, path=str(path), detail=exc.strerror or str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
