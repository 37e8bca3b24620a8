"""``audit verify``: the chain, what it states, the files' bytes, the counters, the anchors.

One read-only snapshot (``REPEATABLE READ`` on PostgreSQL, one read transaction on SQLite), and
every table streamed once in a fixed order, never loaded whole:

1. **The chain** (:class:`app.store.audit.ChainCheck`): each row's hash, its link to the one
   before, no gap, the head. While walking it, the last recorded state of every mail and user
   is kept (:mod:`app.integrity.state`: 16 bytes and the sum of its files per mail), and each
   correction's "before" is compared with the state recorded before it: a change made behind
   the application's back between two events is named with its two events.
2. **Anchors** given (:mod:`app.integrity.anchor`): each must be a row of the chain, with the
   same ``seq`` when it says one. A chain recomputed after an anchor was taken fails here.
3. **Mails and users as stored**, by id, compared with their last recorded state: a row
   altered names its field classes; a row with no recorded state (inserted by hand) and a
   recorded one without a row (deleted) are named too; a mail's attachments must be exactly
   those its events list.
4. **Counters**: each (office, direction, year) counter must stand at the highest number given;
   one set back would give a number again (refused at registration, named here).
5. **Files**: every stored file's chunks, hashed again, must give its SHA-256 and size; a
   broken one is named with the mails (and tray documents) it belongs to.

Problems are counted all; the first ``max_problems`` are kept with their details.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from app import i18n
from app.integrity import state
from app.integrity.anchor import Anchor
from app.store import audit
from app.store.models import (
    Attachment,
    AttachmentText,
    AuditEvent,
    AuditHead,
    Blob,
    BlobChunk,
    MailEntry,
    NumberCounter,
    TrayItem,
    User,
)

# Events that record a state, and those that list files.
FILES_RESET = frozenset({"mail.registered", "mail.baseline"})
FILES_ADDED = frozenset({"mail.attached"})
CHUNKS_AT_ONCE = 8  # rows of 1 MiB chunks fetched together
FILE_PAGE = 500  # stored files read by one query...
FILE_PAGE_BYTES = 64 * 1024 * 1024  # ...and at most so many bytes of them


@dataclass(frozen=True)
class Problem:
    """One thing found wrong. ``kind`` names it (``integrity_<kind>`` is its message)."""

    kind: str
    seq: int = 0  # the audit row concerned, 0 if none
    detail: str = ""
    entity: str = ""  # a mail's number, a user's login, a counter, a file's SHA-256
    fields: tuple[str, ...] = ()  # field classes that differ
    files: tuple[str, ...] = ()  # attachments concerned: "A-2026/000001: lettre.pdf"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "seq": self.seq,
            "detail": self.detail,
            "entity": self.entity,
            "fields": list(self.fields),
            "files": list(self.files),
        }

    def message(self, lang: str | None = None) -> str:
        lang = lang if lang in i18n.LANGUAGES else i18n.current_language()
        fields = ", ".join(i18n.message(f"class_{f}", lang) for f in self.fields)
        files = ", ".join(self.files)
        return i18n.message(
            f"integrity_{self.kind}",
            lang,
            seq=self.seq,
            detail=self.detail,
            entity=self.entity,
            fields=fields,
            files=files,
        )


@dataclass
class AnchorResult:
    anchor: Anchor
    found_seq: int | None = None  # the chain row that has its hash

    def to_json(self) -> dict[str, Any]:
        return {**self.anchor.to_json(), "found": self.found_seq is not None}


@dataclass
class Report:
    rows: int = 0
    head_seq: int = 0
    head_hash: str = audit.GENESIS
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    mails: int = 0
    users: int = 0
    files: int = 0
    file_bytes: int = 0
    files_checked: bool = True
    anchors: list[AnchorResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rows": self.rows,
            "head": self.head_hash,
            "head_seq": self.head_seq,
            "problem_count": self.problem_count,
            "problems": [p.to_json() for p in self.problems],
            "checked": {
                "audit_rows": self.rows,
                "mails": self.mails,
                "users": self.users,
                "files": self.files if self.files_checked else None,
                "file_bytes": self.file_bytes if self.files_checked else None,
            },
            "anchors": [a.to_json() for a in self.anchors],
        }


class _Problems:
    def __init__(self, report: Report, keep: int) -> None:
        self._report, self._keep = report, keep

    def __call__(self, problem: Problem | audit.Problem) -> None:
        if isinstance(problem, audit.Problem):  # the chain's own
            problem = Problem(problem.kind, problem.seq, problem.detail)
        self._report.problem_count += 1
        if len(self._report.problems) < self._keep:
            self._report.problems.append(problem)


class _Recorded:
    """What the chain says of one mail or user: its last state and, for a mail, its files."""

    __slots__ = ("files", "file_count", "seal", "seq")

    def __init__(self) -> None:
        self.seq = 0  # the event that recorded the last state
        self.seal: bytes | None = None
        self.files = 0
        self.file_count = 0


def verify(
    session: Session,
    *,
    anchors: Sequence[Anchor] = (),
    files: bool = True,
    max_problems: int = 100,
    progress: Callable[[str, int], None] | None = None,
) -> Report:
    """Check everything described in the module's docstring, in one read-only snapshot."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
    report = Report(files_checked=files)
    problem = _Problems(report, max_problems)
    tell = progress or (lambda _stage, _n: None)

    recorded = _walk_chain(conn, report, problem, anchors, tell)
    _check_mails(conn, report, problem, recorded["mail"])
    _check_users(conn, report, problem, recorded["user"])
    _check_counters(conn, problem)
    if files:
        _check_files(conn, report, problem, tell)
    return report


