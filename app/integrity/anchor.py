"""Anchors: a point of the audit chain kept outside the database, to catch a rewritten chain.

Whoever can write to the database can alter a row and then recompute every hash after it:
the chain is consistent again. What they cannot change is a hash already copied elsewhere —
printed at the end of each daily register, written beside each backup (:func:`write_beside`),
noted by an auditor. ``audit verify --anchor`` takes such a hash (or ``SEQ:HASH``, or the
register's ``n° SEQ — HASH``, or the anchor file itself) and checks it is still in the chain:
then every row up to it is as it was when the anchor was taken.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import UserError
from app.files import write_atomic

SUFFIX = ".anchor"
_HASH = re.compile(r"\b([0-9a-fA-F]{64})\b")
_SEQ_HASH = re.compile(r"(\d+)\s*(?::|—|-|–|\s)\s*([0-9a-fA-F]{64})\b")


@dataclass(frozen=True)
class Anchor:
    """A hash of the chain, with its ``seq`` when known."""

    hash: str
    seq: int | None = None
    source: str = ""  # what the user gave, for messages

    def to_json(self) -> dict[str, object]:
        return {"seq": self.seq, "hash": self.hash, "given": self.source}


def parse(given: str) -> Anchor:
    """An anchor from what the user typed or the path of an anchor file."""
    text = given.strip()
    path = Path(text).expanduser()
    if not _HASH.fullmatch(text) and not _SEQ_HASH.fullmatch(text) and path.is_file():
        return _from_file(path, given)
    match = _SEQ_HASH.search(text)
    if match:
        return Anchor(match.group(2).lower(), int(match.group(1)), given)
    match = _HASH.search(text)
    if match and len(text) <= 200:
        return Anchor(match.group(1).lower(), None, given)
    raise UserError("anchor_unreadable", anchor=given[:100])


def _from_file(path: Path, given: str) -> Anchor:
    try:
        if path.stat().st_size > 64 * 1024:
            raise UserError("anchor_unreadable", anchor=given[:100])
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("anchor_unreadable", anchor=given[:100]) from exc
    try:
        data = json.loads(text)
        return Anchor(str(data["audit_hash"]).lower(), int(data["audit_seq"]), given)
    except (ValueError, KeyError, TypeError):
        pass
    match = _SEQ_HASH.search(text) or None
    if match:
        return Anchor(match.group(2).lower(), int(match.group(1)), given)
    raise UserError("anchor_unreadable", anchor=given[:100])


def beside(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def write_beside(backup: Path, seq: int, hash_: str, *, database: str) -> Path:
    """Write the chain's head as it is in ``backup`` into ``BACKUP.anchor`` (JSON)."""
    target = beside(backup)
    data = {
        "audit_seq": seq,
        "audit_hash": hash_,
        "backup": backup.name,
        "database": database,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "check": f"bureau-ordre audit verify --anchor {seq}:{hash_}",
    }
    write_atomic(
        target,
        (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        error="backup_failed",
    )
    return target
