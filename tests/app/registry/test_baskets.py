"""The desk's baskets: what each holds for each role, counted as the register lists them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from app.domain.enums import Direction
from app.imputation import deadlines, workflow
from app.registry.basket_counts import counts
from app.registry.baskets import Basket, basket_filter, baskets_for
from app.registry.browse import RegisterQuery, count, find_ids
from app.registry.corrections import cancel_mail
from app.store.models import Assignment, MailEntry
from tests.app.imputation.conftest import Org, make_org
from tests.conftest import Office


@pytest.fixture
def mails(org: Org) -> dict[str, str]:
    """One mail in each state a basket is about."""
    found = {
        "waiting": org.mail("Lettre sans service", service=None),
        "for_rh": org.mail("Demande de congé", service="RH"),
        "handed": org.mail("Demande de mutation", service="RH"),
        "late": org.mail("Réclamation ancienne", service="RH"),
        "returned": org.mail("Facture mal orientée", service="RH"),
        "cancelled": org.mail("Doublon", service=None),
        "out": org.mail("Réponse au citoyen", direction=Direction.OUT, service=None),
        "budget": org.mail("Facture d'eau", service="BUDGET"),
    }
    workflow.reassign(org.db, org["chef_rh"], found["handed"], agent="agent_rh")
    workflow.return_to_office(org.db, org["chef_rh"], found["returned"], "Pas pour RH")
    cancel_mail(org.db, org["admin"], found["cancelled"], "Enregistré deux fois")
    with org.db.write() as session:  # due a week ago
        session.execute(
            update(Assignment)
            .where(Assignment.mail_id.in_(_ids(org, [found["late"]])))
            .values(due_date=deadlines.today() - timedelta(days=7))
        )
    return found


@pytest.fixture
def org(office: Office, tmp_path: Path) -> Org:
    return make_org(office, tmp_path)


def _ids(org: Org, numbers: list[str]) -> list[int]:
    with org.db.read() as session:
        return list(
            session.scalars(
                MailEntry.__table__.select()
                .with_only_columns(MailEntry.id)
                .where(MailEntry.number.in_(numbers))
            )
        )


def _listed(org: Org, login: str, basket: Basket) -> set[str]:
    actor = org[login]
    query = RegisterQuery(basket=basket_filter(basket, actor))
    ids = find_ids(org.db, query, actor=actor)
    assert count(org.db, query, actor=actor) == len(ids)
    with org.db.read() as session:
        rows = session.execute(
            MailEntry.__table__.select()
            .with_only_columns(MailEntry.number)
            .where(MailEntry.id.in_(ids))
        )
        return {number for (number,) in rows}


def test_each_role_sees_the_baskets_that_make_sense(org: Org) -> None:
    assert Basket.TO_SORT in baskets_for("clerk")
    assert Basket.CANCELLED not in baskets_for("chef")
    assert Basket.TO_TREAT in baskets_for("agent") and Basket.TO_ASSIGN not in baskets_for("agent")
    assert set(counts(org.db, org["chef_rh"])) == set(baskets_for("chef"))


def test_the_bureau_dordres_baskets(org: Org, mails: dict[str, str]) -> None:
    m = mails
    assert _listed(org, "fatima", Basket.TO_ASSIGN) == {m["waiting"], m["returned"]}
    assert _listed(org, "fatima", Basket.RETURNED) == {m["returned"]}
    assert _listed(org, "fatima", Basket.CANCELLED) == {m["cancelled"]}
    assert _listed(org, "fatima", Basket.OVERDUE) == {m["late"]}
    assert _listed(org, "fatima", Basket.TODAY) == set(m.values())
    found = counts(org.db, org["fatima"])
    assert found[Basket.TO_ASSIGN] == 2 and found[Basket.RETURNED] == 1
    assert (found[Basket.CANCELLED], found[Basket.OVERDUE], found[Basket.TO_SORT]) == (1, 1, 0)
    assert found[Basket.TODAY] == len(m)


def test_a_chefs_and_an_agents_baskets(org: Org, mails: dict[str, str]) -> None:
    m = mails
    # The chef of RH: RH's mail no agent holds yet; not BUDGET's, not the one sent back.
    assert _listed(org, "chef_rh", Basket.TO_ASSIGN) == {m["for_rh"], m["late"]}
    assert _listed(org, "chef_rh", Basket.OVERDUE) == {m["late"]}
    assert _listed(org, "chef_budget", Basket.TO_ASSIGN) == {m["budget"]}
    assert _listed(org, "chef_budget", Basket.OVERDUE) == set()
    assert _listed(org, "agent_rh", Basket.TO_TREAT) == {m["handed"]}
    assert _listed(org, "agent_rh", Basket.OVERDUE) == set()
    assert counts(org.db, org["chef_rh"])[Basket.TO_ASSIGN] == 2
    assert counts(org.db, org["agent_rh"])[Basket.TO_TREAT] == 1
    workflow.start(org.db, org["agent_rh"], m["handed"])
    assert counts(org.db, org["agent_rh"])[Basket.TO_TREAT] == 0
