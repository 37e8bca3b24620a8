"""The delivery book (cahier de transmission) in the desk: see it, print it, record the handing.

The clerk picks a service (or all of them, a sheet each) and the day, or a period; the mails
the book lists show below (:mod:`app.dispatch.book` says which), those already handed over
marked so. Print, preview or save the sheets; once the service's agent has signed, "Record the
handing-over" writes who handed which mails to which service, and when, after a confirmation
naming how many mails go to which service. Only what the book listed when it was shown is
recorded, and never twice.

Signals: ``recorded(list)`` with the numbers recorded as handed over; ``open_requested(str)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.dispatch.book import DeliveryBook, delivery_book
from app.dispatch.handover import Handover, record_handover
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.store.database import Database
from ui import display, limits
from ui.labels import LTR, label
from ui.printing.jobs import book_job
from ui.printing.service import PrintJob, PrintService
from ui.register.delegate import ScriptDirectionDelegate
from ui.tasks import TaskRunner
from ui.widgets import day_edit

_PRINTER_PROBLEMS = ("no_printer", "printer_missing")


class DeliveryBookDialog(QDialog):
    recorded = Signal(list)
    open_requested = Signal(str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        services: list[ServiceRow],
        lang: Callable[[], str],
        printer: str = "",
        may_record: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryBookDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self._printer = printer
        self.print_service = PrintService(tasks, self)
        self.book: DeliveryBook | None = None
        self._request = 0

        self.service = QComboBox(self)
        self.service.setObjectName("bookService")
        self.service.addItem("", None)
        for s in services:
            self.service.addItem(f"{s.code} — {s.name(lang())}", s.code)
        self.first_day = day_edit(self, popup=True)
        self.first_day.setObjectName("bookFirstDay")
        self.period = QCheckBox(self)
        self.last_day = day_edit(self, popup=True)
        self.last_day.setObjectName("bookLastDay")
        self.last_day.setEnabled(False)
        self.period.toggled.connect(self.last_day.setEnabled)
        self.pending_only = QCheckBox(self)
        self.pending_only.setObjectName("bookPendingOnly")
        self.pending_only.setChecked(True)
        for signal in (
            self.service.currentIndexChanged,
            self.first_day.dateChanged,
            self.last_day.dateChanged,
            self.period.toggled,
            self.pending_only.toggled,
        ):
            signal.connect(lambda *_: self.refresh())

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("bookLines")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(3, 200)
        # Each cell in its own script's direction: French names and subjects in an Arabic window.
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        self.table.itemActivated.connect(self._open_row)
        self.summary = QLabel(self)
        self.summary.setObjectName("bookSummary")
        self.message = QLabel(self)
        self.message.setObjectName("bookMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.receiver = QLineEdit(self)
        self.receiver.setObjectName("bookReceiver")
        limits.limit_text(self.receiver, "receiver")
        self.receiver_caption = QLabel(self)
        self.receiver_caption.setBuddy(self.receiver)

        self.print_button = QPushButton(self)
        self.print_button.setObjectName("bookPrint")
        self.print_button.clicked.connect(self.on_print)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.on_preview)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("bookPdf")
        self.pdf_button.clicked.connect(self.on_pdf)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("bookRecord")
        self.record_button.clicked.connect(self.on_record)
        self.record_button.setVisible(may_record)
        self.receiver.setVisible(may_record)
        self.receiver_caption.setVisible(may_record)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        self._captions = [QLabel(self) for _ in range(2)]
        self._captions[0].setBuddy(self.service)
        self._captions[1].setBuddy(self.first_day)
        days = QWidget(self)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first_day)
        row.addWidget(self.period)
        row.addWidget(self.last_day)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self._captions[0], self.service)
        form.addRow(self._captions[1], days)
        form.addRow("", self.pending_only)
        handing = QHBoxLayout()
        handing.addWidget(self.receiver_caption)
        handing.addWidget(self.receiver, 1)
        handing.addWidget(self.record_button)
        actions = QHBoxLayout()
        for button in (self.print_button, self.preview_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(handing)
        layout.addLayout(actions)
        self.resize(1000, 560)
        self.retranslate()
        self.refresh()

    # --- what is asked ---------------------------------------------------------------------

    @property
    def services(self) -> list[str] | None:
        code = self.service.currentData()
        return [code] if code else None

    @property
    def first(self) -> date:
        return self.first_day.date().toPython()

    @property
    def last(self) -> date:
        return self.last_day.date().toPython() if self.period.isChecked() else self.first

    def set_day(self, day: date) -> None:
        from PySide6.QtCore import QDate

        self.first_day.setDate(QDate(day.year, day.month, day.day))

    def set_service(self, code: str | None) -> None:
        self.service.setCurrentIndex(max(self.service.findData(code), 0))

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._request += 1
        token = self._request
        db, actor = self._db, self._actor
        services, first, last, pending = self.services, self.first, self.last, self._pending()

        def done(book: DeliveryBook) -> None:
            if token == self._request:
                self._show(book)

        self._tasks.run(
            lambda: delivery_book(
                db, first=first, last=last, services=services, actor=actor, pending_only=pending
            ),
            on_done=done,
            on_error=self._on_error,
            owner=self,
        )

    def _pending(self) -> bool:
        return self.pending_only.isChecked()

    def _show(self, book: DeliveryBook) -> None:
        self.book = book
        self.message.hide()
        lines = [(s.service_code, line) for s in book.sheets for line in s.lines]
        self.table.setRowCount(len(lines))
        for i, (code, line) in enumerate(lines):
            subject = self.tr("Confidential") if line.confidential else line.subject
            values = [
                code,
                LTR + display.digits(line.number),
                display.moment(line.registered_at),
                "" if line.confidential else line.correspondent,
                subject,
                label(line.kind),
                display.moment(line.delivered_at) if line.delivered_at else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, line.number)
                self.table.setItem(i, column, item)
        self._summarise()

    def _summarise(self) -> None:
        book = self.book
        count = book.count if book is not None else 0
        pending = sum(len(s.pending) for s in book.sheets) if book is not None else 0
        sheets = sum(1 for s in book.sheets if s.lines) if book is not None else 0
        text = self.tr("%n mail(s)", "", count) + " — " + self.tr("%n sheet(s)", "", sheets)
        if count and pending != count:
            text += " — " + self.tr("%n not handed over yet", "", pending)
        self.summary.setText(display.digits(text))
        for button in (self.print_button, self.preview_button, self.pdf_button):
            button.setEnabled(count > 0)
        self.record_button.setEnabled(pending > 0)

    def _open_row(self, item: QTableWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number:
            self.open_requested.emit(str(number))

    # --- printing ----------------------------------------------------------------------

    def _job(self) -> PrintJob | None:
        """The book shown, as a print job (None before it is loaded)."""
        return book_job(self._db, self._actor, self.book) if self.book is not None else None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    @Slot()
    def on_print(self) -> None:
        def failed(exc: Exception) -> None:
            if isinstance(exc, UserError) and exc.code in _PRINTER_PROBLEMS:
                self._say(exc.message(self._lang()) + " " + self.tr("Save it as a PDF instead."))
                return
            self._on_error(exc)

        job = self._job()
        if job is None:
            return
        self.print_service.print(
            job,
            printer=self._printer,
            on_done=lambda: self._say(self.tr("The delivery book went to the printer.")),
            on_error=failed,
            owner=self,
        )

    @Slot()
    def on_preview(self) -> None:
        job = self._job()
        if job is not None:
            self.print_service.preview(
                job, printer=self._printer, parent=self, on_error=self._on_error
            )

    @Slot()
    def on_pdf(self) -> None:
        name = f"cahier-transmission-{self.first.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / name), "PDF (*.pdf)"
        )
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, path: Path) -> None:
        job = self._job()
        if job is None:
            return
        self.print_service.print(
            job,
            pdf=path,
            on_done=lambda: self._say(self.tr("Saved: %1").replace("%1", str(path))),
            on_error=self._on_error,
            owner=self,
        )

    # --- recording the handing-over ----------------------------------------------------

    def wanted(self) -> dict[str, list[str]]:
        """What the book shown lists and was not handed over yet, by service."""
        if self.book is None:
            return {}
        return {s.service_code: [line.number for line in s.pending] for s in self.book.sheets}

    @Slot()
    def on_record(self) -> QMessageBox | None:
        wanted = {code: numbers for code, numbers in self.wanted().items() if numbers}
        if not wanted:
            return None
        parts = [
            self.tr("%n mail(s) to %1", "", len(numbers)).replace("%1", code)
            for code, numbers in wanted.items()
        ]
        box = QMessageBox(self)
        box.setObjectName("confirmHandover")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Record the handing-over"))
        box.setText(
            display.digits(
                self.tr("Record that these mails were handed over, signed for by the service?")
                + "\n"
                + "\n".join(parts)
            )
        )
        yes = box.addButton(self.tr("&Record"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.buttonClicked.connect(lambda button: self._record(wanted) if button is yes else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.confirmation = box
        return box

    def _record(self, wanted: dict[str, list[str]]) -> None:
        db, actor, first, last = self._db, self._actor, self.first, self.last
        receiver = self.receiver.text()
        self.record_button.setEnabled(False)

        def done(handovers: list[Handover]) -> None:
            numbers = [n for h in handovers for n in h.numbers]
            self._say(
                display.digits(
                    "\n".join(
                        self.tr("Handed over to %1: %n mail(s).", "", len(h.numbers)).replace(
                            "%1", h.service
                        )
                        for h in handovers
                    )
                )
            )
            self.receiver.clear()
            self.recorded.emit(numbers)
            self.refresh()

        def failed(exc: Exception) -> None:
            self.record_button.setEnabled(True)
            self._on_error(exc)

        self._tasks.run(
            lambda: record_handover(db, actor, wanted, first=first, last=last, receiver=receiver),
            on_done=done,
            on_error=failed,
            owner=self,
        )

    # --- language and errors -------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delivery book"))
        self._captions[0].setText(self.tr("&Service"))
        self._captions[1].setText(self.tr("&Day"))
        self.service.setItemText(0, self.tr("All services (a sheet each)"))
        self.period.setText(self.tr("to"))
        self.pending_only.setText(self.tr("&Only mail not handed over yet"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("Number"),
                self.tr("Registered on"),
                self.tr("Correspondent"),
                self.tr("Subject"),
                self.tr("For"),
                self.tr("Handed over on"),
            ]
        )
        self.receiver_caption.setText(self.tr("Received by (&name):"))
        self.print_button.setText(self.tr("&Print"))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.record_button.setText(self.tr("Record the &handing-over…"))
        if self.book is not None:
            self._show(self.book)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_error(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self._say(exc.message(self._lang()))
