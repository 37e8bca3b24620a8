"""Printing an attachment and saving a copy of it, from the page viewer.

Printing: the clerk chooses the printer and the pages in Qt's print dialog; each page is
rendered at the printer's resolution (at most 300 dpi) and painted fitted and centred on a
sheet of its own, on the slow pool (a spooler that hangs never freezes the window). Saving:
the file's own bytes, as stored (the PDF or the image that was attached), written all at once.
Both are recorded in the audit trail under the user, for the attachment; both are refused for
an attachment the user may not see (the bytes come through the same rights as the preview).

Signals: ``done(str)`` a line saying what went out; ``failed(object)`` an error to show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.documents.render import render_pages
from app.files import write_atomic
from app.printing.journal import record_attachment_output
from app.registry.queries import AttachmentView
from ui.preview.source import AttachmentSource
from ui.tasks import TaskRunner

MAX_PRINT_DPI = 300


def paint_pages(
    printer: QPrinter, data: bytes, attachment: AttachmentView, pages: list[int]
) -> int:
    """Paint ``pages`` (0-based) of the attachment on ``printer``, a sheet each; returns how
    many were painted. Runs on a worker: only the printer and images are touched."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer refused the document")
    painted = 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        width = round(area.width() * dpi / printer.resolution())
        for index in pages:
            rendering = render_pages(
                data,
                attachment.content_type,
                first=index,
                count=1,
                width=width,
                name=attachment.name,
            )
            if not rendering.pages:
                break
            page = rendering.pages[0]
            image = QImage(
                page.data, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888
            )
            if painted:
                printer.newPage()
            scale = min(area.width() / page.width, area.height() / page.height)
            w, h = page.width * scale, page.height * scale
            target = QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h)
            painter.drawImage(target, image)
            painted += 1
    finally:
        painter.end()
    return painted


class DocumentOutput(QObject):
    done = Signal(str)
    failed = Signal(object)

    def __init__(self, *, source: AttachmentSource, tasks: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self._source = source
        self._tasks = tasks

    def _journal(self, attachment: AttachmentView, to: str, then: str) -> None:
        db, actor = self._source.db, self._source.actor
        self._tasks.run(
            lambda: record_attachment_output(
                db, actor, attachment.id, attachment.name, attachment.sha256, to
            ),
            on_done=lambda _none: self.done.emit(then),
            on_error=self.failed.emit,
            owner=self,
        )

    def print_pages(self, attachment: AttachmentView, printer: QPrinter, pages: list[int]) -> None:
        """Print ``pages`` of ``attachment`` on ``printer`` (set up by the print dialog)."""

        def printed(count: int) -> None:
            text = self.tr("%n page(s) sent to the printer.", "", count)
            self._journal(attachment, "printer", text)

        def loaded(data: bytes) -> None:
            self._tasks.run(
                lambda: paint_pages(printer, data, attachment, pages),
                on_done=printed,
                on_error=self.failed.emit,
                slow=True,
                owner=self,
            )

        self._source.content(attachment, on_done=loaded, on_error=self.failed.emit, owner=self)

    def save_copy(self, attachment: AttachmentView, path: Path) -> None:
        """Write the attachment's bytes, as stored, to ``path``."""

        def saved(_none: None) -> None:
            self._journal(attachment, "file", self.tr("Copy saved: %1").replace("%1", str(path)))

        def loaded(data: bytes) -> None:
            self._tasks.run(
                lambda: write_atomic(path, data, error="pdf_write_failed"),
                on_done=saved,
                on_error=self.failed.emit,
                slow=True,
                owner=self,
            )

        self._source.content(attachment, on_done=loaded, on_error=self.failed.emit, owner=self)
