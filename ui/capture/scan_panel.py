"""Scanning and importing pages, arranging them, then saving them to a mail or matching them.

The pages are thumbnails the clerk reorders by dragging, turns and deletes; files dropped on
the list (or chosen) add their pages. "Save to the mail" makes one PDF of them for the mail
whose number is in the field (the selected mail by default). "Import and match" splits them at
the labels instead: each document goes to its mail, the rest to the tray. Scanning, reading
files and matching run on the slow pool with a progress bar and Cancel.

Signals: ``attached(str)`` a number that got files; ``job_started(object)`` a
:class:`~ui.capture.jobs.Job` the window follows; ``message(str)`` a line to show;
``trayed()`` documents went to the tray.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.capture import importer
from app.capture.pages import Page, assemble
from app.capture.progress import CancelToken, Progress
from app.capture.sources import SaneSource, ScanSettings, ScanSource, file_pages
from app.registry.attach import AttachResult, attach
from app.registry.register import office_limits
from ui.capture.jobs import run_job
from ui.capture.thumbs import THUMB_HEIGHT, THUMB_WIDTH, icon_of, page_picture
from ui.context import DeskContext

PAGE_ID = Qt.ItemDataRole.UserRole


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class PageList(QListWidget):
    """Thumbnails reordered by dragging; local files dropped on it are announced.

    Signals: ``files_dropped(list)``.
    """

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capturePages")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB_WIDTH, THUMB_HEIGHT))
        self.setGridSize(QSize(THUMB_WIDTH + 18, THUMB_HEIGHT + 30))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)


class ScanPanel(QWidget):
    attached = Signal(str)
    job_started = Signal(object)
    message = Signal(str)
    trayed = Signal()

    def __init__(
        self,
        *,
        ctx: DeskContext,
        source: Callable[[], ScanSource] = SaneSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanPanel")
        self.ctx = ctx
        self._db, self._actor, self._settings, self._source = (
            ctx.db,
            ctx.actor,
            ctx.settings,
            source,
        )
        self._pages: dict[int, Page] = {}
        self._ids = itertools.count(1)
        self._busy = False

        self.scan_button = QPushButton(self)
        self.scan_button.setObjectName("scanButton")
        self.scan_button.clicked.connect(self.scan)
        self.files_button = QPushButton(self)
        self.files_button.clicked.connect(self.choose_files)
        self.left_button = QPushButton(self)
        self.left_button.clicked.connect(lambda: self.turn(-90))
        self.right_button = QPushButton(self)
        self.right_button.clicked.connect(lambda: self.turn(90))
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deletePages")
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        tools = QHBoxLayout()
        for button in (self.scan_button, self.files_button):
            tools.addWidget(button)
        tools.addSpacing(16)
        for button in (self.left_button, self.right_button, self.delete_button, self.clear_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.list = PageList(self)
        self.list.files_dropped.connect(self.add_files)
        self.hint = QLabel(self)
        self.hint.setObjectName("captureHint")
        self.hint.setWordWrap(True)

        self.number_caption = QLabel(self)
        self.number = QLineEdit(self)
        self.number.setObjectName("captureNumber")
        self.number.returnPressed.connect(self.save_to_mail)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveToMail")
        self.save_button.clicked.connect(self.save_to_mail)
        self.match_button = QPushButton(self)
        self.match_button.setObjectName("importAndMatch")
        self.match_button.clicked.connect(self.import_and_match)
        bottom = QHBoxLayout()
        bottom.addWidget(self.number_caption)
        bottom.addWidget(self.number)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.match_button)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)
        self.list.model().rowsInserted.connect(self._update)
        self.list.model().rowsRemoved.connect(self._update)
        self.list.itemSelectionChanged.connect(self._update)
        self.retranslate()

    # --- text ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.scan_button.setText(self.tr("&Scan"))
        self.files_button.setText(self.tr("Add &files…"))
        self.left_button.setText(self.tr("Turn left"))
        self.right_button.setText(self.tr("Turn right"))
        self.delete_button.setText(self.tr("Delete"))
        self.clear_button.setText(self.tr("Clear all"))
        self.number_caption.setText(self.tr("Mail number"))
        self.number.setPlaceholderText(self.tr("A-2026/000123"))
        self.save_button.setText(self.tr("Save to the mail"))
        self.match_button.setText(self.tr("Import and &match labels"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        count = self.list.count()
        selected = bool(self.list.selectedItems())
        for button in (self.left_button, self.right_button, self.delete_button):
            button.setEnabled(selected and not self._busy)
        for button in (self.save_button, self.match_button, self.clear_button):
            button.setEnabled(count > 0 and not self._busy)
        self.scan_button.setEnabled(not self._busy)
        self.files_button.setEnabled(not self._busy)
        if count:
            self.hint.setText(
                self.tr(
                    "%n page(s). Drag to reorder; the document is saved in this order.", "", count
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Scan, or drop PDF and image files here. A stack of several documents, "
                    "each led by its label, is sorted by “Import and match labels”."
                )
            )

    # --- pages ----------------------------------------------------------------------------

    @property
    def pages(self) -> list[Page]:
        """The pages in the order shown."""
        return [self._pages[self.list.item(i).data(PAGE_ID)] for i in range(self.list.count())]

    def add_pages(self, pages: list[Page]) -> None:
        for page in pages:
            key = next(self._ids)
            self._pages[key] = page
            item = QListWidgetItem(str(self.list.count() + 1))
            item.setData(PAGE_ID, key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.list.addItem(item)
            self._draw(item, page)

    def _draw(self, item: QListWidgetItem, page: Page) -> None:
        key = item.data(PAGE_ID)

        def show(picture: tuple[int, int, bytes]) -> None:
            if self._pages.get(key) is page:  # not turned or deleted since
                item.setIcon(icon_of(picture))

        self.ctx.load(
            lambda: page_picture(page), owner=self, done=show, say=self.message.emit, slow=True
        )

    def turn(self, degrees: int) -> None:
        from dataclasses import replace

        for item in self.list.selectedItems():
            key = item.data(PAGE_ID)
            page = self._pages[key]
            self._pages[key] = replace(page, rotation=(page.rotation + degrees) % 360)
            self._draw(item, self._pages[key])

    def delete_selected(self) -> None:
        for item in self.list.selectedItems():
            self._pages.pop(item.data(PAGE_ID), None)
            self.list.takeItem(self.list.row(item))
        self._renumber()

    def clear(self) -> None:
        self.list.clear()
        self._pages.clear()

    def _renumber(self) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setText(str(i + 1))

    # --- sources ---------------------------------------------------------------------------

    def set_number(self, number: str | None) -> None:
        if number:
            self.number.setText(number)

    def scan(self) -> None:
        prefs = self._settings.scanning
        scan_settings = ScanSettings(
            device=prefs.device,
            resolution=prefs.resolution,
            mode=prefs.mode,
            feeder=prefs.feeder,
            duplex=prefs.duplex,
        )
        source = self._source()
        self._start(
            lambda cancel, progress: source.scan(scan_settings, cancel=cancel, progress=progress),
            self.add_pages,
        )

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add files"),
            "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        db, actor = self._db, self._actor

        def read(_cancel: CancelToken, _progress: Progress) -> list[Page]:
            return file_pages(paths, max_bytes=office_limits(db, actor.office_id))

        self._start(read, self.add_pages)

    # --- to a mail ---------------------------------------------------------------------

    def save_to_mail(self) -> None:
        number = self.number.text().strip()
        if not number:
            self.message.emit(self.tr("Type or scan the number of the mail first."))
            self.number.setFocus()
            return
        pages = self.pages
        name = f"scan-{time.strftime('%Y%m%d-%H%M%S')}.pdf"
        db, actor = self._db, self._actor

        def save(_cancel: CancelToken, _progress: Progress) -> AttachResult:
            return attach(db, actor, number, [assemble(pages, name)])

        self._start(save, self._saved)

    def _saved(self, result: AttachResult) -> None:
        self.clear()
        self.message.emit(
            self.tr("Saved to %1 (%n page(s)).", "", result.files[0].pages).replace(
                "%1", result.number
            )
        )
        self.attached.emit(result.number)

    def import_and_match(self) -> None:
        pages = self.pages
        name = f"scan-{time.strftime('%Y%m%d-%H%M%S')}.pdf"
        db, actor = self._db, self._actor
        self._start(
            lambda cancel, progress: importer.import_pages(
                db, actor, pages, name, origin="scan", cancel=cancel, progress=progress
            ),
            self._matched,
        )

    def _matched(self, outcome: importer.FileOutcome) -> None:
        self.clear()
        attached = [d for d in outcome.documents if d.number]
        trayed = [d for d in outcome.documents if d.tray_id is not None]
        self.message.emit(
            self.tr("%n document(s) attached to their mail", "", len(attached))
            + " — "
            + self.tr("%n to be sorted by hand", "", len(trayed))
        )
        for number in dict.fromkeys(d.number for d in attached if d.number):
            self.attached.emit(number)
        if trayed:
            self.trayed.emit()

    # --- running -------------------------------------------------------------------------

    def _start(self, work: Callable[[CancelToken, Progress], Any], done: Callable) -> None:  # type: ignore[type-arg]
        self._busy = True
        self._update()

        def finished(result: Any) -> None:
            self._busy = False
            self._update()
            done(result)

        def refused(text: str) -> None:
            self._busy = False
            self._update()
            self.message.emit(text)

        job = run_job(self.ctx, work, on_done=finished, say=refused, owner=self)
        self.job_started.emit(job)
