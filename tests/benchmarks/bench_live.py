"""Live updates: from an assignment's commit in another process to the chef's open inbox.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_live \\
        [--count 20] [--backend sqlite|postgres|both] [--pg-url SERVER_URL]

For each backend: a throwaway office (SQLite file in a temporary directory; PostgreSQL in a
throwaway cluster, or a database created on ``--pg-url``), the chef of RH with the inbox open
and live updates running (``tests/support/live_desk.py``), ``--count`` mails registered for
RH; then, one after the other, ``bureau-ordre assign NUMBER --service RH`` in a subprocess
while the GUI processes events, until the mail shows in the inbox. Printed, p50 and max:

- commit to inbox: from the audit row's time (taken in the assigning transaction, just before
  its commit) to the inbox model's reset that first shows the mail;
- exit to inbox: from the command's exit (what the acceptance test holds to 2 s); negative when
  the inbox was updated before the command had finished exiting.

Target: commit to inbox well under 2 s on PostgreSQL (a notification, then one query); on
SQLite up to the poll interval (1.5 s) plus the query.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.enums import Role  # noqa: E402
from app.organisation import setup  # noqa: E402
from app.organisation.actor import authenticate  # noqa: E402
from app.store.database import Database  # noqa: E402
from app.store.schema import upgrade  # noqa: E402
from tests.support import pgcluster  # noqa: E402
from tests.support.live_desk import Desk, add_chef, register_for_rh, start_assign  # noqa: E402

ADMIN_PASSWORD = "admin-bench-2026"
CLERK_PASSWORD = "clerk-bench-2026"


@contextmanager
def throwaway(backend: str, pg_url: str | None) -> Iterator[Database]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            db = Database(f"sqlite:///{Path(tmp) / 'live.sqlite'}")
            try:
                yield db
            finally:
                db.dispose()
        return
    cluster = None
    if pg_url is None:
        cluster = pgcluster.Cluster()
        pg_url = cluster.start()
    name = f"bo_live_{uuid.uuid4().hex[:8]}"
    db = Database(pgcluster.create_database(pg_url, name))
    try:
        yield db
    finally:
        db.dispose()
        pgcluster.drop_database(pg_url, name)
        if cluster is not None:
            cluster.stop()


def spin_until(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the inbox did not show the mail")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def run(db: Database, count: int, work: Path) -> tuple[list[float], list[float]]:
    upgrade(db)
    admin = setup.init_office(
        db,
        code="BENCH-BO",
        name_ar="مكتب الضبط",
        name_fr="Bureau d'ordre",
        admin_login="admin",
        admin_password=ADMIN_PASSWORD,
        admin_name="Administrateur",
    )
    setup.add_service(db, admin, code="RH", name_ar="الموارد البشرية", name_fr="Ressources")
    setup.add_user(
        db,
        admin,
        login="fatima",
        full_name="Fatima Zahra Bennani",
        role=Role.CLERK,
        password=CLERK_PASSWORD,
        service_codes=["RH"],
    )
    clerk = authenticate(db, "fatima", CLERK_PASSWORD)
    numbers = [register_for_rh(db, clerk, f"Demande n° {i}") for i in range(count)]
    desk = Desk.open(db, add_chef(db, admin))
    url = db.url.set(drivername=db.dialect).render_as_string(hide_password=False)
    from_commit: list[float] = []
    from_exit: list[float] = []
    try:
        spin_until(desk.ready, 30)
        for number in numbers:
            command = start_assign(url, number, ADMIN_PASSWORD, work)
            spin_until(lambda c=command: c.poll() is not None, 120)
            exited = time.time()
            _, err = command.communicate()
            if command.returncode != 0:
                raise RuntimeError(err)
            spin_until(lambda n=number: n in desk.shown_at, 30)
            shown = desk.shown_at[number]
            from_commit.append((shown - desk.committed_at(number)) * 1000)
            from_exit.append((shown - exited) * 1000)
    finally:
        desk.close()
    return from_commit, from_exit


def report(label: str, from_commit: list[float], from_exit: list[float]) -> None:
    print(f"{label} ({len(from_commit)} assignments by the command line)")
    for what, values in (("commit to inbox", from_commit), ("exit to inbox", from_exit)):
        print(
            f"  {what:<16} p50 {statistics.median(values):7.0f} ms"
            f"   max {max(values):7.0f} ms   min {min(values):7.0f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--pg-url", help="a PostgreSQL server URL whose user may create databases")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    labels = {"sqlite": "SQLite (polling)", "postgres": "PostgreSQL (LISTEN/NOTIFY)"}
    with tempfile.TemporaryDirectory() as work:
        for backend in backends:
            with throwaway(backend, args.pg_url) as db:
                report(labels[backend], *run(db, args.count, Path(work)))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
