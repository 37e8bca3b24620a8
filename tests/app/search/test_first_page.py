"""A search's first page, newest (or oldest) first: the same ids whichever way is taken.

On PostgreSQL the page is found by a walk through the newest mails, then, if the page is not
full, by the GIN index or by the walk going on (:mod:`app.search.pg_page`). The window is
shrunk here to a few mails so that a small register takes every way; each way is also forced
in turn. The reference is the whole ordered list (the plain statement), cut at the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, text

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction, Role
from app.imputation import workflow
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.registry import register as register_module
from app.registry.browse import RegisterQuery, find_ids
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.search import lexicon, pg_page
from app.search.pg_page import Sample, choose
from app.store.database import Database
from tests.conftest import Office

PASSWORD = "chef-pass-2026"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MAILS = 24


def subject(k: int) -> str:
    """Every other mail is an invoice (a common word), the oldest names a rare place."""
    words = "Facture d'eau" if k % 2 == 0 else "Demande de congé"
    if k == 0:
        words += " — centrale Noor Ouarzazate"
    if k == 17:
        words += " — pont de l'oued Sebou"
    return f"{words} n° {k}"


@pytest.fixture
def mails(office: Office, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of MAILS mails registered a day apart, oldest first; a few requests then
    assigned, so that BUDGET's chef sees them by an assignment too (ASSIGNED)."""
    ids, numbers = [], []
    for k in range(MAILS):
        at = START + timedelta(days=k)
        monkeypatch.setattr(register_module, "now_utc", lambda at=at: at)
        done = register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=Direction.IN if k % 3 else Direction.OUT,
                subject=subject(k),
                correspondent=CorrespondentInput(name_latin=f"Société {k % 5}"),
                service_code="BUDGET" if k % 4 < 2 else "RH",
            ),
        )
        ids.append(done.id)
        numbers.append(done.number)
    monkeypatch.undo()
    for k, (main, copies) in ASSIGNED.items():
        workflow.assign(office.db, office.clerk, [numbers[k]], main, copies=copies)
    return ids


# Mail k (incoming): its main service, its copies. 7 and 11 are RH's, 23 comes to BUDGET as a
# copy, 1 is BUDGET's already (two of the chef's sources hold it).
ASSIGNED = {7: ("BUDGET", ()), 11: ("BUDGET", ()), 23: ("RH", ("BUDGET",)), 1: ("BUDGET", ())}


@pytest.fixture
def chef(office: Office) -> Actor:
    setup.add_user(
        office.db,
        office.admin,
        login="chef_budget",
        full_name="Chef du budget",
        role=Role.CHEF,
        password=PASSWORD,
        service_codes=["BUDGET"],
    )
    return authenticate(office.db, "chef_budget", PASSWORD)


