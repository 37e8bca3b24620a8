"""PostgreSQL: the first page of a search in order of registration, whatever the words.

Two ways find a page of matching mails newest first, and each is hopeless where the other
shines:

- the walk: down the primary key of ``mail_search`` from the newest mail, checking each row's
  words, until the page is full. A word in one mail of twenty fills a page of 50 within a
  thousand rows (a millisecond); a word in five mails of a million reads the whole register
  (half a second at a million mails);
- the GIN index: every match, then a sort. Instant for a rare word; for a common one it builds
  a bitmap of tens of thousands of rows and reads each of them (0.1 to 0.5 s).

The planner picks between them from its estimate of how many rows match, and that estimate
cannot be trusted here: a word missing from the column's statistics counts for half the rarest
word that is there (0.2 % of the rows at a million mails, so the walk looks cheap for a word in
five mails); words are taken as independent (two common words that go together look rare, and
the GIN index is taken for them); and once psycopg prepares the statement (its fifth run) the
generic plan knows no words at all. Counting the matches in the GIN index first would settle it
for rare words, but costs common ones their whole bitmap (15 to 90 ms).

So the search measures before it chooses, and each statement leaves the planner one plan:

1. the walk through the newest :data:`WINDOW` mails, stopping at the page's end: all a common
   word needs (one statement, a millisecond or two);
2. otherwise the window's numbers: how many of its mails match all the words, and each word
   alone (the walk again, bounded by a LIMIT), where it ends, how far the register goes;
3. then the cheaper way for the rest, by :func:`index_is_cheaper`: the GIN index's matches
   older than the window, sorted (at most :data:`HITS` of them: a word rare in the newest
   mail may be common in older years, and then the walk goes on), or the walk on below it.

The words are checked by ``ts_match_vq`` (the function behind ``@@``) where the walk is meant:
no index serves a function call, so the planner cannot swap the walk for the GIN index; the GIN
way's matches are a MATERIALIZED CTE, so it cannot swap that for the walk. Filters and the
user's view are a correlated ``EXISTS (... OFFSET 0)`` on each candidate: the OFFSET keeps it a
per-row check made after the words matched (a join would let the planner check the view of
every row walked, words matching or not).

The ids are those of the plain statement (``narrow(newest_first(...)).limit(...)``), in the same
order; only the path differs.

Neither way is cheap for words common in the register but rare among the mail asked for (a
chef sees one mail in twelve; a filter on a channel and a direction): the walk reads a dozen
times more rows, and the GIN way pays the bitmaps of the common words (their prefixes match
in a bitmap of every posting; an index of the words themselves, to turn prefixes into exact
words, would cut that by five). FTS5 has no such case: it reads its lists in rowid order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Select, func, literal, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import TableClause

from app.store.models import MailEntry

if TYPE_CHECKING:
    from app.search.backend import Narrow

Bound = Callable[[ColumnElement], ColumnElement[bool]]  # type: ignore[type-arg]

# Mails walked first, newest (or oldest) first: a few milliseconds at most.
WINDOW = 5_000
# What the GIN way costs, in walked rows (~0.6 µs each at a million mails): a posting of a word
# in the index's bitmap (~0.5 µs: every posting of every word typed, whatever else is asked),
# a matching row read from the table and sorted (~1.8 µs).
POSTING_COST = 0.8
ROW_COST = 3.0
# The most matches the GIN way takes (then sorts): past them it is not the cheap way.
HITS = 10_000


@dataclass(frozen=True)
class Sample:
    """What the walk through the window saw, and how far the rest goes."""

    walked: int  # mails in the window
    matching: int  # of them, matching every word
    per_word: tuple[int, ...]  # matching each word alone
    passing: int  # matching and kept by the filters and the user's view
    beyond: int  # ids left beyond the window (in the period, if one is asked)
    register: int  # ids in the whole register (the GIN index covers them all)


def index_is_cheaper(sample: Sample, limit: int) -> bool:
    """Whether the GIN index finds the rest of the page for less than the walk.

    The walk needs ``limit - passing`` more mails at the window's rate (counted one better
    than seen, so that a window where none passed does not make the walk look endless: a filter
    on closed mail finds none in the newest weeks, then plenty), and never more than there are.
    The index reads every posting of every word (the window's share of each, scaled to the
    register) and every matching row beyond the window.
    """
    w = sample.walked
    walk = min(sample.beyond, (limit - sample.passing) * w / (sample.passing + 1))
    postings = sum(sample.per_word) * sample.register / w
    rows = sample.matching * sample.beyond / w
    return POSTING_COST * postings + ROW_COST * rows < walk


def first_page(
    session: Session,
    search: TableClause,
    query: ColumnElement,  # type: ignore[type-arg]
    words: Sequence[ColumnElement],  # type: ignore[type-arg]
    narrow: Narrow,
    limit: int,
    *,
    descending: bool = True,
    id_range: tuple[int, int] | None = None,
) -> list[int]:
    """The ids of the first ``limit`` mails matching ``query`` (a tsquery; ``words``: one for
    each of its words) in order of registration, that ``narrow`` (the filters, the user's
    view) keeps."""
    ids = search.c.mail_id

    def order(col: ColumnElement) -> ColumnElement:  # type: ignore[type-arg]
        return col.desc() if descending else col.asc()

    def within(col: ColumnElement) -> list[ColumnElement[bool]]:  # type: ignore[type-arg]
        return [] if id_range is None else [col.between(*id_range)]

    def passes(col: ColumnElement) -> ColumnElement[bool]:  # type: ignore[type-arg]
        check = narrow(select(literal(1)).select_from(MailEntry).where(MailEntry.id == col))
        return check.offset(0).exists()

    def walk(bound: Bound, count: int) -> Select:  # type: ignore[type-arg]
        row = search.alias("walked")
        return (
            select(row.c.mail_id)
            .where(bound(row.c.mail_id), *within(row.c.mail_id))
            .where(func.ts_match_vq(row.c.words, query), passes(row.c.mail_id))
            .order_by(order(row.c.mail_id))
            .limit(count)
        )

    conn = session.connection()
    # 1. The window, as far as the page needs. Its edge: the WINDOW-th mail (an index-only
    # walk to it) or, in a smaller register (or period), the last one.
    nth = (
        select(ids).where(*within(ids)).order_by(order(ids)).offset(WINDOW - 1).limit(1)
    ).scalar_subquery()
    last = (
        select(func.min(ids) if descending else func.max(ids)).where(*within(ids))
    ).scalar_subquery()
    edge = func.coalesce(nth, last)
    near = walk(lambda col: col >= edge if descending else col <= edge, limit)
    page = list(conn.execute(near).scalars())
    if len(page) == limit:
        return page

    # 2. The window's numbers: its matches, for all the words and for each (the walk again,
    # bounded by a LIMIT that the planner sees); its edge; the ends of the register.
    win = search.alias("w")
    window = (
        select(win.c.words)
        .where(*within(win.c.mail_id))
        .order_by(order(win.c.mail_id))
        .limit(WINDOW)
        .subquery("window_words")
    )
    matches = [func.count().filter(func.ts_match_vq(window.c.words, q)) for q in (query, *words)]
    counts = select(func.count(), *matches).select_from(window).subquery("counts")
    ends = select(func.min(ids), func.max(ids)).subquery("ends")
    numbers = select(nth, last, *counts.c, *ends.c).select_from(counts.join(ends, true()))
    row = conn.execute(numbers).one()
    edge_id, last_id, walked, matching, *per_word, first_id, newest_id = row
    if edge_id is None:  # the window held every mail there is (or of the period)
        return page
    sample = Sample(
        walked=walked,
        matching=matching,
        per_word=tuple(per_word),
        passing=len(page),
        beyond=abs(edge_id - last_id),
        register=newest_id - first_id + 1,
    )

    # 3. The rest, beyond the edge, the cheaper way; beyond the page's last mail too (mails
    # registered since the first statement have moved the window's edge towards the newest).
    bound = edge_id
    if page:
        bound = min(bound, page[-1]) if descending else max(bound, page[-1])

    def beyond(col: ColumnElement) -> ColumnElement[bool]:  # type: ignore[type-arg]
        return col < bound if descending else col > bound

    rest = limit - len(page)
    if index_is_cheaper(sample, limit):
        # At most HITS matches from the GIN index: past them it is no longer the cheap way
        # (a word rare in the newest mail may be common in older years), and the walk goes on.
        hits = (
            select(ids)
            .where(search.c.words.op("@@")(query), *within(ids))
            .limit(HITS + 1)
            .cte("hits")
            .prefix_with("MATERIALIZED")
        )
        held = select(func.count()).select_from(hits).scalar_subquery()
        # Sorted first (the OFFSET keeps the sort apart), then checked until the page is full.
        ordered = (
            select(hits.c.mail_id)
            .where(beyond(hits.c.mail_id), held <= HITS)
            .order_by(order(hits.c.mail_id))
            .offset(0)
            .subquery("ordered")
        )
        best = (
            select(ordered.c.mail_id)
            .where(passes(ordered.c.mail_id))
            .order_by(order(ordered.c.mail_id))
            .limit(rest)
        )
        count, found = conn.execute(select(held, func.array(best.scalar_subquery()))).one()
        if count <= HITS:
            return page + list(found)
    return page + list(conn.execute(walk(beyond, rest)).scalars())
