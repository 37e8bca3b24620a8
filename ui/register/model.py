"""The register as a lazy Qt table model.

The model holds only the ordered ids of the current query; rows are fetched by page, on the
database worker, when the view first asks for them, and kept in a bounded cache. Filtering and
sorting are new queries in SQL. A query first fetches one screenful of ids with the rows of its
first page (a bounded query, whatever the order: instant even at a million entries); once that
is shown, the full list comes in the background, on a worker of its own (the database worker
goes on serving pages and look-ups meanwhile), packed in an array with an index of where each
id sits; when it arrives, the extra rows are appended, so the view neither flickers nor loses
its place.

What others commit reaches the model through :meth:`RegisterModel.apply_changes` (a batch
of the live feed): new mail is inserted at the top, changed rows are reloaded, and only what
may have moved mail in or out of the list runs the whole query again.

Signals: ``loading(bool)`` while ids are being fetched; ``failed(object)`` with an error the
user can act on (the database is unreachable...); ``reloading()`` just before a live change
makes the model run its whole query again (the view keeps its selection across the reset).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Sequence
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
from app.store.changes import Change
from app.store.database import Database
from ui import display
from ui.labels import LTR, label
from ui.register import states
from ui.tasks import Task, TaskRunner

PAGE = 100
FIRST_SCREEN = 200
INDEX_BLOCK = 65_536
CACHE_PAGES = 50
# Past this many changes to mail in one live batch, running the query again costs less.
LIVE_BATCH = 200
REGISTERED = "mail.registered"

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
# Each cell in its script's side (combined once: a flag combination is a new enum member).
ALIGNED = {
    arabic: (Qt.AlignmentFlag.AlignRight if arabic else Qt.AlignmentFlag.AlignLeft)
    | Qt.AlignmentFlag.AlignAbsolute
    | Qt.AlignmentFlag.AlignVCenter
    for arabic in (True, False)
}


def tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


class RowIndex:
    """The row of each id in a list of ids: the ids sorted, with their rows, found by bisection.

    Built off the GUI thread with the ids, by blocks of :data:`INDEX_BLOCK` sorted each on its
    own, so that no single step holds the interpreter long (one sort of a million took the GUI
    thread's turn for 0.3-0.5 s, and the first screen waited behind it); a look-up bisects each
    block (a million ids: 16 blocks, some microseconds). At a million entries about 16 MB,
    where a dict would take 120 MB and a linear search 8 ms on the GUI thread at each look-up.
    """

    def __init__(self, ids: array[int]) -> None:
        self._blocks: list[tuple[array[int], array[int]]] = []
        for start in range(0, len(ids), INDEX_BLOCK):
            order = sorted(range(start, min(start + INDEX_BLOCK, len(ids))), key=ids.__getitem__)
            self._blocks.append((array("q", [ids[row] for row in order]), array("q", order)))
        # Ids put in front of the list since (mail registered meanwhile), each with how many
        # were put in front before it: its row is counted from the front's end, and every
        # other row moves down by the front's length, without touching a million entries.
        self._front: dict[int, int] = {}
        self._max = max((block[-1] for block, _ in self._blocks), default=0)

    @property
    def max_id(self) -> int:
        """The highest id listed (0 for none)."""
        return self._max

    def prepend(self, ids: Sequence[int]) -> None:
        """``ids`` take the first rows, in this order; every row listed before moves down."""
        for mail_id in reversed(ids):
            self._front[mail_id] = len(self._front)
        self._max = max(self._max, max(ids, default=0))

    def row_of(self, mail_id: int) -> int | None:
        above = self._front.get(mail_id)
        if above is not None:
            return len(self._front) - 1 - above
        for ids, rows in self._blocks:
            at = bisect_left(ids, mail_id)
            if at < len(ids) and ids[at] == mail_id:
                return rows[at] + len(self._front)
        return None


class RegisterModel(QAbstractTableModel):
    loading = Signal(bool)
    failed = Signal(object)
    reloading = Signal()

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
        self._complete = False  # the full list of ids has arrived

    # --- queries -------------------------------------------------------------------------

    @property
    def query(self) -> RegisterQuery:
        return self._query

    @property
    def loaded(self) -> bool:
        """Whether the full list of ids has arrived (live changes apply to it, not before)."""
        return self._complete

    def set_query(self, query: RegisterQuery) -> None:
        """Show the entries matching ``query``; results of earlier queries are dropped."""
        for task in self._pending:
            task.cancel()
        self._generation += 1
        generation = self._generation
        self._query = query
        self._complete = False
        self.loading.emit(True)
        actor = self._actor

        def first() -> tuple[array[int], dict[int, MailRow]]:
            # The first page's rows come with the ids, from a query bounded whatever the
            # order: the first screen never waits for the full list of ids.
            ids = array("q", browse.find_ids(self._db, query, limit=FIRST_SCREEN, actor=actor))
            return ids, browse.load_rows(self._db, ids[:PAGE], actor=actor)

        self._pending = [
            self._tasks.run(
                first,
                on_done=lambda result: self._on_first_ids(generation, *result),
                on_error=self._on_error,
                owner=self,
            )
        ]

    def refresh(self) -> None:
        """Query again (after a registration, a correction...), forgetting cached rows."""
        self.set_query(self._query)

    def _on_first_ids(self, generation: int, ids: array[int], rows: dict[int, MailRow]) -> None:
        if generation != self._generation:
            return
        self._reset(ids, RowIndex(ids), rows)
        if len(ids) < FIRST_SCREEN:  # the whole list already
            self._complete = True
            self.loading.emit(False)
            return
        query, actor = self._query, self._actor

        def everything() -> tuple[array[int], RowIndex]:
            ids = browse.find_id_array(self._db, query, actor=actor)
            return ids, RowIndex(ids)

        # Asked once the first screen is shown, and on a worker of its own: the pages the
        # clerk scrolls to, a scanned number's mail and the clerk's saves do not wait for it.
        self._pending.append(
            self._tasks.run(
                everything,
                on_done=lambda result: self._on_all_ids(generation, *result),
                on_error=self._on_error,
                bulk=True,
                owner=self,
            )
        )

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
        self._complete = True
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
            on_done=lambda rows: self._on_page(generation, rows),
            on_error=self._on_error,
            owner=self,
        )

    def _on_page(self, generation: int, rows: dict[int, MailRow]) -> None:
        if generation != self._generation:
            return
        self._remember(rows)
        # Where the rows are now: mail registered meanwhile may have moved them down.
        found = [r for r in map(self._index.row_of, rows) if r is not None]
        if found:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(min(found), 0), self.index(max(found), last))

    def _remember(self, rows: dict[int, MailRow]) -> None:
        self._rows.update(rows)
        while len(self._rows) > CACHE_PAGES * PAGE:
            self._rows.popitem(last=False)
            self._pages_asked.clear()  # evicted pages may need asking again

    # --- live changes --------------------------------------------------------------------

    def apply_changes(self, changes: Sequence[Change]) -> None:
        """Follow what others committed (a batch of the live feed) at the least cost.

        The rule: with the default order (newest first) and the full list of ids at hand, the
        mail registered since is asked for alone (the matching ids above the highest held)
        and inserted at the top, and the rows of changed mail are loaded again; each mail the
        batch names is checked against the query, and if one entered or left the list (a
        status or service filter, a search, a chef's view after an assignment, a commit that
        came late) the whole query runs again. So does a resync (the feed reconnected),
        another order, a list still loading, or more than :data:`LIVE_BATCH` changes.
        """
        mail = [c for c in changes if c.entity_type == "mail" and c.entity_id]
        query = self._query
        if (
            any(c.resync for c in changes)
            or len(mail) > LIVE_BATCH
            or not self._complete
            or query.sort is not SortKey.REGISTERED
            or not query.descending
        ):
            self._reload()
            return
        if not mail:
            return
        numbers = {c.entity_id for c in mail if c.entity_id}
        registered = any(c.action == REGISTERED for c in mail)
        generation, actor, after = self._generation, self._actor, self._index.max_id

        def load() -> tuple[list[int], dict[int, bool], dict[int, MailRow]]:
            new = browse.find_ids_after(self._db, query, after, actor=actor) if registered else []
            matches = browse.match_numbers(self._db, query, numbers, actor=actor)
            wanted = set(new[:PAGE]) | {mail_id for mail_id, yes in matches.items() if yes}
            return new, matches, browse.load_rows(self._db, sorted(wanted), actor=actor)

        self._tasks.run(
            load,
            on_done=lambda result: self._on_changes(generation, *result),
            on_error=self._on_error,
            owner=self,
        )

    def _on_changes(
        self, generation: int, new: list[int], matches: dict[int, bool], rows: dict[int, MailRow]
    ) -> None:
        if generation != self._generation:
            return  # another query since: it loads everything anyway
        new = [mail_id for mail_id in new if self._index.row_of(mail_id) is None]
        added = set(new)
        for mail_id, matching in matches.items():
            if matching != (mail_id in added or self._index.row_of(mail_id) is not None):
                self._reload()
                return
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self._ids = array("q", new) + self._ids
            self._index.prepend(new)
            self._pages_asked.clear()  # pages moved: those with rows missing are asked again
            self.endInsertRows()
        self._remember(rows)
        last = len(COLUMNS) - 1
        for row in sorted(r for r in map(self._index.row_of, rows) if r is not None):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _reload(self) -> None:
        self.reloading.emit()
        self.refresh()

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
        shown = states.role_data(row, index.column(), role)  # cancelled, returned
        if shown is not None:
            return shown
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            # Each cell in its own script's direction, whatever the window's.
            text = self._display(row, index.column()) or ""
            return ALIGNED[has_arabic(text)]
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
            return states.status_text(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))
