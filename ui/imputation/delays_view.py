"""Delays by service, for the supervisor (and a chef, over their services): how much mail each
service holds open and how much of it is overdue, the most overdue first.

Loaded on the database worker; ``refresh()`` after any change.
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

from app.errors import UserError
from app.imputation.inbox import ServiceDelays, delays_by_service
from app.organisation.actor import Actor
from app.store.database import Database
from ui import display
from ui.tasks import TaskRunner

OVERDUE = QColor(178, 34, 34)


class DelaysView(QWidget):
    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang,  # type: ignore[no-untyped-def]  # () -> str
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delays")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
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
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self.retranslate()
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
        self._tasks.run(
            lambda: delays_by_service(self._db, self._actor),
            on_done=self._on_loaded,
            on_error=self._on_error,
            owner=self,
        )

    def _on_loaded(self, rows: list[ServiceDelays]) -> None:
        self._loading = False
        self.message.hide()
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        lang = self._lang()
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

    def _on_error(self, exc: Exception) -> None:
        self._loading = False
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang()))
        self.message.show()
