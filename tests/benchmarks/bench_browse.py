"""Opening the register over many entries: ids from SQL, then one page of rows.

    .venv/bin/python -m tests.benchmarks.bench_browse [--rows 1000000] [--postgres]

Fills a database with generated entries (bulk inserts, not the registering path) and times
`find_ids` for the default view (newest first), a day filter and a direction filter, and
`load_rows` for a page of 60 at the top, the middle and the end.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from app.domain.enums import Direction
from app.organisation import setup
from app.organisation.actor import Actor
from app.registry.browse import RegisterQuery, count, find_ids, load_rows
from app.store.database import Database
from app.store.models import Correspondent, MailEntry
from app.store.schema import upgrade
from tests.support import pgcluster

ADMIN_PASSWORD = "bench-pass-2026"
BACKENDS = {"sqlite": "SQLite", "postgres": "PostgreSQL"}

SUBJECTS = [
    "طلب شهادة إدارية",
    "Demande de congé annuel",
    "شكاية بخصوص فاتورة الماء",
    "Convocation à une réunion",
    "Facture n° {i}",
    "طلب رخصة البناء رقم {i}",
]


def fill(db: Database, rows: int) -> Actor:
    """An office, 5,000 correspondents and ``rows`` entries over six years; returns the admin."""
    admin = setup.init_office(
        db,
        code="BENCH",
        name_ar="مكتب",
        name_fr="Bureau",
        admin_login="admin",
        admin_password=ADMIN_PASSWORD,
    )
    rng = random.Random(7)
    with db.write() as s:
        s.execute(
            insert(Correspondent),
            [
                {
                    "office_id": admin.office_id,
                    "kind": "citizen",
                    "name_latin": f"Citoyen {i}",
                    "key_latin": f"citoyen {i}",
                    "created_at": datetime.now(UTC),
                }
                for i in range(1, 5001)
            ],
        )
    start = datetime(2020, 1, 1, tzinfo=UTC)
    step = timedelta(seconds=6 * 365 * 86400 / rows)
    chunk = 50_000
    counters = {d: 0 for d in Direction}
    for base in range(0, rows, chunk):
        batch = []
        for i in range(base, min(rows, base + chunk)):
            d = rng.choice(list(Direction))
            counters[d] += 1
            at = start + step * i
            batch.append(
                {
                    "office_id": admin.office_id,
                    "direction": d.value,
                    "year": at.year,
                    "seq": counters[d],
                    "number": f"{d.prefix}-{at.year}/{counters[d]:07d}",
                    "registered_at": at,
                    "registered_by_id": admin.user_id,
                    "correspondent_id": rng.randint(1, 5000),
                    "subject": rng.choice(SUBJECTS).format(i=i),
                    "mail_type": "letter",
                    "channel": "counter",
                    "priority": "normal",
                    "confidential": False,
                    "pieces": 1,
                    "status": "registered",
                    "cancelled": False,
                }
            )
        with db.write() as s:
            s.execute(insert(MailEntry), batch)
    return admin


@contextmanager
def filled_database(backend: str, rows: int) -> Iterator[Database]:
    """A throwaway database ("sqlite" or "postgres") filled with ``rows`` entries.

    SQLite is a file in a temporary directory; PostgreSQL a durable throwaway cluster
    (``tests/support/pgcluster.py``). Both are removed on exit.
    """
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            db = Database(f"sqlite:///{Path(tmp) / 'browse.sqlite'}")
            try:
                _upgrade_and_fill(db, rows, BACKENDS[backend])
                yield db
            finally:
                db.dispose()
        return
    cluster = pgcluster.Cluster(durable=True)
    server = cluster.start()
    try:
        db = Database(pgcluster.create_database(server, f"bo_{uuid.uuid4().hex[:8]}"))
        try:
            _upgrade_and_fill(db, rows, BACKENDS[backend])
            yield db
        finally:
            db.dispose()
    finally:
        cluster.stop()


def _upgrade_and_fill(db: Database, rows: int, label: str) -> None:
    upgrade(db)
    t0 = time.perf_counter()
    fill(db, rows)
    print(f"filled {label} in {time.perf_counter() - t0:.0f} s", flush=True)


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(db: Database, label: str) -> None:
    ids = find_ids(db, RegisterQuery())
    print(f"{label}: {len(ids)} entries")
    print(f"  find_ids newest first        {timed(lambda: find_ids(db, RegisterQuery())):8.1f} ms")
    print(
        f"  first 200 ids                "
        f"{timed(lambda: find_ids(db, RegisterQuery(), limit=200)):8.1f} ms"
    )
    print(f"  count                        {timed(lambda: count(db, RegisterQuery())):8.1f} ms")
    day = datetime(2023, 6, 15).date()
    print(
        f"  find_ids one day             "
        f"{timed(lambda: find_ids(db, RegisterQuery(first_day=day))):8.1f} ms"
    )
    print(
        f"  find_ids direction=out       "
        f"{timed(lambda: find_ids(db, RegisterQuery(direction=Direction.OUT))):8.1f} ms"
    )
    for where, at in (("top", 0), ("middle", len(ids) // 2), ("end", len(ids) - 60)):
        page = ids[at : at + 60]
        print(f"  load_rows 60 at the {where:<8} {timed(lambda p=page: load_rows(db, p)):8.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    for backend in ("sqlite", "postgres") if args.postgres else ("sqlite",):
        with filled_database(backend, args.rows) as db:
            run(db, BACKENDS[backend])
    return 0


if __name__ == "__main__":
    sys.exit(main())
