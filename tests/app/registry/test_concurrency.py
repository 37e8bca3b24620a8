"""Eight counters registering at once: gapless, unique numbers, even with rollbacks midway."""

from datetime import date

import pytest
from sqlalchemy import select

from app.store import audit
from app.store.models import MailEntry
from tests.conftest import CLERK_PASSWORD, Office
from tests.support.workers import run_workers

pytestmark = pytest.mark.slow


# With rollbacks: a run without them proves nothing more (its numbers are checked the same).
ROLLBACK_RATE = 0.15


def test_eight_processes_get_gapless_unique_numbers(office: Office) -> None:
    results = run_workers(
        office.url,
        workers=8,
        each=250,
        rollback_rate=ROLLBACK_RATE,
        login="fatima",
        password=CLERK_PASSWORD,
    )
    reported = [n for r in results for n in r["numbers"]]
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
