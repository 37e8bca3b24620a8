"""Eight counters registering at once: gapless, unique numbers, even with rollbacks midway."""

from datetime import date

import pytest
from sqlalchemy import select

from app.store import audit
from app.store.models import MailEntry
from tests.conftest import CLERK_PASSWORD, Office
from tests.support.workers import run_workers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("rollback_rate", [0.0, 0.15], ids=["plain", "with-rollbacks"])
def test_eight_processes_get_gapless_unique_numbers(office: Office, rollback_rate: float) -> None:
    results = run_workers(
        office.url,
        workers=8,
        each=250,
        rollback_rate=rollback_rate,
        login="fatima",
        password=CLERK_PASSWORD,
    )
    reported = [n for r in results for n in r["numbers"]]
    if rollback_rate:
        assert sum(r["rolled_back"] for r in results) > 100  # the rollbacks did happen

    year = date.today().year
    expected = {f"A-{year}/{i:06d}" for i in range(1, 2001)}
    assert len(reported) == 2000 and set(reported) == expected
    with office.db.read() as s:
        stored = s.execute(select(MailEntry.seq, MailEntry.number)).all()
        verification = audit.verify(s)
    assert sorted(seq for seq, _ in stored) == list(range(1, 2001))
    assert {number for _, number in stored} == expected
    assert verification.ok
