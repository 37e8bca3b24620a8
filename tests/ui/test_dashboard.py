"""The activity dashboard from the desk: its figures are the seeded office's, and a bar clicked
opens the register on exactly the mails behind it; in Arabic the category axis runs right to
left."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from tests.conftest import Office
from tests.support import activity
from tests.support.gui import main_window, type_text
from ui.main_window import MainWindow
from ui.stats.window import DashboardWindow


@pytest.fixture
def seeded(office: Office) -> activity.Seeded:
    return activity.seed(office)


def _march(qtbot, win: MainWindow) -> DashboardWindow:  # type: ignore[no-untyped-def]
    dash = win.stats.open()
    qtbot.waitUntil(lambda: dash.board is not None, timeout=20000)
    with qtbot.waitSignal(dash.loaded, timeout=20000):
        dash.set_period(date(2026, 3, 1), date(2026, 3, 31))
    dash.granularity.setCurrentIndex(dash.granularity.findData("month"))
    dash.dimension.setCurrentIndex(dash.dimension.findData("service"))
    return dash


def _register_numbers(qtbot, win: MainWindow, count: int) -> set[str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: win.model.loaded and win.model.rowCount() == count, timeout=20000)
    qtbot.waitUntil(
        lambda: all(win.model.row_at(r) is not None for r in range(count)), timeout=20000
    )
    return {win.model.row_at(r).number for r in range(count)}  # type: ignore[union-attr]


def test_a_services_bar_opens_the_register_on_its_mails(qtbot, seeded: activity.Seeded) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, seeded.office.db, seeded["superviseur"]) as win:
        dash = _march(qtbot, win)
        chart = dash.volumes_chart
        assert chart.categories == ["03/26"]
        assert {s.key: s.values for s in chart.series} == {
            "BUDGET": [4.0], "RH": [7.0], "-": [1.0],
        }  # fmt: skip
        qtbot.mouseClick(
            chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_point(0, "RH")
        )
        rh = {seeded.numbers[k] for k in ("M1", "M2", "M3", "M5", "M6", "M7", "M17")}
        assert _register_numbers(qtbot, win, len(rh)) == rh
        assert win.filters.figure.isVisible() and "RH" in win.filters.figure.text()
        assert win.filters.service.currentData() == "RH"

        # The stock and overdue mail of BUDGET, from the chart of the third tab.
        dash.tabs.setCurrentIndex(2)
        stock = dash.stock_chart
        assert stock.categories[:2] == ["BUDGET", "RH"] and len(stock.categories) == 3
        point = stock.bar_point(0, "overdue")
        qtbot.mouseClick(stock.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
        late = {seeded.numbers[k] for k in ("M4", "M15")}
        assert _register_numbers(qtbot, win, len(late)) == late

        # Leaving the figure gives the whole register back (its other filters kept).
        win.filters.clear_figure()
        assert not win.filters.figure.isVisible()
        qtbot.waitUntil(lambda: win.model.loaded and win.model.rowCount() > 2, timeout=20000)


def test_the_chart_runs_right_to_left_in_arabic(qtbot, seeded: activity.Seeded) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, seeded.office.db, seeded["chef_rh"], lang="ar") as win:
        dash = _march(qtbot, win)
        dash.granularity.setCurrentIndex(dash.granularity.findData("week"))
        chart = dash.volumes_chart
        assert chart.mirrored
        weeks = chart.categories
        assert len(weeks) == 6
        # The first week stands rightmost, and the value axis on the right.
        first, last = chart.bar_point(1, "RH"), chart.bar_point(5 - 1, "RH")
        assert first.x() > last.x()
        plot = chart.plot.getPlotItem()
        assert plot.getAxis("right").isVisible() and not plot.getAxis("left").isVisible()
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=first)
        week10 = {seeded.numbers[k] for k in ("M1", "M2")}  # what chef_rh sees of W10
        assert _register_numbers(qtbot, win, len(week10)) == week10


@pytest.mark.parametrize(
    ("login", "shown"),
    [("fatima", False), ("agent_rh", False), ("chef_budget", True), ("superviseur", True)],
)
def test_only_the_roles_the_issue_names_find_the_dashboard(
    qtbot, seeded: activity.Seeded, login: str, shown: bool
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, seeded.office.db, seeded[login]) as win:
        in_menu = [a for a in win.menu_register.actions() if a.objectName() == "actionDashboard"]
        assert len(in_menu) == 1 and in_menu[0].isVisible() is shown
        if not shown:
            return
        in_menu[0].trigger()  # Register → Activity dashboard…
        dash = win.stats.dashboard
        qtbot.waitUntil(lambda: dash.board is not None, timeout=20000)
        assert dash.isVisible() and dash.windowTitle() == "Tableau de bord d'activité"


def test_a_chef_sees_the_figures_of_his_services_only(qtbot, seeded: activity.Seeded) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, seeded.office.db, seeded["chef_budget"]) as win:
        dash = _march(qtbot, win)
        assert {s.key: s.values for s in dash.volumes_chart.series} == {"BUDGET": [4.0]}
        # The legend names the series shown, and only them, at once.
        dash.dimension.setCurrentIndex(dash.dimension.findData("direction"))
        legend = [
            w.text()
            for w in dash.volumes_chart.legend.findChildren(QLabel)
            if w.text() and w.isVisibleTo(dash.volumes_chart.legend)
        ]
        assert legend == [s.label for s in dash.volumes_chart.series]
        assert set(legend) == {"Arrivée", "Départ"}


def test_the_report_is_saved_from_the_window(
    qtbot, seeded: activity.Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, seeded.office.db, seeded["superviseur"]) as win:
        dash = _march(qtbot, win)
        for fmt, button in (("pdf", dash.pdf_button), ("xlsx", dash.xlsx_button)):
            chosen = tmp_path / f"mars-{fmt}"  # the extension forgotten: it is added
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, c=chosen: (str(c), ""))
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            written = tmp_path / f"mars-{fmt}.{fmt}"
            qtbot.waitUntil(lambda w=written: str(w) in dash.status.text(), timeout=20000)
        assert (tmp_path / "mars-pdf.pdf").read_bytes()[:5] == b"%PDF-"
        book = openpyxl.load_workbook(tmp_path / "mars-xlsx.xlsx")
        cells = [c.value for sheet in book for row in sheet.iter_rows() for c in row]
        assert "Rapport mensuel d'activité" in " ".join(str(c) for c in cells if c)


def test_the_administrator_keeps_the_holidays_from_the_dashboard(
    qtbot, seeded: activity.Seeded
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, seeded.office.db, seeded["admin"]) as win:
        dash = _march(qtbot, win)
        before = dash.board.working_days  # type: ignore[union-attr]
        assert dash.holidays_button.isVisible()
        dash.open_holidays()
        dialog = dash.holidays
        assert dialog is not None
        qtbot.waitUntil(lambda: bool(dialog.rows), timeout=20000)
        if dialog.year.value() != 2026:
            with qtbot.waitSignal(dialog.listed, timeout=20000):
                dialog.year.setValue(2026)
        recorded = len(dialog.rows)  # the seeded Aïd al-Fitr, 20 and 21 March
        assert {r.day for r in dialog.rows} >= {date(2026, 3, 20), date(2026, 3, 21)}

        with qtbot.waitSignal(dialog.listed, timeout=20000):
            qtbot.mouseClick(dialog.add_fixed_button, Qt.MouseButton.LeftButton)
        assert len(dialog.rows) == recorded + 11 and "11" in dialog.message.text()

        # A day of mourning decreed on Wednesday 18 March: one working day less in March.
        dialog.day.setDate(date(2026, 3, 18))
        type_text("Jour de deuil national", dialog.name_fr)
        type_text("يوم حداد وطني", dialog.name_ar)
        with qtbot.waitSignal(dash.loaded, timeout=20000):
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dash.board.working_days == before - 1  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: date(2026, 3, 18) in {r.day for r in dialog.rows}, timeout=20000)

        # The same day twice is refused, with what was typed kept.
        dialog.day.setDate(date(2026, 3, 18))
        type_text("Deuxième saisie", dialog.name_fr)
        type_text("إدخال ثان", dialog.name_ar)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=20000)
        assert dialog.name_fr.text() == "Deuxième saisie"
        assert dialog.name_ar.text() == "إدخال ثان"

        # Removed again: March has its working day back.
        row = [r.day for r in dialog.rows].index(date(2026, 3, 18))
        dialog.table.selectRow(row)
        with qtbot.waitSignal(dash.loaded, timeout=20000):
            qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        assert dash.board.working_days == before  # type: ignore[union-attr]


def test_no_holidays_button_but_for_the_administrator(qtbot, seeded: activity.Seeded) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, seeded.office.db, seeded["superviseur"]) as win:
        dash = win.stats.open()
        assert dash.isVisible() and not dash.holidays_button.isVisibleTo(dash)
