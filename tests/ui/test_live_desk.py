"""Two desks open on the same database, as on two PCs: what the clerk does at one shows at the
chef's without a refresh, and the chef's selection stays where it was."""

from __future__ import annotations

import pytest

from app.imputation import workflow
from app.store.database import Database
from tests.conftest import Office
from tests.support.gui import main_window
from tests.support.live_desk import add_chef, register_for_rh


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres), "sqlite"], indirect=True
)
def test_the_clerks_assignment_shows_at_the_chefs_desk(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    chef = add_chef(office.db, office.admin)
    first = register_for_rh(office.db, office.clerk, "Demande d'attestation de salaire")
    workflow.assign(office.db, office.clerk, [first], "RH")
    other_pc = Database(office.url)  # the clerk's PC: its own connections
    try:
        with main_window(qtbot, office.db, chef) as win:
            qtbot.waitUntil(lambda: win.inbox.model.rowCount() == 1, timeout=10_000)
            qtbot.waitUntil(lambda: win.live.is_online is True, timeout=10_000)
            win.open_number(first)
            qtbot.waitUntil(lambda: win.imputation.mail is not None, timeout=10_000)

            second = register_for_rh(other_pc, office.clerk, "طلب رخصة إدارية")
            workflow.assign(other_pc, office.clerk, [second], "RH")

            # Polling on SQLite takes up to its period; NOTIFY on PostgreSQL is immediate.
            qtbot.waitUntil(lambda: win.inbox.model.rowCount() == 2, timeout=5_000)
            qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=5_000)
            assert win.inbox.model.item(0).number == second  # new ones first
            qtbot.waitUntil(lambda: win.table.currentIndex().isValid(), timeout=5_000)
            row = win.table.currentIndex().row()
            assert win.model.row_at(row).number == first  # the selection stayed on it
            assert win.imputation.mail.number == first
    finally:
        other_pc.dispose()
