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
- :meth:`SearchBackend.rank`: some matching ids (the candidates the register's relevance order
  picked, :data:`app.registry.browse.RELEVANCE_CANDIDATES` at most), best match first (bm25 on
  SQLite, ``ts_rank`` on PostgreSQL): the work is the candidates', not every match's;
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
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session

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
    def rank(self, session: Session, terms: Terms, ids: Sequence[int], narrow: Narrow) -> list[int]:
        """``ids`` best match first, then newest first: the newest matches that ``narrow``
        keeps, every one of them from the lowest of ``ids`` up (the candidates of the
        register's relevance order, :func:`app.registry.browse.find_ids`)."""

    @abstractmethod
    def matching(self, terms: Terms) -> ColumnElement[bool]:
        """A where-clause over ``MailEntry`` keeping the matching mails."""


def for_dialect(name: str) -> SearchBackend:
    if name == "postgresql":
        from app.search.pg_backend import POSTGRES

        return POSTGRES
    return _SQLITE


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

    def rank(self, session: Session, terms: Terms, ids: Sequence[int], narrow: Narrow) -> list[int]:
        if not ids:
            return []
        # The candidates' span of the index only (FTS5 walks a rowid range), kept by the same
        # filters: the candidates themselves. (Naming them in an IN list or a join made FTS5
        # run the whole query once per candidate: seconds.)
        score = func.bm25(_FTS_NAME, *BM25_WEIGHTS)  # lower is better
        stmt = narrow(self._driven(terms).where(_FTS.c.rowid.between(min(ids), max(ids))))
        stmt = stmt.order_by(score, _FTS.c.rowid.desc())
        return list(session.connection().execute(stmt).scalars())

    def matching(self, terms: Terms) -> ColumnElement[bool]:
        return MailEntry.id.in_(select(_FTS.c.rowid).where(self._match(terms)))


_SQLITE = SqliteBackend()
