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
   word needs (one statement, a millisecond or two); the window's edge comes back with it;
2. otherwise the window's numbers: how many of its mails match all the words, how far the
   register goes, and, for a user who sees part of it, how many of its mails are in their
   reach and how many of those match; how many mails carry each word comes exactly from the
   lexicon (:mod:`app.search.lexicon`);
3. then the cheapest way for the rest, by :func:`choose`: the GIN index's matches older than
   the window, asked by the exact words the prefixes stand for, and for a chef or an agent by
   their reach too (``mail_search.scope``: the mail's service, its assignments' services and
   agents, kept by triggers, migration 0009; the index intersects it with the words), then
   sorted (at most :data:`HITS` of them, or the walk goes on); the walk on below it; or, for
   a user who sees a small part of the register, the walk through their sources only
   (:func:`walk_sources`): each source's index in order of ids, the filters checked on the
   mail's row, and the words looked up for the mails that passed.

The words are checked by ``ts_match_vq`` (the function behind ``@@``) and the reach by
``arrayoverlap`` (behind ``&&``) where the walk is meant: no index serves a function call, so
the planner cannot swap the walk for the GIN index; the GIN
way's matches are a MATERIALIZED CTE, so it cannot swap that for the walk. Filters and the
user's view are a correlated ``EXISTS (... OFFSET 0)`` on each candidate: the OFFSET keeps it a
per-row check made after the words matched (a join would let the planner check the view of
every row walked, words matching or not).

The ids are those of the plain statement (``narrow(newest_first(...)).limit(...)``), in the same
order; only the path differs.