# --- 1, 2: the chain, its anchors, and what it records -------------------------------------


def _walk_chain(
    conn: Connection,
    report: Report,
    problem: _Problems,
    anchors: Sequence[Anchor],
    tell: Callable[[str, int], None],
) -> dict[str, dict[str, _Recorded]]:
    chain = audit.ChainCheck(problem)
    recorded: dict[str, dict[str, _Recorded]] = {"mail": {}, "user": {}}
    results = [AnchorResult(a) for a in anchors]
    by_hash = {r.anchor.hash: r for r in results}
    for row in _chain_rows(conn):
        chain.feed(row)
        if row.hash in by_hash:
            by_hash[row.hash].found_seq = row.seq
        kind = recorded.get(row.entity_type)
        if kind is not None:
            _record(conn, row, kind, problem)
        if chain.count % 100_000 == 0:
            tell("audit", chain.count)
    report.head_seq, report.head_hash = _head(conn)
    chain.finish(report.head_seq, report.head_hash)
    report.rows = chain.count
    for result in results:
        _check_anchor(conn, result, problem)
    report.anchors = results
    return recorded


def _chain_rows(conn: Connection, page: int = state.PAGE) -> Iterator[Any]:
    """The chain in ``seq`` order, a page at a time (keyset): other queries may run between."""
    last = 0
    while True:
        rows = conn.execute(
            select(*audit.CHAIN_COLUMNS)
            .where(AuditEvent.seq > last)
            .order_by(AuditEvent.seq)
            .limit(page)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def _head(conn: Connection) -> tuple[int, str]:
    row = conn.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).first()
    return (row.seq, row.hash) if row else (0, audit.GENESIS)


def _record(conn: Connection, row: Any, kind: dict[str, _Recorded], problem: _Problems) -> None:
    action = row.action
    if row.entity_type == "mail" and not (
        action in FILES_RESET or action in FILES_ADDED or '"state"' in row.payload
    ):
        return  # prints, assignments...: nothing recorded of the entry's content
    try:
        payload = json.loads(row.payload)
    except ValueError:
        return  # an altered row: the chain check has named it
    if not isinstance(payload, dict):
        return
    entry = kind.get(row.entity_id)
    if entry is None:
        entry = kind[row.entity_id] = _Recorded()
    new_state = payload.get("state")
    if isinstance(new_state, dict):
        before = payload.get("before")
        if isinstance(before, dict) and entry.seal is not None and state.seal(before) != entry.seal:
            earlier = _state_at(conn, entry.seq)
            problem(
                Problem(
                    f"{row.entity_type}_changed_between",
                    row.seq,
                    detail=str(entry.seq),
                    entity=_label(conn, row.entity_type, row.entity_id),
                    fields=tuple(state.differing(earlier or {}, before)),
                )
            )
        entry.seal, entry.seq = state.seal(new_state), row.seq
    if row.entity_type == "mail":
        listed = payload.get("attachments") or []
        if action in FILES_RESET:
            entry.files, entry.file_count = 0, 0
        if action in FILES_RESET or action in FILES_ADDED:
            files = state.FileSet(entry.files, entry.file_count)
            files.add(i for i in listed if isinstance(i, dict))
            entry.files, entry.file_count = files.total, files.count


def _state_at(conn: Connection, seq: int) -> dict[str, str] | None:
    payload = conn.scalar(select(AuditEvent.payload).where(AuditEvent.seq == seq))
    try:
        found = json.loads(payload or "{}").get("state")
    except (ValueError, AttributeError):
        return None
    return found if isinstance(found, dict) else None


