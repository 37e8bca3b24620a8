"""The register as the desk shows it: filtered and sorted in SQL, ids first, rows by page.

A view over a million entries must open as fast as over ten: :func:`find_ids` returns only the
ordered ids that match (one narrow query), and :func:`load_rows` turns a page of those ids into
plain rows. Nothing here returns ORM objects.

The search text goes to the full-text index (:mod:`app.search`): a typed registry number
straight to its mail, other text to its words, newest first (the index walks its matches by
descending id and stops at the page's end) or by relevance on demand.

Given an ``actor``, each function keeps to the mail that actor may see
(:mod:`app.imputation.visibility`); without one, the whole register (the bureau d'ordre's view).
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Select, false, func, select, true
from sqlalchemy.orm import Session, aliased

from app.directory.correspondents import display_name
from app.domain.clock import day_bounds_utc
from app.domain.enums import Channel, Direction, MailStatus, MailType
from app.domain.text import clean
from app.imputation.visibility import (
    Scope,
    mail_filter,
    reach,
    scope_of,
    sources,
    visible_filter,
)
from app.organisation.actor import Actor
from app.registry.baskets import BasketFilter
from app.registry.queries import MailRow
from app.search.backend import Narrow, for_dialect
from app.search.lookup import number_hit
from app.search.terms import Terms, parse
from app.store.database import Database
from app.store.models import Correspondent, MailEntry, Service

if TYPE_CHECKING:
    from app.stats.slices import StatsSlice


class SortKey(StrEnum):
    REGISTERED = "registered_at"
    NUMBER = "number"
    SUBJECT = "subject"
    CORRESPONDENT = "correspondent"
    SERVICE = "service"
    STATUS = "status"
    RELEVANCE = "relevance"  # with a search text: best match first


@dataclass(frozen=True)
class RegisterQuery:
    """What the clerk asked to see: quick filters, a search text, and an order.

    ``cancelled``: only cancelled mail (True) or none of it (False); ``stats``: the mails
    behind a figure of the activity dashboard (:mod:`app.stats.slices`); ``basket``: one of
    the desk's baskets (:mod:`app.registry.baskets`); each a filter like the others."""

    direction: Direction | None = None
    first_day: date | None = None
    last_day: date | None = None
    status: MailStatus | None = None
    cancelled: bool | None = None
    stats: StatsSlice | None = None
    basket: BasketFilter | None = None
    service_code: str | None = None
    mail_type: MailType | None = None
    channel: Channel | None = None
    text: str = ""
    sort: SortKey = SortKey.REGISTERED
    descending: bool = True


# Relevance ranks the newest matches, this many at most (every match when fewer), and lists the
# older ones after them, newest first. Ranking every match of a common word took p95 0.35 s on
# SQLite and 0.8 s on PostgreSQL at a million mails, to order thousands of short subjects that
# rank nearly alike; a clerk asking by relevance looks among what came lately. (Finding the
# candidates costs as many as are asked for: a filtered search on PostgreSQL walks the register
# for them, some 0.2-0.5 ms a candidate at a million mails.)
RELEVANCE_CANDIDATES = 500

_CORR = aliased(Correspondent)
_SERVICE = aliased(Service)
_CORR_NAME = func.coalesce(_CORR.name_arabic, _CORR.name_latin, "")


# Registration times and ids go together but for clocks a little apart on two counters: a
# period's ids are looked for a day beyond its ends.
_CLOCK_SLACK = timedelta(days=1)


def _filtered(query: RegisterQuery, columns: Select) -> Select:  # type: ignore[type-arg]
    stmt = columns
    if query.direction is not None:
        stmt = stmt.where(MailEntry.direction == query.direction.value)
    if query.first_day is not None:
        start, end = day_bounds_utc(query.first_day, query.last_day)
        stmt = stmt.where(MailEntry.registered_at >= start, MailEntry.registered_at < end)
    if query.status is not None:
        stmt = stmt.where(MailEntry.status == query.status.value)
    if query.service_code:
        stmt = stmt.where(_SERVICE.code == _service_code(query))
    if query.mail_type is not None:
        stmt = stmt.where(MailEntry.mail_type == query.mail_type.value)
    if query.channel is not None:
        stmt = stmt.where(MailEntry.channel == query.channel.value)
    if query.cancelled is not None:
        stmt = stmt.where(MailEntry.cancelled == (true() if query.cancelled else false()))
    if query.stats is not None:
        stmt = stmt.where(query.stats.criterion())
    if query.basket is not None:
        stmt = stmt.where(query.basket.criterion())
    return stmt


