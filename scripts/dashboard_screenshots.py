"""Screenshots of the activity dashboard, each tab in French and in Arabic, with real data.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.dashboard_screenshots \
        OUT_DIR [--rows 30000]

Fills a throwaway SQLite office with the benchmark's generated register (Arabic and French
correspondents and subjects over six years, with the assignments, history and portal deposits
their statuses imply), records the year's fixed holidays, then opens the desk as a supervisor:
one PNG per tab of the dashboard (last month, by week) and language, the register opened on a
bar's mails, and the monthly report as PDF (render it with ``pdftoppm``) and XLSX.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.domain import clock
from app.domain.enums import Role
from app.organisation import setup
from app.organisation.actor import authenticate
from app.stats import holidays
from app.stats.report import write_report
from app.store.database import Database
from scripts import translations
from tests.benchmarks.bench_dashboard import build
from tests.benchmarks.bench_search import PASSWORD
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.settings import MemoryStore, Settings
from ui.stats.holidays import HolidaysDialog
from ui.stats.window import month_span
from ui.tasks import TaskRunner


def wait(condition: Callable[[], bool], seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        QApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=30_000)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    register_fonts()
    app.setFont(interface_font(10))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'office.sqlite'}")
        build(db, args.rows, "office")
        admin = authenticate(db, "admin", PASSWORD)
        for year in (2025, 2026):
            holidays.add_fixed(db, admin, year)
        holidays.add_holiday(
            db,
            admin,
            date(2026, 3, 20),
            name_fr="Aïd al-Fitr",
            name_ar="عيد الفطر",
            kind=holidays.RELIGIOUS_KIND,
            hijri_date="1447-10-01",
        )
        setup.add_user(
            db,
            admin,
            login="nidrissi",
            full_name="Nadia Idrissi",
            role=Role.SUPERVISOR,
            password=PASSWORD,
        )
        supervisor = authenticate(db, "nidrissi", PASSWORD)
        tasks = TaskRunner()
        languages = Languages(app)
        languages.apply("fr")
        window = MainWindow(
            db=db,
            tasks=tasks,
            actor=supervisor,
            languages=languages,
            settings=Settings(MemoryStore()),
        )
        window.resize(1380, 860)
        window.show()
        wait(lambda: window.model.loaded)
        dash = window.stats.open()
        dash.resize(1380, 860)
        wait(lambda: dash.board is not None)
        today = clock.to_local(clock.now_utc()).date()
        first, last = month_span(today, 1)
        for lang in ("fr", "ar"):
            languages.apply(lang)
            board = dash.board
            dash.set_period(first, last)
            wait(lambda b=board: dash.board is not b)
            dash.granularity.setCurrentIndex(dash.granularity.findData("week"))
            dash.dimension.setCurrentIndex(dash.dimension.findData("channel"))
            for i, name in enumerate(("volumes", "delays", "stock", "coverage")):
                dash.tabs.setCurrentIndex(i)
                settle()
                dash.grab().save(str(out / f"dashboard-{name}-{lang}.png"))
            dash.dimension.setCurrentIndex(dash.dimension.findData("service"))
            dash.tabs.setCurrentIndex(0)
            settle()
            dash.grab().save(str(out / f"dashboard-volumes-by-service-{lang}.png"))
            series = dash.volumes_chart.series
            dash.on_volume_bar(1, series[0].key)
            wait(lambda: window.model.loaded)
            settle(1.5)
            window.grab().save(str(out / f"register-from-a-bar-{lang}.png"))
            window.filters.clear_figure()
            dialog = HolidaysDialog(db=db, tasks=tasks, actor=admin, lang=lambda lang=lang: lang)
            dialog.show()
            dialog.year.setValue(2026)
            dialog.load()
            wait(lambda d=dialog: bool(d.rows))
            religious = [i for i in range(dialog.proposal.count()) if dialog.proposal.itemData(i)]
            dialog.proposal.setCurrentIndex(religious[0])
            dialog.choose_proposal(religious[0])
            dialog.table.selectRow(2)
            settle()
            dialog.grab().save(str(out / f"holidays-{lang}.png"))
            dialog.close()
        from app.organisation.setup import get_office

        office = get_office(db)
        for fmt in ("pdf", "xlsx"):
            write_report(dash.board, out / f"report.{fmt}", fmt=fmt, office=office)
        window.close()
        tasks.wait()
        db.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
