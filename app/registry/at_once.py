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
   the statement picks its own; so were the search words that hold the number;
3. its search row (the lexicon's trigger locks the rows of its words), recipients and files;
4. the audit head is locked and moved on: the new row's hash is computed by the server from
   the previous row's hash, exactly as :func:`app.store.audit.row_hash` computes it (and
   ``audit verify`` checks it the same way); the row is announced to the live screens.

If more numbers were given since the one read than the window holds (a writer descheduled for
long), the entry would get no number: the statement fails on it, the transaction is rolled back,
and :func:`app.registry.register.register_mail` starts again; no number is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    Text,
    cast,
    func,
    insert,
    literal,
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
    payload: str  # the audit row's canonical JSON


def window_start(session: Session, office_id: int, direction: Direction, year: int) -> int:
    """The sequence the next number will have unless others are given first (the counter's
    row created if this is the year's first mail: then this transaction holds it)."""
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
    payload: dict[str, Any],
) -> Prepared:
    """Everything the statement writes, for each number it may get."""
    direction = Direction(entry["direction"])
    year = int(entry["year"])
    first = window_start(session, int(entry["office_id"]), direction, year)
    numbers = [
        format_number(number_format, direction, year, s) for s in range(first, first + WINDOW)
    ]
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
        payload=audit.canonical_json(payload),
    )


def _array(values: list[str], item: Any) -> Any:
    """``values`` as a PostgreSQL array that can be subscripted: ``($1::text[])[i]``."""
    return type_coerce(Grouping(literal(values, ARRAY(item))), ARRAY(item))


def _hash(seq: Any, at: str, actor: str, number: Any, payload: str, prev: Any) -> Any:
    """:func:`app.store.audit.row_hash`, computed by the server."""
    parts = [
        cast(seq, Text),
        literal(at, Text),
        literal(actor, Text),
        literal(ACTION, Text),
        literal("mail", Text),
        number,
        literal(payload, Text),
        prev,
    ]
    material = func.concat_ws(literal_column("chr(31)"), *parts)
    return func.encode(func.sha256(func.convert_to(material, "UTF8")), "hex")


def register(session: Session, p: Prepared) -> tuple[int, str]:
    """Take the number and write the entry, its search row, recipients, files and audit row,
    in one statement; the mail's id and number. Raises :class:`Missed` (the transaction must
    be rolled back) if its number is past the window."""
    counter = NumberCounter.__table__
    taken = (
        update(counter)
        .where(
            counter.c.office_id == p.office_id,
            counter.c.direction == p.direction.value,
            counter.c.year == p.year,
        )
        .values(last_seq=counter.c.last_seq + 1)
        .returning(counter.c.last_seq.label("seq"))
        .cte("taken")
    )
    # Out of the window, the array gives NULL: the entry's NOT NULL number refuses it.
    slot = taken.c.seq - p.first_seq + 1
    numbers = _array(p.numbers, String)
    entries = MailEntry.__table__
    columns = list(p.entry)
    mail = (
        insert(entries)
        .from_select(
            [*columns, "seq", "number"],
            select(
                *(literal(p.entry[c], entries.c[c].type) for c in columns),
                taken.c.seq,
                numbers[slot],
            ),
        )
        .returning(entries.c.id, entries.c.seq, entries.c.number)
        .cte("mail")
    )
    others = _array(p.others, Text)
    searched = (
        insert(MailSearch.__table__)
        .from_select(
            ["mail_id", "subject", "correspondent", "other", "attachments"],
            select(
                mail.c.id,
                literal(p.search.subject, Text),
                literal(p.search.correspondent, Text),
                others[mail.c.seq - p.first_seq + 1],
                literal("", Text),
            ),
        )
        .returning(MailSearch.__table__.c.mail_id)
        .cte("searched")
    )
    ctes = [searched]
    if p.recipients:
        ctes.append(
            insert(mail_recipients)
            .from_select(
                ["mail_id", "correspondent_id"],
                select(mail.c.id, func.unnest(literal(p.recipients, ARRAY(Integer)))),
            )
            .cte("recipients")
        )
    if p.files:
        names = list(p.files[0])
        attachments = Attachment.__table__
        rows = (
            func.unnest(
                *(literal([f[n] for f in p.files], ARRAY(attachments.c[n].type)) for n in names)
            )
            .table_valued(*names, name="files")
            .render_derived()
        )
        ctes.append(
            insert(attachments)
            .from_select(
                ["mail_id", *names],
                select(mail.c.id, *(rows.c[n] for n in names)).select_from(mail.join(rows, true())),
            )
            .cte("attached")
        )
    # The head after the search row (the lexicon's locks first, as the other writers take
    # them), locked, then moved on with the new row's hash.
    head_table = AuditHead.__table__
    head = (
        select(head_table.c.id, head_table.c.seq, head_table.c.hash, mail.c.number)
        .select_from(head_table)
        .join(searched, true())
        .join(mail, true())
        .where(head_table.c.id == audit.HEAD_ID)
        .with_for_update(of=head_table)
        .cte("head")
    )
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    new_hash = _hash(head.c.seq + 1, at, p.actor, head.c.number, p.payload, head.c.hash)
    moved = (
        update(head_table)
        # The row the head locked (its id; never its seq: this update reads the row as the
        # statement began, and another counter may have moved it on since).
        .where(head_table.c.id == head.c.id)
        .values(seq=head.c.seq + 1, hash=new_hash)
        .returning(
            head_table.c.seq,
            head_table.c.hash,
            head.c.hash.label("prev_hash"),
            head.c.number,
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
                literal(at, String),
                literal(p.actor, String),
                literal(ACTION, String),
                literal("mail", String),
                moved.c.number,
                literal(p.payload, Text),
                moved.c.prev_hash,
                moved.c.hash,
            ),
        )
        .returning(events.c.seq)
        .cte("logged")
    )
    # Announced to the live screens (delivered at commit, as audit.append does).
    told = func.json_build_object(
        "seq", logged.c.seq, "action", ACTION, "entity_type", "mail", "entity_id", moved.c.number
    )
    stmt = select(
        mail.c.id,
        mail.c.number,
        func.pg_notify(changes.CHANNEL, cast(told, Text)),
    ).select_from(mail.join(moved, true()).join(logged, true()))
    for cte in ctes:
        stmt = stmt.add_cte(cte)
    try:
        row = session.execute(stmt).one()
    except Exception as exc:
        if _missed(exc):
            raise Missed from exc
        raise
    return int(row.id), str(row.number)


def _missed(exc: Exception) -> bool:
    """Whether ``exc`` is the entry refused for want of a number (its sequence was past the
    window)."""
    diag = getattr(getattr(exc, "orig", None), "diag", None)
    return (
        getattr(getattr(exc, "orig", None), "sqlstate", None) == "23502"
        and getattr(diag, "table_name", None) == MailEntry.__tablename__
        and getattr(diag, "column_name", None) == "number"
    )