def _order(query: RegisterQuery) -> list:  # type: ignore[type-arg]
    column = {
        SortKey.REGISTERED: MailEntry.registered_at,
        SortKey.NUMBER: MailEntry.number,
        SortKey.SUBJECT: MailEntry.subject,
        SortKey.CORRESPONDENT: _CORR_NAME,
        SortKey.SERVICE: _SERVICE.code,
        SortKey.STATUS: MailEntry.status,
        SortKey.RELEVANCE: MailEntry.registered_at,  # no text: nothing to rank by
    }[query.sort]
    if query.descending:
        return [column.desc(), MailEntry.id.desc()]
    return [column.asc(), MailEntry.id.asc()]


def _joined(stmt: Select, query: RegisterQuery) -> Select:  # type: ignore[type-arg]
    """Join only what the filters and the order need: the plain case stays on one index."""
    needs_corr = query.sort is SortKey.CORRESPONDENT
    needs_service = bool(query.service_code) or query.sort is SortKey.SERVICE
    if needs_corr:
        stmt = stmt.outerjoin(_CORR, _CORR.id == MailEntry.correspondent_id)
    if needs_service:
        stmt = stmt.outerjoin(_SERVICE, _SERVICE.id == MailEntry.service_id)
    return stmt


def _visible(stmt: Select, session: Session, actor: Actor | None) -> Select:  # type: ignore[type-arg]
    return stmt if actor is None else stmt.where(visible_filter(session, actor))


def _narrowing(
    session: Session, query: RegisterQuery, actor: Actor | None, scope: Scope | None = None
) -> Narrow:
    """What the filters and the actor's view (their ``scope``, if known) add to a select over
    ``MailEntry``."""
    if scope is not None:
        visible = mail_filter(scope)
    else:
        visible = None if actor is None else visible_filter(session, actor)

    def narrow(stmt: Select) -> Select:  # type: ignore[type-arg]
        stmt = _filtered(query, _joined(stmt, query))
        return stmt if visible is None else stmt.where(visible)

    return narrow


def _id_range(session: Session, query: RegisterQuery) -> tuple[int, int] | None:
    """The ids of the asked period (a little wider), for the index to walk only those."""
    if query.first_day is None:
        return None
    start, end = day_bounds_utc(query.first_day, query.last_day)
    first = session.scalar(
        select(MailEntry.id)
        .where(MailEntry.registered_at >= start - _CLOCK_SLACK)
        .order_by(MailEntry.registered_at, MailEntry.id)
        .limit(1)
    )
    last = session.scalar(
        select(MailEntry.id)
        .where(MailEntry.registered_at < end + _CLOCK_SLACK)
        .order_by(MailEntry.registered_at.desc(), MailEntry.id.desc())
        .limit(1)
    )
    if first is None or last is None:
        return (1, 0)  # nothing registered then
    return (min(first, last), max(first, last))


def _service_id(session: Session, query: RegisterQuery, actor: Actor) -> int | None:
    """The id of the service of ``actor``'s office the query filters on (0: no such code)."""
    if not query.service_code:
        return None
    found = session.scalar(
        select(Service.id).where(
            Service.office_id == actor.office_id, Service.code == _service_code(query)
        )
    )
    return found or 0


def _service_code(query: RegisterQuery) -> str:
    """The service code filtered on, as codes are stored (upper case)."""
    return clean(query.service_code or "").upper()


@dataclass(frozen=True)
class _Text:
    """A query's search text as read: a registry number's mail, or words (maybe none)."""

    hit: int | None
    terms: Terms  # empty for a number


def _read_text(session: Session, query: RegisterQuery) -> _Text | None:
    text = clean(query.text)
    if not text:
        return None
    hit = number_hit(session, text)
    return _Text(hit, Terms() if hit is not None else parse(text))


