"""Dispatch times: routing slips, a day's delivery book, its handing-over. Not part of the tests.

    .venv/bin/python -m tests.benchmarks.bench_dispatch [--mails 500] [--slips 50]

Fills a SQLite office with ``--mails`` incoming mails registered today for two services (one
in three assigned, a copy to the other service every tenth), then times, each run after a
warm-up: one routing slip (data and PDF), ``--slips`` slips in one PDF, the delivery book of
the day for every service (the rule's queries, then the PDF), and recording the handing-over
of all of them. Targets: a slip in 150 ms; the book of 500 mails in 3 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.directory.correspondents import CorrespondentInput  # noqa: E402
from app.dispatch.book import delivery_book  # noqa: E402
from app.dispatch.handover import record_handover  # noqa: E402
from app.dispatch.slip import slip_data  # noqa: E402
from app.domain.clock import now_utc, to_local  # noqa: E402
from app.domain.enums import Direction, Role  # noqa: E402
from app.imputation import workflow  # noqa: E402
from app.organisation import setup  # noqa: E402
from app.organisation.actor import Actor, authenticate  # noqa: E402
from app.printing.delivery_book import book_pdf  # noqa: E402
from app.printing.qt import ensure_gui  # noqa: E402
from app.printing.routing_slip import slips_pdf  # noqa: E402
from app.registry.drafts import MailDraft  # noqa: E402
from app.registry.register import register_mail  # noqa: E402
from app.store.database import Database  # noqa: E402
from app.store.schema import upgrade  # noqa: E402

PASSWORD = "bench-pass-2026"
SUBJECTS = [
    "طلب الحصول على شهادة إدارية لفائدة السيد محمد العلوي",
    "Demande de mutation pour rapprochement familial — dossier n° 2026/451",
    "شكاية بخصوص تأخر صرف المستحقات عن أشغال الصيانة",
    "Facture n° 2026-0412 relative aux fournitures de bureau du second trimestre",
]


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def _office(directory: Path, mails: int) -> tuple[Database, Actor, list[str]]:
    db = Database(f"sqlite:///{directory / 'bench.sqlite'}")
    upgrade(db)
    admin = setup.init_office(
        db,
        code="BENCH",
        name_ar="مكتب الضبط المركزي - وزارة العدل",
        name_fr="Bureau d'ordre central - Ministère de la Justice",
        admin_login="admin",
        admin_password=PASSWORD,
        admin_name="Administrateur",
    )
    for code, ar, fr in (
        ("RH", "مصلحة الموارد البشرية", "Service des ressources humaines"),
        ("BUDGET", "مصلحة الميزانية", "Service du budget"),
    ):
        setup.add_service(db, admin, code=code, name_ar=ar, name_fr=fr)
    setup.add_user(
        db,
        admin,
        login="fatima",
        full_name="Fatima Zahra Bennani",
        role=Role.CLERK,
        password=PASSWORD,
        service_codes=["RH"],
    )
    clerk = authenticate(db, "fatima", PASSWORD)
    numbers = []
    for i in range(mails):
        service = "RH" if i % 2 else "BUDGET"
        number = register_mail(
            db,
            clerk,
            MailDraft(
                direction=Direction.IN,
                subject=SUBJECTS[i % len(SUBJECTS)],
                correspondent=CorrespondentInput.from_name(f"Citoyen {i} — مواطن {i}"),
                service_code=service,
            ),
        ).number
        if i % 3 == 0:
            copies = ["RH" if service == "BUDGET" else "BUDGET"] if i % 10 == 0 else []
            workflow.assign(db, clerk, [number], service, copies=copies, instructions=["SUITE"])
        numbers.append(number)
    return db, clerk, numbers


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=500)
    parser.add_argument("--slips", type=int, default=50)
    args = parser.parse_args()
    ensure_gui()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"filling {args.mails} mails…", flush=True)
        db, clerk, numbers = _office(Path(tmp), args.mails)
        today = to_local(now_utc()).date()
        slips_pdf([slip_data(db, numbers[0], actor=clerk)])  # warm-up: fonts, Qt
        one, _ = _timed(lambda: slips_pdf([slip_data(db, numbers[0], actor=clerk)]))
        print(f"one routing slip (data + PDF)          {one:8.1f} ms  (target 150 ms)")
        many, _ = _timed(
            lambda: slips_pdf([slip_data(db, n, actor=clerk) for n in numbers[: args.slips]])
        )
        print(f"{args.slips} routing slips in one PDF          {many:8.1f} ms")
        load, book = _timed(lambda: delivery_book(db, first=today, actor=clerk))
        count = book.count  # type: ignore[attr-defined]
        print(f"delivery book, the rule ({count} lines)     {load:8.1f} ms")
        pdf, _ = _timed(lambda: book_pdf(book))  # type: ignore[arg-type]
        print(f"delivery book, the PDF                 {pdf:8.1f} ms  (target, both: 3000 ms)")
        wanted = {s.service_code: [line.number for line in s.lines] for s in book.sheets}  # type: ignore[attr-defined]
        record, _ = _timed(lambda: record_handover(db, clerk, wanted, first=today))
        print(f"handing-over of {count} mails recorded    {record:8.1f} ms")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
