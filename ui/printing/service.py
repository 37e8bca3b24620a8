"""Print jobs off the GUI thread: load on the database worker, paint on the slow pool, journal.

A job is three steps: ``load`` reads what to print (database worker), ``render`` paints it on a
QPrinter for the chosen printer or on a QPdfWriter for a file (slow pool: a spooler that hangs
never freezes the window), then ``journal`` records the print in the audit trail (database
worker). The preview paints on the GUI thread, as QPrintPreviewDialog requires, after the data
was loaded off it.

With no printer installed, or the chosen one gone, the job fails with a message that says so;
the PDF route always works.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from ui.tasks import TaskRunner

PDF_RESOLUTION = 300


@dataclass(frozen=True)
class PrintJob:
    """What to print and how; ``render`` must work on any paged device (printer, PDF)."""

    load: Callable[[], Any]
    render: Callable[[QPagedPaintDevice, Any], None]
    journal: Callable[[Any], None] | None = None
    title: str = ""


def printers() -> list[str]:
    return QPrinterInfo.availablePrinterNames()


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()


def check_printer(name: str | None) -> str:
    """The printer to use: ``name`` if installed, else the default; a clear error if none."""
    installed = printers()
    if not installed:
        raise UserError("no_printer")
    if name and name not in installed:
        raise UserError("printer_missing", printer=name)
    return name or default_printer() or installed[0]


def _to_printer(name: str, job: PrintJob, data: Any) -> None:
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job.title)
    job.render(printer, data)


def _to_pdf(path: Path, job: PrintJob, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(job.title)
        writer.setCreator("Bureau d'ordre")
        job.render(writer, data)
        del writer  # closes the file
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            "pdf_write_failed", path=str(path), detail=exc.strerror or str(exc)
        ) from exc


class PrintService(QObject):
    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks

    def print(
        self,
        job: PrintJob,
        *,
        printer: str | None = None,
        pdf: Path | None = None,
        on_done: Callable[[], None],
        on_error: Callable[[Exception], None],
        owner: QObject | None = None,
    ) -> None:
        """Print ``job`` to ``pdf`` if given, else to ``printer`` (checked first)."""
        if pdf is None:
            try:
                name = check_printer(printer)
            except UserError as exc:
                on_error(exc)
                return

        def rendered(data: Any) -> None:
            if job.journal is None:
                on_done()
                return
            self._tasks.run(
                lambda: job.journal(data),
                on_done=lambda _: on_done(),
                on_error=on_error,
                owner=owner,
            )

        def loaded(data: Any) -> None:
            if pdf is not None:
                work = lambda: _to_pdf(pdf, job, data)  # noqa: E731
            else:
                work = lambda: _to_printer(name, job, data)  # noqa: E731
            self._tasks.run(
                work, on_done=lambda _: rendered(data), on_error=on_error, slow=True, owner=owner
            )

        self._tasks.run(job.load, on_done=loaded, on_error=on_error, owner=owner)

    def preview(
        self,
        job: PrintJob,
        *,
        printer: str | None,
        parent: QWidget,
        on_error: Callable[[Exception], None],
        on_printed: Callable[[], None] | None = None,
    ) -> None:
        """Load off the GUI thread, then show Qt's print preview (which paints on it)."""

        def show(data: Any) -> None:
            installed = printers()
            if printer in installed:
                device = QPrinter(
                    QPrinterInfo.printerInfo(printer), QPrinter.PrinterMode.HighResolution
                )
            else:
                device = QPrinter(QPrinter.PrinterMode.HighResolution)
                device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            device.setDocName(job.title)
            dialog = QPrintPreviewDialog(device, parent)
            dialog.setWindowTitle(job.title)
            dialog.paintRequested.connect(lambda target: job.render(target, data))
            if dialog.exec() and job.journal is not None:
                self._tasks.run(
                    lambda: job.journal(data),
                    on_done=lambda _: on_printed() if on_printed else None,
                    on_error=on_error,
                    owner=parent,
                )

        self._tasks.run(job.load, on_done=show, on_error=on_error, owner=parent)
