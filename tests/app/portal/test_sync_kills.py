"""A thousand deposits through injected faults, the sync killed at points of its work: each once."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from sqlalchemy import func, select

from app.domain.enums import Channel
from app.portal import engine, overview
from app.portal.sim import Simulator, run_simulator
from app.store import audit
from app.store.models import MailEntry, PortalDeposit
from tests.app.portal.conftest import fast_client
from tests.conftest import ADMIN_PASSWORD, Office
from tests.support.kill_points import Stoppable

DEPOSITS = 1000
BAD = 4
KILLS = 5


def _sync_command(url: str, office: Office, tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    env = dict(
        os.environ,
        BO_DATABASE_URL=office.url,
        BO_USER="admin",
        BO_PASSWORD=ADMIN_PASSWORD,
        BO_PORTAL_CLIENT_ID="demo",
        BO_PORTAL_CLIENT_SECRET="demo",
        BO_PORTAL_RETRY_BASE="0.005",
        BO_DATA_DIR=str(tmp_path / "data"),
    )
    return ["app.cli.main", "sync", "--portal", url, "--once", "--json"], env


def _registered(office: Office) -> int:
    with office.db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(MailEntry)
                .where(MailEntry.channel == Channel.PORTAL.value)
            )
            or 0
        )


def _whereabouts(office: Office, missing: set[str]) -> str:
    """What the office knows of deposits that should be registered (for a failure's message)."""
    with office.db.read() as session:
        rows = session.execute(
            select(
                PortalDeposit.deposit_id,
                PortalDeposit.state,
                PortalDeposit.reason,
                PortalDeposit.detail,
            ).where(PortalDeposit.deposit_id.in_(missing))
        ).all()
    return f"not registered: {sorted(missing)}; recorded as {[tuple(r) for r in rows]}"


def _simulator(tmp_path: Path):  # type: ignore[no-untyped-def]
    return run_simulator(
        data_dir=tmp_path / "sim",
        seed_deposits=DEPOSITS,
        seed_bad_deposits=BAD,
        fail_rate=0.2,
        retry_after=0,
        latency_ms=20,
        seed=6,
    )


def _assert_each_deposit_once(office: Office, sim: Simulator) -> None:
    with office.db.read() as session:
        rows = session.execute(
            select(MailEntry.external_ref, MailEntry.seq).where(
                MailEntry.channel == Channel.PORTAL.value
            )
        ).all()
        assert audit.verify(session).ok
    refs = [r.external_ref for r in rows]
    bad = set(sim.bad_deposit_ids())
    missing = set(sim.deposit_ids()) - bad - set(refs)
    assert not missing, _whereabouts(office, missing)
    assert len(refs) == len(set(refs)) == DEPOSITS
    assert set(refs).isdisjoint(bad)
    assert sorted(r.seq for r in rows) == list(range(1, DEPOSITS + 1))  # no gap, no double
    assert sim.ack_creations() == {ref: 1 for ref in refs}
    held = overview.quarantined(office.db, office.admin.office_id)
    assert {q.deposit_id for q in held} == bad  # the corrupted file among them
    assert overview.sync_state(office.db, office.admin.office_id).pending == 0
    assert sim.stats()["faults_total"] > 100  # the faults did happen


# The killed command runs on SQLite (a killed writer there is the harder case: no server rolls
# it back); the same thousand deposits through the same faults run on PostgreSQL in-process.
@pytest.mark.slow
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_faults_and_kills_leave_every_deposit_registered_and_acknowledged_once(
    office: Office, tmp_path: Path
) -> None:
    rng = random.Random(20261123)
    with _simulator(tmp_path) as sim:
        kills = 0
        args, env = _sync_command(sim.url, office, tmp_path)
        while kills < KILLS:
            # Killed at a point its code reached: the Nth statement or commit of the run, well
            # into the feed (a deposit takes a few dozen), wherever that falls in its work.
            run = Stoppable(args, env, stop_at=rng.randint(300, 3000))
            if run.outcome()[0] == "total":
                break  # it finished before its point: nothing left to interrupt
            helpers = psutil.Process(run.process.pid).children(recursive=True)
            run.kill()
            kills += 1
            # Its fetching processes do not outlive it.
            _, alive = psutil.wait_procs(helpers, timeout=60)
            assert not alive, f"left behind: {[p.pid for p in alive]}"
        final = subprocess.run(
            [sys.executable, "-m", *args], env=env, capture_output=True, timeout=900, check=False
        )
        assert final.returncode == 0, final.stderr.decode()
        assert kills == KILLS
        _assert_each_deposit_once(office, sim)


@pytest.mark.slow
@pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
def test_faults_leave_every_deposit_registered_and_acknowledged_once_on_postgres(
    office: Office, tmp_path: Path
) -> None:
    with _simulator(tmp_path) as sim:
        client = fast_client(sim.url)
        report = engine.sync_once(office.db, office.admin, url=sim.url, client=client)
        assert report.registered == DEPOSITS and report.quarantined == BAD
        assert report.retries > 100
        again = engine.sync_once(office.db, office.admin, client=fast_client(sim.url))
        assert (again.registered, again.quarantined) == (0, 0)
        _assert_each_deposit_once(office, sim)
