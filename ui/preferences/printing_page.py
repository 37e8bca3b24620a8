"""This PC's printers: which one takes the labels and with which stock, which the receipts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.printing.labels import TEMPLATES
from app.printing.receipt import SIZES
from ui.preferences.page import SettingsPage
from ui.printing.service import printers
from ui.settings import PrintingPrefs, Settings


class PrintingPage(SettingsPage):
    def __init__(self, *, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printingPage")
        self._lang = lang
        installed = printers()
        self.labels_box = QGroupBox(self)
        self.label_printer = self._printer_combo(installed, "labelPrinter")
        self.label_template = QComboBox(self.labels_box)
        self.label_template.setObjectName("labelTemplate")
        for key in TEMPLATES:
            self.label_template.addItem("", key)
        self.receipts_box = QGroupBox(self)
        self.receipt_printer = self._printer_combo(installed, "receiptPrinter")
        self.receipt_size = QComboBox(self.receipts_box)
        self.receipt_size.setObjectName("receiptSize")
        for key in SIZES:
            self.receipt_size.addItem("", key)
        self.receipt_after_counter = QCheckBox(self.receipts_box)
        self.receipt_after_counter.setObjectName("receiptAfterCounter")
        self.registers_box = QGroupBox(self)
        self.register_printer = self._printer_combo(installed, "registerPrinter")
        self.no_printer = QLabel(self)
        self.no_printer.setWordWrap(True)
        self.no_printer.setVisible(not installed)

        self._captions = [QLabel(self) for _ in range(5)]
        labels = QFormLayout(self.labels_box)
        labels.addRow(self._captions[0], self.label_printer)
        labels.addRow(self._captions[1], self.label_template)
        receipts = QFormLayout(self.receipts_box)
        receipts.addRow(self._captions[2], self.receipt_printer)
        receipts.addRow(self._captions[3], self.receipt_size)
        receipts.addRow("", self.receipt_after_counter)
        QFormLayout(self.registers_box).addRow(self._captions[4], self.register_printer)
        for caption, field in zip(
            self._captions,
            (
                self.label_printer,
                self.label_template,
                self.receipt_printer,
                self.receipt_size,
                self.register_printer,
            ),
            strict=True,
        ):
            caption.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_printer)
        layout.addWidget(self.labels_box)
        layout.addWidget(self.receipts_box)
        layout.addWidget(self.registers_box)
        layout.addStretch(1)
        self.retranslate()

    def _printer_combo(self, installed: list[str], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem("", "")  # the system's default printer
        for printer in installed:
            combo.addItem(printer, printer)
        return combo

    def title(self) -> str:
        return self.tr("Printing")

    def retranslate(self) -> None:
        lang = self._lang()
        self.labels_box.setTitle(self.tr("Barcode labels"))
        self.receipts_box.setTitle(self.tr("Counter receipts"))
        self.registers_box.setTitle(self.tr("Registers (A4 landscape)"))
        for caption, text in zip(
            self._captions,
            (
                self.tr("&Printer"),
                self.tr("&Labels"),
                self.tr("P&rinter"),
                self.tr("Paper &size"),
                self.tr("Pri&nter"),
            ),
            strict=True,
        ):
            caption.setText(text)
        for combo in (self.label_printer, self.receipt_printer, self.register_printer):
            combo.setItemText(0, self.tr("The system's default printer"))
        for i in range(self.label_template.count()):
            self.label_template.setItemText(
                i, TEMPLATES[self.label_template.itemData(i)].name(lang)
            )
        sizes = {
            "a5": self.tr("A5 (half a sheet)"),
            "a4": self.tr("A4"),
            "roll-80": self.tr("80 mm receipt roll"),
        }
        for i in range(self.receipt_size.count()):
            self.receipt_size.setItemText(i, sizes[self.receipt_size.itemData(i)])
        self.receipt_after_counter.setText(
            self.tr("Print the receipt as soon as an incoming mail is registered at the counter")
        )
        self.no_printer.setText(
            self.tr(
                "No printer is installed on this PC: labels and receipts can still be saved as "
                "PDF. Printers added later appear here."
            )
        )

    def load(self, settings: Settings) -> None:
        prefs = settings.printing
        for combo, value in (
            (self.label_printer, prefs.label_printer),
            (self.label_template, prefs.label_template),
            (self.receipt_printer, prefs.receipt_printer),
            (self.receipt_size, prefs.receipt_size),
            (self.register_printer, prefs.register_printer),
        ):
            index = combo.findData(value)
            printer = combo in (self.label_printer, self.receipt_printer, self.register_printer)
            if index < 0 and printer and value:
                combo.addItem(value, value)  # a printer that is gone stays chosen, visibly
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self.receipt_after_counter.setChecked(prefs.receipt_after_counter)

    def save(self, settings: Settings) -> None:
        settings.printing = PrintingPrefs(
            label_printer=str(self.label_printer.currentData()),
            label_template=str(self.label_template.currentData()),
            receipt_printer=str(self.receipt_printer.currentData()),
            receipt_size=str(self.receipt_size.currentData()),
            receipt_after_counter=self.receipt_after_counter.isChecked(),
            register_printer=str(self.register_printer.currentData()),
        )
