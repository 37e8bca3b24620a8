"""The desk's baskets over a million mails: their counts and their first page, with plans.

    .venv/bin/python -m tests.benchmarks.bench_baskets [--rows 1000000] [--postgres]

Fills a database with generated entries as an office's years look (bulk inserts, not the
registering path): outgoing mail registered, most incoming and internal mail closed long ago,
a few hundred waiting at the bureau d'ordre, returned, assigned, in progress or overdue, a
few cancelled; one main assignment for each mail that went to a service. Then times, for a
clerk, a chef and an agent, the counts of all their baskets (one call, as the desk makes it)
and the first page of each basket (ids and count, as the register asks), and prints each
count's plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL): none may scan the
register.
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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text

from app.domain.enums import Direction, Role
from app.imputation import deadlines
from app.imputation.visibility import mail_filter, scope_of
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.registry.basket_counts import counts
from app.registry.baskets import Basket, basket_filter, baskets_for
from app.registry.browse import RegisterQuery, count, find_ids
from app.store.database import Database
from app.store.models import Assignment, Correspondent, MailEntry
from app.store.schema import upgrade
from tests.benchmarks import bench_browse
from tests.benchmarks.bench_browse import ADMIN_PASSWORD
from tests.support import pgcluster

PASSWORD = "bench-people-2026"
SUBJECTS = bench_browse.SUBJECTS


def _status(rng: random.Random, direction: str, recent: bool) -> str:
    """What a mail of that age and direction has become."""
    if direction == Direction.OUT.value:
        return "registered"
    if not recent:
        return "closed" if rng.random() < 0.97 else "answered"
    return rng.choices(
        ["registered", "returned", "assigned", "in_progress", "answered", "closed"],
        weights=[6, 1, 25, 20, 18, 30],
    )[0]


def fill(db: Database, rows: int) -> dict[str, Actor]:
    """``rows`` mails over six years, their assignments, and the users who look at them."""
    admin = setup.init_office(
        db,
        code="BENCH",
        name_ar="مكتب",
        name_fr="Bureau",
        admin_login="admin",
        admin_password=ADMIN_PASSWORD,
    )
    for code in ("RH", "BUDGET", "FORM"):
        setup.add_service(db, admin, code=code, name_ar="مصلحة", name_fr=f"Service {code}")
    for login, role, services in (
        ("fatima", Role.CLERK, []),
        ("chef_rh", Role.CHEF, ["RH"]),
        ("agent_rh", Role.AGENT, ["RH"]),
    ):
        setup.add_user(
            db,
            admin,
            login=login,
            full_name=login,
            role=role,
            password=PASSWORD,
            service_codes=services,
        )
    people = {
        login: authenticate(db, login, PASSWORD) for login in ("fatima", "chef_rh", "agent_rh")
    }
    with db.read() as s:
        services = list(s.scalars(text("SELECT id FROM services ORDER BY id")))
    agent = people["agent_rh"].user_id
    rng = random.Random(11)
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
    now = datetime.now(UTC)
    start = now - timedelta(days=6 * 365)
    step = (now - start) / rows
    recent_from = now - timedelta(days=45)
    today = deadlines.today()
    chunk = 50_000
    counters: dict[tuple[str, int], int] = {}
    mail_id = 0
    for base in range(0, rows, chunk):
        mails, assignments = [], []
        for i in range(base, min(rows, base + chunk)):
            mail_id += 1
            d = rng.choice(list(Direction)).value
            at = start + step * i
            key = (d, at.year)
            counters[key] = counters.get(key, 0) + 1
            status = _status(rng, d, at >= recent_from)
            service = rng.choice(services)
            mails.append(
                {
                    "id": mail_id,
                    "office_id": admin.office_id,
                    "direction": d,
                    "year": at.year,
                    "seq": counters[key],
                    "number": f"{Direction(d).prefix}-{at.year}/{counters[key]:07d}",
                    "registered_at": at,
                    "registered_by_id": admin.user_id,
                    "correspondent_id": rng.randint(1, 5000),
                    "subject": rng.choice(SUBJECTS).format(i=i),
                    "mail_type": "letter",
                    "channel": "counter",
                    "priority": "normal",
                    "confidential": rng.random() < 0.02,
                    "pieces": 1,
                    "service_id": service if d != Direction.OUT.value else None,
                    "status": status,
                    "cancelled": rng.random() < 0.002,
                }
            )
            if d == Direction.OUT.value or status == "registered":
                continue
            state = {"returned": "returned", "assigned": "active", "in_progress": "active"}
            handed = status == "in_progress" and service == services[0]
            due = (at + timedelta(days=30)).date()
            if at >= recent_from:
                due = today + timedelta(days=rng.randint(-10, 30))
            assignments.append(
                {
                    "mail_id": mail_id,
                    "service_id": service,
                    "kind": "main",
                    "agent_id": agent if handed else None,
                    "due_date": due,
                    "assigned_by_id": admin.user_id,
                    "assigned_at": at,
                    "state": state.get(status, "done"),
                }
            )
        with db.write() as s:
            s.execute(insert(MailEntry), mails)
            s.execute(insert(Assignment), assignments)
    with db.engine.begin() as conn:  # the statistics a live database has
        conn.execute(text("ANALYZE"))
    return people


@contextmanager
def _database(backend: str) -> Iterator[Database]:
    """An empty database at the schema's head: a SQLite file, or a durable throwaway
    PostgreSQL cluster; removed on exit."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            db = Database(f"sqlite:///{Path(tmp) / 'baskets.sqlite'}")
            upgrade(db)
            try:
                yield db
            finally:
                db.dispose()
        return
    cluster = pgcluster.Cluster(durable=True)
    server = cluster.start()
    try:
        db = Database(pgcluster.create_database(server, f"bo_{uuid.uuid4().hex[:8]}"))
        upgrade(db)
        try:
            yield db
        finally:
            db.dispose()
    finally:
        cluster.stop()


