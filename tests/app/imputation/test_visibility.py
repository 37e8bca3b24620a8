"""Who sees what in the register's reads: list, show, browse, attachments."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.imputation import workflow
from app.registry import browse
from app.registry.browse import RegisterQuery
from app.registry.queries import attachment_content, get_mail, list_mail
from tests.app.imputation.conftest import Org


@pytest.fixture
def numbers(org: Org) -> dict[str, str]:
    found = {
        "rh": org.assigned("RH", agent="agent_rh"),
        "form": org.assigned("FORM", agent="agent_form"),
        "budget": org.assigned("BUDGET"),
        "registered_rh": org.mail(service="RH"),  # not assigned yet
        "secret_budget": org.assigned("BUDGET", confidential=True, attach=True),
        "secret_rh": org.assigned("RH", confidential=True, attach=True),  # names RH, no agent
    }
    copy = org.mail(service="BUDGET")
    workflow.assign(org.db, org.office.clerk, [copy], "BUDGET", copies=["FORM"])
    found["budget_copy_form"] = copy
    return found


SEES = {
    "fatima": {
        "rh",
        "form",
        "budget",
        "registered_rh",
        "secret_budget",
        "secret_rh",
        "budget_copy_form",
    },
    "superviseur": {
        "rh",
        "form",
        "budget",
        "registered_rh",
        "secret_budget",
        "secret_rh",
        "budget_copy_form",
    },
    "chef_rh": {"rh", "form", "registered_rh", "secret_rh", "budget_copy_form"},
    # RH's and FORM's mail (a sub-service); RH's secret one names no agent yet.
    "agent_rh": {"rh", "form", "registered_rh", "budget_copy_form"},
    "agent_form": {"form", "budget_copy_form"},
    "chef_budget": {"budget", "secret_budget", "budget_copy_form"},
}


@pytest.mark.parametrize("login", list(SEES))
def test_list_browse_and_show_keep_to_what_a_user_sees(
    org: Org, numbers: dict[str, str], login: str
) -> None:
    actor = org[login]
    by_number = {v: k for k, v in numbers.items()}
    expected = SEES[login]

    assert {by_number[r.number] for r in list_mail(org.db, actor=actor)} == expected
    ids = browse.find_ids(org.db, RegisterQuery(), actor=actor)
    rows = browse.load_rows(org.db, ids, actor=actor)
    assert {by_number[rows[i].number] for i in ids} == expected
    assert browse.count(org.db, RegisterQuery(), actor=actor) == len(expected)
    assert list(browse.find_id_array(org.db, RegisterQuery(), actor=actor)) == ids
    for name, number in numbers.items():
        if name in expected:
            assert get_mail(org.db, number, actor=actor).number == number
        else:
            with pytest.raises(PermissionDenied):
                get_mail(org.db, number, actor=actor)


def test_without_an_actor_the_whole_register(org: Org, numbers: dict[str, str]) -> None:
    assert len(list_mail(org.db)) == len(numbers)
    assert browse.count(org.db, RegisterQuery()) == len(numbers)


def test_clerks_see_a_confidential_entry_but_not_its_attachments(
    org: Org, numbers: dict[str, str]
) -> None:
    number = numbers["secret_rh"]
    full = get_mail(org.db, number)
    attachment = full.attachments[0].id
    clerk_view = get_mail(org.db, number, actor=org.office.clerk)
    assert (clerk_view.attachments, clerk_view.attachments_hidden) == ([], True)
    assert clerk_view.subject == full.subject
    with pytest.raises(PermissionDenied) as refused:
        attachment_content(org.db, attachment, actor=org.office.clerk)
    assert refused.value.message("fr") == (
        f"Refusé : les pièces jointes du courrier confidentiel {number} ne sont pas "
        "accessibles au bureau d'ordre."
    )
    name, data = attachment_content(org.db, attachment, actor=org["chef_rh"])
    assert data.startswith(b"%PDF")
    assert get_mail(org.db, number, actor=org["superviseur"]).attachments_hidden is False


def test_naming_an_agent_opens_a_confidential_mail_to_them(
    org: Org, numbers: dict[str, str]
) -> None:
    number = numbers["secret_rh"]
    with pytest.raises(PermissionDenied, match="confidentiel"):
        get_mail(org.db, number, actor=org["agent_rh"])
    workflow.reassign(org.db, org["chef_rh"], number, agent="agent_rh")
    assert get_mail(org.db, number, actor=org["agent_rh"]).confidential
