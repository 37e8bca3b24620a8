"""PostgreSQL: each mail's reach in the search index (``mail_search.scope``, migration 0009)
follows its service and its assignments in the writing transaction, and an upgraded register
gets it for every mail.

The reach is what a chef's search asks of the GIN index with the words
(:mod:`app.search.pg_page`); tests/app/search/test_first_page.py checks that a chef's pages
through it are those of the plain statement.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.imputation import workflow
from app.imputation.visibility import reach, scope_of
from app.registry.browse import RegisterQuery, find_ids
from app.registry.corrections import Correction, correct_mail
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store import schema
from app.store.database import Database
from app.store.models import MailEntry, Service, User
from tests.app.imputation.conftest import Org

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", ["postgres"], indirect=True),
]


def ids(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    with db.read() as session:
        services = dict(tuple(r) for r in session.execute(select(Service.code, Service.id)))
        users = dict(tuple(r) for r in session.execute(select(User.login, User.id)))
    return services, users


def scope_of_mail(db: Database, number: str) -> list[int]:
    with db.read() as session:
        found = session.execute(
            text(
                "SELECT s.scope, mail_scope(s.mail_id) FROM mail_search s "
                "JOIN mail_entries m ON m.id = s.mail_id WHERE m.number = :n"
            ),
            {"n": number},
        ).one()
    assert found[0] == found[1]  # kept equal to what the mail's rows say now
    return sorted(found[0])


def test_the_reach_follows_assignments_and_corrections(org: Org) -> None:
    db = org.db
    svc, user = ids(db)
    number = org.mail(service="RH")
    assert scope_of_mail(db, number) == [svc["RH"]]
    workflow.assign(db, org["fatima"], [number], "RH", copies=["BUDGET"])
    assert scope_of_mail(db, number) == sorted([svc["RH"], svc["BUDGET"]])
    workflow.reassign(db, org["chef_rh"], number, agent="agent_rh")
    assert scope_of_mail(db, number) == sorted([svc["RH"], svc["BUDGET"], -user["agent_rh"]])
    # Returned to the bureau d'ordre: the main assignment no longer ties it to RH's agent.
    workflow.return_to_office(db, org["chef_rh"], number, "Ne relève pas du service")
    after_return = scope_of_mail(db, number)
    assert -user["agent_rh"] not in after_return and svc["RH"] in after_return
    # Its service corrected: the reach follows, and the old service's chef no longer finds it
    # through the index unless an assignment still names him. (Registered by a chef, who does
    # not assign: for RH, with no imputation naming RH.)
    other = register_mail(
        db,
        org["chef_rh"],
        MailDraft(
            direction=Direction.IN,
            subject="Demande de mutation",
            correspondent=CorrespondentInput.from_name("Karim Benjelloun"),
            service_code="RH",
        ),
    ).number
    assert scope_of_mail(db, other) == [svc["RH"]]
    correct_mail(db, org["admin"], other, Correction(service_code="BUDGET"), "Erreur de service")
    assert scope_of_mail(db, other) == [svc["BUDGET"]]


def test_a_chefs_search_finds_what_was_assigned_to_him_since(org: Org) -> None:
    db = org.db
    number = org.mail("Réclamation sur la facture d'eau", service="RH")
    chef = org["chef_budget"]
    query = RegisterQuery(text="reclamation facture")
    assert find_ids(db, query, limit=50, actor=chef) == []
    workflow.assign(db, org["fatima"], [number], "BUDGET")
    with db.read() as session:
        mail_id = session.scalar(select(MailEntry.id).where(MailEntry.number == number))
        keys = reach(scope_of(session, chef))
    assert keys is not None
    with db.read() as session:  # the index, asked for the words and the chef's reach, has it
        hit = session.scalar(
            text(
                "SELECT mail_id FROM mail_search WHERE words @@ 'reclamation & facture' "
                "AND scope && CAST(:keys AS integer[])"
            ),
            {"keys": keys},
        )
    assert hit == mail_id
    assert find_ids(db, query, limit=50, actor=chef) == [mail_id]


def test_an_upgraded_register_gets_each_mails_reach(org: Org) -> None:
    db = org.db
    numbers = [org.mail(service="RH"), org.mail(service="BUDGET"), org.mail(service=None)]
    workflow.assign(db, org["fatima"], numbers[:1], "BUDGET", agent=None, copies=["RH"])
    workflow.assign(db, org["fatima"], numbers[1:2], "RH")
    workflow.reassign(db, org["chef_rh"], numbers[1], agent="agent_rh")
    before = {n: scope_of_mail(db, n) for n in numbers}
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    schema.upgrade(db, backup=False)
    assert {n: scope_of_mail(db, n) for n in numbers} == before
    assert before[numbers[2]] == []
    with db.read() as session:  # the lexicon did not move while the rows were updated
        drift = session.scalar(
            text(
                "SELECT count(*) FROM (SELECT word, count(*) AS n FROM mail_search, "
                "unnest(tsvector_to_array(words)) AS word GROUP BY word) AS c "
                "FULL JOIN search_words w USING (word) WHERE c.n IS DISTINCT FROM w.mails"
            )
        )
    assert drift == 0