def _ids_statement(
    session: Session, query: RegisterQuery, actor: Actor | None, text: _Text | None
) -> Select:  # type: ignore[type-arg]
    """The ids ``actor`` may see that match ``query`` (its ``text`` as read), in its order."""
    narrow = _narrowing(session, query, actor)
    if text is None:
        return narrow(select(MailEntry.id)).order_by(*_order(query))
    if text.hit is not None:
        return narrow(select(MailEntry.id)).where(MailEntry.id == text.hit)
    if not text.terms:  # only punctuation: no word to look for, nothing found
        return select(MailEntry.id).where(false())
    backend = for_dialect(session.get_bind().dialect.name)
    if query.sort in (SortKey.REGISTERED, SortKey.RELEVANCE):
        # By relevance: the matches in the order the best candidates are picked from (newest
        # first); :func:`_by_relevance` ranks those candidates and puts them first.
        stmt = backend.newest_first(
            text.terms,
            descending=query.descending or query.sort is SortKey.RELEVANCE,
            id_range=_id_range(session, query),
        )
        return narrow(stmt)
    stmt = select(MailEntry.id).where(backend.matching(text.terms))
    return narrow(stmt).order_by(*_order(query))


def find_ids(
    db: Database, query: RegisterQuery, *, limit: int | None = None, actor: Actor | None = None
) -> list[int]:
    """The ids of the matching entries, in the asked order (the first ``limit`` of them).

    At a million entries all the ids take ~0.5 s on SQLite and ~1 s on PostgreSQL here
    (``tests/benchmarks/bench_browse.py``): a view asks for the first screenful with ``limit``
    and the whole list with :func:`find_id_array` in the background.
    """
    with db.read() as session:
        text = _read_text(session, query)
        words = text.terms if text is not None else Terms()  # none for a registry number
        if words and query.sort is SortKey.RELEVANCE:
            ranked, oldest = _by_relevance(session, query, actor, words)
            if oldest is None or (limit is not None and len(ranked) >= limit):
                return ranked[:limit]
            stmt = _ids_statement(session, query, actor, text).where(MailEntry.id < oldest)
            if limit is not None:
                stmt = stmt.limit(limit - len(ranked))
            return ranked + list(session.connection().execute(stmt).scalars())
        if limit is not None and words and query.sort is SortKey.REGISTERED:
            # A page of a search in order of registration: the backend knows the fast way.
            return _first_page(session, query, actor, words, limit, descending=query.descending)
        stmt = _ids_statement(session, query, actor, text)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(session.connection().execute(stmt).scalars())


def _first_page(
    session: Session,
    query: RegisterQuery,
    actor: Actor | None,
    words: Terms,
    limit: int,
    *,
    descending: bool,
    scope: Scope | None = None,
) -> list[int]:
    """The first ``limit`` matching ids in order of registration, the backend's fast way
    (``scope``: the actor's, if known already)."""
    among = seen = None
    if actor is not None:  # a user who may see part of the register: where it lies
        scope = scope or scope_of(session, actor)
        among = sources(scope, registered_for=_service_id(session, query, actor))
        seen = reach(scope)
    return for_dialect(session.get_bind().dialect.name).first_page(
        session,
        words,
        _narrowing(session, query, actor, scope),
        limit,
        descending=descending,
        id_range=_id_range(session, query),
        among=among,
        reach=seen,
    )


def _by_relevance(
    session: Session, query: RegisterQuery, actor: Actor | None, words: Terms
) -> tuple[list[int], int | None]:
    """The newest :data:`RELEVANCE_CANDIDATES` matches, best first; and the oldest of them
    when there may be older matches (which follow newest first), else None."""
    scope = scope_of(session, actor) if actor is not None else None
    candidates = _first_page(
        session, query, actor, words, RELEVANCE_CANDIDATES, descending=True, scope=scope
    )
    backend = for_dialect(session.get_bind().dialect.name)
    ranked = backend.rank(session, words, candidates, _narrowing(session, query, actor, scope))
    more = len(candidates) == RELEVANCE_CANDIDATES
    return ranked, (candidates[-1] if more else None)


_FETCH = 20_000


