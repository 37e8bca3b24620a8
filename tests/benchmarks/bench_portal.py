"""Portal sync throughput: 10,000 deposits with one small PDF each, over loopback HTTP.

    .venv/bin/python -m tests.benchmarks.bench_portal [--deposits 10000] [--postgres]
                                                       [--fail-rate 0] [--pg-url SERVER_URL]

Starts ``bureau-ordre portal-sim`` in its own process (the portal is another machine; its
work must not share this process's interpreter), seeded with ``--deposits`` deposits of one
small PDF each, then times one ``sync_once`` from an empty office: every deposit downloaded,
checked (SHA-256, PDF page count), registered as an incoming mail with its attachment and
search words, its acknowledgement posted. SQLite is the durable default (WAL,
synchronous=FULL); ``--postgres`` uses a throwaway cluster with fsync on (or a database made on
``--pg-url``). Prints the total, deposits per second, ms per deposit, and retries.

Target: 10,000 deposits in 120 s or less.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from app.domain.enums import Role
from app.organisation import setup
from app.organisation.actor import authenticate
from app.portal import engine
from app.portal.link import ensure_link
from app.store.database import Database
from app.store.models import MailEntry
from app.store.schema import upgrade
from tests.support import pgcluster

PASSWORD = "bench-pass-2026"
TARGET = 120.0


@contextmanager
def simulator(deposits: int, fail_rate: float, data: Path) -> Iterator[str]:
    command = [
        sys.executable, "-m", "app.cli.main", "portal-sim", "--json", "--port", "0",
        "--seed-deposits", str(deposits), "--one-pdf-each",
        "--fail-rate", str(fail_rate), "--retry-after", "0", "--latency-ms", "50",
        "--data", str(data),
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = json.loads(line)["url"]
        print(f"simulator seeded {deposits} deposits in {time.perf_counter() - started:.1f} s")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def database(postgres: bool, pg_url: str | None, tmp: Path) -> Iterator[Database]:
    if not postgres:
        db = Database(f"sqlite:///{tmp / 'bench.sqlite'}")
        try:
            yield db
        finally:
            db.dispose()
        return
    cluster = None
    if pg_url is None:
        cluster = pgcluster.Cluster(durable=True)
        pg_url = cluster.start()
    name = f"bo_portal_{uuid.uuid4().hex[:8]}"
    db = Database(pgcluster.create_database(pg_url, name))
    try:
        yield db
    finally:
        db.dispose()
        pgcluster.drop_database(pg_url, name)
        if cluster is not None:
            cluster.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deposits", type=int, default=10_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--pg-url")
    parser.add_argument("--fail-rate", type=float, default=0.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["BO_DATA_DIR"] = str(tmp / "data")
        os.environ["BO_PORTAL_CLIENT_ID"] = os.environ["BO_PORTAL_CLIENT_SECRET"] = "demo"
        with (
            database(args.postgres, args.pg_url, tmp) as db,
            simulator(args.deposits, args.fail_rate, tmp / "sim") as url,
        ):
            upgrade(db)
            admin = setup.init_office(
                db, code="BO-DEMO", name_ar="مكتب الضبط", name_fr="Bureau d'ordre",
                admin_login="admin", admin_password=PASSWORD, admin_name="Admin",
            )  # fmt: skip
            setup.add_user(
                db, admin, login="clerk", full_name="Fatima Zahra Bennani", role=Role.CLERK,
                password=PASSWORD,
            )  # fmt: skip
            clerk = authenticate(db, "clerk", PASSWORD)
            ensure_link(db, admin, url, None)  # the administrator sets the portal
            started = time.perf_counter()
            report = engine.sync_once(db, clerk)
            seconds = time.perf_counter() - started
            with db.read() as session:
                mails = session.scalar(select(func.count()).select_from(MailEntry))
    backend = "PostgreSQL" if args.postgres else "SQLite"
    print(
        f"{backend}: {report.registered} deposits registered ({mails} mails), "
        f"{report.sent} acknowledgements, {report.retries} retries, fail rate {args.fail_rate}"
    )
    per_10k = seconds * 10_000 / max(1, report.registered)
    print(
        f"  total {seconds:.1f} s, {report.registered / seconds:.0f} deposits/s, "
        f"{1000 * seconds / max(1, report.registered):.1f} ms per deposit; "
        f"10,000 at this pace: {per_10k:.0f} s (target {TARGET:.0f} s: "
        f"{'met' if per_10k <= TARGET else 'MISSED'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
