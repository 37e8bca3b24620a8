"""The capture window: the scan panel and the "to be sorted" tray, with one progress bar.

Long work (a scan, files read, a stack matched) shows its progress at the bottom with a
Cancel button; the window and the rest of the application stay usable meanwhile.

Signals: ``attached(str)`` a mail number that got new files.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.capture.sources import SaneSource, ScanSource
from ui import display
from ui.capture.jobs import Job
from ui.capture.scan_panel import ScanPanel
from ui.capture.tray_panel import TrayPanel
from ui.context import DeskContext


class CaptureWindow(QWidget):
    attached = Signal(str)

    def __init__(
        self,
        *,
        ctx: DeskContext,
        source: Callable[[], ScanSource] = SaneSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("captureWindow")
        self.scan = ScanPanel(ctx=ctx, source=source, parent=self)
        self.tray = TrayPanel(ctx=ctx, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.scan, "")
        self.tabs.addTab(self.tray, "")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("captureProgress")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("captureCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(self)
        self.status.setObjectName("captureStatus")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        self.job: Job | None = None
        self._tray_count = 0
        self.scan.job_started.connect(self.follow)
        for panel in (self.scan, self.tray):
            panel.message.connect(self.say)
            panel.attached.connect(self.attached)
        self.scan.trayed.connect(self.tray.refresh)
        self.tray.count_changed.connect(self._on_tray_count)
        self._idle()
        self.retranslate()
        self.resize(1000, 700)
        self.tray.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scanning and capture"))
        self.tabs.setTabText(0, self.tr("Scan and import"))
        self._on_tray_count(self._tray_count)
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_tray_count(self, count: int) -> None:
        self._tray_count = count
        title = self.tr("To be sorted")
        self.tabs.setTabText(1, f"{title} ({display.digits(str(count))})" if count else title)

    def set_number(self, number: str | None) -> None:
        """The mail the clerk has open: where "Save to the mail" goes by default."""
        self.scan.set_number(number)

    def on_scanned(self, number: str) -> None:
        """A handheld reader read a label while this window is in front."""
        if self.tabs.currentWidget() is self.tray:
            self.tray.set_number(number)
        else:
            self.scan.set_number(number)

    def follow(self, job: Job) -> None:
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Working…"))
        job.progressed.connect(self._on_progress)
        job.ended.connect(lambda: self._idle() if self.job is job else None)

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def say(self, text: str) -> None:
        self.status.setText(text)

    def _idle(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.cancel()
        super().closeEvent(event)
