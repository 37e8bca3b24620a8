"""What the register states, as hashes the audit chain carries: the law's content, sealed.

The audit chain proves its own rows were not altered; these hashes make it also vouch for the
rows it speaks of. Each event that changes a mail or a user carries the **state** the row was
left in, as one hash per *field class* (so that a check can say which kind of field changed):

========  ============================================================================
mail      ``number`` (office, direction, year, sequence, number, registration time and
          clerk), ``subject``, ``correspondents`` (main and recipients), ``letter``
          (received, letter's date and reference, external reference, answered mail),
          ``details`` (type, channel, priority, pieces, observations), ``confidential``,
          ``service``, ``cancelled``
user      ``identity`` (office, login, full name), ``role``, ``active``, ``services``,
          ``credentials`` (the password hash)
========  ============================================================================

A correction or a cancellation also carries the state **before** it, so a change made behind
the application's back is caught even when a correction came after it.

Attachments are not in the state: each event that adds files lists them (name, SHA-256,
size, pages, type), so the expected files of a mail are the sum of its events, whatever
order concurrent attachments committed in (:class:`FileSet`).

The workflow (status, assignments) is not the register's content and is not sealed here.
Each class's hash is the SHA-256 of its values, each typed and length-prefixed
(:data:`_ENCODERS`), cut to 128 bits (:data:`CUT`): enough that no changed value finds the same
hash, half the room in every event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import Connection, select

from app.store.models import Attachment, MailEntry, User, mail_recipients, user_services

VERSION = 1
CUT = 32  # hex digits kept of each SHA-256

MAIL_CLASSES: dict[str, tuple[str, ...]] = {
    "number": (
        "office_id",
        "direction",
        "year",
        "seq",
        "number",
        "registered_at",
        "registered_by_id",
    ),
    "subject": ("subject",),
    "correspondents": ("correspondent_id", "recipients"),
    "letter": ("received_at", "letter_date", "letter_reference", "external_ref", "answers_id"),
    "details": ("mail_type", "channel", "priority", "pieces", "observations"),
    "confidential": ("confidential",),
    "service": ("service_id",),
    "cancelled": ("cancelled",),
}
USER_CLASSES: dict[str, tuple[str, ...]] = {
    "identity": ("office_id", "login", "full_name"),
    "role": ("role",),
    "active": ("active",),
    "services": ("services",),
    "credentials": ("password_hash",),
}
# The classes a mail has before its number is taken (registering computes them then).
MAIL_CLASSES_BEFORE_NUMBER = tuple(c for c in MAIL_CLASSES if c != "number")

MAIL_COLUMNS = tuple(c for fields in MAIL_CLASSES.values() for c in fields if c != "recipients")
USER_COLUMNS = tuple(c for fields in USER_CLASSES.values() for c in fields if c != "services")

State = dict[str, str]  # field class -> hash


# Each value typed and length-prefixed, so that no two different values encode alike: N (no
# value), T/F, I<int>, S<length>:<text>, D<UTC ISO time>, d<ISO date>, L<sorted ids>.


def _int(value: Any) -> str:
    return "N" if value is None else f"I{int(value)}"


def _text(value: Any) -> str:
    if value is None:
        return "N"
    text = value if type(value) is str else str(value)
    return f"S{len(text)}:{text}"


def _bool(value: Any) -> str:
    return "N" if value is None else ("T" if value else "F")


def _time(value: Any) -> str:
    return "N" if value is None else "D" + value.astimezone(UTC).isoformat(timespec="microseconds")


def _date(value: Any) -> str:
    return "N" if value is None else "d" + value.isoformat()


def _ids(value: Any) -> str:
    return "N" if value is None else "L" + ",".join(str(int(v)) for v in sorted(value))


_ENCODERS: dict[str, Callable[[Any], str]] = {
    **dict.fromkeys(
        ("office_id", "year", "seq", "registered_by_id", "correspondent_id", "answers_id"), _int
    ),
    **dict.fromkeys(("pieces", "service_id"), _int),
    **dict.fromkeys(("confidential", "cancelled", "active"), _bool),
    **dict.fromkeys(("registered_at", "received_at"), _time),
    "letter_date": _date,
    **dict.fromkeys(("recipients", "services"), _ids),
}


def _plan(kind: str, classes: Mapping[str, tuple[str, ...]]) -> dict[str, Any]:
    """Per class: the text its material starts with, and each field with its encoder."""
    return {
        name: (
            f"{VERSION}\x1f{kind}\x1f{name}\x1f",
            tuple((f, _ENCODERS.get(f, _text)) for f in fields),
        )
        for name, fields in classes.items()
    }


_MAIL_PLAN = _plan("mail", MAIL_CLASSES)
_USER_PLAN = _plan("user", USER_CLASSES)


def _classes(plan: Mapping[str, Any], values: Mapping[str, Any], only: Iterable[str]) -> State:
    sha256 = hashlib.sha256
    state = {}
    for name in only:
        start, fields = plan[name]
        material = start + "\x1f".join([encode(values[f]) for f, encode in fields])
        state[name] = sha256(material.encode("utf-8")).hexdigest()[:CUT]
    return state


def mail_state(values: Mapping[str, Any], only: Iterable[str] | None = None) -> State:
    """The state of a mail from its column values (and ``recipients``: correspondent ids)."""
    return _classes(_MAIL_PLAN, values, MAIL_CLASSES if only is None else only)


def user_state(values: Mapping[str, Any]) -> State:
    """The state of a user from its column values (and ``services``: service ids)."""
    return _classes(_USER_PLAN, values, USER_CLASSES)


def seal(state: Mapping[str, str]) -> bytes:
    """One short digest of a whole state, to keep in memory and compare."""
    material = ";".join(f"{k}={state[k]}" for k in sorted(state))
    return hashlib.sha256(material.encode("utf-8")).digest()[:16]


def differing(expected: Mapping[str, str], found: Mapping[str, str]) -> list[str]:
    """The field classes whose hashes differ, in their order of definition."""
    names = list(dict.fromkeys([*expected, *found]))
    return [n for n in names if expected.get(n) != found.get(n)]


# --- attachments --------------------------------------------------------------------------


def file_item(sha256: str, name: str, size: int, pages: int, content_type: str) -> dict[str, Any]:
    """How an event lists an attachment."""
    return {"name": name, "sha256": sha256, "size": size, "pages": pages, "type": content_type}


def _file_key(item: Mapping[str, Any]) -> tuple[Any, ...]:
    return (
        item.get("sha256"),
        item.get("name"),
        item.get("size"),
        item.get("pages"),
        item.get("type"),
    )


def _file_number(key: tuple[Any, ...]) -> int:
    return int.from_bytes(hashlib.sha256(repr(key).encode("utf-8")).digest(), "big")


@dataclass
class FileSet:
    """A multiset of attachments kept as a sum of their hashes: small, and order-free."""

    total: int = 0
    count: int = 0

    def add(self, items: Iterable[Mapping[str, Any]]) -> None:
        for item in items:
            self.total = (self.total + _file_number(_file_key(item))) % (1 << 256)
            self.count += 1

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FileSet) and (self.total, self.count) == (
            other.total,
            other.count,
        )

    __hash__ = None  # type: ignore[assignment]


def file_differences(
    expected: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]]
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """(files recorded but not found, files found but not recorded), each at most once."""
    left = [_file_key(i) for i in expected]
    extra = []
    for item in found:
        key = _file_key(item)
        if key in left:
            left.remove(key)
        else:
            extra.append(item)
    missing = []
    for item in expected:
        key = _file_key(item)
        if key in left:
            left.remove(key)
            missing.append(item)
    return missing, extra


# --- reading the current rows, streamed -------------------------------------------------------


@dataclass
class MailRow:
    id: int
    number: str
    state: State
    files: list[dict[str, Any]] = field(default_factory=list)


PAGE = 5000  # rows read at a time, by key: nothing held open between pages


def _pages(conn: Connection, table: Any, columns: Sequence[Any], page: int) -> Iterator[list[Any]]:
    """The rows of ``table`` by ascending id, ``page`` at a time (keyset: ``id > last``).

    No cursor stays open between pages, so the caller may run other statements (or write, as
    the migration does) on the same connection while it reads.
    """
    last = None
    while True:
        stmt = select(table.c.id, *columns).order_by(table.c.id).limit(page)
        if last is not None:
            stmt = stmt.where(table.c.id > last)
        rows = conn.execute(stmt).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _by_owner(rows: Iterable[Any]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    for row in rows:
        found.setdefault(row[0], []).append(row)
    return found


def iter_mails(conn: Connection, page: int = PAGE) -> Iterator[MailRow]:
    """Every mail with its state and its files, by id, a page at a time."""
    t = MailEntry.__table__
    a = Attachment.__table__
    r = mail_recipients
    for rows in _pages(conn, t, [t.c[c] for c in MAIL_COLUMNS], page):
        low, high = rows[0].id, rows[-1].id
        recipients = _by_owner(
            conn.execute(
                select(r.c.mail_id, r.c.correspondent_id).where(r.c.mail_id.between(low, high))
            )
        )
        files = _by_owner(
            conn.execute(
                select(a.c.mail_id, a.c.sha256, a.c.filename, a.c.size, a.c.pages, a.c.content_type)
                .where(a.c.mail_id.between(low, high))
                .order_by(a.c.id)
            )
        )
        for row in rows:
            values = dict(zip(MAIL_COLUMNS, row[1:], strict=True))
            values["recipients"] = [x[1] for x in recipients.get(row.id, ())]
            yield MailRow(
                row.id,
                row.number,
                mail_state(values),
                [file_item(f[1], f[2], f[3], f[4], f[5]) for f in files.get(row.id, ())],
            )


@dataclass
class UserRow:
    id: int
    login: str
    state: State


def iter_users(conn: Connection, page: int = PAGE) -> Iterator[UserRow]:
    t = User.__table__
    u = user_services
    for rows in _pages(conn, t, [t.c[c] for c in USER_COLUMNS], page):
        services = _by_owner(
            conn.execute(
                select(u.c.user_id, u.c.service_id).where(
                    u.c.user_id.between(rows[0].id, rows[-1].id)
                )
            )
        )
        for row in rows:
            values = dict(zip(USER_COLUMNS, row[1:], strict=True))
            values["services"] = [x[1] for x in services.get(row.id, ())]
            yield UserRow(row.id, row.login, user_state(values))


def mail_state_of(conn: Connection, mail_id: int) -> State:
    """One mail's state as stored now (a correction's "before")."""
    t = MailEntry.__table__
    row = conn.execute(select(*(t.c[c] for c in MAIL_COLUMNS)).where(t.c.id == mail_id)).one()
    values = dict(zip(MAIL_COLUMNS, row, strict=True))
    values["recipients"] = list(
        conn.scalars(
            select(mail_recipients.c.correspondent_id).where(mail_recipients.c.mail_id == mail_id)
        )
    )
    return mail_state(values)


def user_state_of(conn: Connection, user_id: int) -> State:
    t = User.__table__
    row = conn.execute(select(*(t.c[c] for c in USER_COLUMNS)).where(t.c.id == user_id)).one()
    values = dict(zip(USER_COLUMNS, row, strict=True))
    values["services"] = list(
        conn.scalars(select(user_services.c.service_id).where(user_services.c.user_id == user_id))
    )
    return user_state(values)
