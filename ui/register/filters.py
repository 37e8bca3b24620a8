"""Quick filters and the search box above the register.

The search box searches as the clerk types (debounced; the query runs on the database
worker): numbers, subjects, names, references, whatever the spelling. Enter on a registry
number opens that mail at once. "By relevance" orders the results best match first.

Signals: ``changed(object)`` with the new :class:`RegisterQuery` (search text debounced);
``number_entered(str)`` when Enter is pressed on a typed registry number.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import now_utc, to_local
from app.domain.enums import Channel, Direction, MailStatus, MailType
from app.organisation.queries import ServiceRow
from app.registry.browse import RegisterQuery, SortKey
from app.search.terms import number_of
from ui.labels import label
from ui.widgets import day_edit

SEARCH_DELAY_MS = 250
CANCELLED = "cancelled"  # the status filter's entry for cancelled mail


class FilterBar(QWidget):
    changed = Signal(object)
    number_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = RegisterQuery()
        self._services: list[ServiceRow] = []
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.today = QCheckBox(self)
        self.period = QCheckBox(self)
        self.first_day = day_edit(self, popup=True)
        self.last_day = day_edit(self, popup=True)
        for edit in (self.first_day, self.last_day):
            edit.setEnabled(False)
        self.relevance = QCheckBox(self)
        self.relevance.setObjectName("byRelevance")
        self.direction = QComboBox(self)
        self.status = QComboBox(self)
        self.mail_type = QComboBox(self)
        self.mail_type.setObjectName("mailType")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.service = QComboBox(self)
        for combo in self._combos:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.service.setMaximumWidth(200)
        self.search.setMinimumWidth(160)
        # Two rows, so the register fits a counter PC's 1366-pixel screen: what is typed and
        # when above, what kind of mail below.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        first, second = QHBoxLayout(), QHBoxLayout()
        for w in (
            self.search,
            self.relevance,
            self.today,
            self.period,
            self.first_day,
            self.last_day,
        ):
            first.addWidget(w)
        first.setStretch(0, 1)
        for w in (self.direction, self.status, self.mail_type, self.channel, self.service):
            second.addWidget(w)
        # A figure of the dashboard shown in the register: what it counts, and how to leave it.
        self.figure = QToolButton(self)
        self.figure.setObjectName("dashboardFilter")
        self.figure.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.figure.clicked.connect(self.clear_figure)
        self.figure.hide()
        second.addWidget(self.figure)
        second.addStretch(1)
        layout.addLayout(first)
        layout.addLayout(second)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.relevance.toggled.connect(self._emit)
        self.today.toggled.connect(self.on_today_toggled)
        self.period.toggled.connect(self.on_period_toggled)
        for combo in self._combos:
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self._emit)
        self.retranslate()

    @property
    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.direction, self.status, self.mail_type, self.channel, self.service)

    @property
    def query(self) -> RegisterQuery:
        return self._query

    def set_services(self, services: list[ServiceRow], lang: str) -> None:
        self._services = services
        current = self.service.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("All services"), None)
        for s in services:
            self.service.addItem(f"{s.code} — {s.name(lang)}", s.code)
        index = self.service.findData(current)
        self.service.setCurrentIndex(max(index, 0))
        self.service.blockSignals(False)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search: number, subject, correspondent, reference…")
        )
        self.relevance.setText(self.tr("By relevance"))
        self.relevance.setToolTip(self.tr("Best matches first instead of the newest first"))
        self.today.setText(self.tr("Today"))
        self.period.setText(self.tr("Period"))
        for combo, values, all_text in (
            (self.direction, [d.value for d in Direction], self.tr("All directions")),
            # Cancelled mail keeps its status: it is a filter of its own, beside them.
            (self.status, [*(s.value for s in MailStatus), CANCELLED], self.tr("All statuses")),
            (self.mail_type, [t.value for t in MailType], self.tr("All types")),
            (self.channel, [c.value for c in Channel], self.tr("All channels")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for v in values:
                combo.addItem(label(v), v)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        if self.service.count():
            self.service.setItemText(0, self.tr("All services"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(bool)
    def on_today_toggled(self, checked: bool) -> None:
        if checked:
            self.period.setChecked(False)
        self._emit()

    @Slot(bool)
    def on_period_toggled(self, checked: bool) -> None:
        self.first_day.setEnabled(checked)
        self.last_day.setEnabled(checked)
        if checked:
            self.today.setChecked(False)
        self._emit()

    @Slot()
    def on_search_return_pressed(self) -> None:
        """Enter: a typed number opens its mail now; other text is searched at once."""
        typed = number_of(self.search.text())
        if typed is not None:
            self.number_entered.emit(typed.text)
        self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        first = last = None
        if self.today.isChecked():
            first = to_local(now_utc()).date()
        elif self.period.isChecked():
            first = self.first_day.date().toPython()
            last = self.last_day.date().toPython()
            if last < first:
                first, last = last, first
        direction = self.direction.currentData()
        status = self.status.currentData()
        cancelled = True if status == CANCELLED else None
        status = None if status == CANCELLED else status
        mail_type = self.mail_type.currentData()
        channel = self.channel.currentData()
        relevance = self.relevance.isChecked() and bool(self.search.text().strip())
        self._query = replace(
            self._query,
            text=self.search.text(),
            direction=Direction(direction) if direction else None,
            status=MailStatus(status) if status else None,
            cancelled=cancelled,
            mail_type=MailType(mail_type) if mail_type else None,
            channel=Channel(channel) if channel else None,
            sort=SortKey.RELEVANCE if relevance else self._table_sort,
            service_code=self.service.currentData(),
            first_day=first,
            last_day=last,
        )
        self.changed.emit(self._query)

    def apply(self, query: RegisterQuery) -> None:
        """Show the register on ``query`` (a figure of the dashboard): its period, direction,
        type, channel and service in the filters, the rest (not cancelled, what the figure
        counts) kept until the figure's button is clicked; the search text cleared."""
        widgets = [*self._combos, self.today, self.period, self.first_day, self.last_day]
        widgets += [self.search, self.relevance]
        for w in widgets:
            w.blockSignals(True)
        for combo, value in (
            (self.direction, query.direction),
            (self.status, query.status),
            (self.mail_type, query.mail_type),
            (self.channel, query.channel),
            (self.service, query.service_code),
        ):
            data = getattr(value, "value", value)
            combo.setCurrentIndex(max(combo.findData(data), 0) if data is not None else 0)
        self.today.setChecked(False)
        self.period.setChecked(query.first_day is not None)
        self.first_day.setEnabled(query.first_day is not None)
        self.last_day.setEnabled(query.first_day is not None)
        if query.first_day is not None:
            self.first_day.setDate(query.first_day)
            self.last_day.setDate(query.last_day or query.first_day)
        self.search.clear()
        self.relevance.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._query = replace(self._query, cancelled=query.cancelled, stats=query.stats)
        caption = query.stats.caption if query.stats is not None else ""
        self.figure.setText(f"{caption}  ✕" if caption else "")
        self.figure.setToolTip(self.tr("Show the whole register again"))
        self.figure.setVisible(bool(caption))
        self._emit()

    @Slot()
    def clear_figure(self) -> None:
        """Leave the dashboard's figure: the other filters stay."""
        self._query = replace(self._query, cancelled=None, stats=None)
        self.figure.hide()
        self._emit()

    def keep_order(self, query: RegisterQuery) -> None:
        """Remember the order the table chose, so filters keep it."""
        self._query = replace(self._query, sort=query.sort, descending=query.descending)

    @property
    def _table_sort(self) -> SortKey:
        sort = self._query.sort
        return SortKey.REGISTERED if sort is SortKey.RELEVANCE else sort

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
