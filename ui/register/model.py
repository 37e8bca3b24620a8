"""The register as a lazy Qt table model.

The model holds only the ordered ids of the current query; rows are fetched by page, on the
database worker, when the view first asks for them, and kept in a bounded cache. Filtering and
sorting are new queries in SQL. A query first fetches one screenful of ids with the rows of its
first page (instant even at a million entries), then the full list in the background, packed in
an array with an index of where each id sits; when it arrives, the extra rows are appended, so
the view neither flickers nor loses its place.

Signals: ``loading(bool)`` while ids are being fetched; ``failed(object)`` with an error the
user can act on (the database is unreachable...).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.text import has_arabic
from app.organisation.actor import Actor
from app.registry import browse
from app.registry.browse import RegisterQuery, SortKey
from app.registry.queries import MailRow
from app.store.database import Database
from ui import display
from ui.labels import LTR, label
from ui.tasks import Task, TaskRunner

PAGE = 100
FIRST_SCREEN = 200
CACHE_PAGES = 50

COLUMNS: list[tuple[str, SortKey | None]] = [
    (QT_TRANSLATE_NOOP("RegisterModel", "Number"), SortKey.NUMBER),
    (QT_TRANSLATE_NOOP("RegisterModel", "Date and time"), SortKey.REGISTERED),
    (QT_TRANSLATE_NOOP("RegisterModel", "Direction"), None),
    (QT_TRANSLATE_NOOP("RegisterModel", "Correspondent"), SortKey.CORRESPONDENT),
    (QT_TRANSLATE_NOOP("RegisterModel", "Subject"), SortKey.SUBJECT),
    (QT_TRANSLATE_NOOP("RegisterModel", "Service"), SortKey.SERVICE),
    (QT_TRANSLATE_NOOP("RegisterModel", "Status"), SortKey.STATUS),
]
_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


class RowIndex:
    """The row of each id in a list of ids: the ids sorted, with their rows, found by bisection.

    Built on the database worker with the ids: at a million entries about 0.2 s and 16 MB, where
    a dict would take 120 MB and a linear search 8 ms on the GUI thread at each look-up.
    """

    def __init__(self, ids: array[int]) -> None:
        order = sorted(range(len(ids)), key=ids.__getitem__)
        self._ids: array[int] = array("q", [ids[row] for row in order])
        self._rows: array[int] = array("q", order)

    def row_of(self, mail_id: int) -> int | None:
        at = bisect_left(self._ids, mail_id)
        if at < len(self._ids) and self._ids[at] == mail_id:
            return self._rows[at]
        return None


class RegisterModel(QAbstractTableModel):
    loading = Signal(bool)
    failed = Signal(object)

    IdRole = Qt.ItemDataRole.UserRole + 1
    CancelledRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self, *, db: Database, tasks: TaskRunner, actor: Actor | None = None, parent: Any = None
    ) -> None:
        """``actor``: the user whose view of the register this is (a chef sees their services'
        mail, confidential mail only its recipients); None shows it all (tests, tools)."""
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._tasks = tasks
        self._query = RegisterQuery()
        self._ids: array[int] = array("q")
        self._index = RowIndex(self._ids)
        self._rows: OrderedDict[int, MailRow] = OrderedDict()
        self._pages_asked: set[int] = set()
        self._generation = 0
        self._pending: list[Task] = []

    # --- queries -------------------------------------------------------------------------

    @property
    def query(self) -> RegisterQuery:
        return self._query

    def set_query(self, query: RegisterQuery) -> None:
        """Show the entries matching ``query``; results of earlier queries are dropped."""
        for task in self._pending:
            task.cancel()
        self._generation += 1
        generation = self._generation
        self._query = query
        self.loading.emit(True)
        actor = self._actor

        def first() -> tuple[array[int], dict[int, MailRow]]:
            # The first page's rows come with the ids: the first screen does not wait behind
            # the full list of ids, queued meanwhile on the same worker.
            ids = array("q", browse.find_ids(self._db, query, limit=FIRST_SCREEN, actor=actor))
            return ids, browse.load_rows(self._db, ids[:PAGE], actor=actor)

        def everything() -> tuple[array[int], RowIndex]:
            ids = browse.find_id_array(self._db, query, actor=actor)
            return ids, RowIndex(ids)

        self._pending = [
            self._tasks.run(
                first,
                on_done=lambda result: self._on_first_ids(generation, *result),
                on_error=self._on_error,
                owner=self,
            ),
            self._tasks.run(
                everything,
                on_done=lambda result: self._on_all_ids(generation, *result),
                on_error=self._on_error,
                owner=self,
            ),
        ]

    def refresh(self) -> None:
        """Query again (after a registration, a correction...), forgetting cached rows."""
        self.set_query(self._query)

    def _on_first_ids(self, generation: int, ids: array[int], rows: dict[int, MailRow]) -> None:
        if generation != self._generation:
            return
        self._reset(ids, RowIndex(ids), rows)

    def _reset(self, ids: array[int], index: RowIndex, rows: dict[int, MailRow]) -> None:
        self.beginResetModel()
        self._ids, self._index = ids, index
        self._rows.clear()
        self._rows.update(rows)
        self._pages_asked.clear()
        if rows:
            self._pages_asked.add(0)
        self.endResetModel()

    def _on_all_ids(self, generation: int, ids: array[int], index: RowIndex) -> None:
        if generation != self._generation:
            return
        have = len(self._ids)
        if ids[:have] == self._ids and len(ids) > have:
            self.beginInsertRows(QModelIndex(), have, len(ids) - 1)
            self._ids, self._index = ids, index
            self.endInsertRows()
        elif ids != self._ids:  # the register changed between the two queries
            self._reset(ids, index, {})
        self.loading.emit(False)

    def _on_error(self, exc: Exception) -> None:
        self.loading.emit(False)
        self.failed.emit(exc)

    # --- rows, by page -------------------------------------------------------------------

    def row_at(self, row: int) -> MailRow | None:
        if not 0 <= row < len(self._ids):
            return None
        found = self._rows.get(self._ids[row])
        if found is None:
            self._ask_page(row // PAGE)
        return found

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, mail_id: int) -> int | None:
        return self._index.row_of(mail_id)

    def _ask_page(self, page: int) -> None:
        if page in self._pages_asked:
            return
        self._pages_asked.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE : (page + 1) * PAGE]
        actor = self._actor

        def load() -> dict[int, MailRow]:
            return browse.load_rows(self._db, ids, actor=actor)

        self._tasks.run(
            load,
            on_done=lambda rows: self._on_page(generation, page, rows),
            on_error=self._on_error,
            owner=self,
        )

    def _on_page(self, generation: int, page: int, rows: dict[int, MailRow]) -> None:
        if generation != self._generation:
            return
        self._rows.update(rows)
        while len(self._rows) > CACHE_PAGES * PAGE:
            self._rows.popitem(last=False)
            self._pages_asked.clear()  # evicted pages may need asking again
        first = page * PAGE
        last = min(len(self._ids), first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == self.CancelledRole:
            return row.cancelled
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            # Each cell in its own script's direction, whatever the window's.
            text = self._display(row, index.column()) or ""
            side = Qt.AlignmentFlag.AlignRight if has_arabic(text) else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return row.subject
        return None

    @staticmethod
    def _display(row: MailRow, column: int) -> str | None:
        # Numbers and dates read left to right even in an Arabic window (LTR first).
        if column == 0:
            return LTR + display.digits(row.number)
        if column == 1:
            return display.moment(row.registered_at, short=True)
        if column == 2:
            return label(row.direction)
        if column == 3:
            return row.correspondent or ""
        if column == 4:
            return row.subject
        if column == 5:
            return row.service or ""
        if column == 6:
            status = label(row.status)
            return f"{status} ({label('cancelled')})" if row.cancelled else status
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))