What stays slow: a word common in the register, in none of the newest mail and common in the
user's reach too (a year's number "2023" in every mail of that year: more matches than the
GIN way takes, and the walk crosses three years). FTS5 has no such case: it reads its lists in
rowid order. (A chef filtering on another service's mail walks only what is assigned to him:
:func:`app.imputation.visibility.sources` leaves out his services' own mail.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    column,
    func,
    literal,
    select,
    table,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FromClause, TableClause

from app.store.models import MailEntry

if TYPE_CHECKING:
    from app.search.backend import Narrow

SCOPE_TYPE = ARRAY(Integer)

Bound = Callable[[ColumnElement], ColumnElement[bool]]  # type: ignore[type-arg]

# Mails walked first, newest (or oldest) first: a few milliseconds at most.
WINDOW = 5_000
# What the GIN way costs, in walked rows (~0.6 µs each at a million mails): a posting of a word
# in the index's bitmap (~0.5 µs: every posting of every word typed, whatever else is asked),
# a matching row read from the table and sorted (~1.8 µs).
POSTING_COST = 0.8
ROW_COST = 3.0
# The most matches the GIN way takes (then sorts): past them it is not the cheap way. (A
# chef's "2023", a year's number in every mail of that year: 14,000 of them in his reach at a
# million mails, 65 ms this way, 300 ms walking back to 2023.)
HITS = 20_000
# A mail of the user's sources walked (its index entry, its row, the filters: ~1 µs), and the
# look-up of its words once the filters kept it (~6 µs), in walked rows of the register.
SOURCE_COST = 2.0
LOOKUP_COST = 12.0


@dataclass(frozen=True)
class Sample:
    """What the walk through the window saw, how far the rest goes, and what the lexicon says."""

    walked: int  # mails in the window
    matching: int  # of them, matching every word
    passing: int  # matching and kept by the filters and the user's view
    beyond: int  # ids left beyond the window (in the period, if one is asked)
    postings: tuple[int, ...]  # per term: the mails of the whole register carrying its words
    exact: tuple[bool, ...]  # per term: asked as whole words (no prefix left)
    visible: int | None = None  # mails of the window in the user's sources (None: no sources)
    reached: int | None = None  # matching mails of the window in the user's reach (None: all)
    register: int | None = None  # mails of the whole register, if a period is asked

    @property
    def everything(self) -> int:
        """The mails the GIN index answers from: the whole register, whatever the period."""
        return self.register if self.register is not None else self.walked + self.beyond


def index_cost(sample: Sample) -> float | None:
    """What the GIN index costs for the rest of the page, in walked rows; None if it would
    take more matches than :data:`HITS` (then it ends in the walk anyway).

    It is asked for the terms that are whole words and the prefixes no more common than the
    rarest of them (the other prefixes are checked on the rows found), and for the user's
    reach if they see part of the register; it reads all the postings of the prefixes asked,
    and of whole words (or of the reach) about as many as the rarest has (it skips through the
    others); then every matching row beyond the window: a single term's are counted by the
    lexicon, several terms' (or a term within a reach) are estimated from the window (one
    better than seen) and can be no more than the rarest term's.
    """
    words = [p for p, exact in zip(sample.postings, sample.exact, strict=True) if exact]
    rarest = min(words) if words else None
    # As :meth:`app.search.lexicon.Expanded.asked_of_index` asks it.
    prefixes = [
        p
        for p, exact in zip(sample.postings, sample.exact, strict=True)
        if not exact and (rarest is None or p <= rarest)
    ]
    asked = words + prefixes
    matching, share = sample.matching, 1.0
    if sample.reached is not None and sample.visible is not None:
        # The reach is one more key, with its share of the window's postings everywhere.
        matching, share = sample.reached, sample.visible / sample.walked
        words.append(round(sample.everything * share))
    skipping = min(words) if words else 0
    postings = sum(prefixes) + skipping
    if len(asked) == 1:  # counted by the lexicon (in the reach: as often as anywhere)
        rows = asked[0] * share
    else:  # as often as in the window (one better than seen), in every mail the index holds
        rows = min(min(asked) * share, (matching + 1) * sample.everything / sample.walked)
    if rows > HITS:
        return None
    return POSTING_COST * postings + ROW_COST * rows


def walk_cost(sample: Sample, limit: int) -> float:
    """The walk needs ``limit - passing`` more mails at the window's rate (counted one better
    than seen, so that a window where none passed does not make the walk look endless: a filter
    on closed mail finds none in the newest weeks, then plenty), and never more than there are.
    """
    w = sample.walked
    return min(sample.beyond, (limit - sample.passing) * w / (sample.passing + 1))


def among_cost(sample: Sample, limit: int) -> float | None:
    """The walk through the user's sources only: of the rows the register walk would read,
    those the sources hold (their share of the window), each at :data:`SOURCE_COST`, and the
    words looked up (:data:`LOOKUP_COST`) for those the filters keep (the window's matches
    that passed, against those the sources held: one better than seen); None without sources.
    """
    if sample.visible is None:
        return None
    share = sample.visible / sample.walked
    kept = min(1.0, (sample.passing + 1) / ((sample.matching + 1) * share)) if share else 1.0
    return (SOURCE_COST + LOOKUP_COST * kept) * share * walk_cost(sample, limit)


def choose(sample: Sample, limit: int) -> str:
    """The cheapest way for the rest of the page: "index", "walk" or "among"."""
    costs = {
        "walk": walk_cost(sample, limit),
        "index": index_cost(sample),
        "among": among_cost(sample, limit),
    }
    return min((c, way) for way, c in costs.items() if c is not None)[1]


def first_page(
    session: Session,
    search: TableClause,
    query: ColumnElement,  # type: ignore[type-arg]
    words: ColumnElement,  # type: ignore[type-arg]
    narrow: Narrow,
    limit: int,
    *,
    postings: Sequence[int],
    exact: Sequence[bool],
    descending: bool = True,
    id_range: tuple[int, int] | None = None,
    among: Sequence[Select] | None = None,  # type: ignore[type-arg]
    reach: Sequence[int] | None = None,
) -> list[int]:
    """The ids of the first ``limit`` mails matching ``query`` (a tsquery) in order of
    registration, that ``narrow`` (the filters, the user's view) keeps.

    ``words`` is what the GIN index is asked: the query's prefixes as the words they stand
    for (:mod:`app.search.lexicon`), maybe only some of its terms; the walk checks ``query``
    (one prefix is checked faster than the ten words under it: a walk of 500,000 rows took
    three times as long);
    ``postings`` and ``exact``: for each term, how many mails carry its words and whether it
    is asked as whole words. ``among``: where all the mail the user may see comes from
    (:func:`app.imputation.visibility.sources`), or None (the whole register); ``reach``:
    the same as the keys of ``mail_search.scope`` (:func:`app.imputation.visibility.reach`),
    asked of the GIN index with the words. A user with no source sees nothing."""
    if among is not None and not among:
        return []
    ids = search.c.mail_id

    def in_reach(row: FromClause, *, indexed: bool = False) -> list[ColumnElement[bool]]:
        """The user's reach: asked of the GIN index with the words (``&&``), or checked on a row
        walked (the function behind ``&&``, which no index serves: the walk stays a walk)."""
        if reach is None:
            return []
        keys = literal(list(reach), SCOPE_TYPE)
        return [row.c.scope.op("&&")(keys) if indexed else func.arrayoverlap(row.c.scope, keys)]

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
            .where(func.ts_match_vq(row.c.words, query), *in_reach(row))
            .where(passes(row.c.mail_id))
            .order_by(order(row.c.mail_id))
            .limit(count)
        )

    conn = session.connection()
    # 1. The window, as far as the page needs. Its edge: the WINDOW-th mail (an index-only
    # walk to it) or, in a smaller register (or period), the last one; both come back with the
    # page, for the next statement to use as they are.
    nth = (
        select(ids).where(*within(ids)).order_by(order(ids)).offset(WINDOW - 1).limit(1)
    ).scalar_subquery()
    last = (
        select(func.min(ids) if descending else func.max(ids)).where(*within(ids))
    ).scalar_subquery()
    edges = select(nth.label("nth"), last.label("last")).cte("edges").prefix_with("MATERIALIZED")
    edge = select(func.coalesce(edges.c.nth, edges.c.last)).scalar_subquery()
    near = walk(lambda col: col >= edge if descending else col <= edge, limit)
    found, edge_id, last_id = conn.execute(
        select(
            func.array(near.scalar_subquery()),
            select(edges.c.nth).scalar_subquery(),
            select(edges.c.last).scalar_subquery(),
        )
    ).one()
    page = list(found)
    if len(page) == limit or edge_id is None:  # full, or the window held every mail there is
        return page

    # 2. The window's numbers: how many of its mails match (the walk again, bounded by its
    # edge), how many of those the user's reach holds, and how many of its mails the user may
    # see: those of their reach or, without one, of their sources (index-only counts).
    win = search.alias("w")
    at_edge = win.c.mail_id >= edge_id if descending else win.c.mail_id <= edge_id
    window = select(win.c.words, win.c.scope).where(at_edge, *within(win.c.mail_id)).subquery()
    matches = func.ts_match_vq(window.c.words, query)
    counts = [func.count(), func.count().filter(matches)]
    if reach is not None:
        counts += [
            func.count().filter(matches, *in_reach(window)),
            func.count().filter(*in_reach(window)),
        ]
    numbers = select(*counts).select_from(window)
    in_window = [
        select(func.count())
        .select_from(
            src.where(
                MailEntry.id >= edge_id if descending else MailEntry.id <= edge_id,
                *within(MailEntry.id),
            ).subquery()
        )
        .scalar_subquery()
        for src in (among or () if reach is None else ())
    ]
    # The whole register's span, if a period narrows the walk: the GIN index reads them all.
    span = [] if id_range is None else [select(func.max(ids) - func.min(ids) + 1).scalar_subquery()]
    walked, matching, *rest_of = conn.execute(numbers.add_columns(*in_window, *span)).one()
    register = rest_of.pop() if id_range is not None else None
    if reach is not None:
        scoped, visible = rest_of
    else:
        scoped, visible = None, (None if among is None else min(walked, sum(rest_of)))
    sample = Sample(
        walked=walked,
        matching=matching,
        passing=len(page),
        beyond=abs(edge_id - last_id),
        postings=tuple(postings),
        exact=tuple(exact),
        visible=visible,
        reached=scoped,
        register=register,
    )

    # 3. The rest, beyond the edge, the cheaper way; beyond the page's last mail too (mails
    # registered since the first statement have moved the window's edge towards the newest).
    bound = edge_id
    if page:
        bound = min(bound, page[-1]) if descending else max(bound, page[-1])

    def beyond(col: ColumnElement) -> ColumnElement[bool]:  # type: ignore[type-arg]
        return col < bound if descending else col > bound

    rest = limit - len(page)
    way = choose(sample, limit)
    if way == "among" and among:
        return page + walk_sources(
            session, among, query, narrow, rest, after=bound, descending=descending, within=within
        )
    if way == "index":
        # At most HITS matches from the GIN index: past them it is no longer the cheap way
        # (a word rare in the newest mail may be common in older years), and the walk goes on.
        hits = (
            select(ids)
            .where(search.c.words.op("@@")(words), *within(ids), *in_reach(search, indexed=True))
            .where(func.ts_match_vq(search.c.words, query))
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


def walk_sources(
    session: Session,
    among: Sequence[Select],  # type: ignore[type-arg]
    query: ColumnElement,  # type: ignore[type-arg]
    narrow: Narrow,
    count: int,
    *,
    after: int,
    descending: bool,
    within: Callable[[ColumnElement], list[ColumnElement[bool]]],  # type: ignore[type-arg]
) -> list[int]:
    """The first ``count`` mails of the user's sources beyond ``after``, in order, that
    ``narrow`` keeps and whose words match ``query``: each source walked by its index (merged
    in order), its rows filtered where they are, then their words looked up (the one costly
    step, for the mails that passed the rest). A mail held by two sources comes twice: kept
    once, and the walk goes on if that left the page short."""
    words = table("mail_search", column("mail_id"), column("words")).alias("looked_up")
    has_words = (
        select(literal(1))
        .select_from(words)
        .where(words.c.mail_id == MailEntry.id, func.ts_match_vq(words.c.words, query))
        .offset(0)
        .exists()
    )
    found: list[int] = []
    while len(found) < count:
        beyond = MailEntry.id < after if descending else MailEntry.id > after
        order = MailEntry.id.desc() if descending else MailEntry.id.asc()
        want = count - len(found)
        # Each source ordered and cut by its own LIMIT: the planner walks its index (one
        # ORDER BY over them all lets it read every mail of the sources, then sort).
        streams = [
            narrow(src)
            .where(beyond, *within(MailEntry.id), has_words)
            .order_by(order)
            .limit(want)
            .subquery(f"source_{k}")
            for k, src in enumerate(among)
        ]
        merged = union_all(*(select(stream.c[0]) for stream in streams)).subquery("sources")
        col = merged.c[0]
        stmt = select(col).order_by(col.desc() if descending else col.asc()).limit(want)
        rows = list(session.connection().execute(stmt).scalars())
        for mail_id in rows:
            if not found or found[-1] != mail_id:
                found.append(mail_id)
        if len(rows) < want:
            break
        after = rows[-1]
    return found
