"""Label rendering time. Not part of the test run.

    .venv/bin/python -m tests.benchmarks.bench_labels [--n 50]

Reports p50/p95 of ``labels_pdf`` for one label on each template (Arabic and French office
names, an Arabic correspondent), a full A4 sheet of 24 labels, and a label from the register
(look-up, PDF, audit record) on SQLite, each after a warm-up; the first label of a process (Qt
and the fonts loading) and the wall time of one ``bureau-ordre label`` process, start-up
included. Target: a label in 100 ms or less.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.directory.correspondents import CorrespondentInput  # noqa: E402
from app.domain.enums import Direction, MailEventKind  # noqa: E402
from app.organisation import setup  # noqa: E402
from app.printing.journal import record_mail_prints  # noqa: E402
from app.printing.labels import TEMPLATES, LabelData, label_data, labels_pdf  # noqa: E402
from app.registry.drafts import MailDraft  # noqa: E402
from app.registry.register import register_mail  # noqa: E402
from app.store.database import Database  # noqa: E402
from app.store.schema import upgrade  # noqa: E402

TARGET_MS = 100.0
PASSWORD = "bench-pass-2026"
OFFICE_FR = "Bureau d'ordre central - Ministère de la Justice"
OFFICE_AR = "مكتب الضبط المركزي - وزارة العدل"
LABEL = LabelData(
    number="A-2026/000123",
    registered_at=datetime(2026, 11, 23, 10, 42),
    direction_fr="Arrivée",
    direction_ar="وارد",
    office_fr=OFFICE_FR,
    office_ar=OFFICE_AR,
    correspondent="جمعية الأمل للتنمية",
)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _time(work: Callable[[], object], n: int, warm_up: int = 3) -> tuple[float, float]:
    for _ in range(warm_up):
        work()
    times = []
    for _ in range(n):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return _percentile(times, 50), _percentile(times, 95)


def _report(name: str, p50: float, p95: float, target: float | None = TARGET_MS) -> bool:
    verdict = "" if target is None else ("  ok" if p95 <= target else f"  OVER {target:.0f} ms")
    print(f"{name:<34} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms{verdict}")
    return target is None or p95 <= target


def _registered(directory: Path) -> tuple[str, str]:
    url = f"sqlite:///{directory / 'bench.sqlite'}"
    db = Database(url)
    upgrade(db)
    admin = setup.init_office(
        db,
        code="BENCH",
        name_ar=OFFICE_AR,
        name_fr=OFFICE_FR,
        admin_login="admin",
        admin_password=PASSWORD,
    )
    number = register_mail(
        db,
        admin,
        MailDraft(
            direction=Direction.IN,
            subject="طلب منحة",
            correspondent=CorrespondentInput.from_name("جمعية الأمل للتنمية"),
        ),
    ).number
    db.dispose()
    return url, number


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50, help="timed runs per figure")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; {args.n} runs each after a warm-up")
    start = time.perf_counter()
    labels_pdf([LABEL], TEMPLATES["thermal-62x29-203"])  # Qt and the fonts load here
    first = (time.perf_counter() - start) * 1000
    print(f"{'first label of the process':<34} {first:7.1f} ms (Qt application, fonts)")
    ok = True
    for key, template in TEMPLATES.items():
        ok &= _report(
            f"one label, {key}", *_time(lambda t=template: labels_pdf([LABEL], t), args.n)
        )
    sheet = TEMPLATES["a4-3x8"]
    _report(
        "full A4 sheet (24 labels)", *_time(lambda: labels_pdf([LABEL] * 24, sheet), args.n), None
    )

    with tempfile.TemporaryDirectory() as tmp:
        url, number = _registered(Path(tmp))
        db = Database(url)
        small = TEMPLATES["thermal-62x29-203"]

        def from_register() -> None:
            data = label_data(db, number, actor=None)
            labels_pdf([data], small)
            record_mail_prints(
                db, None, [number], MailEventKind.LABEL_PRINTED, {"template": small.key}
            )

        ok &= _report("look-up + PDF + audit (SQLite)", *_time(from_register, args.n))
        db.dispose()

        out = Path(tmp) / "label.pdf"
        env = {**os.environ, "BO_DATABASE_URL": url, "BO_USER": "", "BO_DATA_DIR": tmp}
        command = [sys.executable, "-m", "app.cli.main", "label", number, "--out", str(out)]
        subprocess.run(command, env=env, check=True, capture_output=True)  # warm file caches
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            runs.append((time.perf_counter() - start) * 1000)
        name = "bureau-ordre label (a process)"
        print(
            f"{name:<34} min {min(runs):7.1f} ms   max {max(runs):7.1f} ms"
            "  (5 runs; Python, Qt and the database start each time)"
        )
    print("all within target" if ok else "SOME FIGURES OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