@pytest.fixture(params=["chosen", "index", "walk", "among", "index-overflowing"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A window of three mails; then the way the cost model picks, or one forced ("among":
    the chef's sources, the whole register's walk for the others)."""
    monkeypatch.setattr(pg_page, "WINDOW", 3)
    if request.param != "chosen":
        forced = request.param.split("-")[0]
        monkeypatch.setattr(pg_page, "choose", lambda sample, limit: forced)
    if request.param == "index":  # prefixes of more than one word stay prefixes
        monkeypatch.setattr(lexicon, "MAX_WORDS", 1)
    if request.param == "index-overflowing":  # more matches than the GIN way takes: the walk
        monkeypatch.setattr(pg_page, "HITS", 2)
    return str(request.param)


QUERIES = [
    RegisterQuery(text="facture"),
    RegisterQuery(text="dem"),
    RegisterQuery(text="Ouarzazate"),
    RegisterQuery(text="noor centrale"),
    RegisterQuery(text="sebou pont"),
    RegisterQuery(text="facture eau"),
    RegisterQuery(text="nowhere"),
    RegisterQuery(text="facture", direction=Direction.OUT),
    RegisterQuery(text="demande", service_code="RH"),
    RegisterQuery(text="facture", first_day=date(2026, 3, 6), last_day=date(2026, 3, 18)),
    RegisterQuery(text="congé", first_day=date(2026, 3, 20)),
    RegisterQuery(text="demande", direction=Direction.IN),
    RegisterQuery(text="conge", service_code="BUDGET"),
    RegisterQuery(text="de facture"),
    RegisterQuery(text="d eau"),
    RegisterQuery(text="facture", service_code="nope"),  # no such service: nothing
    RegisterQuery(text="facture", service_code="budget"),  # typed in lower case
]


def _pages_are_the_plain_statements(office: Office, chef: Actor, way: str) -> None:
    for asked in QUERIES:
        for query in (asked, replace(asked, descending=False)):
            for actor in (None, chef):
                everything = find_ids(office.db, query, actor=actor)  # the plain statement
                for limit in (1, 2, 5, 50):
                    page = find_ids(office.db, query, limit=limit, actor=actor)
                    assert page == everything[:limit], (way, query, limit, actor)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_fts5_gives_the_plain_statements_page(
    office: Office, mails: list[int], chef: Actor
) -> None:
    """FTS5 has one way (its lists in rowid order): nothing to force."""
    _pages_are_the_plain_statements(office, chef, "fts5")


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_each_way_gives_the_plain_statements_page(
    office: Office, mails: list[int], chef: Actor, way: str
) -> None:
    _pages_are_the_plain_statements(office, chef, way)


def test_the_reference_is_what_it_should_be(office: Office, mails: list[int], chef: Actor) -> None:
    """The plain statement itself, against the fixture's own bookkeeping."""
    invoices = [mails[k] for k in range(MAILS) if k % 2 == 0]
    assert find_ids(office.db, RegisterQuery(text="facture")) == invoices[::-1]
    budget = [mails[k] for k in range(MAILS) if k % 2 == 0 and k % 4 < 2]
    assert find_ids(office.db, RegisterQuery(text="facture"), actor=chef) == budget[::-1]
    requests = [mails[k] for k in range(MAILS) if k % 2 == 1 and (k % 4 < 2 or k in ASSIGNED)]
    assert find_ids(office.db, RegisterQuery(text="demande"), actor=chef) == requests[::-1]
    assert find_ids(office.db, RegisterQuery(text="ouarzazate"), limit=5) == [mails[0]]


@pytest.fixture
def statements(office: Office) -> Iterator[list[tuple[str, object]]]:
    """The statements the test runs, with their parameters."""
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(office.db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(office.db.engine, "before_cursor_execute", record)


def _plan(db: Database, statement: str, parameters: object) -> str:
    with db.read() as session:
        conn = session.connection()
        # A small table: no reading it whole, nor through the primary key alone.
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        rows = conn.exec_driver_sql("EXPLAIN " + statement, parameters)  # type: ignore[arg-type]
        return "\n".join(r[0] for r in rows)


@pytest.mark.postgres
def test_postgres_walks_for_a_common_word_and_takes_the_index_for_a_rare_one(
    office: Office,
    mails: list[int],
    statements: list[tuple[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if office.db.dialect != "postgresql":
        pytest.skip("PostgreSQL's plans")
    monkeypatch.setattr(pg_page, "WINDOW", 4)

    # A common word fills its page within the window: one statement, a walk of the primary key
    # that no plan can turn into the GIN index.
    assert find_ids(office.db, RegisterQuery(text="facture"), limit=2) == [mails[22], mails[20]]
    searches = [s for s in statements if "mail_search" in s[0]]
    assert len(searches) == 1
    walk = _plan(office.db, *searches[0])
    assert "pk_mail_search" in walk and "ix_mail_search_words" not in walk

    # A rare word, in the oldest mail only: the window, its numbers, then the GIN index, not
    # the walk down the whole register.
    statements.clear()
    assert find_ids(office.db, RegisterQuery(text="Ouarzazate"), limit=2) == [mails[0]]
    searches = [s for s in statements if "mail_search" in s[0]]
    assert len(searches) == 3
    assert "ix_mail_search_words" in _plan(office.db, *searches[-1])


def test_postgres_connections_do_not_compile_queries(db: Database) -> None:
    """JIT compilation would cost a search 50-250 ms whenever a plan's costs pass its
    threshold (a search's untaken branches count too)."""
    if db.dialect != "postgresql":
        pytest.skip("PostgreSQL only")
    with db.read() as session:
        assert session.execute(text("SHOW jit")).scalar() == "off"


# --- the choice ------------------------------------------------------------------------------


def sample(**numbers: object) -> Sample:
    base: dict[str, object] = {
        "walked": 5_000,
        "matching": 0,
        "passing": 0,
        "beyond": 995_000,
        "postings": (0,),
        "exact": (True,),
    }
    return Sample(**{**base, **numbers})  # type: ignore[arg-type]


def indexes(sample: Sample, limit: int) -> bool:
    return choose(sample, limit) == "index"


def walks(sample: Sample, limit: int) -> bool:
    return choose(sample, limit) == "walk"


def test_a_word_absent_from_the_window_goes_to_the_index() -> None:
    assert indexes(sample(postings=(40,)), 50)


def test_a_common_word_that_the_filters_keep_out_of_the_window_walks_on() -> None:
    # A word in one mail of five; none of the newest mail is closed yet.
    assert walks(sample(matching=1_000, postings=(200_000,), passing=0), 50)


def test_a_word_in_a_few_hundred_mails_goes_to_the_index() -> None:
    assert indexes(sample(matching=4, postings=(800,), passing=4), 50)


def test_more_matches_than_the_index_way_takes_walk_on() -> None:
    # The lexicon counts 30,000: the GIN way would stop at HITS and walk anyway.
    assert walks(sample(matching=1, postings=(30_000,), passing=1), 50)


def test_words_that_go_together_rarely() -> None:
    # As whole words, the index reads about as many postings as the rarer word has.
    two = sample(matching=2, postings=(100_000, 20_000), exact=(True, True), passing=2)
    assert indexes(two, 50)
    # Left as prefixes (too many words under them), it would read every posting: the walk.
    assert walks(replace(two, exact=(False, False)), 50)
    # A common prefix and a rarer word: the index is asked for the word, the prefix checked
    # on its rows.
    assert indexes(replace(two, postings=(100_000, 5_000), exact=(False, True)), 50)
    # Both common: the rarer's postings cost more than the walk.
    assert walks(replace(two, postings=(100_000, 100_000), passing=5), 50)
    # One of them rare, even as a prefix: the index.
    one_rare = sample(matching=1, postings=(100_000, 100), exact=(True, False), passing=1)
    assert indexes(one_rare, 50)


def test_a_short_period_is_walked_to_its_end() -> None:
    short = sample(beyond=3_000, matching=1, postings=(8_000, 8_000), exact=(True, True))
    assert walks(short, 50)


def test_a_chef_walks_the_mail_of_his_services() -> None:
    # A common word, one mail in twelve the chef's, a filter keeping few of them: his sources.
    common = sample(matching=400, postings=(70_000,), passing=2, visible=400)
    assert choose(common, 50) == "among"
    # A user who sees most of the register walks it as the others do.
    assert choose(replace(common, visible=4_000), 50) == "walk"
    # Sources with none of the newest mail: theirs is the short walk.
    assert choose(replace(common, visible=0), 50) == "among"
    # A rare word: the index, whoever asks.
    assert choose(replace(common, matching=1, postings=(300,), passing=0), 50) == "index"