def _label(conn: Connection, entity_type: str, entity_id: str) -> str:
    """A mail by its number (its id in the chain); a user by login, looked up from its id."""
    if entity_type != "user" or not entity_id.isdigit():
        return entity_id
    login = conn.scalar(select(User.login).where(User.id == int(entity_id)))
    return login or f"#{entity_id}"


def _check_anchor(conn: Connection, result: AnchorResult, problem: _Problems) -> None:
    anchor = result.anchor
    if anchor.seq is not None:
        at_seq = conn.scalar(select(AuditEvent.hash).where(AuditEvent.seq == anchor.seq))
        if at_seq != anchor.hash:
            problem(
                Problem(
                    "anchor_mismatch" if at_seq else "anchor_missing",
                    anchor.seq,
                    detail=anchor.hash,
                    entity=anchor.source,
                )
            )
            result.found_seq = None
        else:
            result.found_seq = anchor.seq
    elif result.found_seq is None:
        problem(Problem("anchor_missing", 0, detail=anchor.hash, entity=anchor.source))


# --- 3: the rows as stored ----------------------------------------------------------------


def _check_mails(
    conn: Connection, report: Report, problem: _Problems, recorded: dict[str, _Recorded]
) -> None:
    for mail in state.iter_mails(conn):
        report.mails += 1
        entry = recorded.pop(mail.number, None)
        if entry is None or entry.seal is None:
            problem(Problem("mail_unaudited", 0, entity=mail.number))
            continue
        if state.seal(mail.state) != entry.seal:
            expected = _state_at(conn, entry.seq) or {}
            problem(
                Problem(
                    "mail_altered",
                    entry.seq,
                    entity=mail.number,
                    fields=tuple(state.differing(expected, mail.state)),
                )
            )
        found = state.FileSet()
        found.add(mail.files)
        if (found.total, found.count) != (entry.files, entry.file_count):
            _name_files(conn, problem, mail)
    for key, entry in recorded.items():
        if entry.seal is not None:
            problem(Problem("mail_missing", entry.seq, entity=key))


def _name_files(conn: Connection, problem: _Problems, mail: state.MailRow) -> None:
    """Which attachments of ``mail`` differ from what its events list."""
    listed: list[dict[str, Any]] = []
    stmt = (
        select(AuditEvent.action, AuditEvent.payload)
        .where(AuditEvent.entity_type == "mail", AuditEvent.entity_id == mail.number)
        .where(AuditEvent.action.in_(FILES_RESET | FILES_ADDED))
        .order_by(AuditEvent.seq)
    )
    for action, payload in conn.execute(stmt):
        try:
            items = json.loads(payload).get("attachments") or []
        except (ValueError, AttributeError):
            continue
        if action in FILES_RESET:
            listed = []
        listed += [i for i in items if isinstance(i, dict)]
    missing, extra = state.file_differences(listed, mail.files)
    names = [f"− {i.get('name')} ({str(i.get('sha256'))[:12]})" for i in missing]
    names += [f"+ {i.get('name')} ({str(i.get('sha256'))[:12]})" for i in extra]
    problem(Problem("attachments_altered", 0, entity=mail.number, files=tuple(names)))


def _check_users(
    conn: Connection, report: Report, problem: _Problems, recorded: dict[str, _Recorded]
) -> None:
    for user in state.iter_users(conn):
        report.users += 1
        entry = recorded.pop(str(user.id), None)
        if entry is None or entry.seal is None:
            problem(Problem("user_unaudited", 0, entity=user.login))
            continue
        if state.seal(user.state) != entry.seal:
            expected = _state_at(conn, entry.seq) or {}
            problem(
                Problem(
                    "user_altered",
                    entry.seq,
                    entity=user.login,
                    fields=tuple(state.differing(expected, user.state)),
                )
            )
    for key, entry in recorded.items():
        if entry.seal is not None:
            problem(Problem("user_missing", entry.seq, entity=f"#{key}"))


# --- 4: counters ----------------------------------------------------------------------------


