"""Screenshots of the capture window (pages arranged) and the tray, in French and Arabic.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.capture_screenshots OUT_DIR

A throwaway office with two mails; a scanned stack whose first page has no label goes to the
tray, a few pages wait in the scan panel.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.capture.importer import import_paths
from app.capture.pages import pages_of
from app.documents.inspect import inspect_bytes
from app.organisation import setup
from app.store.database import Database
from app.store.schema import upgrade
from scripts import translations
from ui.capture.window import CaptureWindow
from ui.context import DeskContext
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.tasks import TaskRunner


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication(sys.argv[:1])
    register_fonts()
    app.setFont(interface_font(10))
    from tests.app.capture.conftest import register
    from tests.conftest import Office
    from tests.support import scans

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'bo.sqlite'}")
        upgrade(db)
        admin = setup.init_office(
            db,
            code="MJ-BO",
            name_ar="مكتب الضبط المركزي",
            name_fr="Bureau d'ordre central",
            admin_login="admin",
            admin_password="admin-pass-2026",
            admin_name="Administrateur",
        )
        office = Office(db=db, url="", admin=admin, clerk=admin)
        numbers = register(office, 2)
        stack = scans.pdf_of(
            [
                scans.scanned(scans.text_page(), angle=1, seed=1),
                scans.scanned(scans.label_page("A-2026/099999"), angle=1, seed=2),
            ]
        )
        path = Path(tmp) / "copieur-0412.pdf"
        path.write_bytes(stack)
        import_paths(db, admin, [path])
        pages = pages_of(
            inspect_bytes(
                "lettre.pdf",
                scans.pdf_of([scans.label_page(numbers[0]), scans.text_page(), scans.text_page()]),
                max_bytes=10**9,
            )
        )
        tasks = TaskRunner()
        languages = Languages(app)
        for lang in ("fr", "ar"):
            languages.apply(lang)
            ctx = DeskContext.create(db=db, tasks=tasks, actor=admin, languages=languages)
            window = CaptureWindow(ctx=ctx)
            window.scan.add_pages(pages)
            window.set_number(numbers[0])
            window.show()
            settle(app, 3)
            window.grab().save(str(out / f"capture-scan-{lang}.png"))
            window.tabs.setCurrentWidget(window.tray)
            settle(app, 3)
            window.grab().save(str(out / f"capture-tray-{lang}.png"))
            window.close()
        tasks.wait()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
