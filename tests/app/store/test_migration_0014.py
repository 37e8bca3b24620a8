"""Migration 0014: mail a service sent back before it existed is marked ``returned``."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from app.imputation import workflow
from app.registry.queries import get_mail
from app.store import schema
from tests.app.imputation.conftest import Org, make_org
from tests.conftest import Office


@pytest.fixture
def org(office: Office, tmp_path: Path) -> Org:
    return make_org(office, tmp_path)


def _migrate(org: Org, revision: str, *, down: bool = False) -> None:
    cfg = schema._config()
    with org.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def test_mail_returned_before_the_upgrade_is_marked_returned(org: Org) -> None:
    returned = org.mail("Facture mal orientée", service="RH")
    workflow.return_to_office(org.db, org["chef_rh"], returned, "Relève du budget")
    again = org.mail("Demande renvoyée puis réimputée", service="RH")
    workflow.return_to_office(org.db, org["chef_rh"], again, "Pas pour RH")
    workflow.assign(org.db, org.office.clerk, [again], "BUDGET")
    never = org.mail("Lettre sans service", service=None)

    _migrate(org, "0010", down=True)  # a database of before: returned mail "registered"
    with org.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT number, status FROM mail_entries")).all()
    assert dict(rows)[returned] == "registered"

    _migrate(org, "head")
    statuses = {n: get_mail(org.db, n).status for n in (returned, again, never)}
    assert statuses == {returned: "returned", again: "assigned", never: "registered"}
