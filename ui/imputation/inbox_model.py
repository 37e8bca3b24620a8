"""The inbox as a Qt table model: plain rows from app.imputation.inbox, never ORM objects.

New mail first (bold), overdue mail marked (red due date, "overdue" in the status).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.clock import to_local
from app.domain.text import has_arabic
from app.imputation.inbox import InboxItem
from ui import display
from ui.labels import LTR, label

COLUMNS = [
    QT_TRANSLATE_NOOP("InboxModel", "Number"),
    QT_TRANSLATE_NOOP("InboxModel", "Assigned on"),
    QT_TRANSLATE_NOOP("InboxModel", "Correspondent"),
    QT_TRANSLATE_NOOP("InboxModel", "Subject"),
    QT_TRANSLATE_NOOP("InboxModel", "Service"),
    QT_TRANSLATE_NOOP("InboxModel", "Due"),
    QT_TRANSLATE_NOOP("InboxModel", "Status"),
]
COPY = QT_TRANSLATE_NOOP("InboxModel", "copy")
LATE = QT_TRANSLATE_NOOP("InboxModel", "overdue")
_Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor(178, 34, 34)


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxModel", text)


class InboxModel(QAbstractTableModel):
    NumberRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[InboxItem] = []

    def set_items(self, items: list[InboxItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> InboxItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    @property
    def overdue(self) -> int:
        return sum(1 for i in self._items if i.overdue)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == self.NumberRole:
            return item.number
        if role == Qt.ItemDataRole.FontRole and item.new:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and column in (5, 6):
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            text = self._display(item, column) or ""
            side = Qt.AlignmentFlag.AlignRight if has_arabic(text) else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return display.moment(item.assigned_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = list(item.instructions)
            if item.note:
                parts.append(item.note)
            return "\n".join(parts) or None
        return None

    @staticmethod
    def _display(item: InboxItem, column: int) -> str:
        if column == 0:
            return LTR + display.digits(item.number)
        if column == 1:  # the day (its time in the tooltip): room for the subject
            return display.day(to_local(item.assigned_at).date(), short=True)
        if column == 2:
            return item.correspondent or ""
        if column == 3:
            return item.subject
        if column == 4:
            copy = f" ({tr(COPY)})" if item.kind != "main" else ""
            return item.service + copy
        if column == 5:
            return display.day(item.due_date, short=True) if item.due_date else ""
        status = label(item.status)
        return f"{status} — {tr(LATE)}" if item.overdue else status
