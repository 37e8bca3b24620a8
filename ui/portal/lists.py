"""The portal window's three lists: the sync log, the quarantine, the outbox.

Each is a plain :class:`QTreeWidget` filled from rows read on the database worker (a few
hundred at most: the log keeps its newest 200 lines, the quarantine and the outbox are short
by nature). Texts are in the user's language; identifiers, numbers and dates read left to
right inside any line.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from app.portal import synclog
from app.portal.intake import AUTOMATIC_ATTEMPTS
from app.portal.overview import OutboxLine, Quarantined
from app.portal.synclog import LogLine
from ui import display
from ui.labels import LTR, isolate

KEY = Qt.ItemDataRole.UserRole
LEVEL_COLOURS = {synclog.ERROR: "#b00020", synclog.WARNING: "#8a5a00"}
LEVEL_ICONS = {
    synclog.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    synclog.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    synclog.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def portal_moment(text: str) -> str:
    """A moment the portal gave as ISO text, shown like the register's; as given otherwise."""
    try:
        return display.moment(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return LTR + text


def _fit(tree: QTreeWidget, widths: dict[int, int]) -> None:
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in widths.items():
        tree.setColumnWidth(column, width)


class LogList(QTreeWidget):
    """The sync log, newest first; the level by icon and colour (``KEY`` holds it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalLog")
        _setup(self, 2)
        _fit(self, {0: 150})
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("When"), self.tr("What happened")])

    def show_lines(self, lines: list[LogLine], lang: str) -> None:
        self.clear()
        style = self.style()
        items = []
        for line in lines:
            item = QTreeWidgetItem([display.moment(line.at), line.text(lang)])
            item.setData(0, KEY, line.level)
            item.setIcon(0, style.standardIcon(LEVEL_ICONS.get(line.level, LEVEL_ICONS["info"])))
            colour = LEVEL_COLOURS.get(line.level)
            if colour:
                item.setForeground(1, QBrush(QColor(colour)))
            item.setToolTip(1, line.text(lang))
            items.append(item)
        self.addTopLevelItems(items)
        if items:
            self.setCurrentItem(items[0])


class QuarantineList(QTreeWidget):
    """Deposits kept out of the register, with why and how many tries; ``KEY`` holds the
    deposit id. A deposit whose file the portal did not deliver is tried again by the next
    syncs by themselves (``AUTOMATIC_ATTEMPTS`` tries in all): its tries say so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalQuarantine")
        _setup(self, 7)
        _fit(self, {0: 130, 1: 130, 2: 170, 3: 220, 4: 220, 5: 150})
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Deposit"),
                self.tr("Deposited on"),
                self.tr("Depositor"),
                self.tr("Subject"),
                self.tr("Reason"),
                self.tr("Attempts"),
                self.tr("Detail"),
            ]
        )

    def tries_text(self, row: Quarantined) -> str:
        if row.automatic:  # short: the tooltip says the rest
            text = self.tr("%n of %1, automatic", "", row.attempts)
            return text.replace("%1", str(AUTOMATIC_ATTEMPTS))
        return self.tr("%n attempt(s)", "", row.attempts)

    def tries_tip(self, row: Quarantined) -> str:
        if row.automatic:
            return self.tr(
                "The portal did not deliver its file: each sync tries it again by itself, "
                "%n times at most in all. You may also try it now.",
                "",
                AUTOMATIC_ATTEMPTS,
            )
        return self.tr("Try it again once the cause is gone, or discard it with a reason.")

    def current_deposit(self) -> str | None:
        item = self.currentItem()
        return str(item.data(0, KEY)) if item is not None else None

    def current_subject(self) -> str:
        item = self.currentItem()
        return str(item.data(3, KEY) or "") if item is not None else ""

    def show_rows(self, rows: list[Quarantined], lang: str) -> None:
        keep = self.current_deposit()
        self.clear()
        current = None
        for row in rows:
            item = QTreeWidgetItem(
                [
                    LTR + row.deposit_id,
                    portal_moment(row.deposited_at) if row.deposited_at else "",
                    isolate(row.depositor),
                    isolate(row.subject),
                    synclog.reason_text(row.reason, lang),
                    display.digits(self.tries_text(row)),
                    isolate(row.detail or ""),
                ]
            )
            item.setData(0, KEY, row.deposit_id)
            item.setData(3, KEY, row.subject)
            item.setData(5, KEY, row.automatic)
            for column in (3, 4, 6):
                item.setToolTip(column, item.text(column))
            item.setToolTip(5, self.tries_tip(row))
            self.addTopLevelItem(item)
            if current is None or row.deposit_id == keep:
                current = item
        if current is not None:
            self.setCurrentItem(current)


class OutboxList(QTreeWidget):
    """What is owed to the portal (pending) and what it refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalOutbox")
        _setup(self, 6)
        _fit(self, {0: 170, 1: 130, 2: 150, 3: 90, 4: 130})
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Operation"),
                self.tr("Mail"),
                self.tr("Deposit or addressee"),
                self.tr("State"),
                self.tr("Since"),
                self.tr("Error"),
            ]
        )

    def kind_text(self, kind: str) -> str:
        if kind == "ack":
            return self.tr("Acknowledgement of receipt")
        if kind == "status":
            return self.tr("Status update")
        return self.tr("Outgoing mail")

    def state_text(self, state: str) -> str:
        return self.tr("Refused") if state == "failed" else self.tr("Pending")

    def show_rows(self, rows: list[OutboxLine]) -> None:
        self.clear()
        for row in rows:
            attempts = display.digits(self.tr("%n attempt(s)", "", row.attempts))
            error = " — ".join(x for x in (row.error, row.error_detail) if x)
            item = QTreeWidgetItem(
                [
                    self.kind_text(row.kind),
                    LTR + display.digits(row.number) if row.number else "",
                    LTR + (row.to_office or row.deposit_id or ""),
                    self.state_text(row.state),
                    display.moment(row.created_at),
                    isolate(error),
                ]
            )
            item.setData(0, KEY, row.state)
            item.setToolTip(3, attempts)
            item.setToolTip(5, error)
            if row.state == "failed":
                item.setForeground(3, QBrush(QColor(LEVEL_COLOURS[synclog.ERROR])))
            self.addTopLevelItem(item)
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))


def _setup(tree: QTreeWidget, columns: int) -> None:
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAllColumnsShowFocus(True)
    tree.header().setStretchLastSection(True)
