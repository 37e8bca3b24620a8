"""Registration latency and throughput, on SQLite and PostgreSQL. Not part of the test run.

    .venv/bin/python -m tests.benchmarks.bench_register [--n 500] [--workers 8] [--each 250]

Reports p50/p95 latency of one registration (the whole transaction: correspondent, number,
entry, attachment, audit, commit) without and with a 1 MB PDF, on SQLite (WAL,
synchronous=FULL) and on a throwaway PostgreSQL cluster with its durable defaults (fsync on);
then aggregate throughput of 8 registering processes on PostgreSQL. PostgreSQL comes from
BO_TEST_PG_URL if set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from app.directory.correspondents import CorrespondentInput
from app.documents.inspect import inspect_bytes
from app.domain.enums import Direction, Role
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.database import Database
from app.store.schema import upgrade
from tests.support import files, pgcluster
from tests.support.workers import run_workers

PASSWORD = "bench-pass-2026"


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _prepare(url: str) -> Database:
    db = Database(url)
    upgrade(db)
    admin = setup.init_office(
        db,
        code="BENCH",
        name_ar="مكتب الضبط",
        name_fr="Bureau d'ordre",
        admin_login="admin",
        admin_password=PASSWORD,
    )
    setup.add_user(
        db, admin, login="clerk", full_name="Guichet 1", role=Role.CLERK, password=PASSWORD
    )
    return db


def _latencies(db: Database, n: int, attachment: bytes | None) -> list[float]:
    actor = authenticate(db, "clerk", PASSWORD)
    info = inspect_bytes("courrier.pdf", attachment, max_bytes=10**8) if attachment else None
    out = []
    for i in range(n + 20):
        draft = MailDraft(
            direction=Direction.IN,
            subject=f"طلب رخصة البناء رقم {i} — demande de permis de construire",
            correspondent=CorrespondentInput(name_latin=f"Citoyen {i % 300}"),
        )
        # The file is checked once outside the timing (the form checks it when it is added);
        # what is timed is the registering transaction that stores it.
        t0 = time.perf_counter()
        register_mail(db, actor, draft, [info] if info else None)
        if i >= 20:  # warm-up: connections, statement caches
            out.append((time.perf_counter() - t0) * 1000)
    return out


def _report(label: str, values: list[float]) -> None:
    print(
        f"  {label:<38} p50 {statistics.median(values):6.2f} ms   "
        f"p95 {_percentile(values, 95):6.2f} ms   (n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--each", type=int, default=250)
    args = parser.parse_args()
    pdf = files.noise_pdf_bytes(1024 * 1024)
    print(f"attachment: {len(pdf)} bytes PDF; {os.cpu_count()} CPUs")

    with tempfile.TemporaryDirectory() as tmp:
        for label, attachment in (("without attachment", None), ("with a 1 MB PDF", pdf)):
            db = _prepare(f"sqlite:///{Path(tmp) / f'{uuid.uuid4().hex}.sqlite'}")
            _report(f"SQLite, {label}", _latencies(db, args.n, attachment))
            db.dispose()

    server = os.environ.get("BO_TEST_PG_URL")
    cluster = None
    if not server:
        cluster = pgcluster.Cluster(durable=True)
        server = cluster.start()
    try:
        for label, attachment in (("without attachment", None), ("with a 1 MB PDF", pdf)):
            name = f"bo_bench_{uuid.uuid4().hex[:8]}"
            db = _prepare(pgcluster.create_database(server, name))
            _report(f"PostgreSQL, {label}", _latencies(db, args.n, attachment))
            db.dispose()
            pgcluster.drop_database(server, name)

        name = f"bo_bench_{uuid.uuid4().hex[:8]}"
        url = pgcluster.create_database(server, name)
        _prepare(url).dispose()
        results = run_workers(
            url, workers=args.workers, each=args.each, login="clerk", password=PASSWORD
        )
        total = sum(len(r["numbers"]) for r in results)
        wall = max(r["finished_at"] for r in results) - min(r["started_at"] for r in results)
        lat = [x * 1000 for r in results for x in r["latencies"]]
        print(
            f"  PostgreSQL, {args.workers} processes x {args.each}: {total} registrations in "
            f"{wall:.2f} s = {total / wall:.0f}/s; per-registration p50 "
            f"{statistics.median(lat):.1f} ms, p95 {_percentile(lat, 95):.1f} ms"
        )
        pgcluster.drop_database(server, name)
    finally:
        if cluster:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
