"""Language, digits and the Hijri date."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from ui import display
from ui.display import DisplayPrefs
from ui.i18n import LANGUAGES
from ui.labels import ltr
from ui.preferences.page import SettingsPage
from ui.settings import Settings


class DisplayPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayPage")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # The samples read 0 to 9 left to right in an Arabic window too (not 9 to 0).
        self.western = QRadioButton(ltr("0 1 2 3 4 5 6 7 8 9"), self)
        self.western.setObjectName("westernDigits")
        # Eastern digits apart are each a number of their own, which bidi lays out right to
        # left: a left-to-right mark after each keeps them in order.
        self.eastern = QRadioButton(ltr("\u200e ".join("٠١٢٣٤٥٦٧٨٩")), self)
        self.eastern.setObjectName("easternDigits")
        self._digits = QButtonGroup(self)
        self._digits.addButton(self.western)
        self._digits.addButton(self.eastern)
        digits = QWidget(self)
        row = QHBoxLayout(digits)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.western)
        row.addWidget(self.eastern)
        row.addStretch(1)
        self.hijri = QCheckBox(self)
        self.hijri.setObjectName("hijri")
        self.hijri_note = QLabel(self)
        self.hijri_note.setWordWrap(True)
        self.example = QLabel(self)
        self.example.setObjectName("displayExample")
        self.form = QFormLayout(self)
        self._captions = [QLabel(self) for _ in range(4)]
        self.form.addRow(self._captions[0], self.language)
        self.form.addRow(self._captions[1], digits)
        self.form.addRow(self._captions[2], self.hijri)
        self.form.addRow("", self.hijri_note)
        self.form.addRow(self._captions[3], self.example)
        self._captions[0].setBuddy(self.language)
        self._captions[2].setBuddy(self.hijri)
        for signal in (self.western.toggled, self.hijri.toggled):
            signal.connect(self._show_example)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Display")

    def retranslate(self) -> None:
        self._captions[0].setText(self.tr("&Language"))
        self._captions[1].setText(self.tr("Digits"))
        self._captions[2].setText(self.tr("&Hijri date"))
        self._captions[3].setText(self.tr("Example"))
        self.hijri.setText(self.tr("Show the Hijri date beside the Gregorian date"))
        self.hijri_note.setText(
            self.tr(
                "Computed with the tabular Islamic calendar: it may differ by a day from the "
                "calendar announced after the sighting of the moon. The register itself is "
                "kept in Gregorian dates."
            )
        )
        self._show_example()

    def prefs(self) -> DisplayPrefs:
        return DisplayPrefs(eastern_digits=self.eastern.isChecked(), hijri=self.hijri.isChecked())

    def _show_example(self) -> None:
        saved = display.prefs()
        display.configure(self.prefs())
        try:
            self.example.setText(display.moment(datetime.now(UTC)))
        finally:
            display.configure(saved)

    def load(self, settings: Settings) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        prefs = settings.display
        (self.eastern if prefs.eastern_digits else self.western).setChecked(True)
        self.hijri.setChecked(prefs.hijri)
        self._show_example()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def save(self, settings: Settings) -> None:
        settings.language = self.chosen_language()
        settings.display = self.prefs()
