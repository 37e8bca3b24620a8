"""The append-only audit trail, chained by SHA-256.

Each row's hash covers its own fields and the previous row's hash, and ``seq`` runs 1, 2, 3...
without gaps; the single ``audit_head`` row holds the last seq and hash. Appending locks the
head row, so concurrent transactions append one after the other, in commit order. Altering a
row breaks its hash; deleting one breaks the sequence and the next row's link; deleting the
last rows leaves the head pointing past the table's end. :func:`verify` finds each of them.

On PostgreSQL, an append also announces its rows to the listeners of :mod:`app.store.changes`
(NOTIFY, delivered at commit), so that every writer updates the screens that are open.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.store import changes
from app.store.models import AuditEvent, AuditHead

GENESIS = "0" * 64
HEAD_ID = 1


@dataclass(frozen=True)
class Event:
    """One audited change, before it is chained."""

    action: str
    entity_type: str
    entity_id: str | int
    payload: Mapping[str, Any] = field(default_factory=dict)


def canonical_json(payload: Mapping[str, Any]) -> str:
    return json.dumps(
        payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )


def row_hash(
    *,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    payload: str,
    prev_hash: str,
) -> str:
    material = "\x1f".join(
        [str(seq), at, actor, action, entity_type, entity_id, payload, prev_hash]
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


_TAKE_SEQS = (
    update(AuditHead.__table__)
    .where(AuditHead.id == HEAD_ID)
    .values(seq=AuditHead.seq + bindparam("n"))
    .returning(AuditHead.seq, AuditHead.hash)
)
_INSERT_ROWS = insert(AuditEvent.__table__)
_SET_HEAD = (
    update(AuditHead.__table__).where(AuditHead.id == HEAD_ID).values(hash=bindparam("head_hash"))
)
_INSERT_ONE_AND_SET_HEAD = (
    update(AuditHead.__table__)
    .where(AuditHead.id == HEAD_ID)
    .values(hash=bindparam("b_hash"))
    .add_cte(
        insert(AuditEvent.__table__)
        .values({c.name: bindparam(f"b_{c.name}") for c in AuditEvent.__table__.columns})
        .cte("new_row")
    )
)
_SET_HEAD_AND_ANNOUNCE = _SET_HEAD.where(changes.ANNOUNCED)
_INSERT_ONE_SET_HEAD_AND_ANNOUNCE = _INSERT_ONE_AND_SET_HEAD.where(changes.ANNOUNCED)


def append(session: Session, actor: str, events: Iterable[Event]) -> str:
    """Chain ``events`` after the current head, in this transaction. Returns the new head hash.

    Call it last in a transaction: the head row stays locked until commit, so the shorter the
    rest of the transaction after it, the less other counters wait.
    """
    events = list(events)
    if not events:
        raise ValueError("nothing to audit")
    # Taking the next seq numbers locks the head row until commit.
    last_seq, prev = session.execute(_TAKE_SEQS, {"n": len(events)}).one()
    seq = last_seq - len(events)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    rows = []
    for ev in events:
        seq += 1
        fields = {
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": ev.action,
            "entity_type": ev.entity_type,
            "entity_id": str(ev.entity_id),
            "payload": canonical_json(ev.payload),
            "prev_hash": prev,
        }
        prev = row_hash(**fields)
        rows.append({**fields, "hash": prev})
    if session.get_bind().dialect.name != "postgresql":
        session.execute(_INSERT_ROWS, rows)
        session.execute(_SET_HEAD, {"head_hash": prev})
        return prev
    # Moving the head also announces the rows to the listeners (delivered at commit), so that
    # open screens update; in the same round trip, while the head is locked.
    told = changes.payloads((r["seq"], r["action"], r["entity_type"], r["entity_id"]) for r in rows)
    if len(rows) == 1:
        # One round trip for all, while the head is locked: shorter waits for other counters.
        params = {f"b_{k}": v for k, v in rows[0].items()}
        session.execute(_INSERT_ONE_SET_HEAD_AND_ANNOUNCE, {**params, "payloads": told})
    else:
        session.execute(_INSERT_ROWS, rows)
        session.execute(_SET_HEAD_AND_ANNOUNCE, {"head_hash": prev, "payloads": told})
    return prev


@dataclass(frozen=True)
class Problem:
    seq: int
    kind: str  # "altered" | "missing" | "relinked" | "truncated"
    detail: str


@dataclass(frozen=True)
class Verification:
    rows: int
    head_hash: str
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def head(session: Session) -> tuple[int, str]:
    row = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == HEAD_ID))
    found = row.one_or_none()
    return (found.seq, found.hash) if found else (0, GENESIS)


class ChainCheck:
    """The chain's own checks, fed its rows in ``seq`` order: altered, missing, relinked rows,
    and a truncated tail (:meth:`finish`). Problems go to ``report``."""

    def __init__(self, report: Callable[[Problem], None]) -> None:
        self._report = report
        self.expected_seq, self.prev, self.count = 1, GENESIS, 0

    def feed(self, row: Any) -> None:
        self.count += 1
        if row.seq != self.expected_seq:
            self._report(
                Problem(
                    self.expected_seq,
                    "missing",
                    f"{self.expected_seq}..{row.seq - 1}"
                    if row.seq - 1 > self.expected_seq
                    else "",
                )
            )
        elif row.prev_hash != self.prev:
            self._report(Problem(row.seq, "relinked", row.action))
        recomputed = row_hash(
            seq=row.seq,
            at=row.at,
            actor=row.actor,
            action=row.action,
            entity_type=row.entity_type,
            entity_id=row.entity_id,
            payload=row.payload,
            prev_hash=row.prev_hash,
        )
        if recomputed != row.hash:
            self._report(
                Problem(row.seq, "altered", f"{row.action} {row.entity_type} {row.entity_id}")
            )
        self.prev, self.expected_seq = row.hash, row.seq + 1

    def finish(self, head_seq: int, head_hash: str) -> None:
        if head_seq != self.expected_seq - 1 or head_hash != self.prev:
            self._report(Problem(head_seq, "truncated", f"{self.expected_seq - 1}..{head_seq}"))


CHAIN_COLUMNS = tuple(AuditEvent.__table__.c)


def verify(session: Session, *, max_problems: int = 20) -> Verification:
    """Walk the whole chain and report every row that is altered, missing or out of place.

    The chain alone; :func:`app.integrity.verify.verify` also checks what the chain states.
    """
    problems: list[Problem] = []
    chain = ChainCheck(problems.append)
    stmt = select(*CHAIN_COLUMNS).order_by(AuditEvent.seq).execution_options(yield_per=2000)
    for row in session.execute(stmt):
        chain.feed(row)
        if len(problems) >= max_problems:
            break
    head_seq, head_hash = head(session)
    if len(problems) < max_problems:
        chain.finish(head_seq, head_hash)
    return Verification(chain.count, head_hash, problems)
