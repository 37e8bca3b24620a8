"""Settings: this PC's scanner (device, resolution, colour, feeder, duplex), the copier's
watched folder, and OCR of new scans."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.capture.sources import RESOLUTIONS, Device, SaneSource
from app.errors import UserError
from ui.context import DeskContext
from ui.preferences.page import SettingsPage
from ui.settings import ScanPrefs, Settings


class ScanningPage(SettingsPage):
    def __init__(
        self,
        *,
        ctx: DeskContext,
        source: Callable[[], SaneSource] = SaneSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanningPage")
        self.ctx, self._source = ctx, source
        self.device = QComboBox(self)
        self.device.setObjectName("scanDevice")
        self.device.setEditable(True)
        self.find = QPushButton(self)
        self.find.setObjectName("findScanners")
        self.find.clicked.connect(self.find_devices)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device, 1)
        device_row.addWidget(self.find)
        self.resolution = QComboBox(self)
        self.resolution.setObjectName("scanResolution")
        for dpi in RESOLUTIONS:
            self.resolution.addItem(f"{dpi} dpi", dpi)
        self.mode = QComboBox(self)
        self.mode.setObjectName("scanMode")
        for key in ("color", "gray", "lineart"):
            self.mode.addItem("", key)
        self.feeder = QCheckBox(self)
        self.duplex = QCheckBox(self)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("watchedFolder")
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.on_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.ocr = QCheckBox(self)
        self.ocr.setObjectName("scanOcr")
        self.searchable = QCheckBox(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._captions = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        form.addRow(self._captions[0], device_row)
        form.addRow(self._captions[1], self.resolution)
        form.addRow(self._captions[2], self.mode)
        form.addRow("", self.feeder)
        form.addRow("", self.duplex)
        form.addRow(self._captions[3], folder_row)
        form.addRow("", self.ocr)
        form.addRow("", self.searchable)
        form.addRow("", self.status)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Scanning")

    def retranslate(self) -> None:
        self._captions[0].setText(self.tr("Scanner"))
        self._captions[1].setText(self.tr("Resolution"))
        self._captions[2].setText(self.tr("Colour mode"))
        self._captions[3].setText(self.tr("Watched folder"))
        self.device.lineEdit().setPlaceholderText(self.tr("The first scanner found"))
        self.find.setText(self.tr("Find scanners"))
        for index, text in enumerate(
            (self.tr("Colour"), self.tr("Greys"), self.tr("Black and white"))
        ):
            self.mode.setItemText(index, text)
        self.feeder.setText(self.tr("Take every sheet from the document feeder"))
        self.duplex.setText(self.tr("Both sides of each sheet (duplex)"))
        self.folder.setPlaceholderText(self.tr("None: no folder is watched"))
        self.browse.setText(self.tr("Choose…"))
        self.ocr.setText(self.tr("Read the text of new scans (OCR, Arabic and French)"))
        self.searchable.setText(self.tr("Also keep a searchable copy of scanned PDFs"))

    def load(self, settings: Settings) -> None:
        prefs = settings.scanning
        self.device.setCurrentText(prefs.device)
        index = self.resolution.findData(prefs.resolution)
        self.resolution.setCurrentIndex(index if index >= 0 else RESOLUTIONS.index(300))
        self.mode.setCurrentIndex(max(0, self.mode.findData(prefs.mode)))
        self.feeder.setChecked(prefs.feeder)
        self.duplex.setChecked(prefs.duplex)
        self.folder.setText(prefs.watched_folder)
        self.ocr.setChecked(prefs.ocr)
        self.searchable.setChecked(prefs.searchable_pdf)

    def prepare(self) -> Callable[[], None] | None:
        folder = self.folder.text().strip()
        if folder and not Path(folder).is_dir():
            raise UserError("watched_folder_missing", path=folder)
        return None

    def save(self, settings: Settings) -> None:
        settings.scanning = ScanPrefs(
            device=self.device.currentText().strip(),
            resolution=int(self.resolution.currentData()),
            mode=str(self.mode.currentData()),
            feeder=self.feeder.isChecked(),
            duplex=self.duplex.isChecked(),
            watched_folder=self.folder.text().strip(),
            ocr=self.ocr.isChecked(),
            searchable_pdf=self.searchable.isChecked(),
        )

    def on_browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Watched folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def find_devices(self) -> None:
        """List the scanners off the GUI thread (a network scanner can take seconds)."""
        self.status.setText(self.tr("Looking for scanners…"))
        source = self._source()
        self.ctx.load(
            source.devices,
            owner=self,
            busy=self.find,
            done=self._on_devices,
            say=self.status.setText,
            slow=True,
        )

    def _on_devices(self, devices: list[Device]) -> None:
        typed = self.device.currentText()
        self.device.clear()
        for device in devices:
            self.device.addItem(device.name)
            self.device.setItemData(self.device.count() - 1, device.description)
        self.device.setCurrentText(typed or (devices[0].name if devices else ""))
        self.status.setText(self.tr("%n scanner(s) found.", "", len(devices)))