def _check_counters(conn: Connection, problem: _Problems) -> None:
    t = MailEntry.__table__
    highest = {
        (o, d, y): top
        for o, d, y, top in conn.execute(
            select(t.c.office_id, t.c.direction, t.c.year, func.max(t.c.seq)).group_by(
                t.c.office_id, t.c.direction, t.c.year
            )
        )
    }
    c = NumberCounter.__table__
    counters = {
        (o, d, y): last
        for o, d, y, last in conn.execute(
            select(c.c.office_id, c.c.direction, c.c.year, c.c.last_seq)
        )
    }
    for key in sorted(highest.keys() | counters.keys(), key=str):
        top, last = highest.get(key, 0), counters.get(key, 0)
        if last != top:
            _office, direction, year = key
            problem(
                Problem(
                    "counter_behind" if last < top else "counter_ahead",
                    0,
                    detail=f"{last}/{top}",
                    entity=f"{direction} {year}",
                )
            )


# --- 5: the files' bytes --------------------------------------------------------------------


class _Hashing:
    """One stored file being hashed again from its chunks."""

    __slots__ = ("bad", "hasher", "next_idx", "size")

    def __init__(self) -> None:
        self.hasher, self.size, self.next_idx, self.bad = hashlib.sha256(), 0, 0, False

    def add(self, idx: int, data: bytes) -> None:
        if self.bad or idx != self.next_idx:  # a chunk missing: broken, whatever follows
            self.bad = True
            return
        self.hasher.update(data)
        self.size += len(data)
        self.next_idx += 1


def _blob_pages(conn: Connection) -> Iterator[list[Any]]:
    """The stored files by SHA-256 (keyset), in pages of at most FILE_PAGE files and
    FILE_PAGE_BYTES bytes: what one chunk query reads, however the database plans it."""
    b = Blob.__table__
    last = ""
    while True:
        rows = conn.execute(
            select(b.c.sha256, b.c.size, b.c.chunk_count)
            .where(b.c.sha256 > last)
            .order_by(b.c.sha256)
            .limit(FILE_PAGE)
        ).all()
        if not rows:
            return
        page: list[Any] = []
        total = 0
        for row in rows:
            if page and total + row.size > FILE_PAGE_BYTES:
                yield page
                page, total = [], 0
            page.append(row)
            total += row.size
        yield page
        last = rows[-1].sha256


def _check_files(
    conn: Connection, report: Report, problem: _Problems, tell: Callable[[str, int], None]
) -> None:
    c = BlobChunk.__table__
    broken: list[str] = []
    for page in _blob_pages(conn):
        hashing = {row.sha256: _Hashing() for row in page}
        chunks = conn.execute(
            select(c.c.sha256, c.c.idx, c.c.data)
            .where(c.c.sha256.in_(list(hashing)))
            .order_by(c.c.sha256, c.c.idx)
            .execution_options(yield_per=CHUNKS_AT_ONCE)
        )
        for sha, idx, data in chunks:
            hashing[sha].add(idx, data)
        for row in page:
            done = hashing[row.sha256]
            report.files += 1
            report.file_bytes += done.size
            if (
                done.bad
                or (done.size, done.next_idx) != (row.size, row.chunk_count)
                or done.hasher.hexdigest() != row.sha256
            ):
                broken.append(row.sha256)
        tell("files", report.files)
    for sha in broken:
        problem(Problem("content_corrupt", 0, detail=sha, entity=sha, files=_owners(conn, [sha])))
    a, b = Attachment.__table__, Blob.__table__
    orphans = conn.execute(
        select(a.c.sha256)
        .distinct()
        .select_from(a.outerjoin(b, b.c.sha256 == a.c.sha256))
        .where(b.c.sha256.is_(None))
    ).scalars()
    for sha in orphans:
        problem(Problem("content_missing", 0, detail=sha, entity=sha, files=_owners(conn, [sha])))


def _owners(conn: Connection, digests: Iterable[str]) -> tuple[str, ...]:
    """Where a stored file is used: "A-2026/000001: lettre.pdf", "tray 12: scan.pdf"..."""
    digests = list(digests)
    a, m = Attachment.__table__, MailEntry.__table__
    found = [
        f"{number}: {name}"
        for number, name in conn.execute(
            select(m.c.number, a.c.filename)
            .join(m, m.c.id == a.c.mail_id)
            .where(a.c.sha256.in_(digests))
            .order_by(m.c.id, a.c.id)
        )
    ]
    t = TrayItem.__table__
    found += [
        f"tray {item}: {name}"
        for item, name in conn.execute(
            select(t.c.id, t.c.filename).where(t.c.sha256.in_(digests)).order_by(t.c.id)
        )
    ]
    x = AttachmentText.__table__
    found += [
        f"OCR {attachment}"
        for (attachment,) in conn.execute(
            select(x.c.attachment_id).where(x.c.searchable_sha256.in_(digests))
        )
    ]
    return tuple(found)
