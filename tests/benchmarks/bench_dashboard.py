"""The activity dashboard at a million mails: a year's figures, on SQLite and PostgreSQL.

    .venv/bin/python -m tests.benchmarks.bench_dashboard [--rows 1000000] [--postgres]
        [--postgres-only] [--sqlite-file PATH] [--pg-dir DIR] [--year Y]

Fills a database with the search benchmark's generated register (six years up to yesterday,
``search_data.py``) and the assignments, history and portal deposits its statuses imply
(``stats_data.py``), then times :func:`app.stats.dashboard.dashboard` — every figure the desk's
dashboard window shows — for the supervisor and for a chef of one service: the last whole year
(read as at its end: the stock and the overdue mail then, from the history since), the current
year to today, and a month. Each is run three times after a warm-up; the median is given, and
each of the five queries of :mod:`app.stats.queries` timed apart. Target: a year in 1 s.

``--sqlite-file`` keeps the SQLite database (reused if it exists, upgraded if behind);
``--pg-dir`` keeps the PostgreSQL cluster (started again on the next run), as in
``bench_search``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from app.domain import clock
from app.imputation.visibility import mail_filter, scope_of
from app.organisation.actor import Actor, authenticate
from app.stats import queries
from app.stats.calendar import WorkCalendar, offsets, span_utc
from app.stats.dashboard import dashboard
from app.store import schema
from app.store.database import Database
from app.store.models import MailEntry
from tests.benchmarks import search_data, stats_data
from tests.benchmarks.bench_search import PASSWORD, _at_0004, chef_of
from tests.support import pgcluster

KEPT_DATABASE = "bo_dashboard"


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    result = fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def build(db: Database, rows: int, label: str) -> None:
    _at_0004(db)
    t0 = time.perf_counter()
    search_data.fill(db, rows, password=PASSWORD)
    print(f"{label}: filled {rows:,} mails in {time.perf_counter() - t0:.0f} s", flush=True)
    t0 = time.perf_counter()
    added = stats_data.add_workflow(db)
    print(f"{label}: {added:,} assignments and events in {time.perf_counter() - t0:.0f} s")
    t0 = time.perf_counter()
    schema.upgrade(db, backup=False)
    print(
        f"{label}: upgraded 0004 -> {schema.head_revision()} in {time.perf_counter() - t0:.0f} s",
        flush=True,
    )
    t0 = time.perf_counter()
    deposits = stats_data.add_portal(db)
    print(f"{label}: {deposits:,} portal deposits in {time.perf_counter() - t0:.0f} s", flush=True)


def catch_up(db: Database, label: str) -> None:
    before = schema.current_revision(db)
    if before == schema.head_revision():
        return
    t0 = time.perf_counter()
    schema.upgrade(db, backup=False)
    print(
        f"{label}: upgrade {before} -> {schema.head_revision()} of the kept database "
        f"in {time.perf_counter() - t0:.0f} s",
        flush=True,
    )
    analyse(db)


def analyse(db: Database) -> None:
    if db.dialect == "postgresql":  # what autovacuum does after a bulk load or an upgrade
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with db.engine.begin() as conn:
            conn.execute(text("ANALYZE"))


@contextmanager
def sqlite_database(rows: int, keep: Path | None) -> Iterator[Database]:
    if keep is not None:
        fresh = not keep.exists()
        db = Database(f"sqlite:///{keep}")
        if fresh:
            build(db, rows, "SQLite")
            analyse(db)
        else:
            catch_up(db, "SQLite")
        yield db
        db.dispose()
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'dashboard.sqlite'}")
        build(db, rows, "SQLite")
        analyse(db)
        yield db
        db.dispose()


@contextmanager
def postgres_database(rows: int, keep: Path | None) -> Iterator[Database]:
    cluster = pgcluster.Cluster(durable=True, keep=keep)
    fresh = not cluster.reused
    server = cluster.start()
    try:
        if not fresh:
            db = Database(server.rsplit("/", 1)[0] + "/" + KEPT_DATABASE)
            print(f"PostgreSQL: reusing the cluster in {keep}", flush=True)
            catch_up(db, "PostgreSQL")
        else:
            name = KEPT_DATABASE if keep is not None else f"bo_{uuid.uuid4().hex[:8]}"
            db = Database(pgcluster.create_database(server, name))
            build(db, rows, "PostgreSQL")
            analyse(db)
        try:
            yield db
        finally:
            db.dispose()
    finally:
        cluster.stop()


def _frame(db: Database, actor: Actor, first: date, last: date) -> queries.Frame:
    """The frame :func:`dashboard` builds, for timing each query apart."""
    start, end = span_utc(first, last)
    as_at = min(end, clock.now_utc())
    today = clock.to_local(as_at - timedelta(microseconds=1)).date()
    with db.read() as session:
        scope = scope_of(session, actor)
    span_first, span_last = first - timedelta(days=7), max(today, last) + timedelta(days=1)
    return queries.Frame(
        first=first,
        last=last,
        start=start,
        end=end,
        as_at=as_at,
        zones=offsets(start - timedelta(days=7), max(end, as_at) + timedelta(days=1)),
        calendar=WorkCalendar(span_first, span_last),
        visible=mail_filter(scope),
        service_id=None,
        today=today,
    )


def run(db: Database, label: str, year: int | None) -> None:
    admin = authenticate(db, "admin", PASSWORD)
    chef = chef_of(db, "BUDGET")
    with db.read() as session:
        mails = session.scalar(select(func.count()).select_from(MailEntry))
    today = clock.to_local(datetime.now(UTC)).date()
    last_year = year or today.year - 1
    periods = [
        (f"year {last_year}", date(last_year, 1, 1), date(last_year, 12, 31)),
        (f"year {today.year} to date", date(today.year, 1, 1), today),
        (f"month {last_year}-11", date(last_year, 11, 1), date(last_year, 11, 30)),
    ]
    print(f"\n{label}: {mails:,} mails", flush=True)
    for name, first, last in periods:
        for who, actor in (("supervisor", admin), ("chef of BUDGET", chef)):
            ms, board = timed(lambda a=actor, f=first, la=last: dashboard(db, a, f, la))
            print(
                f"  {name:<22} {who:<15} {ms:8.0f} ms   ({board.total():,} mails, "
                f"stock {board.stock_total():,}, overdue {board.overdue_total():,})",
                flush=True,
            )
        frame = _frame(db, admin, first, last)
        parts = []
        for part in ("volumes", "milestones", "stock", "overdue", "acknowledgements"):
            fn = getattr(queries, part)

            def one(fn: Callable[..., Any] = fn, frame: queries.Frame = frame) -> Any:
                with db.read() as session:
                    return fn(session, frame)

            ms, _ = timed(one)
            parts.append(f"{part} {ms:.0f}")
        print(f"    {'':<22} queries (supervisor, ms): " + ", ".join(parts), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL too")
    parser.add_argument("--postgres-only", action="store_true")
    parser.add_argument("--sqlite-file", type=Path, help="keep the SQLite database there")
    parser.add_argument("--pg-dir", type=Path, help="keep the PostgreSQL cluster there")
    parser.add_argument("--year", type=int, help="the whole year timed (default: last year)")
    args = parser.parse_args()
    if not args.postgres_only:
        with sqlite_database(args.rows, args.sqlite_file) as db:
            run(db, "SQLite", args.year)
    if args.postgres or args.postgres_only:
        with postgres_database(args.rows, args.pg_dir) as db:
            run(db, "PostgreSQL", args.year)
    return 0


if __name__ == "__main__":
    sys.exit(main())
