"""The activity dashboard window: charts and tables side by side, for a period.

For the supervisor, the administrator and the chefs (each sees the mail they may see): the
period's volumes by day, week or month and by direction, channel or service; the delays of
each stage per service (median and 90th percentile, in working days) and per service and mail
type; the open stock and the overdue mail per service and per agent; the coverage rate and the
portal's share and acknowledgement delay. The figures are read on the database worker
(:func:`app.stats.dashboard.dashboard`); nothing waits on the GUI thread.

Clicking a bar (or double-clicking a row of a table) opens the register on exactly the mails
behind it (:mod:`app.stats.drill`): ``open_register(object)`` carries the
:class:`~app.registry.browse.RegisterQuery`. The monthly report is saved as PDF or Excel.

Signals: ``open_register(object)``; ``loaded()`` each time figures are shown (tests wait for
it); ``failed(object)`` an error the desk reports.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.enums import Role
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.registry.browse import RegisterQuery
from app.stats import drill
from app.stats.dashboard import NO_SERVICE, STAGE_NAMES, Dashboard, dashboard
from app.stats.percentiles import as_number
from app.store.database import Database
from ui.labels import LTR, label
from ui.stats.chart import BarChart, Series, number
from ui.stats.holidays import HolidaysDialog
from ui.tasks import Task, TaskRunner
from ui.widgets import day_edit

GRANULARITIES = ("day", "week", "month")
DIMENSIONS = ("direction", "channel", "service")


def month_span(day: date, back: int = 0) -> tuple[date, date]:
    first = day.replace(day=1)
    for _ in range(back):
        first = (first - timedelta(days=1)).replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


class DashboardWindow(QMainWindow):
    open_register = Signal(object)
    loaded = Signal()
    failed = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        services: list[ServiceRow],
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardWindow")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.board: Dashboard | None = None
        self._task: Task | None = None
        self._services = services

        today = clock.to_local(clock.now_utc()).date()
        self.first_day = day_edit(self, popup=True)
        self.first_day.setObjectName("dashboardFirstDay")
        self.last_day = day_edit(self, popup=True)
        self.last_day.setObjectName("dashboardLastDay")
        self.this_month = QPushButton(self)
        self.last_month = QPushButton(self)
        self.this_year = QPushButton(self)
        self.service = QComboBox(self)
        self.service.setObjectName("dashboardService")
        self.service.addItem("", None)
        for s in services:
            self.service.addItem(f"{s.code} — {s.name(lang())}", s.code)
        self.granularity = QComboBox(self)
        self.granularity.setObjectName("dashboardGranularity")
        self.dimension = QComboBox(self)
        self.dimension.setObjectName("dashboardDimension")
        self.stage = QComboBox(self)
        self.stage.setObjectName("dashboardStage")
        self.refresh_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("dashboardPdf")
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("dashboardXlsx")
        # The official holidays count in the delays: the administrator keeps them from here.
        self.holidays_button = QPushButton(self)
        self.holidays_button.setObjectName("dashboardHolidays")
        self.holidays_button.setVisible(Role(actor.role) == Role.ADMIN)
        self.holidays: HolidaysDialog | None = None
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.status.setWordWrap(True)

        self.volumes_chart = BarChart(self, stacked=True)
        self.volumes_chart.setObjectName("volumesChart")
        self.volumes_table = self._table("volumesTable")
        self.delays_chart = BarChart(self, stacked=False)
        self.delays_chart.setObjectName("delaysChart")
        self.delays_table = self._table("delaysTable")
        self.stock_chart = BarChart(self, stacked=False)
        self.stock_chart.setObjectName("stockChart")
        self.stock_table = self._table("stockTable")
        self.agents_table = self._table("agentsTable")
        self.coverage_chart = BarChart(self, stacked=False)
        self.coverage_chart.setObjectName("coverageChart")
        self.coverage_table = self._table("coverageTable")
        self.portal_label = QLabel(self)
        self.portal_label.setObjectName("portalFigures")
        self.portal_label.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self._side_by_side(self.volumes_chart, self.volumes_table), "")
        self.tabs.addTab(self._side_by_side(self.delays_chart, self.delays_table), "")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stock_table, 1)
        self.agents_caption = QLabel(right)
        right_layout.addWidget(self.agents_caption)
        right_layout.addWidget(self.agents_table, 1)
        self.tabs.addTab(self._side_by_side(self.stock_chart, right), "")
        cover = QWidget(self)
        cover_layout = QVBoxLayout(cover)
        cover_layout.setContentsMargins(0, 0, 0, 0)
        cover_layout.addWidget(self.coverage_table, 1)
        cover_layout.addWidget(self.portal_label)
        self.tabs.addTab(self._side_by_side(self.coverage_chart, cover), "")

        self.period_caption = QLabel(self)
        self.to_caption = QLabel(self)
        self.service_caption = QLabel(self)
        top = QHBoxLayout()
        for w in (
            self.period_caption,
            self.first_day,
            self.to_caption,
            self.last_day,
            self.this_month,
            self.last_month,
            self.this_year,
            self.service_caption,
            self.service,
        ):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.refresh_button, self.pdf_button, self.xlsx_button, self.holidays_button):
            top.addWidget(w)
        second = QHBoxLayout()
        for w in (self.granularity, self.dimension, self.stage):
            second.addWidget(w)
        second.addWidget(self.status, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1280, 760)

        self.first_day.setDate(month_span(today)[0])
        self.last_day.setDate(today)
        self.this_month.clicked.connect(lambda: self.set_period(*month_span(today)))
        self.last_month.clicked.connect(lambda: self.set_period(*month_span(today, 1)))
        self.this_year.clicked.connect(
            lambda: self.set_period(today.replace(month=1, day=1), today)
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.service.currentIndexChanged.connect(lambda _i: self.refresh())
        self.first_day.dateChanged.connect(lambda _d: self.refresh())
        self.last_day.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.service, self.granularity, self.dimension, self.stage):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.granularity, self.dimension, self.stage):
            combo.currentIndexChanged.connect(lambda _i: self.show_board())
        self.pdf_button.clicked.connect(lambda: self.save_report("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_report("xlsx"))
        self.holidays_button.clicked.connect(self.open_holidays)
        self.volumes_chart.bar_clicked.connect(self.on_volume_bar)
        self.delays_chart.bar_clicked.connect(self.on_delay_bar)
        self.stock_chart.bar_clicked.connect(self.on_stock_bar)
        self.coverage_chart.bar_clicked.connect(self.on_coverage_bar)
        self.volumes_table.cellDoubleClicked.connect(self.on_volume_cell)
        self.stock_table.cellDoubleClicked.connect(self.on_stock_cell)
        self.agents_table.cellDoubleClicked.connect(self.on_agent_cell)
        self.delays_table.cellDoubleClicked.connect(self.on_delay_cell)
        self.retranslate()

    # --- building ------------------------------------------------------------------------

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _side_by_side(self, chart: QWidget, table: QWidget) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(chart)
        splitter.addWidget(table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 500])  # the chart wider: its labels need the room
        return splitter

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Activity dashboard"))
        self.period_caption.setText(self.tr("From"))
        self.to_caption.setText(self.tr("to"))
        self.service_caption.setText(self.tr("Service"))
        self.this_month.setText(self.tr("This month"))
        self.last_month.setText(self.tr("Last month"))
        self.this_year.setText(self.tr("This year"))
        self.service.setItemText(0, self.tr("All services"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.pdf_button.setText(self.tr("Report (PDF)…"))
        self.xlsx_button.setText(self.tr("Report (Excel)…"))
        self.holidays_button.setText(self.tr("Holidays…"))
        self.agents_caption.setText(self.tr("Overdue mail by agent"))
        for combo, items in (
            (
                self.granularity,
                [("day", self.tr("By day")), ("week", self.tr("By week")),
                 ("month", self.tr("By month"))],
            ),
            (
                self.dimension,
                [("direction", self.tr("By direction")), ("channel", self.tr("By channel")),
                 ("service", self.tr("By service"))],
            ),
            (self.stage, [(s, self.stage_name(s)) for s in STAGE_NAMES]),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        if self.granularity.currentData() == "day" and self.board is None:
            self.granularity.setCurrentIndex(1)  # weeks, to begin with
        for i, text in enumerate(
            (
                self.tr("Volumes"),
                self.tr("Delays"),
                self.tr("Stock and overdue mail"),
                self.tr("Coverage and portal"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.show_board()

    def stage_name(self, stage: str) -> str:
        return {
            "assignment": self.tr("Registration → assignment"),
            "action": self.tr("Assignment → first action"),
            "answer": self.tr("First action → answer"),
            "total": self.tr("Registration → answer"),
        }[stage]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self.show_board()
        super().changeEvent(event)

    # --- loading -------------------------------------------------------------------------

    def set_period(self, first: date, last: date) -> None:
        for edit in (self.first_day, self.last_day):
            edit.blockSignals(True)
        self.first_day.setDate(first)
        self.last_day.setDate(last)
        for edit in (self.first_day, self.last_day):
            edit.blockSignals(False)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the figures of the period shown, on the database worker."""
        first = self.first_day.date().toPython()
        last = self.last_day.date().toPython()
        if last < first:
            first, last = last, first
        code = self.service.currentData()
        if self._task is not None:
            self._task.cancel()
        self.status.setText(self.tr("Reading the figures…"))
        db, actor = self._db, self._actor
        self._task = self._tasks.run(
            lambda: dashboard(db, actor, first, last, service_code=code),
            on_done=self.on_loaded,
            on_error=self.on_error,
            owner=self,
        )

    def on_loaded(self, board: Dashboard) -> None:
        self._task = None
        self.board = board
        self.show_board()
        self.loaded.emit()

    def on_error(self, exc: Exception) -> None:
        self._task = None
        if isinstance(exc, UserError):
            self.status.setText(exc.message(self._lang()))
            return
        self.failed.emit(exc)

    # --- showing -------------------------------------------------------------------------

    def key_label(self, dimension: str | None, key: str) -> str:
        if dimension == "service":
            return self.tr("(no service)") if key == NO_SERVICE else key
        return label(key)

    def show_board(self) -> None:
        board = self.board
        if board is None:
            return
        g = self.granularity.currentData() or "week"
        dim = self.dimension.currentData() or "direction"
        scope = (
            self.tr("the whole office")
            if board.viewer_services is None
            else ", ".join(board.viewer_services)
        )
        self.status.setText(
            " — ".join(
                (
                    self.tr("%n mail(s) registered", "", board.total()),
                    self.tr("as at %1").replace("%1", f"{LTR}{board.today:%d/%m/%Y}"),
                    scope,
                    self.tr("%n working day(s)", "", board.working_days),
                )
            )
        )
        self._show_volumes(board, g, dim)
        self._show_delays(board)
        self._show_stock(board)
        self._show_coverage(board, g)

    def _show_volumes(self, board: Dashboard, g: str, dim: str) -> None:
        buckets = board.buckets(g)  # type: ignore[arg-type]
        series = board.series(g, dim)  # type: ignore[arg-type]
        names = [self._short(b.key, g) for b in buckets]
        self.volumes_chart.set_data(
            names,
            [Series(k, self.key_label(dim, k), [float(v) for v in vs]) for k, vs in series.items()],
        )
        keys = list(series)
        t = self.volumes_table
        t.clear()
        t.setColumnCount(len(keys) + 2)
        t.setHorizontalHeaderLabels(
            [self.tr("Period"), *(self.key_label(dim, k) for k in keys), self.tr("Total")]
        )
        t.setRowCount(len(buckets))
        for i, b in enumerate(buckets):
            self._set(t, i, 0, f"{LTR}{b.key}")
            for j, k in enumerate(keys):
                self._set(t, i, j + 1, number(series[k][i]))
            self._set(t, i, len(keys) + 1, number(sum(series[k][i] for k in keys)))

    def _short(self, key: str, g: str) -> str:
        if g == "day":
            return key[8:10]
        if g == "week":
            return self.tr("W%1", "a week's number under its bar").replace("%1", key[-2:])
        return key[5:7] + "/" + key[2:4]

    def _delay_services(self, board: Dashboard) -> list[str]:
        return board.delay_keys("service")

    def _show_delays(self, board: Dashboard) -> None:
        stage = self.stage.currentData() or "assignment"
        codes = self._delay_services(board)
        figures = [board.delay(stage, service=c) for c in codes]
        self.delays_chart.set_data(
            [self.key_label("service", c) for c in codes],
            [
                Series("median", self.tr("Median"), [_float(f.median) for f in figures]),
                Series("p90", self.tr("90th percentile"), [_float(f.p90) for f in figures]),
            ],
            ordered=False,
        )
        t = self.delays_table
        rows = [
            (s, ty)
            for s, ty in board.delay_pairs()
            if board.delay(stage, service=s, mail_type=ty).count
        ]
        t.clear()
        t.setColumnCount(5)
        t.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Type"), self.tr("Mails"), self.tr("Median"),
             self.tr("90th percentile")]
        )  # fmt: skip
        t.setRowCount(len(rows) + 1)
        whole = board.delay(stage)
        self._set(t, 0, 0, self.tr("All"))
        self._set(t, 0, 1, "")
        for j, v in enumerate((whole.count, as_number(whole.median), as_number(whole.p90))):
            self._set(t, 0, j + 2, number(v))
        for i, (s, ty) in enumerate(rows, start=1):
            f = board.delay(stage, service=s, mail_type=ty)
            self._set(t, i, 0, self.key_label("service", s), data=(s, ty))
            self._set(t, i, 1, label(ty))
            for j, v in enumerate((f.count, as_number(f.median), as_number(f.p90))):
                self._set(t, i, j + 2, number(v))

    def _stock_services(self, board: Dashboard) -> list[str]:
        codes = set(board.stock_by_service()) | set(board.overdue_by_service())
        named = sorted(c for c in codes if c != NO_SERVICE)
        return named + ([NO_SERVICE] if NO_SERVICE in codes else [])

    def _show_stock(self, board: Dashboard) -> None:
        codes = self._stock_services(board)
        stock, late = board.stock_by_service(), board.overdue_by_service()
        self.stock_chart.set_data(
            [self.key_label("service", c) for c in codes],
            [
                Series("stock", self.tr("Open"), [float(stock.get(c, 0)) for c in codes]),
                Series("overdue", self.tr("Overdue"), [float(late.get(c, 0)) for c in codes]),
            ],
            ordered=False,
        )
        t = self.stock_table
        t.clear()
        t.setColumnCount(3)
        t.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Open"), self.tr("Overdue")])
        t.setRowCount(len(codes) + 1)
        for i, c in enumerate(codes):
            self._set(t, i, 0, self.key_label("service", c), data=c)
            self._set(t, i, 1, number(stock.get(c, 0)))
            self._set(t, i, 2, number(late.get(c, 0)))
        self._set(t, len(codes), 0, self.tr("Total"), data=None)
        self._set(t, len(codes), 1, number(board.stock_total()))
        self._set(t, len(codes), 2, number(board.overdue_total()))
        a = self.agents_table
        rows = board.overdue_by_agent()
        a.clear()
        a.setColumnCount(3)
        a.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Agent"), self.tr("Overdue")])
        a.setRowCount(len(rows))
        for i, (code, login, n) in enumerate(rows):
            self._set(a, i, 0, self.key_label("service", code), data=(code, login))
            self._set(a, i, 1, login or self.tr("(no agent named)"))
            self._set(a, i, 2, number(n))

    def _show_coverage(self, board: Dashboard, g: str) -> None:
        rows = [c for c in board.coverage(g) if c.bucket is not None]  # type: ignore[arg-type]
        self.coverage_chart.set_data(
            [self._short(c.bucket.key, g) for c in rows],  # type: ignore[union-attr]
            [
                Series("received", self.tr("Received"), [float(c.received) for c in rows]),
                Series("answered", self.tr("Answered"), [float(c.answered) for c in rows]),
            ],
        )
        t = self.coverage_table
        t.clear()
        t.setColumnCount(4)
        t.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Received"), self.tr("Answered"), self.tr("Coverage")]
        )
        whole = board.coverage()[0]
        t.setRowCount(len(rows) + 1)
        for i, c in enumerate([*rows, whole]):
            self._set(t, i, 0, f"{LTR}{c.bucket.key}" if c.bucket else self.tr("Total"))
            self._set(t, i, 1, number(c.received))
            self._set(t, i, 2, number(c.answered))
            self._set(t, i, 3, _percent(c.rate))
        share = board.portal_share()
        ack = board.acknowledgement_delay()
        hours = [None if v is None else round(float(v) / 60, 1) for v in (ack.median, ack.p90)]
        self.portal_label.setText(
            " ".join(
                (
                    self.tr(
                        "Portal: %n of the %1 incoming mails (%2).", "", board.portal_received()
                    )
                    .replace("%1", f"{LTR}{board.incoming()}")
                    .replace("%2", _percent(share, cell=False)),
                    self.tr("Acknowledged within %1 h (median), %2 h (90th percentile).")
                    .replace("%1", number(hours[0]))
                    .replace("%2", number(hours[1])),
                    self.tr("%n not acknowledged yet.", "", board.acknowledgements.waiting),
                )
            )
        )

    @staticmethod
    def _set(table: QTableWidget, row: int, column: int, text: str, data: Any = None) -> None:
        item = QTableWidgetItem(text)
        if data is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
        if column > 0 and text[:1] in (LTR, "—"):
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        table.setItem(row, column, item)

    # --- opening the register ------------------------------------------------------------

    def _open(self, query: RegisterQuery) -> None:
        self.open_register.emit(query)

    def _caption(self, *parts: str) -> str:
        return self.tr("Dashboard") + ": " + " — ".join(p for p in parts if p)

    @Slot(int, str)
    def on_volume_bar(self, index: int, key: str) -> None:
        board = self.board
        if board is None:
            return
        g = self.granularity.currentData() or "week"
        dim = self.dimension.currentData() or "direction"
        bucket = board.buckets(g)[index]
        caption = self._caption(self.key_label(dim, key), f"{LTR}{bucket.key}")
        self._open(drill.registered(board, bucket, dim, key, caption=caption))

    @Slot(int, int)
    def on_volume_cell(self, row: int, column: int) -> None:
        board = self.board
        if board is None:
            return
        g = self.granularity.currentData() or "week"
        dim = self.dimension.currentData() or "direction"
        keys = list(board.series(g, dim))
        bucket = board.buckets(g)[row]
        key = keys[column - 1] if 0 < column <= len(keys) else None
        caption = self._caption(self.key_label(dim, key) if key else "", f"{LTR}{bucket.key}")
        self._open(drill.registered(board, bucket, dim if key else None, key, caption=caption))

    @Slot(int, str)
    def on_delay_bar(self, index: int, _key: str) -> None:
        board = self.board
        if board is None:
            return
        stage = self.stage.currentData() or "assignment"
        code = self._delay_services(board)[index]
        caption = self._caption(self.stage_name(stage), self.key_label("service", code))
        self._open(drill.delay(board, stage, code, caption=caption))

    @Slot(int, int)
    def on_delay_cell(self, row: int, _column: int) -> None:
        board = self.board
        item = self.delays_table.item(row, 0)
        if board is None or item is None:
            return
        stage = self.stage.currentData() or "assignment"
        data = item.data(Qt.ItemDataRole.UserRole)
        code, mail_type = data if data else (None, None)
        caption = self._caption(self.stage_name(stage), item.text())
        self._open(drill.delay(board, stage, code, mail_type, caption=caption))

    @Slot(int, str)
    def on_stock_bar(self, index: int, key: str) -> None:
        board = self.board
        if board is None:
            return
        code = self._stock_services(board)[index]
        name = self.key_label("service", code)
        if key == "overdue":
            self._open(drill.overdue(board, code, caption=self._caption(self.tr("Overdue"), name)))
        else:
            self._open(drill.stock(board, code, caption=self._caption(self.tr("Open"), name)))

    @Slot(int, int)
    def on_stock_cell(self, row: int, column: int) -> None:
        board = self.board
        item = self.stock_table.item(row, 0)
        if board is None or item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        if column == 2:
            self._open(
                drill.overdue(board, code, caption=self._caption(self.tr("Overdue"), item.text()))
            )
        else:
            self._open(
                drill.stock(board, code, caption=self._caption(self.tr("Open"), item.text()))
            )

    @Slot(int, int)
    def on_agent_cell(self, row: int, _column: int) -> None:
        board = self.board
        item = self.agents_table.item(row, 0)
        if board is None or item is None:
            return
        code, login = item.data(Qt.ItemDataRole.UserRole)
        who = self.agents_table.item(row, 1).text()  # type: ignore[union-attr]
        caption = self._caption(self.tr("Overdue"), item.text(), who)
        self._open(drill.overdue(board, code, agent=login, caption=caption))

    @Slot(int, str)
    def on_coverage_bar(self, index: int, key: str) -> None:
        board = self.board
        if board is None:
            return
        g = self.granularity.currentData() or "week"
        bucket = [c.bucket for c in board.coverage(g) if c.bucket is not None][index]  # type: ignore[arg-type]
        if key == "answered":
            caption = self._caption(self.tr("Answered"), f"{LTR}{bucket.key}")
            self._open(drill.answered(board, bucket, caption=caption))
        else:
            caption = self._caption(self.tr("Received"), f"{LTR}{bucket.key}")
            self._open(drill.registered(board, bucket, "direction", "in", caption=caption))

    # --- the holidays --------------------------------------------------------------------

    @Slot()
    def open_holidays(self) -> HolidaysDialog:
        """The official holidays' dialog (administrators); the figures read again after each
        change, the delays counting the days it keeps."""
        if self.holidays is None:
            self.holidays = HolidaysDialog(
                db=self._db, tasks=self._tasks, actor=self._actor, lang=self._lang, parent=self
            )
            self.holidays.changed.connect(self.refresh)
            self.holidays.failed.connect(self.failed)
        self.holidays.load()
        self.holidays.show()
        self.holidays.raise_()
        return self.holidays

    # --- the report ----------------------------------------------------------------------

    def save_report(self, fmt: str, path: str | None = None) -> None:
        board = self.board
        if board is None:
            return
        if path is None:
            suggested = f"activite-{board.first:%Y-%m-%d}-{board.last:%Y-%m-%d}.{fmt}"
            filters = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), suggested, filters
            )
            if not path:
                return
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
        db = self._db
        target = Path(path)

        def write() -> Path:
            from app.organisation.setup import get_office
            from app.stats.report import write_report

            write_report(board, target, fmt=fmt, office=get_office(db))
            return target

        self.status.setText(self.tr("Writing the report…"))
        self._tasks.run(
            write,
            on_done=lambda p: self.status.setText(
                self.tr("Report saved: %1").replace("%1", str(p))
            ),
            on_error=self.on_error,
            owner=self,
        )


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _percent(value: Any, *, cell: bool = True) -> str:
    """A rate as a percentage, left to right; in a cell of its own a closing mark keeps the
    sign after the number in Arabic (inside a sentence, the brackets around it do)."""
    if value is None:
        return "—"
    return f"{LTR}{float(value) * 100:.1f} %" + (LTR if cell else "")
