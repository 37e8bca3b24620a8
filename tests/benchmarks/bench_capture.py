"""Capture benchmark: barcode reading and matching per 300 dpi page; OCR pages per minute.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_capture [--docs N]

Builds a throwaway SQLite office with ``--docs`` mails, a scanned stack of their labelled
first pages and continuation pages (300 dpi, JPEG, as a copier writes it), then times:
reading each page (decode + barcodes + bars), the whole import (reading, splitting, PDFs,
attaching, one transaction per file) per page, and tesseract (ara+fra) on typed pages.
Targets: barcode detection and matching ≤ 0.5 s per page.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10)
    parser.add_argument("--ocr-pages", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    QApplication([])
    from argon2 import PasswordHasher

    from app.capture import ocr
    from app.capture.importer import MATCH_DPI, import_paths
    from app.capture.matching import read_page
    from app.capture.pages import pages_of, rasters
    from app.documents.inspect import inspect_bytes
    from app.organisation import passwords, setup
    from app.store.database import Database
    from app.store.schema import upgrade
    from tests.app.capture.conftest import batch_pdf, register
    from tests.conftest import Office
    from tests.support import scans

    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        upgrade(db)
        admin = setup.init_office(
            db,
            code="BENCH",
            name_ar="مكتب الضبط",
            name_fr="Bureau d'ordre",
            admin_login="admin",
            admin_password="bench-password",
            admin_name="Admin",
        )
        office = Office(db=db, url="", admin=admin, clerk=admin)
        numbers = register(office, args.docs)
        stack = batch_pdf(tuple(numbers))
        info = inspect_bytes("stack.pdf", stack, max_bytes=10**9)
        pages = pages_of(info)

        timings = []
        for image in rasters(pages, MATCH_DPI):
            started = time.perf_counter()
            read_page(image)
            timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        for image in rasters(pages, MATCH_DPI):
            read_page(image)
        with_decode = (time.perf_counter() - started) / len(pages)
        path = Path(tmp) / "stack.pdf"
        path.write_bytes(stack)
        started = time.perf_counter()
        report = import_paths(db, admin, [path])
        whole = (time.perf_counter() - started) / len(pages)
        assert [d.number for d in report.attached] == numbers, "matching went wrong"
        print(f"pages in the stack: {len(pages)} ({args.docs} documents)")
        print(
            f"barcodes + bars on a decoded page: p50 {statistics.median(timings) * 1000:.0f} ms, "
            f"max {max(timings) * 1000:.0f} ms"
        )
        print(f"page decoded from the PDF and read: {with_decode * 1000:.0f} ms per page")
        print(
            f"whole import (read, split, PDFs, attach): {whole * 1000:.0f} ms per page (target 500)"
        )

        if ocr.available() and args.ocr_pages:
            page = scans.scanned(scans.text_page(), angle=0.5, seed=1)
            started = time.perf_counter()
            for _ in range(args.ocr_pages):
                ocr.read_image(page)
            per_page = (time.perf_counter() - started) / args.ocr_pages
            print(
                f"OCR ara+fra at 300 dpi: {per_page:.2f} s per page, {60 / per_page:.1f} pages/min"
            )
        db.dispose()


if __name__ == "__main__":
    main()
