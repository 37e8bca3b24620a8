"""The baskets on the desk's left: the register's standing questions, each with its count.

"All mail", then the baskets of the user's role (:func:`app.registry.baskets.baskets_for`):
today's mail, to assign, returned by a service, overdue, cancelled, to be sorted. Choosing one
filters the register in SQL, with the filter bar's own filters (the main window adds it to its
query); "to be sorted" opens the capture tray instead. The counts are read on the database
worker, one indexed query each, again once a burst of changes that reached the desk has
passed (its own and other desks', through the live feed), and every few minutes for the day
and the deadlines that pass.

Signals: ``chosen(object)`` a :class:`~app.registry.baskets.Basket`, or None for all mail;
``sort_requested()`` "to be sorted" was chosen; ``counted(dict)`` fresh counts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.registry import basket_counts
from app.registry.baskets import Basket, baskets_for
from app.store.changes import Change
from ui import display
from ui.context import DeskContext
from ui.register import states
from ui.widgets import MessageLine

REFRESH_MS = 5 * 60_000
# Changes come in bursts (a batch assigned, a sync): counted once the burst has passed.
SETTLE_MS = 700
BASKET = Qt.ItemDataRole.UserRole


class BasketPanel(QWidget):
    chosen = Signal(object)
    sort_requested = Signal()
    counted = Signal(dict)

    def __init__(self, *, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("baskets")
        self.ctx = ctx
        self.baskets = baskets_for(ctx.actor.role)
        self.counts: dict[Basket, int] = {}
        self._loading = self._stale = False
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("basketList")
        self.list.setIconSize(QSize(states.ICON + 2, states.ICON + 2))
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for basket in (None, *self.baskets):
            item = QListWidgetItem(self._icon(basket), "", self.list)
            item.setData(BASKET, basket.value if basket else None)
        self.list.setCurrentRow(0)
        self.list.currentItemChanged.connect(self.on_current)
        self.message = MessageLine(self, "basketsMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        ctx.live.changed.connect(self.on_changed)
        self.retranslate()
        self.refresh()

    def _icon(self, basket: Basket | None) -> QIcon:
        if basket is Basket.CANCELLED:
            return states.icon(states.State.CANCELLED)
        if basket is Basket.RETURNED:
            return states.icon(states.State.RETURNED)
        pixmap = {
            None: QStyle.StandardPixmap.SP_FileDialogListView,
            Basket.TODAY: QStyle.StandardPixmap.SP_FileDialogDetailedView,
            Basket.TO_ASSIGN: QStyle.StandardPixmap.SP_ArrowForward,
            Basket.TO_TREAT: QStyle.StandardPixmap.SP_ArrowForward,
            Basket.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Basket.TO_SORT: QStyle.StandardPixmap.SP_DirIcon,
        }[basket]
        return self.style().standardIcon(pixmap)

    # -- words ------------------------------------------------------------------------------

    def names(self) -> dict[Basket | None, str]:
        chef = Role(self.ctx.actor.role) is Role.CHEF
        return {
            None: self.tr("All mail"),
            Basket.TODAY: self.tr("Today's mail"),
            Basket.TO_ASSIGN: self.tr("To hand on") if chef else self.tr("To assign"),
            Basket.TO_TREAT: self.tr("To treat"),
            Basket.RETURNED: self.tr("Returned by a service"),
            Basket.OVERDUE: self.tr("Overdue"),
            Basket.CANCELLED: self.tr("Cancelled"),
            Basket.TO_SORT: self.tr("To be sorted (scans)"),
        }

    def explanations(self) -> dict[Basket | None, str]:
        chef = Role(self.ctx.actor.role) is Role.CHEF
        return {
            None: self.tr("The whole register, as the filters above choose it"),
            Basket.TODAY: self.tr("Mail registered today"),
            Basket.TO_ASSIGN: self.tr("Mail assigned to your service that no agent holds yet")
            if chef
            else self.tr("Incoming and internal mail not assigned to a service yet"),
            Basket.TO_TREAT: self.tr("Mail handed to you, not started yet"),
            Basket.RETURNED: self.tr(
                "Mail a service sent back to the bureau d'ordre: the reason is in its history"
            ),
            Basket.OVERDUE: self.tr("Open mail past its due date"),
            Basket.CANCELLED: self.tr("Cancelled mail: it keeps its number in the register"),
            Basket.TO_SORT: self.tr("Scanned documents no label matched: opens the tray"),
        }

    def retranslate(self) -> None:
        self.title.setText(self.tr("Baskets"))
        names, why = self.names(), self.explanations()
        for row in range(self.list.count()):
            item = self.list.item(row)
            basket = self.basket_at(row)
            text = names[basket]
            count = self.counts.get(basket) if basket is not None else None
            if count is not None:
                text += display.digits(f" ({count})")
            item.setText(text)
            item.setToolTip(why[basket])
            font = item.font()
            font.setBold(bool(count))
            item.setFont(font)
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing ---------------------------------------------------------------------------

    def basket_at(self, row: int) -> Basket | None:
        item = self.list.item(row)
        value = item.data(BASKET) if item is not None else None
        return Basket(value) if value else None

    @property
    def current(self) -> Basket | None:
        return self.basket_at(self.list.currentRow())

    def select(self, basket: Basket | None) -> bool:
        """Choose ``basket`` (None: all mail), as a click would; False if the role has none."""
        for row in range(self.list.count()):
            if self.basket_at(row) is basket:
                self.list.setCurrentRow(row)
                return True
        return False

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_current(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        value = current.data(BASKET)
        if value == Basket.TO_SORT.value:  # the tray, not a filter: the register stays
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            self.sort_requested.emit()
            return
        self.chosen.emit(Basket(value) if value else None)

    # -- counts -----------------------------------------------------------------------------

    @Slot(object)
    def on_changed(self, _batch: tuple[Change, ...]) -> None:
        self._settle.start()

    def refresh(self) -> None:
        """Count again on the worker (asked during a count: once more after it)."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.load(
            lambda: basket_counts.counts(db, actor),
            owner=self,
            done=self._on_counts,
            say=self.message.say,
            refused=self._ended,
        )

    def _ended(self, *_args: object) -> None:
        self._loading = self._stale = False

    @property
    def loading(self) -> bool:
        return self._loading or self._stale or self._settle.isActive()

    def _on_counts(self, found: dict[Basket, int]) -> None:
        self._loading = False
        if self._stale:
            self._stale = False
            self.refresh()
        self.message.clear_message()
        self.counts = found
        self.retranslate()
        self.counted.emit(found)

    def stop(self) -> None:
        self._timer.stop()
        self._settle.stop()
