"""Search at a million mails: index build, 50 queries, number look-ups, against a LIKE scan.

    .venv/bin/python -m tests.benchmarks.bench_search [--rows 1000000] [--postgres]
                                                      [--sqlite-file PATH] [--pg-dir DIR]

Fills a database at revision 0004 with generated Arabic and French mail (bulk inserts, see
``search_data.py``), then times the upgrade that builds the search index (revisions 0005 to
head; 0008 adds PostgreSQL's lexicon, 0009 each mail's reach), then times, for 50 queries of
one, two and three words, common and rare, typed in various spellings, with and without
filters:

- the first page (50 ids, newest first) through the register's query (``browse.find_ids``),
  as the whole office sees it and as a chef of one service sees it;
- the same by relevance;
- a plain ``LIKE '%word%'`` scan on subject and correspondent names (what search was before),
  newest first, on the same data and filters;

and the look-up of 200 typed numbers. Each query is run three times after a warm-up; its
time is the median; p50 and p95 are over the queries. ``--sqlite-file`` keeps the SQLite
database (and reuses it if it exists, skipping the fill and the build); ``--pg-dir`` does the
same for the PostgreSQL cluster (its directory is kept, and started again on the next run).
A kept database behind the head revision is upgraded first, and the upgrade timed (then, on
PostgreSQL, vacuumed as autovacuum would: 0009 rewrites every row of ``mail_search``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import and_, func, or_, select, text

from app.domain.enums import Channel, Direction, MailStatus, MailType, Role
from app.domain.text import clean
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.registry.browse import RegisterQuery, SortKey, find_ids
from app.search.lookup import number_hit
from app.store import schema
from app.store.database import Database
from app.store.models import Correspondent, MailEntry, Service
from tests.benchmarks import search_data
from tests.support import pgcluster

PASSWORD = "bench-pass-2026"
PAGE = 50
TODAY = date.today()


@dataclass(frozen=True)
class Case:
    text: str
    filters: dict[str, Any] = field(default_factory=dict)

    def query(self, **extra: Any) -> RegisterQuery:
        return RegisterQuery(text=self.text, **{**self.filters, **extra})

    def label(self) -> str:
        extra = ",".join(f"{k}={getattr(v, 'value', v)}" for k, v in self.filters.items())
        return f"{self.text} [{extra}]" if extra else self.text


def _months_ago(n: int) -> dict[str, Any]:
    first = TODAY - timedelta(days=30 * n + 15)
    return {"first_day": first, "last_day": first + timedelta(days=30)}


CASES = [
    # one word, common
    Case("طلب"),
    Case("demande"),
    Case("شكاية"),
    Case("facture"),
    Case("فاتورة"),
    Case("réclamation"),
    Case("فاس"),
    Case("Fès"),
    Case("الماء"),
    Case("convocation"),
    # one word, as typed (prefix, other spelling)
    Case("فات"),
    Case("dem"),
    Case("FES"),
    Case("electricite"),
    Case("مراسله"),
    Case("٢٠٢٣"),
    # one word, rare
    Case("Ouarzazate"),
    Case("الوحدة"),
    Case("Sebou"),
    Case("Wifaq"),
    Case("طفيل"),
    # two words
    Case("فاتورة الماء"),
    Case("facture eau"),
    Case("commune fes"),
    Case("جماعة فاس"),
    Case("demande attestation"),
    Case("شهادة السكنى"),
    Case("طلب رخصة"),
    Case("recours gracieux"),
    Case("Mohammed Alaoui"),
    Case("عائشة بناني"),
    Case("مستشفى طفيل"),
    # three words
    Case("شكاية فاتورة الماء"),
    Case("demande attestation travail"),
    Case("commune de fes"),
    Case("facture electricite mars"),
    Case("تسوية الوضعية الادارية"),
    Case("noor ouarzazate centrale"),
    # with filters
    Case("فاتورة", {"direction": Direction.IN}),
    Case("facture", {"service_code": "BUDGET"}),
    Case("فاتورة الماء", _months_ago(2)),
    Case("commune fes", _months_ago(2)),
    Case("demande", {"status": MailStatus.CLOSED}),
    Case("الماء", {"mail_type": MailType.INVOICE}),
    Case("demande", {"channel": Channel.POST, "direction": Direction.IN}),
    Case("طلب", {"first_day": date(2021, 3, 1), "last_day": date(2021, 4, 30)}),
    Case("شكاية", {"service_code": "URBA", "direction": Direction.IN}),
    Case("attestation", {"mail_type": MailType.REQUEST, **_months_ago(6)}),
    Case("Sebou", {"direction": Direction.OUT}),
    Case("جماعة فاس فاتورة", {"direction": Direction.IN, **_months_ago(2)}),
]
assert len(CASES) == 50


def timed(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    result = fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(name: str, times: list[float]) -> str:
    return (
        f"  {name:<44} p50 {pct(times, 50):8.1f} ms   p95 {pct(times, 95):8.1f} ms"
        f"   max {max(times):8.1f} ms"
    )


# --- the LIKE scan that search replaces ------------------------------------------------------


def like_ids(db: Database, case: Case, limit: int = PAGE) -> list[int]:
    """Newest first, every word somewhere in the subject or a name, as typed (lower-cased)."""
    from app.domain.clock import day_bounds_utc

    corr = Correspondent
    stmt = select(MailEntry.id).outerjoin(corr, corr.id == MailEntry.correspondent_id)
    for word in clean(case.text).split():
        pattern = f"%{word.lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(MailEntry.subject).like(pattern),
                func.lower(corr.name_latin).like(pattern),
                corr.name_arabic.like(pattern),
            )
        )
    f = case.filters
    if "direction" in f:
        stmt = stmt.where(MailEntry.direction == f["direction"].value)
    if "status" in f:
        stmt = stmt.where(MailEntry.status == f["status"].value)
    if "mail_type" in f:
        stmt = stmt.where(MailEntry.mail_type == f["mail_type"].value)
    if "channel" in f:
        stmt = stmt.where(MailEntry.channel == f["channel"].value)
    if "service_code" in f:
        stmt = stmt.where(
            MailEntry.service_id.in_(select(Service.id).where(Service.code == f["service_code"]))
        )
    if "first_day" in f:
        start, end = day_bounds_utc(f["first_day"], f["last_day"])
        stmt = stmt.where(and_(MailEntry.registered_at >= start, MailEntry.registered_at < end))
    stmt = stmt.order_by(MailEntry.registered_at.desc(), MailEntry.id.desc()).limit(limit)
    with db.read() as session:
        return list(session.scalars(stmt))


# --- databases -------------------------------------------------------------------------------


def _at_0004(db: Database) -> None:
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")


def build(db: Database, rows: int, label: str) -> None:
    _at_0004(db)
    t0 = time.perf_counter()
    search_data.fill(db, rows, password=PASSWORD)
    print(f"{label}: filled {rows:,} mails in {time.perf_counter() - t0:.0f} s", flush=True)
    t0 = time.perf_counter()
    schema.upgrade(db, backup=False)
    print(
        f"{label}: search index built (upgrade 0004 -> {schema.head_revision()}) "
        f"in {time.perf_counter() - t0:.0f} s",
        flush=True,
    )


def catch_up(db: Database, label: str) -> None:
    """A kept database brought to the head revision, the upgrade timed (0008: the lexicon),
    and given the number counters an older fill left out."""
    added = search_data.fill_counters(db)
    if added > 0:
        print(f"{label}: {added} number counters added to the kept database", flush=True)
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
    if db.dialect == "postgresql":  # what autovacuum does after 0009 rewrote every row
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


@contextmanager
def sqlite_database(rows: int, keep: Path | None):  # type: ignore[no-untyped-def]
    if keep is not None:
        fresh = not keep.exists()
        db = Database(f"sqlite:///{keep}")
        if fresh:
            build(db, rows, "SQLite")
        else:
            catch_up(db, "SQLite")
        yield db
        db.dispose()
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'search.sqlite'}")
        build(db, rows, "SQLite")
        size = (Path(tmp) / "search.sqlite").stat().st_size
        print(f"SQLite: database file {size / 2**20:.0f} MB", flush=True)
        yield db
        db.dispose()


KEPT_DATABASE = "bo_search"


@contextmanager
def postgres_database(rows: int, keep: Path | None):  # type: ignore[no-untyped-def]
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
        try:
            if fresh:
                build(db, rows, "PostgreSQL")
                with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.execute(text("VACUUM ANALYZE"))  # what autovacuum does after a bulk load
            with db.engine.connect() as conn:
                size = conn.execute(
                    text("SELECT pg_total_relation_size('mail_search')")
                ).scalar_one()
            print(f"PostgreSQL: mail_search with its index {size / 2**20:.0f} MB", flush=True)
            yield db
        finally:
            db.dispose()
    finally:
        cluster.stop()


def chef_of(db: Database, service: str) -> Actor:
    with db.read() as session:
        exists = session.scalar(select(func.count()).select_from(Service))
    assert exists
    admin = authenticate(db, "admin", PASSWORD)
    login = f"chef_{service.lower()}"
    try:
        return authenticate(db, login, PASSWORD)
    except Exception:
        setup.add_user(
            db,
            admin,
            login=login,
            full_name=f"Chef {service}",
            role=Role.CHEF,
            password=PASSWORD,
            service_codes=[service],
        )
        return authenticate(db, login, PASSWORD)


# --- the run ---------------------------------------------------------------------------------


def run(db: Database, label: str, *, show_each: bool) -> None:
    print(f"\n{label}: {len(CASES)} queries, first page of {PAGE}", flush=True)
    chef = chef_of(db, "BUDGET")
    rows: list[tuple[str, float, float, float, float, int]] = []
    for case in CASES:
        t_index, ids = timed(lambda c=case: find_ids(db, c.query(), limit=PAGE))
        t_chef, _ = timed(lambda c=case: find_ids(db, c.query(), limit=PAGE, actor=chef))
        t_rel, _ = timed(
            lambda c=case: find_ids(db, c.query(sort=SortKey.RELEVANCE), limit=PAGE), repeat=1
        )
        t_like, _ = timed(lambda c=case: like_ids(db, c), repeat=1)
        rows.append((case.label(), t_index, t_chef, t_rel, t_like, len(ids)))  # type: ignore[arg-type]
        if show_each:
            print(
                f"    {case.label()[:48]:<48} {t_index:7.1f} {t_chef:7.1f} {t_rel:8.1f} "
                f"{t_like:8.1f} ms  ({len(ids)})",  # type: ignore[arg-type]
                flush=True,
            )
    index = [r[1] for r in rows]
    like = [r[4] for r in rows]
    print(summary("search, newest first (whole register)", index))
    print(summary("search, newest first (chef of one service)", [r[2] for r in rows]))
    print(
        summary(
            "search, newest first, with filters",
            [r[1] for r, c in zip(rows, CASES, strict=True) if c.filters],
        )
    )
    print(summary("search, by relevance", [r[3] for r in rows]))
    print(summary("LIKE '%word%' scan, newest first", like))
    print(
        f"  LIKE / index: p50 x{pct(like, 50) / pct(index, 50):.0f}, "
        f"p95 x{pct(like, 95) / pct(index, 95):.0f}"
    )
    with db.read() as session:
        numbers = list(session.scalars(select(MailEntry.number).order_by(func.random()).limit(200)))
    rng = random.Random(3)
    typed = [n if rng.random() < 0.5 else n.lower() for n in numbers]
    look = []
    for n in typed:
        t, _ = timed(lambda n=n: find_ids(db, RegisterQuery(text=n), limit=PAGE))
        look.append(t)
    print(summary("number typed or scanned (find_ids)", look))
    raw = []
    with db.read() as session:
        for n in typed:
            t, _ = timed(lambda n=n: number_hit(session, n))
            raw.append(t)
    print(summary("number look-up alone (one index probe)", raw), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL too")
    parser.add_argument("--postgres-only", action="store_true")
    parser.add_argument("--sqlite-file", type=Path, help="keep the SQLite database there")
    parser.add_argument("--pg-dir", type=Path, help="keep the PostgreSQL cluster there")
    parser.add_argument("--each", action="store_true", help="print every query's times")
    args = parser.parse_args()
    if not args.postgres_only:
        with sqlite_database(args.rows, args.sqlite_file) as db:
            run(db, "SQLite", show_each=args.each)
    if args.postgres or args.postgres_only:
        with postgres_database(args.rows, args.pg_dir) as db:
            run(db, "PostgreSQL", show_each=args.each)
    return 0


if __name__ == "__main__":
    sys.exit(main())
