"""The full-text index behind one interface: FTS5 on SQLite, a GIN tsvector on PostgreSQL.

Both index the same folded words (``mail_search``, :mod:`app.search.document`) and answer the
same :class:`~app.search.terms.Terms`: every term must match, each by any of its spellings,
as a prefix. A backend gives the register's queries (:mod:`app.registry.browse`) four things:

- :meth:`SearchBackend.first_page`: the first page of matching ids, newest first (or oldest
  first), filtered and narrowed to what the user may see: FTS5 walks its lists by descending
  rowid and stops at the page's end; PostgreSQL measures how common the words are in the
  newest mail, then walks the register backwards checking the words, or takes the GIN index
  and sorts (:mod:`app.search.pg_page`);
- :meth:`SearchBackend.newest_first`: all the matching ids in that order (the whole list);
- :meth:`SearchBackend.by_relevance`: the same ids, best match first (bm25 on SQLite,
  ``ts_rank`` on PostgreSQL), all matches ranked: slower on common words, asked for on demand;
- :meth:`SearchBackend.matching`: a where-clause over ``mail_entries`` (other orders, counts).

Ids follow registration: a mail registered later has a larger id, so newest first by id is
newest first by registration time, up to the milliseconds between two counters registering
at once.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    cast,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.dialects.postgresql import ARRAY, TSQUERY, TSVECTOR
from sqlalchemy.orm import Session

from app.search import lexicon, pg_page
from app.search.terms import Term, Terms
from app.store.models import MailEntry

# SQLite: relative weights of subject, correspondent, other and attachment words in bm25.
BM25_WEIGHTS = (4.0, 3.0, 1.5, 0.5)


# Given a select over MailEntry, the same with the filters and the user's view applied.
Narrow = Callable[[Select], Select]  # type: ignore[type-arg]


class SearchBackend(ABC):
    @abstractmethod
    def first_page(
        self,
        session: Session,
        terms: Terms,
        narrow: Narrow,
        limit: int,
        *,
        descending: bool = True,
        id_range: tuple[int, int] | None = None,
        among: Sequence[Select] | None = None,  # type: ignore[type-arg]
        reach: Sequence[int] | None = None,
    ) -> list[int]:
        """The ids of the first ``limit`` matching mails that ``narrow`` keeps, in order of
        registration: those of ``narrow(newest_first(...)).limit(limit)``, found faster.

        ``among``: where all the mail ``narrow`` may keep comes from, as selects over
        ``MailEntry`` walkable by id (:func:`app.imputation.visibility.sources`), or None;
        ``reach``: the same as keys of the index (:func:`app.imputation.visibility.reach`)."""

    @abstractmethod
    def newest_first(
        self, terms: Terms, *, descending: bool = True, id_range: tuple[int, int] | None = None
    ) -> Select:  # type: ignore[type-arg]
        """``select(MailEntry.id)`` of the matching mails, in order of registration.

        ``id_range`` (inclusive) narrows the walk to the ids of a period of days."""

    @abstractmethod
    def by_relevance(self, terms: Terms) -> Select:  # type: ignore[type-arg]
        """``select(MailEntry.id)`` of the matching mails, best first, then newest."""

    @abstractmethod
    def matching(self, terms: Terms) -> ColumnElement[bool]:
        """A where-clause over ``MailEntry`` keeping the matching mails."""


def for_dialect(name: str) -> SearchBackend:
    return _POSTGRES if name == "postgresql" else _SQLITE


# --- SQLite: FTS5 ----------------------------------------------------------------------------

_FTS = table("mail_fts", column("rowid", Integer))
_FTS_NAME = literal_column("mail_fts")


def fts_query(terms: Terms) -> str:
    """An FTS5 query: each word quoted (no operator typed by a clerk survives), prefixes
    starred, the spellings of one word OR-ed, the words AND-ed."""

    def one(word: str, exact: bool) -> str:
        quoted = '"' + word.replace('"', '""') + '"'
        return quoted if exact else quoted + "*"

    def group(term: Term) -> str:
        parts = [one(w, term.exact) for w in term.alternatives]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    return " AND ".join(group(t) for t in terms.terms)


class SqliteBackend(SearchBackend):
    def _match(self, terms: Terms) -> ColumnElement[bool]:
        return _FTS_NAME.op("MATCH")(fts_query(terms))

    def _driven(self, terms: Terms) -> Select:  # type: ignore[type-arg]
        # FROM the FTS table first: the join walks its matches in rowid order and looks each
        # mail up by its primary key, so a page's LIMIT stops the walk.
        return (
            select(MailEntry.id)
            .select_from(_FTS)
            .join(MailEntry, MailEntry.id == _FTS.c.rowid)
            .where(self._match(terms))
        )

    def first_page(
        self,
        session: Session,
        terms: Terms,
        narrow: Narrow,
        limit: int,
        *,
        descending: bool = True,
        id_range: tuple[int, int] | None = None,
        among: Sequence[Select] | None = None,  # type: ignore[type-arg]
        reach: Sequence[int] | None = None,
    ) -> list[int]:
        # FTS5 walks its lists in rowid order and the join stops at the LIMIT: nothing to choose.
        stmt = narrow(self.newest_first(terms, descending=descending, id_range=id_range))
        return list(session.connection().execute(stmt.limit(limit)).scalars())

    def newest_first(
        self, terms: Terms, *, descending: bool = True, id_range: tuple[int, int] | None = None
    ) -> Select:  # type: ignore[type-arg]
        stmt = self._driven(terms)
        if id_range is not None:
            stmt = stmt.where(_FTS.c.rowid.between(*id_range))
        return stmt.order_by(_FTS.c.rowid.desc() if descending else _FTS.c.rowid.asc())

    def by_relevance(self, terms: Terms) -> Select:  # type: ignore[type-arg]
        rank = func.bm25(_FTS_NAME, *BM25_WEIGHTS)  # lower is better
        return self._driven(terms).order_by(rank, _FTS.c.rowid.desc())

    def matching(self, terms: Terms) -> ColumnElement[bool]:
        return MailEntry.id.in_(select(_FTS.c.rowid).where(self._match(terms)))


# --- PostgreSQL: tsvector + GIN ----------------------------------------------------------------

_SEARCH = table(
    "mail_search",
    column("mail_id", Integer),
    column("words", TSVECTOR),
    column("subject"),
    column("correspondent"),
    column("scope", ARRAY(Integer)),  # who the mail is for (migration 0009)
)


def ts_query(terms: Terms) -> str:
    """A tsquery in its input syntax: lexemes quoted, prefixes marked ``:*``."""

    def one(word: str, exact: bool) -> str:
        quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
        return quoted if exact else quoted + ":*"

    def group(term: Term) -> str:
        parts = [one(w, term.exact) for w in term.alternatives]
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"

    return " & ".join(group(t) for t in terms.terms)


class PostgresBackend(SearchBackend):
    def _query(self, terms: Terms) -> ColumnElement:  # type: ignore[type-arg]
        # A cast, not to_tsquery(): the words are already the index's lexemes.
        return cast(ts_query(terms), TSQUERY)

    def _driven(self, terms: Terms) -> Select:  # type: ignore[type-arg]
        return (
            select(MailEntry.id)
            .join(_SEARCH, _SEARCH.c.mail_id == MailEntry.id)
            .where(_SEARCH.c.words.op("@@")(self._query(terms)))
        )

    def first_page(
        self,
        session: Session,
        terms: Terms,
        narrow: Narrow,
        limit: int,
        *,
        descending: bool = True,
        id_range: tuple[int, int] | None = None,
        among: Sequence[Select] | None = None,  # type: ignore[type-arg]
        reach: Sequence[int] | None = None,
    ) -> list[int]:
        # The typed prefixes as the words of the index they stand for (exact lexemes are the
        # GIN index's fast case), with how many mails carry each term's words.
        asked = lexicon.expand(session, terms)
        if asked.matches_nothing:
            return []
        return pg_page.first_page(
            session,
            _SEARCH,
            self._query(terms),
            cast(asked.index_query(), TSQUERY),
            narrow,
            limit,
            descending=descending,
            id_range=id_range,
            postings=asked.postings,
            exact=asked.exact,
            among=among,
            reach=reach,
        )

    def newest_first(
        self, terms: Terms, *, descending: bool = True, id_range: tuple[int, int] | None = None
    ) -> Select:  # type: ignore[type-arg]
        stmt = self._driven(terms)
        if id_range is not None:
            stmt = stmt.where(MailEntry.id.between(*id_range))
        return stmt.order_by(MailEntry.id.desc() if descending else MailEntry.id.asc())

    def by_relevance(self, terms: Terms) -> Select:  # type: ignore[type-arg]
        # The words carry no positions (they are the index's own lexemes): ts_rank counts
        # matches; a match in the subject or the correspondent counts double.
        query = self._query(terms)
        head = func.array_to_tsvector(
            func.array_remove(
                func.string_to_array(_SEARCH.c.subject + " " + _SEARCH.c.correspondent, " "), ""
            )
        )
        rank = func.ts_rank(_SEARCH.c.words, query) + 2 * func.ts_rank(head, query)
        return self._driven(terms).order_by(rank.desc(), MailEntry.id.desc())

    def matching(self, terms: Terms) -> ColumnElement[bool]:
        return MailEntry.id.in_(
            select(_SEARCH.c.mail_id).where(_SEARCH.c.words.op("@@")(self._query(terms)))
        )


_SQLITE = SqliteBackend()
_POSTGRES = PostgresBackend()
