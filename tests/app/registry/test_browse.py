from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry import register as register_module
from app.registry.browse import (
    RegisterQuery,
    SortKey,
    count,
    find_id_array,
    find_ids,
    find_ids_after,
    load_rows,
    match_numbers,
)
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.models import MailEntry
from tests.conftest import Office

ENTRIES = [
    # (registered at, direction, subject, correspondent, service)
    (
        datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        Direction.IN,
        "Demande de congé annuel",
        "Karim Benjelloun",
        "RH",
    ),
    (
        datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
        Direction.OUT,
        "جواب على طلب رخصة",
        "جماعة فاس",
        None,
    ),
    (
        datetime(2026, 3, 3, 8, 30, tzinfo=UTC),
        Direction.IN,
        "فاتورة الماء والكهرباء",
        "Radeef Fès",
        "BUDGET",
    ),
    (
        datetime(2026, 3, 4, 15, 0, tzinfo=UTC),
        Direction.IN,
        "Réclamation facture d'eau",
        "Commune de Fès",
        "BUDGET",
    ),
]


@pytest.fixture
def filled(office: Office, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    numbers = {}
    for at, direction, subject, who, service in ENTRIES:
        monkeypatch.setattr(register_module, "now_utc", lambda at=at: at)
        done = register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=direction,
                subject=subject,
                correspondent=CorrespondentInput.from_name(who),
                service_code=service,
            ),
        )
        numbers[subject] = done.id
    return numbers


def _subjects(office: Office, query: RegisterQuery) -> list[str]:
    ids = find_ids(office.db, query)
    rows = load_rows(office.db, ids)
    return [rows[i].subject for i in ids]


def test_newest_first_by_default(office: Office, filled: dict[str, int]) -> None:
    assert _subjects(office, RegisterQuery()) == [e[2] for e in reversed(ENTRIES)]


def test_quick_filters(office: Office, filled: dict[str, int]) -> None:
    assert _subjects(office, RegisterQuery(direction=Direction.OUT)) == ["جواب على طلب رخصة"]
    assert _subjects(office, RegisterQuery(first_day=date(2026, 3, 2))) == [
        "جواب على طلب رخصة",
        "Demande de congé annuel",
    ]
    assert (
        len(_subjects(office, RegisterQuery(first_day=date(2026, 3, 2), last_day=date(2026, 3, 3))))
        == 3
    )
    assert _subjects(office, RegisterQuery(service_code="budget", descending=False)) == [
        "فاتورة الماء والكهرباء",
        "Réclamation facture d'eau",
    ]


def test_search_text_over_number_subject_and_correspondent(
    office: Office, filled: dict[str, int]
) -> None:
    assert _subjects(office, RegisterQuery(text="FACTURE")) == ["Réclamation facture d'eau"]
    assert _subjects(office, RegisterQuery(text="فاس")) == ["جواب على طلب رخصة"]
    assert _subjects(office, RegisterQuery(text="benjelloun")) == ["Demande de congé annuel"]
    first = load_rows(office.db, [filled["Demande de congé annuel"]])
    number = next(iter(first.values())).number
    assert _subjects(office, RegisterQuery(text=number.lower())) == ["Demande de congé annuel"]
    assert _subjects(office, RegisterQuery(text="100%")) == []


def test_sorting_in_sql(office: Office, filled: dict[str, int]) -> None:
    by_corr = _subjects(office, RegisterQuery(sort=SortKey.CORRESPONDENT, descending=False))
    assert by_corr[:3] == [
        "Réclamation facture d'eau",
        "Demande de congé annuel",
        "فاتورة الماء والكهرباء",
    ]
    by_number = _subjects(office, RegisterQuery(sort=SortKey.NUMBER, descending=False))
    assert by_number[0] == "Demande de congé annuel"  # A-… sorts before D-…
    assert by_number[-1] == "جواب على طلب رخصة"


def test_rows_for_an_empty_page(office: Office) -> None:
    assert load_rows(office.db, []) == {}
    assert find_ids(office.db, RegisterQuery()) == []
    assert len(find_id_array(office.db, RegisterQuery())) == 0


def test_id_array_is_the_same_list_packed(office: Office, filled: dict[str, int]) -> None:
    for query in (
        RegisterQuery(),
        RegisterQuery(sort=SortKey.CORRESPONDENT, descending=False),
        RegisterQuery(text="eau"),
    ):
        packed = find_id_array(office.db, query)
        assert packed.typecode == "q"
        assert packed.tolist() == find_ids(office.db, query)


def test_first_screenful_and_count(office: Office, filled: dict[str, int]) -> None:
    everything = find_ids(office.db, RegisterQuery())
    assert find_ids(office.db, RegisterQuery(), limit=2) == everything[:2]
    assert count(office.db, RegisterQuery()) == 4
    assert count(office.db, RegisterQuery(service_code="BUDGET", text="eau")) == 1


def test_ids_after_one_and_numbers_matching(office: Office, filled: dict[str, int]) -> None:
    """What a register kept up to date asks: the newer matching ids, and which mails match."""
    first = filled["Demande de congé annuel"]
    budget = RegisterQuery(service_code="BUDGET")
    assert (
        find_ids_after(office.db, RegisterQuery(), first)
        == find_ids(office.db, RegisterQuery())[:3]
    )
    assert find_ids_after(office.db, budget, first) == find_ids(office.db, budget)
    assert find_ids_after(
        office.db, RegisterQuery(text="facture"), filled["فاتورة الماء والكهرباء"]
    ) == [filled["Réclamation facture d'eau"]]
    with office.db.read() as session:
        number = {i: n for i, n in session.execute(select(MailEntry.id, MailEntry.number))}
    asked = [number[first], number[filled["Réclamation facture d'eau"]], "A-1999/000001"]
    assert match_numbers(office.db, budget, asked) == {
        first: False,
        filled["Réclamation facture d'eau"]: True,
    }
    assert match_numbers(office.db, budget, []) == {}
