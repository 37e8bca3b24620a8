"""The official holidays, kept by the administrator from the dashboard: the days delays skip.

A year's recorded holidays in a table (Gregorian day, the Hijri date a religious one stands
for, names, kind); the year's fixed holidays added at once; a known holiday chosen in a list
fills the form (a religious one on the tabular Hijri calendar: the administrator moves it to
the day the Ministry announces before adding it); any other day added by hand; the selected
holiday removed. Every change goes through :mod:`app.stats.holidays` on the database worker;
a refused change says why in the dialog, what was typed is kept.

Signals: ``changed()`` after a holiday was added or removed (the dashboard reads its figures
again); ``listed()`` each time the table is filled (tests wait for it); ``failed(object)``
an error that is not the user's, for the desk to report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.errors import UserError
from app.organisation.actor import Actor
from app.stats import holidays
from app.store.database import Database
from ui.labels import LTR
from ui.tasks import TaskRunner
from ui.widgets import day_edit


class HolidaysDialog(QDialog):
    changed = Signal()
    listed = Signal()
    failed = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holidaysDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.rows: list[holidays.HolidayRow] = []
        self.known: list[holidays.Proposal] = []

        self.year = QSpinBox(self)
        self.year.setObjectName("holidaysYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.to_local(clock.now_utc()).year)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("holidaysTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_fixed_button = QPushButton(self)
        self.add_fixed_button.setObjectName("holidaysAddFixed")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("holidaysRemove")
        self.proposal = QComboBox(self)
        self.proposal.setObjectName("holidaysKnown")
        self.day = day_edit(self, popup=True)
        self.day.setObjectName("holidaysDay")
        self.hijri = QLineEdit(self)
        self.hijri.setObjectName("holidaysHijri")
        self.hijri.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.hijri.setPlaceholderText("1447-10-01")
        self.name_fr = QLineEdit(self)
        self.name_fr.setObjectName("holidaysNameFr")
        self.name_fr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name_ar = QLineEdit(self)
        self.name_ar.setObjectName("holidaysNameAr")
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("holidaysAdd")
        self.message = QLabel(self)
        self.message.setObjectName("holidaysMessage")
        self.message.setWordWrap(True)
        self._kind = holidays.OTHER_KIND

        top = QHBoxLayout()
        self.year_caption = QLabel(self)
        top.addWidget(self.year_caption)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.add_fixed_button)
        top.addWidget(self.remove_button)
        self.form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(5)]
        for caption, field in zip(
            self.captions,
            (self.proposal, self.day, self.hijri, self.name_fr, self.name_ar),
            strict=True,
        ):
            self.form.addRow(caption, field)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(bottom)
        self.resize(760, 620)

        self.year.valueChanged.connect(lambda _y: self.load())
        self.add_fixed_button.clicked.connect(self.add_fixed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add)
        self.proposal.activated.connect(self.choose_proposal)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Official holidays"))
        self.year_caption.setText(self.tr("Year"))
        self.add_fixed_button.setText(self.tr("Add the year's fixed holidays"))
        self.remove_button.setText(self.tr("Remove"))
        self.add_button.setText(self.tr("Add this day"))
        for caption, text in zip(
            self.captions,
            (
                self.tr("Known holiday"),
                self.tr("Day"),
                self.tr("Hijri date"),
                self.tr("Name (French)"),
                self.tr("Name (Arabic)"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Hijri date"), self.tr("Name"), self.tr("Kind")]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kind_name(self, kind: str) -> str:
        return {
            holidays.FIXED_KIND: self.tr("fixed"),
            holidays.RELIGIOUS_KIND: self.tr("religious"),
        }.get(kind, self.tr("other"))

    # --- reading ---------------------------------------------------------------------------

    @Slot()
    def load(self) -> None:
        db, office, year = self._db, self._actor.office_id, self.year.value()

        def read() -> tuple[list[holidays.HolidayRow], list[holidays.Proposal]]:
            return holidays.list_holidays(db, office, year), holidays.proposals(db, office, year)

        self._tasks.run(read, on_done=self._loaded, on_error=self._refused, owner=self)

    def _loaded(self, found: tuple[list[holidays.HolidayRow], list[holidays.Proposal]]) -> None:
        self.rows, self.known = found
        self._fill()
        self.listed.emit()

    def _fill(self) -> None:
        ar = self._lang() == "ar"
        t = self.table
        t.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            name = row.name_ar if ar else row.name_fr
            for j, text in enumerate(
                (
                    f"{LTR}{row.day.isoformat()}",
                    f"{LTR}{row.hijri}" if row.hijri else "",
                    name,
                    self.kind_name(row.kind),
                )
            ):
                t.setItem(i, j, QTableWidgetItem(text))
        self.proposal.clear()
        self.proposal.addItem(self.tr("(another day)"), None)
        for p in self.known:
            if not p.recorded:
                name = p.name_ar if ar else p.name_fr
                self.proposal.addItem(f"{LTR}{p.day.isoformat()}  {name}", p)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    @Slot(int)
    def choose_proposal(self, index: int) -> None:
        """A known holiday fills the form (its day may be moved before adding it)."""
        p = self.proposal.itemData(index)
        if p is None:
            self._kind = holidays.OTHER_KIND
            for edit in (self.hijri, self.name_fr, self.name_ar):
                edit.clear()
            return
        self._kind = p.kind
        self.day.setDate(QDate(p.day.year, p.day.month, p.day.day))
        self.hijri.setText(p.hijri or "")
        self.name_fr.setText(p.name_fr)
        self.name_ar.setText(p.name_ar)

    # --- changing --------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], str]) -> None:
        self.message.clear()

        def finished(result: Any) -> None:
            self.message.setText(done(result))
            self.changed.emit()
            self.load()

        self._tasks.run(fn, on_done=finished, on_error=self._refused, owner=self)

    @Slot()
    def add_fixed(self) -> None:
        db, actor, year = self._db, self._actor, self.year.value()
        self._run(
            lambda: holidays.add_fixed(db, actor, year),
            lambda added: self.tr("%n holiday(s) added.", "", len(added)),
        )

    @Slot()
    def add(self) -> None:
        db, actor = self._db, self._actor
        day: date = self.day.date().toPython()
        kind = self._kind
        if kind != holidays.OTHER_KIND and self.proposal.currentData() is None:
            kind = holidays.OTHER_KIND
        name_fr, name_ar = self.name_fr.text(), self.name_ar.text()
        hijri_date = self.hijri.text().strip() or None

        def added(_row: object) -> str:
            for edit in (self.hijri, self.name_fr, self.name_ar):
                edit.clear()
            self.proposal.setCurrentIndex(0)
            self._kind = holidays.OTHER_KIND
            return self.tr("Holiday of %1 added.").replace("%1", f"{LTR}{day.isoformat()}")

        self._run(
            lambda: holidays.add_holiday(
                db, actor, day, name_fr=name_fr, name_ar=name_ar, kind=kind, hijri_date=hijri_date
            ),
            added,
        )

    @Slot()
    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        day = self.rows[rows[0].row()].day
        db, actor = self._db, self._actor
        self._run(
            lambda: holidays.remove_holiday(db, actor, day),
            lambda _row: self.tr("Holiday of %1 removed.").replace("%1", f"{LTR}{day.isoformat()}"),
        )

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            self.message.setText(exc.message(self._lang()))
            return
        self.failed.emit(exc)
