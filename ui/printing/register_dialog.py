"""Print or export the register of a day or a period: preview, printer, PDF, CSV, Excel.

The supervisor picks the register (arrivée, départ, interne) and the day, or a period; the
report is built on the database worker for the logged-in user (lines outside their reach
masked, as in every format: :mod:`app.registry.report`), painted for the preview on the GUI
thread (Qt's preview requires it), printed or written to a file off it. Every print and export
is recorded in the audit trail.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Direction
from app.errors import UserError
from app.organisation.actor import Actor
from app.printing.journal import record_register_print
from app.printing.register_pdf import render_register
from app.registry.report import RegisterReport, build_report
from app.store.database import Database
from ui.context import DeskContext
from ui.printing.service import PrintJob, PrintService
from ui.widgets import day_edit, relabel, value_combo


def register_job(
    db: Database, actor: Actor, direction: Direction, first: date, last: date, fmt: str
) -> PrintJob:
    def journal(report: RegisterReport) -> None:
        record_register_print(db, actor, report.journal_details(fmt))

    return PrintJob(
        load=lambda: build_report(db, direction, first, last, actor=actor),
        render=render_register,
        journal=journal,
        title=f"{direction.value} {first.isoformat()}",
    )


class RegisterDialog(QDialog):
    def __init__(
        self,
        *,
        ctx: DeskContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.ctx = ctx
        self._db, self._tasks, self._actor = ctx.db, ctx.tasks, ctx.actor
        self._printer = ctx.settings.printing.register_printer
        self.service = PrintService(ctx.tasks, self)
        self.direction = value_combo([d.value for d in Direction], self)
        self.direction.setObjectName("registerDirection")
        self.first_day = day_edit(self, popup=True)
        self.first_day.setObjectName("registerFirstDay")
        self.period = QCheckBox(self)
        self.last_day = day_edit(self, popup=True)
        self.last_day.setEnabled(False)
        self.period.toggled.connect(self.last_day.setEnabled)
        self.message = QLabel(self)
        self.message.setObjectName("registerMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.preview_button = QPushButton(self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.on_preview)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.on_print)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(lambda: self.on_file("pdf"))
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(lambda: self.on_file("csv"))
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.clicked.connect(lambda: self.on_file("xlsx"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        self._captions = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        days = QWidget(self)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first_day)
        row.addWidget(self.period)
        row.addWidget(self.last_day)
        form.addRow(self._captions[0], self.direction)
        form.addRow(self._captions[1], days)
        self._captions[0].setBuddy(self.direction)
        self._captions[1].setBuddy(self.first_day)
        actions = QHBoxLayout()
        for button in (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.csv_button,
            self.xlsx_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print the register"))
        self._captions[0].setText(self.tr("&Register"))
        self._captions[1].setText(self.tr("&Day"))
        self.period.setText(self.tr("to"))
        titles = {
            Direction.IN.value: self.tr("Incoming mail (arrivée)"),
            Direction.OUT.value: self.tr("Outgoing mail (départ)"),
            Direction.INTERNAL.value: self.tr("Internal mail"),
        }
        relabel(self.direction)
        for i in range(self.direction.count()):
            self.direction.setItemText(i, titles[self.direction.itemData(i)])
        self.preview_button.setText(self.tr("Pre&view…"))
        self.print_button.setText(self.tr("&Print"))
        self.pdf_button.setText(self.tr("P&DF…"))
        self.csv_button.setText(self.tr("&CSV…"))
        self.xlsx_button.setText(self.tr("E&xcel…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- what was chosen ---------------------------------------------------------------

    def choice(self) -> tuple[Direction, date, date]:
        first = self.first_day.date().toPython()
        last = self.last_day.date().toPython() if self.period.isChecked() else first
        return Direction(self.direction.currentData()), first, last

    def set_day(self, day: date) -> None:
        self.first_day.setDate(QDate(day.year, day.month, day.day))

    def _job(self, fmt: str) -> PrintJob:
        direction, first, last = self.choice()
        return register_job(self._db, self._actor, direction, first, last, fmt)

    # --- doing it ------------------------------------------------------------------------

    def on_preview(self) -> None:
        self._busy(True)
        self.service.preview(
            self._job("print"),
            printer=self._printer,
            parent=self,
            on_error=self._failed,
            on_printed=lambda: self._say(self.tr("The register was sent to the printer.")),
        )
        self._busy(False)

    def on_print(self) -> None:
        self._busy(True)
        self.service.print(
            self._job("print"),
            printer=self._printer,
            on_done=lambda: self._done(self.tr("The register was sent to the printer.")),
            on_error=self._failed,
            owner=self,
        )

    def on_file(self, fmt: str) -> None:
        direction, first, last = self.choice()
        names = {"pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}
        suggested = Path.home() / f"registre-{direction.value}-{first.isoformat()}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the register"), str(suggested), names[fmt]
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(f".{fmt}") else f"{path}.{fmt}")
        self.save_to(target, fmt)

    def save_to(self, target: Path, fmt: str) -> None:
        """Write the register to ``target`` as ``fmt`` (pdf, csv, xlsx), off the GUI thread."""
        self._busy(True)
        done = lambda: self._done(self.tr("Saved: %1").replace("%1", str(target)))  # noqa: E731
        job = self._job(fmt)
        if fmt == "pdf":
            self.service.print(job, pdf=target, on_done=done, on_error=self._failed, owner=self)
            return

        def work() -> Any:
            from app.printing import export  # openpyxl is only imported when someone exports

            report = job.load()
            export.write_register(report, target)
            assert job.journal is not None
            job.journal(report)

        self._tasks.run(work, on_done=lambda _: done(), on_error=self._failed, owner=self)

    def _busy(self, busy: bool) -> None:
        for button in (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.csv_button,
            self.xlsx_button,
        ):
            button.setEnabled(not busy)
        if busy:
            self.message.hide()

    def _done(self, text: str) -> None:
        self._busy(False)
        self._say(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if not isinstance(exc, UserError):
            raise exc
        self._say(self.ctx.message(exc))
