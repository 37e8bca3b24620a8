"""PostgreSQL: the locked part of a registration in one statement, one round trip.

A registration locks three things until it commits: its counter's row (gapless numbers), the
audit chain's head (one chain, in commit order) and the lexicon's rows of its words (the
search's counts, migration 0008). Each round trip made while they are held is a wait for every
other counter: statement by statement, the lock covered six round trips and the Python work
between them, and eight writers did no better than one (126-248 registrations a second against
250-285 for one alone, issue 20).

So everything that does not need the number is done before (service, correspondents, files,
the search words of the subject and the names, the audit payload), and the rest is one
statement, whose sub-statements run in this order, each feeding the next:

1. the counter's row is incremented (and locked): the number's sequence;
2. the entry is inserted with its number: the numbers the sequence may be were formatted in
   Python beforehand, for a window of sequences after the one last read (:data:`WINDOW`), and
   the statement picks its own; so were the search words that hold the number, and the audit
   payload (its sealed state holds the number, :mod:`app.integrity.state`);
3. its search row (the lexicon's trigger locks the rows of its words), recipients and files;
4. the audit head is locked and moved on: the new row's hash is computed by the server from
   the previous row's hash, exactly as :func:`app.store.audit.row_hash` computes it (and
   ``audit verify`` checks it the same way); the row is announced to the live screens.

If more numbers were given since the one read than the window holds (a writer descheduled for
long), the entry would get no number: the statement fails on it, the transaction is rolled back,
and :func:`app.registry.register.register_mail` starts again; no number is lost. A number
already in the register (its counter set back behind the application) fails the statement too
(:class:`NumberTaken`): refused, with the register's highest number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    Text,
    bindparam,
    cast,
    func,
    insert,
    literal_column,
    select,
    true,
    type_coerce,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import Grouping

from app.domain.enums import Direction
from app.domain.numbering import format_number
from app.search import document as search_index
from app.store import audit, changes, counters
from app.store.models import (
    Attachment,
    AuditEvent,
    AuditHead,
    MailEntry,
    MailSearch,
    NumberCounter,
    mail_recipients,
)

# Numbers prepared ahead of the last one read: as many as may be given meanwhile by the other
# counters (one each while this one goes from reading to locking).
WINDOW = 16

ACTION = "mail.registered"


class NumberTaken(Exception):
    """The number the counter gave is in the register already (the counter was set back)."""

    def __init__(self, number: str, year: int) -> None:
        super().__init__(number)
        self.number, self.year = number, year


class Missed(Exception):
    """More numbers were given meanwhile than the window held: register again."""


@dataclass(frozen=True)
class Prepared:
    """What the statement needs, all of it computed before any lock is taken."""

    office_id: int
    direction: Direction
    year: int
    first_seq: int  # the first sequence of the window
    numbers: list[str]  # the number of each sequence of the window
    others: list[str]  # the search row's "other" part for each of them
    entry: dict[str, Any]  # the mail's columns, but its sequence and number
    search: search_index.SearchText  # subject and correspondent parts (other: per number)
    recipients: list[int]
    files: list[dict[str, Any]]  # attachments' columns, but the mail's id
    actor: str
    payloads: list[str]  # the audit row's canonical JSON for each number of the window
    seen: dict[Any, Any] | None = None  # where the next expected sequence is kept


def window_start(
    session: Session,
    office_id: int,
    direction: Direction,
    year: int,
    *,
    seen: dict[Any, Any] | None = None,
) -> int:
    """The sequence the next number will have unless others are given first: the one after
    the last this process took (``seen``, the database's cache), else read (the counter's row
    created if this is the year's first mail: then this transaction holds it)."""
    known = seen.get(_seen_key(office_id, direction, year)) if seen is not None else None
    if known is not None:
        return int(known)
    counter = NumberCounter.__table__
    keys = (
        counter.c.office_id == office_id,
        counter.c.direction == direction.value,
        counter.c.year == year,
    )
    last = session.execute(select(counter.c.last_seq).where(*keys)).scalar_one_or_none()
    if last is None:
        counters.create(session, office_id, direction, year)
        last = session.execute(select(counter.c.last_seq).where(*keys)).scalar_one()
    return int(last) + 1


def _seen_key(office_id: int, direction: Direction, year: int) -> tuple[Any, ...]:
    return ("next_seq", office_id, direction.value, year)


def forget(seen: dict[Any, Any]) -> None:
    """Read the counters again next time (a number fell past its window)."""
    for key in [k for k in seen if isinstance(k, tuple) and k[:1] == ("next_seq",)]:
        del seen[key]


def prepare(
    session: Session,
    *,
    number_format: str,
    entry: dict[str, Any],
    search: search_index.SearchText,
    other_words: str,
    recipients: list[int],
    files: list[dict[str, Any]],
    actor: str,
    payload: Callable[[int, str], dict[str, Any]],
    seen: dict[Any, Any] | None = None,
) -> Prepared:
    """Everything the statement writes, for each number it may get (``seen``: where the next
    sequence this process expects is kept, :func:`window_start`)."""
    direction = Direction(entry["direction"])
    year = int(entry["year"])
    first = window_start(session, int(entry["office_id"]), direction, year, seen=seen)
    window = range(first, first + WINDOW)
    numbers = [format_number(number_format, direction, year, s) for s in window]
    others = [
        " ".join(part for part in (search_index.number_words(n), other_words) if part)
        for n in numbers
    ]
    return Prepared(
        office_id=int(entry["office_id"]),
        direction=direction,
        year=year,
        first_seq=first,
        numbers=numbers,
        others=others,
        entry=entry,
        search=search,
        recipients=recipients,
        files=files,
        actor=actor,
        payloads=[
            audit.canonical_json(payload(q, n)) for q, n in zip(window, numbers, strict=True)
        ],
        seen=seen,
    )


# Constants written into the statement, not sent as parameters: with at most 50 parameters
# (and 4 KB of text) psycopg converts the statement once, not at each registration (0.3 to
# 0.7 ms each time here).
ONE = literal_column("1", Integer)


def _const(text: str) -> Any:
    """A constant string of this module (never a user's text) written into the statement."""
    assert "'" not in text
    return literal_column(f"'{text}'", Text)


def _array(name: str, item: Any) -> Any:
    """The array parameter ``name``, subscriptable: ``($1::text[])[i]``."""
    return type_coerce(Grouping(bindparam(name, type_=ARRAY(item))), ARRAY(item))


def _hash(seq: Any, number: Any, payload: Any, prev: Any) -> Any:
    """:func:`app.store.audit.row_hash`, computed by the server."""
    parts = [
        cast(seq, Text),
        bindparam("a_at", type_=Text),
        bindparam("a_actor", type_=Text),
        _const(ACTION),
        _const("mail"),
        number,
        payload,
        prev,
    ]
    material = func.concat_ws(literal_column("chr(31)"), *parts)
    return func.encode(func.sha256(func.convert_to(material, _const("UTF8"))), _const("hex"))


@cache
def _statement(columns: tuple[str, ...], recipients: bool, files: tuple[str, ...]) -> Any:
    """The statement for entries of these ``columns``, with or without recipients, with files
    of these columns (none: no files); built once each (building it costs more than running
    it), its values bound at each registration. (No parameter is named like a column of the
    tables it writes: SQLAlchemy would take it for a value to set.)"""
    counter = NumberCounter.__table__
    taken = (
        update(counter)
        .where(
            counter.c.office_id == bindparam("k_office"),
            counter.c.direction == bindparam("k_direction"),
            counter.c.year == bindparam("k_year"),
        )
        .values(last_seq=counter.c.last_seq + ONE)
        .returning(counter.c.last_seq.label("seq"))
        .cte("taken")
    )
    # Out of the window, the array gives NULL: the entry's NOT NULL number refuses it.
    first = bindparam("n_first", type_=Integer)
    entries = MailEntry.__table__
    mail = (
        insert(entries)
        .from_select(
            [*columns, "seq", "number"],
            select(
                *(bindparam(f"e_{c}", type_=entries.c[c].type) for c in columns),
                taken.c.seq,
                _array("n_numbers", String)[taken.c.seq - first + ONE],
            ),
        )
        .returning(entries.c.id, entries.c.seq, entries.c.number)
        .cte("mail")
    )
    searched = (
        insert(MailSearch.__table__)
        .from_select(
            ["mail_id", "subject", "correspondent", "other", "attachments"],
            select(
                mail.c.id,
                bindparam("s_subject", type_=Text),
                bindparam("s_correspondent", type_=Text),
                _array("n_others", Text)[mail.c.seq - first + ONE],
                _const(""),
            ),
        )
        .returning(MailSearch.__table__.c.mail_id)
        .cte("searched")
    )
    ctes = [searched]
    if recipients:
        ctes.append(
            insert(mail_recipients)
            .from_select(
                ["mail_id", "correspondent_id"],
                select(mail.c.id, func.unnest(bindparam("r_ids", type_=ARRAY(Integer)))),
            )
            .cte("recipients")
        )
    if files:
        attachments = Attachment.__table__
        rows = (
            func.unnest(*(bindparam(f"f_{n}", type_=ARRAY(attachments.c[n].type)) for n in files))
            .table_valued(*files, name="files")
            .render_derived()
        )
        ctes.append(
            insert(attachments)
            .from_select(
                ["mail_id", *files],
                select(mail.c.id, *(rows.c[n] for n in files)).select_from(mail.join(rows, true())),
            )
            .cte("attached")
        )
    # The head after the search row (the lexicon's locks first, as the other writers take
    # them), locked, then moved on with the new row's hash.
    head_table = AuditHead.__table__
    head = (
        select(
            head_table.c.id,
            head_table.c.seq,
            head_table.c.hash,
            mail.c.number,
            (_array("a_payloads", Text)[mail.c.seq - first + ONE]).label("payload"),
        )
        .select_from(head_table)
        .join(searched, true())
        .join(mail, true())
        .where(head_table.c.id == literal_column(str(audit.HEAD_ID)))
        .with_for_update(of=head_table)
        .cte("head")
    )
    moved = (
        update(head_table)
        # The row the head locked (its id; never its seq: this update reads the row as the
        # statement began, and another counter may have moved it on since).
        .where(head_table.c.id == head.c.id)
        .values(
            seq=head.c.seq + ONE,
            hash=_hash(head.c.seq + ONE, head.c.number, head.c.payload, head.c.hash),
        )
        .returning(
            head_table.c.seq,
            head_table.c.hash,
            head.c.hash.label("prev_hash"),
            head.c.number,
            head.c.payload,
        )
        .cte("moved")
    )
    events = AuditEvent.__table__
    logged = (
        insert(events)
        .from_select(
            ["seq", "at", "actor", "action", "entity_type", "entity_id", "payload"]
            + ["prev_hash", "hash"],
            select(
                moved.c.seq,
                bindparam("a_at", type_=Text),
                bindparam("a_actor", type_=Text),
                _const(ACTION),
                _const("mail"),
                moved.c.number,
                moved.c.payload,
                moved.c.prev_hash,
                moved.c.hash,
            ),
        )
        .returning(events.c.seq)
        .cte("logged")
    )
    # Announced to the live screens (delivered at commit, as audit.append does).
    told = func.json_build_object(
        _const("seq"),
        logged.c.seq,
        _const("action"),
        _const(ACTION),
        _const("entity_type"),
        _const("mail"),
        _const("entity_id"),
        moved.c.number,
    )
    stmt = select(
        mail.c.id,
        mail.c.number,
        mail.c.seq,
        func.pg_notify(_const(changes.CHANNEL), cast(told, Text)),
    ).select_from(mail.join(moved, true()).join(logged, true()))
    for cte in ctes:
        stmt = stmt.add_cte(cte)
    return stmt


@cache
def _compiled(dialect: Any, shape: tuple[Any, ...]) -> Any:
    return _statement(*shape).compile(dialect=dialect)


def register(session: Session, p: Prepared) -> tuple[int, str]:
    """Take the number, write the entry, its search row, recipients, files and audit row, and
    commit: the mail's id and number. The statement and the COMMIT go to the server together
    (psycopg's pipeline), so the locks are held while the server runs them, never while this
    process waits for its turn on a busy machine: the session's transaction is committed when
    this returns. Raises :class:`Missed` (nothing was committed; the transaction must be
    rolled back) if its number is past the window."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    file_columns = tuple(p.files[0]) if p.files else ()
    compiled = _compiled(
        session.get_bind().dialect, (tuple(p.entry), bool(p.recipients), file_columns)
    )
    params: dict[str, Any] = {
        "k_office": p.office_id,
        "k_direction": p.direction.value,
        "k_year": p.year,
        "n_first": p.first_seq,
        "n_numbers": p.numbers,
        "n_others": p.others,
        "s_subject": p.search.subject,
        "s_correspondent": p.search.correspondent,
        "a_at": datetime.now(UTC).isoformat(timespec="microseconds"),
        "a_actor": p.actor,
        "a_payloads": p.payloads,
        **{f"e_{c}": _utc(v) for c, v in p.entry.items()},
    }
    if p.recipients:
        params["r_ids"] = p.recipients
    for n in file_columns:
        params[f"f_{n}"] = [_utc(f[n]) for f in p.files]
    values = compiled.construct_params(params)
    conn = session.connection()
    raw = conn.connection.dbapi_connection
    try:
        with raw.pipeline():
            cursor = raw.cursor()
            # The engine's listeners see the statement and the commit as if SQLAlchemy sent
            # them (logging, tracing, the kill tests' points: tests/support/kill_points.py).
            conn.dispatch.before_cursor_execute(conn, cursor, compiled.string, values, None, False)
            cursor.execute(compiled.string, values)
            conn.dispatch.commit(conn)
            raw.commit()
            row = cursor.fetchone()
    except psycopg.Error as exc:
        if _missed(exc):
            raise Missed from exc
        if _taken(exc):  # the counter's next number is in the register already
            raise NumberTaken(_taken_number(exc, p), p.year) from exc
        raise DBAPIError.instance(compiled.string, values, exc, psycopg.Error) from exc
    # Committed: SQLAlchemy's side of the transaction ends too, with nothing left to roll back
    # (its own commit would be a second, empty one).
    session.rollback()
    mail_id, number, seq = row[0], row[1], row[2]
    if p.seen is not None:  # the next one most likely follows (none taken meanwhile)
        p.seen[_seen_key(p.office_id, p.direction, p.year)] = int(seq) + 1
    return int(mail_id), str(number)


def _utc(value: Any) -> Any:
    """What the UTC columns' type makes of a moment on PostgreSQL (the driver is handed the
    values directly here): an aware time, in UTC; a naive one is refused, as there."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)
    return value


def _missed(exc: Exception) -> bool:
    """Whether ``exc`` (the driver's) is the entry refused for want of a number (its sequence
    was past the window)."""
    diag = getattr(exc, "diag", None)
    return (
        getattr(exc, "sqlstate", None) == "23502"
        and getattr(diag, "table_name", None) == MailEntry.__tablename__
        and getattr(diag, "column_name", None) == "number"
    )


def _taken(exc: Exception) -> bool:
    """Whether ``exc`` (the driver's) is the entry refused because its number exists."""
    diag = getattr(exc, "diag", None)
    return (
        getattr(exc, "sqlstate", None) == "23505"
        and getattr(diag, "table_name", None) == MailEntry.__tablename__
    )


def _taken_number(exc: Exception, p: Prepared) -> str:
    """The number refused, as the server names it ("Key (number)=(A-2026/000001) ..."), else
    the window's first (the statement's own is not known once it failed)."""
    detail = getattr(getattr(exc, "diag", None), "message_detail", None) or ""
    for number in p.numbers:
        if f"({number})" in detail:
            return number
    return p.numbers[0]
