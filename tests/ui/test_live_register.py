"""The clerk's register while another desk works: new mail appears on top without the list
reloading, the selection stays on its mail, and the mail shown follows its changes."""

from __future__ import annotations

import pytest

from app.domain.enums import MailStatus
from app.imputation import workflow
from app.store.database import Database
from tests.conftest import Office
from tests.support.gui import main_window
from tests.support.live_desk import register_for_rh


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres), "sqlite"], indirect=True
)
def test_the_register_follows_another_desk_in_place(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    first = register_for_rh(office.db, office.clerk, "Demande d'attestation de salaire")
    register_for_rh(office.db, office.clerk, "طلب رخصة إدارية")
    other_pc = Database(office.url)
    try:
        with main_window(qtbot, office.db, office.clerk) as win:
            qtbot.waitUntil(lambda: win.model.loaded and win.model.rowCount() == 2, timeout=10_000)
            qtbot.waitUntil(lambda: win.live.is_online is True, timeout=10_000)
            win.table.selectRow(1)  # the older one
            qtbot.waitUntil(
                lambda: win.imputation.mail is not None and win.imputation.mail.number == first,
                timeout=10_000,
            )
            resets: list[int] = []
            win.model.modelReset.connect(lambda: resets.append(1))

            third = register_for_rh(other_pc, office.clerk, "Réclamation")
            workflow.assign(other_pc, office.clerk, [first], "RH")

            # Polling on SQLite takes up to its period; NOTIFY on PostgreSQL is immediate.
            qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=20_000)
            qtbot.waitUntil(
                lambda: win.imputation.mail.status == MailStatus.ASSIGNED.value, timeout=20_000
            )
            qtbot.waitUntil(
                lambda: (
                    (row := win.model.row_at(2)) is not None
                    and row.status == MailStatus.ASSIGNED.value
                ),
                timeout=20_000,
            )
            assert win.model.row_at(0).number == third
            assert [i.row() for i in win.table.selectionModel().selectedRows()] == [2]
            assert win.table.currentIndex().row() == 2
            assert win.detail.value("status") == "Imputé"
            assert resets == []  # no reload of the whole list
    finally:
        other_pc.dispose()
