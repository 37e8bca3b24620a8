"""The full-text index on PostgreSQL: a generated tsvector of the folded words, a GIN index.

Imported on a PostgreSQL database only (:func:`app.search.backend.for_dialect`): its types
bring in SQLAlchemy's whole PostgreSQL dialect, which a search on SQLite does not need.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Integer, Select, cast, column, func, literal, select, table
from sqlalchemy.dialects.postgresql import ARRAY, TSQUERY, TSVECTOR
from sqlalchemy.orm import Session

from app.search import lexicon, pg_page
from app.search.backend import Narrow, SearchBackend
from app.search.terms import Term, Terms
from app.store.models import MailEntry

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

    def rank(self, session: Session, terms: Terms, ids: Sequence[int], narrow: Narrow) -> list[int]:
        if not ids:
            return []
        # The words carry no positions (they are the index's own lexemes): ts_rank counts
        # matches; a match in the subject or the correspondent counts double. Only the
        # candidates' rows are read (by their primary key) and ranked.
        query = self._query(terms)
        head = func.array_to_tsvector(
            func.array_remove(
                func.string_to_array(_SEARCH.c.subject + " " + _SEARCH.c.correspondent, " "), ""
            )
        )
        score = func.ts_rank(_SEARCH.c.words, query) + 2 * func.ts_rank(head, query)
        candidates = literal(list(ids), ARRAY(Integer))
        stmt = (
            select(_SEARCH.c.mail_id)
            .where(_SEARCH.c.mail_id == func.any(candidates))
            .order_by(score.desc(), _SEARCH.c.mail_id.desc())
        )
        return list(session.connection().execute(stmt).scalars())

    def matching(self, terms: Terms) -> ColumnElement[bool]:
        return MailEntry.id.in_(
            select(_SEARCH.c.mail_id).where(_SEARCH.c.words.op("@@")(self._query(terms)))
        )


POSTGRES = PostgresBackend()
