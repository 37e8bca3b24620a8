"""How long ``audit verify`` takes on a large register, and how much memory. Not a test.

    .venv/bin/python -m tests.benchmarks.bench_integrity [--n 100000] [--every 10]
        [--backend sqlite|postgres|both] [--keep DIR]

Writes ``--n`` mails as the application does (rows, files, ``mail.registered`` events with
their states; by thousands, see :func:`_fill`), one in ``--every`` with its own small PDF
(about 8 KB) and one in fifty corrected through the application; then runs the real
command, ``bureau-ordre audit verify --json``, in a child process, with and without
``--no-files``, and reports its time (wall and CPU) and its peak memory (the child's maximum
resident set). PostgreSQL is a throwaway cluster (or ``BO_TEST_PG_URL``). ``--keep DIR``
keeps the SQLite file there and reuses it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfWriter
from sqlalchemy import insert

from app.directory import correspondents
from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Role
from app.integrity import state
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.corrections import Correction, correct_mail
from app.store import audit, blobs
from app.store.database import Database
from app.store.models import Attachment, MailEntry, NumberCounter
from app.store.schema import upgrade
from tests.support import pgcluster

PASSWORD = "bench-pass-2026"
BATCH = 5000


def _pdf(i: int) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": f"Courrier {i} " + "x" * 7000})  # distinct, about 8 KB
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _fill(url: str, n: int, every: int) -> None:
    """``n`` mails as the application writes them, written by thousands.

    Registering one by one takes 10-30 ms a mail here (100,000: most of an hour); so the rows,
    their files and their ``mail.registered`` events (with the same states, computed by
    :mod:`app.integrity.state`, chained by :func:`app.store.audit.append`) are inserted in
    batches. The corrections go through the application.
    """
    db = Database(url)
    upgrade(db)
    admin = setup.init_office(
        db, code="BENCH", name_ar="مكتب الضبط", name_fr="Bureau d'ordre",
        admin_login="admin", admin_password=PASSWORD,
    )  # fmt: skip
    setup.add_user(
        db, admin, login="clerk", full_name="Guichet", role=Role.CLERK, password=PASSWORD
    )
    clerk = authenticate(db, "clerk", PASSWORD)
    started = time.perf_counter()
    with db.write() as session:
        people = []
        for i in range(300):
            person, _ = correspondents.find_or_create(
                session, clerk.office_id, CorrespondentInput(name_latin=f"Citoyen {i}")
            )
            people.append(person.id)
    year = datetime.now(UTC).year
    at = datetime.now(UTC)
    for first in range(0, n, BATCH):
        mails, files, events = [], [], []
        with db.write() as session:
            for i in range(first, min(n, first + BATCH)):
                number = f"A-{year}/{i + 1:06d}"
                values = {
                    "id": i + 1, "office_id": clerk.office_id, "direction": "in", "year": year,
                    "seq": i + 1, "number": number, "registered_at": at,
                    "registered_by_id": clerk.user_id, "received_at": None, "letter_date": None,
                    "letter_reference": f"ع/{i}/{year}", "correspondent_id": people[i % 300],
                    "subject": f"طلب رخصة البناء رقم {i} — demande de permis de construire",
                    "mail_type": "letter", "channel": "counter", "priority": "normal",
                    "confidential": i % 97 == 0, "pieces": 1, "observations": None,
                    "service_id": None, "external_ref": None, "answers_id": None,
                    "status": "registered", "cancelled": False,
                }  # fmt: skip
                mails.append(values)
                listed = []
                if i % every == 0:
                    data = _pdf(i)
                    digest = blobs.put(session, data)
                    files.append(
                        {
                            "mail_id": i + 1, "sha256": digest, "filename": f"c{i}.pdf",
                            "content_type": "application/pdf", "size": len(data), "pages": 1,
                            "added_at": at, "added_by_id": clerk.user_id,
                        }
                    )  # fmt: skip
                    listed = [state.file_item(digest, f"c{i}.pdf", len(data), 1, "application/pdf")]
                sealed = state.mail_state({**values, "recipients": []})
                events.append(
                    audit.Event(
                        "mail.registered", "mail", number,
                        {"subject": values["subject"], "attachments": listed, "state": sealed},
                    )
                )  # fmt: skip
            session.execute(insert(MailEntry.__table__), mails)
            if files:
                session.execute(insert(Attachment.__table__), files)
            audit.append(session, "clerk", events)
        print(f"\r  written {first + len(mails)}/{n}", end="", flush=True)
    with db.write() as session:
        session.execute(
            insert(NumberCounter.__table__),
            [{"office_id": clerk.office_id, "direction": "in", "year": year, "last_seq": n}],
        )
    for i in range(0, n, 50):
        correct_mail(db, admin, f"A-{year}/{i + 1:06d}", Correction(pieces=2), "Pièces comptées")
    print(f"\r  written {n} mails in {time.perf_counter() - started:.0f} s" + " " * 20)
    db.dispose()


def _verify(url: str, *extra: str) -> tuple[float, float, float, dict[str, object]]:
    """Seconds, CPU seconds and peak MB of the child, its JSON.

    CPU time is told apart: on a machine shared with other work, wall time measures the others
    too."""
    env = {**os.environ, "BO_DATABASE_URL": url, "BO_LANG": "fr"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "audit", "verify", "--json", *extra],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"audit verify failed: {proc.stderr}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, after.ru_maxrss / 1024, json.loads(proc.stdout)


def _report(label: str, url: str) -> None:
    for extra in ((), ("--no-files",)):
        seconds, cpu, peak, data = _verify(url, *extra)
        checked = data["checked"]
        print(
            f"  {label}, audit verify {' '.join(extra) or '(all)':<12} {seconds:6.1f} s "
            f"(CPU {cpu:5.1f} s), peak {peak:5.0f} MB — {checked['audit_rows']} audit rows, "
            f"{checked['mails']} mails, {checked['files']} files ({checked['file_bytes']} bytes)"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    print(f"{args.n} mails, one in {args.every} with a PDF; {os.cpu_count()} CPUs")

    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            folder = args.keep or Path(tmp)
            path = folder / f"integrity-{args.n}.sqlite"
            if not path.exists():
                _fill(f"sqlite:///{path}", args.n, args.every)
            _report("SQLite", f"sqlite:///{path}")

    if args.backend in ("postgres", "both"):
        server = os.environ.get("BO_TEST_PG_URL")
        cluster = None
        if not server:
            cluster = pgcluster.Cluster()
            server = cluster.start()
        name = f"bo_bench_{uuid.uuid4().hex[:8]}"
        try:
            url = pgcluster.create_database(server, name)
            _fill(url, args.n, args.every)
            _report("PostgreSQL", url)
        finally:
            pgcluster.drop_database(server, name)
            if cluster:
                cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
