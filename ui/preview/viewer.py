"""One attachment's pages, large: previous and next page, fit to width, zoom, print, save.

Keys: Page Down / Page Up for the next and previous page, Home / End for the first and last,
Ctrl++ and Ctrl+- to zoom, Ctrl+0 to fit the page to the window's width, Ctrl+P to print it
(Qt's print dialog: printer, pages, copies), Ctrl+S to save a copy of the file, Esc to close. The
zoom is relative to the window's width, so a resized window keeps the page fitted. Each page
is rendered on the slow pool at the size it is shown; the previous picture stays until the
new one arrives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QPalette, QPixmap, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.documents.render import Rendering
from app.errors import UserError
from app.registry.queries import AttachmentView
from ui import display
from ui.labels import ltr
from ui.preview.output import DocumentOutput
from ui.preview.source import AttachmentSource, Request, to_pixmap, user_language
from ui.printing.service import check_printer
from ui.signature.verification import (
    VerificationBanner,
    VerificationPanel,
    verify_in_background,
)

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 4.0
MARGIN = 12
KEEP_PAGES = 6  # rendered pages kept, at the current size


class PageViewer(QDialog):
    def __init__(
        self,
        *,
        source: AttachmentSource,
        attachment: AttachmentView,
        page: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pageViewer")
        self._source = source
        self.attachment = attachment
        self.page_count = max(1, attachment.pages)
        self.page = max(0, min(page, self.page_count - 1))
        self.zoom = 1.0
        self.shown_page: int | None = None  # the page whose picture is on screen
        self.error: UserError | None = None
        self._request: Request | None = None
        self._wanted: tuple[int, int] | None = None  # (page, width) being rendered
        self._pixmaps: dict[tuple[int, int], QPixmap] = {}

        self.previous = QPushButton(self)
        self.previous.clicked.connect(self.previous_page)
        self.next = QPushButton(self)
        self.next.clicked.connect(self.next_page)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageNumber")
        self.zoom_out_button = QPushButton(self)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QPushButton(self)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self)
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("viewerPrint")
        self.print_button.clicked.connect(self.on_print)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("viewerSave")
        self.save_button.clicked.connect(self.on_save)
        self.output = DocumentOutput(source=source, tasks=source.tasks, parent=self)
        self.output.done.connect(self._say)
        self.output.failed.connect(self._on_output_failed)
        self.status = QLabel(self)
        self.status.setObjectName("viewerStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        for button in (
            self.previous,
            self.next,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.print_button,
            self.save_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the page
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.previous)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addSpacing(12)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)

        self.canvas = QLabel()
        self.canvas.setObjectName("pageCanvas")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setWordWrap(True)
        self.canvas.setMargin(MARGIN)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A signed PDF's signatures, verified off the GUI thread: a banner above the page and
        # a panel beside it (ui/signature/verification.py).
        self.signature_banner = VerificationBanner(self)
        self.signature_panel = VerificationPanel(self)
        self.signature_panel.setMaximumWidth(340)
        self.signatures: list | None = None
        body = QHBoxLayout()
        body.addWidget(self.scroll, 1)
        body.addWidget(self.signature_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.signature_banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self._verify_signatures()

        for keys, slot in (
            ([QKeySequence(Qt.Key.Key_PageDown)], self.next_page),
            ([QKeySequence(Qt.Key.Key_PageUp)], self.previous_page),
            ([QKeySequence(Qt.Key.Key_Home)], self.first_page),
            ([QKeySequence(Qt.Key.Key_End)], self.last_page),
            ([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")], self.zoom_in),
            ([QKeySequence(QKeySequence.StandardKey.ZoomOut)], self.zoom_out),
            ([QKeySequence("Ctrl+0")], self.fit_width),
            ([QKeySequence(QKeySequence.StandardKey.Print)], self.on_print),
            ([QKeySequence(QKeySequence.StandardKey.Save)], self.on_save),
        ):
            for key in keys:
                QShortcut(key, self, slot)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(120)
        self._resized.timeout.connect(self._render)

        screen = self.screen().availableGeometry()
        self.resize(min(820, screen.width() - 80), min(1000, screen.height() - 80))
        self.retranslate()

    # --- navigation and zoom -----------------------------------------------------------

    @Slot()
    def next_page(self) -> None:
        self.go_to(self.page + 1)

    @Slot()
    def previous_page(self) -> None:
        self.go_to(self.page - 1)

    @Slot()
    def first_page(self) -> None:
        self.go_to(0)

    @Slot()
    def last_page(self) -> None:
        self.go_to(self.page_count - 1)

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count - 1))
        if page != self.page:
            self.page = page
            self.scroll.verticalScrollBar().setValue(0)
            self._update_bar()
            self._render()

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self.zoom * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self.zoom / ZOOM_STEP)

    @Slot()
    def fit_width(self) -> None:
        self._set_zoom(1.0)

    def _set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        if abs(zoom - 1.0) < 0.01:
            zoom = 1.0
        if zoom != self.zoom:
            self.zoom = zoom
            self._update_bar()
            self._render()

    # --- rendering -------------------------------------------------------------------------

    def target_width(self) -> int:
        """The page's width in device pixels: the window's width times the zoom."""
        viewport = self.scroll.viewport().width()
        vbar = self.scroll.verticalScrollBar()
        if not vbar.isVisible():  # a tall page brings the scroll bar: leave it room
            viewport -= vbar.sizeHint().width()
        css = max(64, viewport - 2 * MARGIN) * self.zoom
        return round(css * self.devicePixelRatioF())

    def _render(self) -> None:
        if self.error is not None or not self.isVisible():
            return
        wanted = (self.page, self.target_width())
        cached = self._pixmaps.get(wanted)
        if cached is not None:
            self._cancel()
            self._show(wanted[0], cached)
            return
        if wanted == self._wanted:
            return  # already on its way
        self._cancel()
        self._wanted = wanted
        self._request = self._source.pages(
            self.attachment,
            first=wanted[0],
            count=1,
            width=wanted[1],
            on_done=lambda result: self.on_rendered(wanted, result),
            on_error=self.on_failed,
            owner=self,
        )

    def _cancel(self) -> None:
        if self._request is not None:
            self._request.cancel()
        self._request = None
        self._wanted = None

    def on_rendered(self, key: tuple[int, int], result: Rendering) -> None:
        self._request = None
        self._wanted = None
        self.page_count = max(1, result.page_count)
        if not result.pages:  # the file has fewer pages than the register said
            self.go_to(self.page_count - 1)
            return
        pixmap = to_pixmap(result.pages[0], self.devicePixelRatioF())
        if len(self._pixmaps) >= KEEP_PAGES or any(w != key[1] for _, w in self._pixmaps):
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        self._update_bar()
        if key[0] == self.page:
            self._show(key[0], pixmap)

    def _show(self, page: int, pixmap: QPixmap) -> None:
        self.canvas.setPixmap(pixmap)
        self.shown_page = page

    def on_failed(self, exc: Exception) -> None:
        self._request = None
        self._wanted = None
        if not isinstance(exc, UserError):
            raise exc  # a bug: the excepthook reports it
        self.error = exc
        self.shown_page = None
        self.canvas.setText(exc.message(user_language()))
        self._update_bar()

    # --- printing and saving -------------------------------------------------------------

    def choose_printer(self) -> tuple[QPrinter, list[int]] | None:
        """Qt's print dialog: the printer and the pages (0-based) to print, or None."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.attachment.name)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            pages = [self.page]
        elif printer.printRange() == QPrinter.PrintRange.PageRange:
            pages = list(range(printer.fromPage() - 1, printer.toPage()))
        else:
            pages = list(range(self.page_count))
        return printer, pages

    @Slot()
    def on_print(self) -> None:
        try:
            check_printer(None)  # none installed: say so, and offer the copy instead
        except UserError as exc:
            self._say(exc.message(user_language()) + " " + self.tr("Save a copy instead."))
            return
        chosen = self.choose_printer()
        if chosen is not None:
            printer, pages = chosen
            self._say(self.tr("Printing…"))
            self.output.print_pages(self.attachment, printer, pages)

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path.home() / self.attachment.name)
        )
        return Path(path) if path else None

    @Slot()
    def on_save(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.output.save_copy(self.attachment, path)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _on_output_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self._say(exc.message(user_language()))

    # --- events and language -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._resized.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._resized.start()

    def _verify_signatures(self) -> None:
        actor = self._source.actor
        if self.attachment.content_type != "application/pdf":
            return

        def verify(content: bytes) -> None:
            if b"/ByteRange" not in content:  # no signature: nothing to say
                self.signatures = []
                return
            verify_in_background(
                tasks=self._source.tasks,
                db=self._source.db,
                office_id=actor.office_id if actor is not None else None,
                pdf=content,
                on_done=self._on_verified,
                on_error=lambda _exc: None,
                owner=self,
            )

        self._source.content(self.attachment, on_done=verify, on_error=lambda _e: None, owner=self)

    def _on_verified(self, reports: list) -> None:
        self.signatures = reports
        self.signature_banner.show_reports(reports)
        self.signature_panel.show_reports(reports)
        if reports:  # the panel took room from the page: fit it again
            self._resized.start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("%1 — preview").replace("%1", ltr(self.attachment.name)))
        self.previous.setText(self.tr("Previous page"))
        self.next.setText(self.tr("Next page"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit to width"))
        self.previous.setToolTip(self.tr("Previous page (Page Up)"))
        self.next.setToolTip(self.tr("Next page (Page Down)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.fit_button.setToolTip(self.tr("Fit the page to the window's width (Ctrl+0)"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the document (Ctrl+P)"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.save_button.setToolTip(self.tr("Save a copy of the file (Ctrl+S)"))
        if self.error is not None:
            self.canvas.setText(self.error.message(user_language()))
        self._update_bar()

    def _update_bar(self) -> None:
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", display.count(self.page + 1))
            .replace("%2", display.count(self.page_count))
        )
        ok = self.error is None
        self.previous.setEnabled(ok and self.page > 0)
        self.next.setEnabled(ok and self.page < self.page_count - 1)
        self.zoom_in_button.setEnabled(ok and self.zoom < ZOOM_MAX)
        self.zoom_out_button.setEnabled(ok and self.zoom > ZOOM_MIN)
        self.fit_button.setEnabled(ok and self.zoom != 1.0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