def find_id_array(db: Database, query: RegisterQuery, *, actor: Actor | None = None) -> array[int]:
    """All the ids of :func:`find_ids`, packed in an ``array("q")``, for a view to keep.

    Eight bytes an id instead of a Python int's 36, and no transient list of a million ints
    left fragmenting the heap; read from the driver's cursor by chunks (plain integers need
    no row processing), which halves the time on SQLite: ~0.3 s at a million entries here.
    """
    ids: array[int] = array("q")
    with db.read() as session:
        text = _read_text(session, query)
        stmt = _ids_statement(session, query, actor, text)
        if text is not None and text.terms and query.sort is SortKey.RELEVANCE:
            ranked, oldest = _by_relevance(session, query, actor, text.terms)
            ids.fromlist(ranked)
            if oldest is None:
                return ids
            stmt = stmt.where(MailEntry.id < oldest)
        result = session.connection().execute(stmt)
        try:
            cursor = result.cursor
            while rows := cursor.fetchmany(_FETCH):
                ids.fromlist([mail_id for (mail_id,) in rows])
        finally:
            result.close()
    return ids


def find_ids_after(
    db: Database, query: RegisterQuery, after_id: int, *, actor: Actor | None = None
) -> list[int]:
    """The ids of :func:`find_ids` above ``after_id``, in the query's order.

    What a view kept up to date needs when mail is registered elsewhere: only the mail newer
    than the newest it holds, not the whole list again (a narrow walk of the id index).
    """
    with db.read() as session:
        stmt = _ids_statement(session, query, actor, _read_text(session, query))
        return list(session.connection().execute(stmt.where(MailEntry.id > after_id)).scalars())


def match_numbers(
    db: Database, query: RegisterQuery, numbers: Collection[str], *, actor: Actor | None = None
) -> dict[int, bool]:
    """The ids of the mails ``numbers`` (unknown numbers left out), each with whether it is
    among the ids of :func:`find_ids` now: how a view kept up to date tells whether changed
    mails entered or left its list."""
    if not numbers:
        return {}
    wanted = MailEntry.number.in_(list(numbers))
    with db.read() as session:
        ids = list(session.scalars(select(MailEntry.id).where(wanted)))
        if not ids:
            return {}
        stmt = _ids_statement(session, query, actor, _read_text(session, query))
        matching = set(session.connection().execute(stmt.where(wanted).order_by(None)).scalars())
    return {mail_id: mail_id in matching for mail_id in ids}


def count(db: Database, query: RegisterQuery, *, actor: Actor | None = None) -> int:
    """How many entries match (the scroll bar's size before the ids arrive)."""
    with db.read() as session:
        if clean(query.text):
            text = _read_text(session, query)
            ids = _ids_statement(session, query, actor, text).order_by(None)
            stmt = select(func.count()).select_from(ids.subquery())
        else:
            stmt = _visible(
                _filtered(query, _joined(select(func.count(MailEntry.id)), query)), session, actor
            )
        return int(session.execute(stmt).scalar_one())


def load_rows(
    db: Database, ids: Sequence[int], *, actor: Actor | None = None
) -> dict[int, MailRow]:
    """Plain rows for ``ids`` (a page), keyed by id."""
    if not ids:
        return {}
    stmt = (
        select(
            MailEntry.id,
            MailEntry.number,
            MailEntry.direction,
            MailEntry.registered_at,
            _CORR.name_arabic,
            _CORR.name_latin,
            MailEntry.subject,
            _SERVICE.code,
            MailEntry.status,
            MailEntry.cancelled,
        )
        .outerjoin(_CORR, _CORR.id == MailEntry.correspondent_id)
        .outerjoin(_SERVICE, _SERVICE.id == MailEntry.service_id)
        .where(MailEntry.id.in_(list(ids)))
    )
    with db.read() as session:
        stmt = _visible(stmt, session, actor)
        return {
            r.id: MailRow(
                id=r.id,
                number=r.number,
                direction=r.direction,
                registered_at=r.registered_at,
                correspondent=display_name(r.name_arabic, r.name_latin) or None,
                subject=r.subject,
                service=r.code,
                status=r.status,
                cancelled=r.cancelled,
            )
            for r in session.execute(stmt)
        }
