"""Printing labels, receipts and routing slips from anywhere in the desktop, with fallbacks.

The printer and the template come from the settings. Labels for a sheet of stickers, or for
several mails at once, go through a dialog where the clerk picks the template and, on a
picture of the sheet, the first free sticker: where the last print stopped is proposed, so a
half-used sheet is not wasted. With no
printer installed (or the chosen one gone), the clerk is told so and offered to save a PDF
instead: the PDF route always works.

Signals: ``done(str)`` with a message to show once a print went out; ``failed(object)`` with
an error the user can act on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.errors import UserError
from app.organisation.actor import Actor
from app.printing.labels import TEMPLATES, LabelTemplate
from app.store.database import Database
from ui.printing.jobs import label_job, receipt_job, slip_job
from ui.printing.label_sheet import LabelsDialog
from ui.printing.service import PrintJob, PrintService
from ui.settings import DEFAULT_LABEL_TEMPLATE, Settings
from ui.tasks import TaskRunner

_PRINTER_PROBLEMS = ("no_printer", "printer_missing")


class MailPrints(QObject):
    done = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        settings: Settings,
        lang: Callable[[], str],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._db, self._actor, self._settings, self._lang = db, actor, settings, lang
        self._window = window
        self.service = PrintService(tasks, self)
        self.labels_dialog: LabelsDialog | None = None  # the last one opened (tests look at it)

    def template(self) -> LabelTemplate:
        key = self._settings.printing.label_template
        return TEMPLATES.get(key) or TEMPLATES[DEFAULT_LABEL_TEMPLATE]

    # --- labels ----------------------------------------------------------------------------

    def print_labels(
        self, numbers: Sequence[str], *, ask_start: bool = True, parent: QWidget | None = None
    ) -> None:
        """Print the labels of ``numbers``; on a sheet of stickers, the clerk first says where
        to start (:meth:`open_labels`). Dialogs (sheet position, no printer) over ``parent``."""
        parent = parent or self._window
        template = self.template()
        if template.is_sheet and ask_start:
            self.open_labels(numbers, parent=parent)
            return
        self.labels_to(numbers, template, 1, "print", parent)

    def preview_label(self, number: str) -> None:
        template = self.template()
        if template.is_sheet:
            self.open_labels([number])
            return
        self.labels_to([number], template, 1, "preview", self._window)

    def open_labels(self, numbers: Sequence[str], *, parent: QWidget | None = None) -> LabelsDialog:
        """The labels dialog for ``numbers``: the template, where on the sheet to start (where
        the last print stopped, proposed), then print, preview or save as PDF."""
        parent = parent or self._window
        template = self.template()
        proposed = min(max(self._settings.next_sheet_position, 1), template.per_page)
        dialog = LabelsDialog(
            numbers=numbers,
            template=template,
            start=proposed if template.is_sheet else 1,
            lang=self._lang(),
            printer=self._settings.printing.label_printer,
            parent=parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.requested.connect(
            lambda how: self.labels_to(numbers, dialog.template, dialog.start, how, parent)
        )
        dialog.open()
        self.labels_dialog = dialog
        return dialog

    def labels_to(
        self,
        numbers: Sequence[str],
        template: LabelTemplate,
        start: int,
        how: str,
        parent: QWidget,
    ) -> None:
        """Labels of ``numbers`` from ``start`` on ``template``: "print", "preview" or "pdf"."""
        numbers = list(numbers)
        job = label_job(self._db, self._actor, numbers, template, start)
        printer = self._settings.printing.label_printer

        def printed() -> None:
            if template.is_sheet:
                self._settings.next_sheet_position = (
                    start - 1 + len(numbers)
                ) % template.per_page + 1
            self.done.emit(
                self.tr("%n label(s) printed: %1", "", len(numbers)).replace(
                    "%1", ", ".join(numbers)
                )
            )

        pdf_name = f"etiquettes-{_slug(numbers[0])}.pdf"
        if how == "preview":
            self.service.preview(
                job, printer=printer, parent=parent, on_error=self.failed.emit, on_printed=printed
            )
        elif how == "pdf":
            self.save_pdf(job, pdf_name, printed, parent)
        else:
            self._run(job, printer, pdf_name, printed, parent)

    # --- routing slips ---------------------------------------------------------------------

    def print_slips(self, numbers: Sequence[str], *, parent: QWidget | None = None) -> None:
        """The routing slips of ``numbers`` on the office printer (the register's)."""
        numbers = list(numbers)
        job = slip_job(self._db, self._actor, numbers)

        def printed() -> None:
            self.done.emit(
                self.tr("%n routing slip(s) printed: %1", "", len(numbers)).replace(
                    "%1", ", ".join(numbers)
                )
            )

        self._run(
            job,
            self._settings.printing.register_printer,
            f"fiches-imputation-{_slug(numbers[0])}.pdf",
            printed,
            parent or self._window,
        )

    def preview_slips(self, numbers: Sequence[str]) -> None:
        self.service.preview(
            slip_job(self._db, self._actor, numbers),
            printer=self._settings.printing.register_printer,
            parent=self._window,
            on_error=self.failed.emit,
        )

    def save_slips(self, numbers: Sequence[str], *, parent: QWidget | None = None) -> None:
        numbers = list(numbers)
        self.save_pdf(
            slip_job(self._db, self._actor, numbers),
            f"fiches-imputation-{_slug(numbers[0])}.pdf",
            lambda: None,
            parent or self._window,
        )

    # --- receipts --------------------------------------------------------------------------

    def print_receipt(self, number: str, *, parent: QWidget | None = None) -> None:
        prefs = self._settings.printing
        job = receipt_job(self._db, self._actor, number, prefs.receipt_size)

        def printed() -> None:
            self.done.emit(self.tr("Receipt printed: %1").replace("%1", number))

        self._run(
            job,
            prefs.receipt_printer,
            f"recepisse-{_slug(number)}.pdf",
            printed,
            parent or self._window,
        )

    def preview_receipt(self, number: str) -> None:
        prefs = self._settings.printing
        job = receipt_job(self._db, self._actor, number, prefs.receipt_size)
        self.service.preview(
            job, printer=prefs.receipt_printer, parent=self._window, on_error=self.failed.emit
        )

    # --- the way out when there is no printer ------------------------------------------------

    def _run(
        self,
        job: PrintJob,
        printer: str,
        pdf_name: str,
        printed: Callable[[], None],
        parent: QWidget,
    ) -> None:
        def on_error(exc: Exception) -> None:
            if isinstance(exc, UserError) and exc.code in _PRINTER_PROBLEMS:
                self._offer_pdf(job, exc, pdf_name, printed, parent)
            else:
                self.failed.emit(exc)

        self.service.print(
            job, printer=printer, on_done=printed, on_error=on_error, owner=self._window
        )

    def _offer_pdf(
        self,
        job: PrintJob,
        problem: UserError,
        pdf_name: str,
        printed: Callable[[], None],
        parent: QWidget,
    ) -> None:
        if self.ask_pdf_instead(problem, parent):
            self.save_pdf(job, pdf_name, printed, parent)

    def ask_pdf_instead(self, problem: UserError, parent: QWidget) -> bool:
        """Say why it cannot print; True if the user wants a PDF instead."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Printing"))
        box.setText(problem.message(self._lang()))
        save = box.addButton(self.tr("Save as &PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is save

    def save_pdf(
        self, job: PrintJob, pdf_name: str, printed: Callable[[], None], parent: QWidget
    ) -> None:
        path, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save as PDF"), str(Path.home() / pdf_name), "PDF (*.pdf)"
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")

        def saved() -> None:
            printed()
            self.done.emit(self.tr("Saved: %1").replace("%1", str(target)))

        self.service.print(
            job, pdf=target, on_done=saved, on_error=self.failed.emit, owner=self._window
        )


def _slug(number: str) -> str:
    return number.replace("/", "-")
