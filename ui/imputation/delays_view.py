"""Delays by service, for the supervisor (and a chef, over their services): how much mail each
service holds open and how much of it is overdue, the most overdue first.

Loaded on the database worker; it reloads after any change to mail (the desk's live feed).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.imputation.inbox import ServiceDelays, delays_by_service
from app.store.changes import Change
from ui import display
from ui.context import DeskContext
from ui.live import concerns_mail
from ui.widgets import MessageLine

OVERDUE = QColor(178, 34, 34)


class DelaysView(QWidget):
    def __init__(self, *, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delays")
        self.ctx = ctx
        self._loading = False
        self.rows: list[ServiceDelays] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("delaysTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(2, 120)
        self.total = QLabel(self)
        self.message = MessageLine(self, "delaysMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        ctx.live.changed.connect(self.on_changed)
        self.retranslate()
        self.refresh()

    def on_changed(self, batch: tuple[Change, ...]) -> None:
        if concerns_mail(batch):
            self.refresh()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Open mail"), self.tr("Overdue")]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.load(
            lambda: delays_by_service(db, actor),
            owner=self,
            done=self._on_loaded,
            say=self.message.say,
            refused=self._ended,
        )

    def _ended(self, *_args: object) -> None:
        self._loading = False

    def _on_loaded(self, rows: list[ServiceDelays]) -> None:
        self._loading = False
        self.message.clear_message()
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        lang = self.ctx.lang
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            name = row.name_ar if lang == "ar" else row.name_fr
            cells = [
                QTableWidgetItem(f"{row.service} — {name}"),
                QTableWidgetItem(display.count(row.open)),
                QTableWidgetItem(display.count(row.overdue)),
            ]
            cells[0].setData(Qt.ItemDataRole.UserRole, row.service)
            for cell in cells[1:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if row.overdue:
                cells[2].setForeground(QBrush(OVERDUE))
                font = cells[2].font()
                font.setBold(True)
                cells[2].setFont(font)
            for column, cell in enumerate(cells):
                self.table.setItem(i, column, cell)
        open_total = sum(r.open for r in self.rows)
        late = sum(r.overdue for r in self.rows)
        self.total.setText(
            display.digits(
                self.tr("%n open mail(s) in the services", "", open_total)
                + " — "
                + self.tr("%n overdue", "", late)
            )
        )
