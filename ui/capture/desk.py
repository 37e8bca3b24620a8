"""Capture in the main window: its menu entry, files dropped on the detail pane, and the
background work (the copier's watched folder, OCR of new attachments).

Kept out of the main window so that its changes stay one object and a few lines. The watched
folder is looked at every few seconds and OCR every half minute, each on the slow pool, one
run at a time; closing the window cancels what is running (subprocesses included).

What is attached goes through the desk's operation helper, so the register and the detail
follow it like any change. Signals: ``attached(str)`` a mail that got files; ``message(str)``
a line for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from app.capture import ocr, texts, watch
from app.capture.pages import assemble
from app.capture.progress import CancelToken
from app.capture.sources import SaneSource, ScanSource, file_pages
from app.errors import UserError
from app.organisation.permissions import Action, allowed
from app.registry.attach import AttachResult, attach
from app.registry.register import office_limits
from ui.capture.scan_panel import dropped_files
from ui.capture.window import CaptureWindow
from ui.context import DeskContext

WATCH_MS = 3_000
OCR_MS = 30_000


class CaptureDesk(QObject):
    attached = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        *,
        ctx: DeskContext,
        parent_window: QWidget,
        drop_target: QAbstractScrollArea,
        current_number: Callable[[], str | None],
        source: Callable[[], ScanSource] = SaneSource,
    ) -> None:
        super().__init__(parent_window)
        self.ctx = ctx
        self._db, self._actor, self._settings = ctx.db, ctx.actor, ctx.settings
        self._source = source
        self._parent_window = parent_window
        self._current_number = current_number
        self.enabled = allowed(ctx.actor.role, Action.ATTACH)
        self.window: CaptureWindow | None = None
        self.action = QAction(parent_window)
        self.action.setObjectName("actionCapture")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.action.setEnabled(self.enabled)
        self.action.triggered.connect(self.open_window)
        self._cancel = CancelToken()
        self._watcher: watch.FolderWatcher | None = None
        self._watching = self._reading = False
        self._drop_target = drop_target
        if self.enabled:
            drop_target.setAcceptDrops(True)
            drop_target.viewport().setAcceptDrops(True)
            drop_target.viewport().installEventFilter(self)
        self.watch_timer = QTimer(self)
        self.watch_timer.timeout.connect(self.look_at_folder)
        self.ocr_timer = QTimer(self)
        self.ocr_timer.timeout.connect(self.read_texts)
        if self.enabled:
            self.watch_timer.start(WATCH_MS)
            self.ocr_timer.start(OCR_MS)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Scanning and &capture…"))

    # --- the window ------------------------------------------------------------------------

    def open_window(self) -> CaptureWindow:
        if self.window is None:
            self.window = CaptureWindow(
                ctx=self.ctx, source=self._source, parent=self._parent_window
            )
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.window.attached.connect(self._after_attach)
            self.window.destroyed.connect(self._forget_window)
        self.window.set_number(self._current_number())
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def _forget_window(self, *_args: Any) -> None:
        self.window = None

    def on_scanned(self, number: str) -> bool:
        """A handheld reader's number: the capture window takes it when it is in front."""
        if self.window is not None and self.window.isActiveWindow():
            self.window.on_scanned(number)
            return True
        return False

    def _after_attach(self, number: str) -> None:
        self.attached.emit(number)
        QTimer.singleShot(0, self.read_texts)

    # --- files dropped on the selected mail ----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_files(event) and self._current_number():  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = dropped_files(event)  # type: ignore[arg-type]
            number = self._current_number()
            if paths and number:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.attach_files(number, paths)
                return True
        return False

    def attach_files(self, number: str, paths: list[Path]) -> None:
        """Each file dropped becomes an attachment of ``number`` (checked first, all or none)."""
        db, actor = self._db, self._actor

        def work() -> AttachResult:
            limit = office_limits(db, actor.office_id)
            infos = []
            for path in paths:
                pages = file_pages([path], max_bytes=limit)
                name = path.name if path.suffix.lower() == ".pdf" else f"{path.stem}.pdf"
                infos.append(assemble(pages, name))
            return attach(db, actor, number, infos)

        def done(result: AttachResult) -> None:
            added = len([f for f in result.files if not f.duplicate])
            self.message.emit(
                self.tr("%n file(s) attached to %1.", "", added).replace("%1", result.number)
            )
            self._after_attach(result.number)

        self.ctx.operate(work, owner=self, done=done, say=self.message.emit, slow=True)

    # --- background ------------------------------------------------------------------------

    def look_at_folder(self) -> None:
        folder = self._settings.scanning.watched_folder
        if not folder or self._watching or self._cancel.cancelled:
            return
        if self._watcher is None or str(self._watcher.folder) != folder:
            self._watcher = watch.FolderWatcher(Path(folder))
        watcher, db, actor, lang = self._watcher, self._db, self._actor, self.ctx.lang
        self._watching = True

        def done(outcomes: list[Any]) -> None:
            self._watching = False
            attached = [d for o in outcomes for d in o.documents if d.number]
            trayed = [d for o in outcomes for d in o.documents if d.tray_id is not None]
            for number in dict.fromkeys(d.number for d in attached):
                self._after_attach(number)
            if outcomes:
                self.message.emit(
                    self.tr("Watched folder: %n document(s) attached", "", len(attached))
                    + " — "
                    + self.tr("%n to be sorted by hand", "", len(trayed))
                )
                if self.window is not None:
                    self.window.tray.refresh()

        def refused(_error: UserError) -> None:
            self._watching = False

        self.ctx.operate(
            lambda: watch.process(db, actor, watcher, lang=lang, cancel=self._cancel),
            owner=self,
            done=done,
            say=self.message.emit,
            refused=refused,
            slow=True,
        )

    def read_texts(self) -> None:
        prefs = self._settings.scanning
        if not (self.enabled and prefs.ocr) or self._reading or self._cancel.cancelled:
            return
        if not ocr.available():
            return
        db, token = self._db, self._cancel
        self._reading = True

        def work() -> int:
            texts.queue_missing(db)
            return ocr.run_pending(db, searchable=prefs.searchable_pdf, cancel=token, limit=5)

        def done(_count: int) -> None:
            self._reading = False

        def refused(error: UserError) -> None:
            self._reading = False
            if error.code != "capture_cancelled":
                self.message.emit(self.ctx.message(error))

        self.ctx.load(work, owner=self, done=done, refused=refused, slow=True)

    def stop(self) -> None:
        """Stop the timers and cancel what runs (the application is closing)."""
        self.watch_timer.stop()
        self.ocr_timer.stop()
        self._cancel.cancel()
        if self.window is not None:
            self.window.cancel()