def _median_ms(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _plan(db: Database, actor: Actor, basket: Basket, day: date) -> list[str]:
    with db.read() as session:
        stmt = select(func.count(MailEntry.id)).where(basket_filter(basket, actor, day).criterion())
        scope = scope_of(session, actor)
        if not scope.whole_register:
            stmt = stmt.where(mail_filter(scope))
        sql = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN "
        rows = session.execute(text(prefix + str(sql))).all()
    return [str(r[-1]) for r in rows]


def _page_plan(db: Database, actor: Actor, query: RegisterQuery) -> list[str]:
    """The plan of the register's first page of ``query`` (its ids, newest first)."""
    from app.registry import browse

    with db.read() as session:
        stmt = browse._ids_statement(session, query, actor, None).limit(200)
        sql = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN "
        rows = session.execute(text(prefix + str(sql))).all()
    return [str(r[-1]) for r in rows]


def _scans_register(db: Database, plan: list[str]) -> bool:
    if db.is_sqlite:
        return any(line.startswith("SCAN mail_entries") and "USING" not in line for line in plan)
    return any("Seq Scan on mail_entries" in line for line in plan)


def run(backend: str, rows: int) -> bool:
    ok = True
    with _database(backend) as db:
        t0 = time.perf_counter()
        people = fill(db, rows)
        print(f"{backend}: {rows:,} mails filled in {time.perf_counter() - t0:.0f} s")
        day = deadlines.today()
        for login, actor in people.items():
            found = counts(db, actor)
            ms = _median_ms(lambda a=actor: counts(db, a))
            shown = ", ".join(f"{b.value} {n:,}" for b, n in found.items())
            print(f"  {login}: all baskets counted in {ms:.1f} ms ({shown})")
            for basket in baskets_for(actor.role):
                if basket is Basket.TO_SORT:
                    continue
                query = RegisterQuery(basket=basket_filter(basket, actor, day))
                page = _median_ms(lambda q=query, a=actor: find_ids(db, q, limit=200, actor=a))
                total = _median_ms(lambda q=query, a=actor: count(db, q, actor=a))
                plan = _plan(db, actor, basket, day)
                scan = _scans_register(db, plan)
                ok = ok and not scan
                mark = "SCANS THE REGISTER" if scan else "indexed"
                timing = f"first page {page:7.1f} ms, count {total:7.1f} ms"
                print(f"    {basket.value:<10} {timing}  {mark}")
                for line in plan:
                    print(f"        {line}")
                print("      first page:")
                for line in _page_plan(db, actor, query):
                    print(f"        {line}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    args = parser.parse_args(argv)
    ok = run("postgres" if args.postgres else "sqlite", args.rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
