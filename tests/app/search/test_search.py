"""The register's search on both databases: filters, order, numbers, corrections, visibility."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import select, text

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction, MailStatus, MailType, Role
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.browse import RegisterQuery, SortKey, count, find_id_array, find_ids
from app.registry.corrections import Correction, correct_mail
from app.search import build, document
from app.store import schema
from app.store.models import MailSearch
from tests.app.search.conftest import Register

PASSWORD = "chef-pass-2026"


def test_newest_first_and_oldest_first(register: Register) -> None:
    assert register.find("جماعة") == ["reply", "water"]
    ids = find_ids(register.office.db, RegisterQuery(text="جماعة", descending=False))
    assert ids == [register.ids["water"], register.ids["reply"]]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"direction": Direction.OUT}, ["reply"]),
        ({"direction": Direction.IN}, ["water"]),
        ({"mail_type": MailType.INVOICE}, ["water"]),
        ({"channel": Channel.POST}, ["water"]),
        ({"channel": Channel.COUNTER}, ["reply"]),
        ({"service_code": "budget"}, ["water"]),
        ({"status": MailStatus.REGISTERED}, ["reply"]),  # registered for BUDGET: assigned
        ({"status": MailStatus.ASSIGNED}, ["water"]),
        ({"status": MailStatus.CLOSED}, []),
        ({"first_day": date(2026, 10, 1), "last_day": date(2026, 10, 31)}, ["water"]),
        ({"first_day": date(2026, 11, 5)}, ["reply"]),
        ({"first_day": date(2030, 1, 1)}, []),
    ],
)
def test_filters_apply_to_the_search(
    register: Register, filters: dict[str, object], expected: list[str]
) -> None:
    assert register.find("جماعة", **filters) == expected


def test_count_and_the_whole_id_list_follow_the_search(register: Register) -> None:
    db = register.office.db
    query = RegisterQuery(text="جماعة")
    assert count(db, query) == 2
    assert find_id_array(db, query).tolist() == find_ids(db, query)
    assert count(db, RegisterQuery(text="جماعة", direction=Direction.OUT)) == 1


def test_by_relevance_puts_the_subject_first(register: Register) -> None:
    # "فاس" names the water bill's correspondent; "الماء"+"فاس" only the water bill.
    found = register.find("طلب", sort=SortKey.RELEVANCE)
    assert sorted(found) == ["reply", "secret"]
    assert register.find("فاتورة الماء", sort=SortKey.RELEVANCE) == ["water"]


@pytest.mark.parametrize(
    "typed",
    [
        lambda n: n,
        lambda n: n.lower(),
        lambda n: f"  {n}  ",
        lambda n: n.replace("0000", "").replace("/00", "/"),  # without leading zeros
        lambda n: n.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    ],
)
def test_a_typed_number_goes_straight_to_its_mail(register: Register, typed) -> None:  # type: ignore[no-untyped-def]
    number = register.numbers["hospital"]
    assert register.find(typed(number)) == ["hospital"]


def test_a_number_that_does_not_exist_finds_nothing(register: Register) -> None:
    assert register.find("A-1999/000042") == []


def test_the_sequence_alone_finds_the_numbers(register: Register) -> None:
    seq = register.numbers["hospital"].rsplit("/", 1)[1]  # "000003"
    assert "hospital" in register.find(seq)
    assert "hospital" in register.find(seq.lstrip("0"))


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "***",
        "-",
        '"',
        '"فاتورة',
        "فاتورة*",
        "NEAR(facture eau)",
        "facture NEAR eau",
        "subject:facture",
        "-facture",
        "facture OR eau",
        "facture AND NOT eau",
        "^facture",
        "(facture",
        "facture)",
        "'; DROP TABLE mail_entries; --",
        "%_\\",
        "ف" * 10_000,
        "facture " * 2_000,
        "\u200f\u200e",
        "\x00",
    ],
)
def test_odd_input_never_raises(register: Register, typed: str) -> None:
    found = register.find(typed)
    assert isinstance(found, list)
    assert count(register.office.db, RegisterQuery(text=typed)) == len(found)


def test_search_syntax_is_read_as_words(register: Register) -> None:
    assert register.find('"facture"') == ["electricity"]
    assert register.find("facture*") == ["electricity"]
    assert register.find("-facture") == ["electricity"]
    assert register.find("subject:facture") == []  # "subject" is no word of that mail
    assert register.find("***") == []


def test_a_correction_updates_the_index_in_its_transaction(register: Register) -> None:
    db, clerk = register.office.db, register.office.clerk
    number = register.numbers["leave"]
    assert register.find("mutation") == []
    correct_mail(
        db,
        clerk,
        number,
        Correction(
            subject="Demande de mutation",
            correspondent=CorrespondentInput(name_arabic="نادية برادة"),
            observations="Dossier complet",
        ),
        "Objet mal saisi",
    )
    assert register.find("mutation") == ["leave"]
    assert register.find("congé") == []  # the old words are gone
    assert register.find("برادة") == ["leave"]
    assert register.find("benjelloun") == []
    assert register.find("dossier complet") == ["leave"]


def test_a_refused_correction_leaves_the_index_as_it_was(register: Register) -> None:
    from app.errors import UserError

    db, clerk = register.office.db, register.office.clerk
    with pytest.raises(UserError):
        correct_mail(
            db,
            clerk,
            register.numbers["leave"],
            Correction(subject="Demande de mutation", service_code="NOPE"),
            "Objet",
        )
    assert register.find("mutation") == []
    assert register.find("congé") == ["leave"]


def test_attachment_text_is_searched(register: Register) -> None:
    db = register.office.db
    assert register.find("ouarzazate") == []
    with db.write() as session:
        document.set_attachment_text(
            session, register.ids["leave"], "Centrale solaire Noor — ورزازات"
        )
    assert register.find("ouarzazate") == []
    assert register.find("noor ورزازات") == ["leave"]
    with db.write() as session:
        document.set_attachment_text(session, register.ids["leave"], "")
    assert register.find("noor") == []
    assert register.find("congé") == ["leave"]


def test_bulk_build_writes_what_registering_writes(register: Register) -> None:
    db = register.office.db
    with db.read() as session:
        live = {
            r.mail_id: (r.subject, r.correspondent, r.other)
            for r in session.scalars(select(MailSearch))
        }
    with db.write() as session:
        session.execute(MailSearch.__table__.delete())
    with db.engine.begin() as conn:
        assert build.fill(conn) == len(register.ids)
    with db.read() as session:
        rebuilt = {
            r.mail_id: (r.subject, r.correspondent, r.other)
            for r in session.scalars(select(MailSearch))
        }
    assert rebuilt == live
    assert register.find("فاتوره الماء") == ["water"]


def test_upgrade_indexes_the_mail_already_registered(register: Register) -> None:
    db = register.office.db
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with db.engine.connect() as conn:
        tables = {"mail_search", "mail_fts"} & set(
            conn.execute(
                text(
                    "SELECT tablename FROM pg_tables"
                    if db.dialect == "postgresql"
                    else "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            ).scalars()
        )
    assert tables == set()
    schema.upgrade(db, backup=False)
    assert register.find("مراسله") == ["hospital"]
    assert register.find("commune fes") == ["water"]


@pytest.fixture
def chefs(register: Register) -> dict[str, object]:
    db, admin = register.office.db, register.office.admin
    users = {}
    for login, role, services in [
        ("chef_budget", Role.CHEF, ["BUDGET"]),
        ("chef_rh", Role.CHEF, ["RH"]),
    ]:
        setup.add_user(
            db,
            admin,
            login=login,
            full_name=login,
            role=role,
            password=PASSWORD,
            service_codes=services,
        )
        users[login] = authenticate(db, login, PASSWORD)
    return users


def test_search_keeps_to_what_the_user_may_see(register: Register, chefs) -> None:  # type: ignore[no-untyped-def]
    budget, rh = chefs["chef_budget"], chefs["chef_rh"]
    # BUDGET's chef finds BUDGET's mail, not RH's, by words or by number.
    assert register.find("facture", actor=budget) == ["electricity"]
    assert register.find("congé", actor=budget) == []
    assert register.find(register.numbers["leave"], actor=budget) == []
    assert register.find("congé", actor=rh) == ["leave"]
    # A confidential mail registered for no service: not even RH's chef finds it before it
    # is assigned to him.
    assert register.find("عائشة", actor=rh) == []
    assert register.find("عائشة") == ["secret"]  # the bureau d'ordre's whole register
    assert register.find("عائشة", actor=register.office.clerk) == ["secret"]
    assert count(register.office.db, RegisterQuery(text="congé"), actor=budget) == 0


def test_postgres_uses_the_gin_index_or_the_register_order(register: Register) -> None:
    db = register.office.db
    if db.dialect != "postgresql":
        with db.read() as session:
            plan = session.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT m.id FROM mail_fts JOIN mail_entries m "
                    "ON m.id = mail_fts.rowid WHERE mail_fts MATCH '\"fac\"*' "
                    "ORDER BY mail_fts.rowid DESC LIMIT 5"
                )
            ).all()
        details = " ".join(str(r[-1]) for r in plan)
        assert "VIRTUAL TABLE INDEX" in details and "TEMP B-TREE" not in details
        return
    with db.read() as session:
        names = set(
            session.execute(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'mail_search'")
            ).scalars()
        )
    assert "ix_mail_search_words" in names
