"""Printing a day's register of 5,000 entries: the data, the PDF, both (target: ≤ 5 s in all).

    .venv/bin/python -m tests.benchmarks.bench_register_print [--entries 5000] [--postgres]

Fills a database with one day of entries (bulk inserts, with their audit rows, and a
correction or a cancellation on some of them, as the registering path would leave them) among
other days, then times :func:`build_report`, :func:`register_pdf` and the two together.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from app.domain.clock import day_bounds_utc
from app.domain.enums import Direction
from app.organisation import setup
from app.printing.qt import ensure_gui
from app.printing.register_pdf import register_pdf
from app.registry.report import build_report
from app.store import audit
from app.store.database import Database
from app.store.models import Correspondent, MailEntry, MailEvent
from app.store.schema import upgrade
from tests.support import pgcluster

DAY = date(2026, 3, 10)
SUBJECTS = [
    "طلب شهادة إدارية",
    "Réclamation relative à la facture d'eau n° {i}",
    "شكاية بخصوص تأخر صرف المستحقات المتعلقة بالصفقة رقم {i} لسنة 2025",
    "Convocation à la réunion de la commission provinciale de suivi des projets",
    "طلب الترخيص باستغلال الملك العمومي الجماعي لإقامة كشك لبيع الصحف والمجلات بشارع محمد"
    " الخامس، مع الإدلاء بالتصميم الطبوغرافي ونسخة من البطاقة الوطنية للتعريف",
    "Demande de congé annuel au titre de l'année 2026",
]
NAMES = [
    ("محمد العلوي", None),
    (None, "Commune de Fès"),
    ("فاطمة الزهراء بناني", "Fatima Zahra Bennani"),
    (None, "Société Atlas SARL"),
    ("جمعية الأمل للتنمية", None),
]


def fill(db: Database, entries: int, *, other_days: int = 2000) -> None:
    """An office; ``entries`` incoming mails on DAY and ``other_days`` around it."""
    admin = setup.init_office(
        db,
        code="BENCH",
        name_ar="مكتب الضبط المركزي",
        name_fr="Bureau d'ordre central",
        admin_login="admin",
        admin_password="bench-pass-2026",
    )
    setup.add_service(
        db, admin, code="RH", name_ar="الموارد البشرية", name_fr="Ressources humaines"
    )
    rng = random.Random(11)
    with db.write() as s:
        s.execute(
            insert(Correspondent),
            [
                {
                    "office_id": admin.office_id,
                    "kind": "citizen",
                    "name_arabic": ar,
                    "name_latin": fr,
                    "created_at": datetime.now(UTC),
                }
                for ar, fr in NAMES
            ],
        )
    start, end = day_bounds_utc(DAY)
    before = start - timedelta(days=3)
    moments = sorted(
        [before + timedelta(seconds=rng.randint(0, 2 * 86400)) for _ in range(other_days // 2)]
        + [start + (end - start) * (i / entries) for i in range(entries)]
        + [end + timedelta(seconds=rng.randint(0, 2 * 86400)) for _ in range(other_days // 2)]
    )
    rows = [
        {
            "office_id": admin.office_id,
            "direction": "in",
            "year": 2026,
            "seq": seq,
            "number": f"A-2026/{seq:06d}",
            "registered_at": at,
            "registered_by_id": admin.user_id,
            "correspondent_id": rng.randint(1, len(NAMES)),
            "subject": rng.choice(SUBJECTS).format(i=seq),
            "letter_reference": f"{seq}/DAJ/2026" if seq % 3 else None,
            "letter_date": DAY - timedelta(days=seq % 9) if seq % 3 else None,
            "mail_type": "letter",
            "channel": "counter",
            "priority": "normal",
            "confidential": False,
            "pieces": 1 + seq % 4,
            "observations": "Copie au service technique" if seq % 7 == 0 else None,
            "status": "registered",
            "cancelled": seq % 97 == 0,
            "service_id": 1 if seq % 2 else None,
        }
        for seq, at in enumerate(moments, start=1)
    ]
    with db.write() as s:
        s.execute(insert(MailEntry), rows)
        ids = {n: i for n, i in s.execute(select(MailEntry.number, MailEntry.id))}
        events, audited = [], []
        for row in rows:
            audited.append(audit.Event("mail.registered", "mail", row["number"], {}))
            corrected = row["seq"] % 41 == 0
            if corrected or row["cancelled"]:
                kind = "cancelled" if row["cancelled"] else "corrected"
                events.append(
                    {
                        "mail_id": ids[row["number"]],
                        "kind": kind,
                        "at": row["registered_at"] + timedelta(minutes=20),
                        "user_id": admin.user_id,
                        "reason": "Doublon" if row["cancelled"] else "Faute de frappe",
                        "changes": None
                        if row["cancelled"]
                        else audit.canonical_json({"pieces": [1, row["pieces"]]}),
                    }
                )
                audited.append(audit.Event(f"mail.{kind}", "mail", row["number"], {}))
        s.execute(insert(MailEvent), events)
        audit.append(s, "admin", audited)


@contextmanager
def filled_database(backend: str, entries: int) -> Iterator[Database]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            db = Database(f"sqlite:///{Path(tmp) / 'register.sqlite'}")
            try:
                upgrade(db)
                fill(db, entries)
                yield db
            finally:
                db.dispose()
        return
    cluster = pgcluster.Cluster(durable=True)
    server = cluster.start()
    try:
        db = Database(pgcluster.create_database(server, f"bo_{uuid.uuid4().hex[:8]}"))
        try:
            upgrade(db)
            fill(db, entries)
            yield db
        finally:
            db.dispose()
    finally:
        cluster.stop()


def run(db: Database, label: str, repeat: int = 3) -> float:
    ensure_gui()
    best_report = best_pdf = best_total = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        report = build_report(db, Direction.IN, DAY, actor=None)
        t1 = time.perf_counter()
        pdf = register_pdf(report)
        t2 = time.perf_counter()
        best_report, best_pdf = min(best_report, t1 - t0), min(best_pdf, t2 - t1)
        best_total = min(best_total, t2 - t0)
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
    print(
        f"{label}: {len(report.entries)} entries, {pages} pages, {len(pdf) / 1e6:.1f} MB\n"
        f"  build_report   {best_report * 1000:8.0f} ms\n"
        f"  register_pdf   {best_pdf * 1000:8.0f} ms\n"
        f"  together       {best_total * 1000:8.0f} ms   (target ≤ 5000 ms)"
    )
    return best_total


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    worst = 0.0
    for backend in ("sqlite", "postgres") if args.postgres else ("sqlite",):
        with filled_database(backend, args.entries) as db:
            worst = max(worst, run(db, {"sqlite": "SQLite", "postgres": "PostgreSQL"}[backend]))
    return 0 if worst <= 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
