"""The session: how long without input before it locks."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ui.preferences.page import SettingsPage
from ui.settings import MAX_IDLE_MINUTES, Settings
from ui.widgets import CountSpinBox


class SessionPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self.idle_minutes = CountSpinBox(parent=self)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.caption = QLabel(self)
        self.caption.setBuddy(self.idle_minutes)
        form = QFormLayout(self)
        form.addRow(self.caption, self.idle_minutes)
        form.addRow("", self.note)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Session")

    def retranslate(self) -> None:
        self.caption.setText(self.tr("&Lock after"))
        self.idle_minutes.set_text(lambda n: self.tr("%n minute(s)", "", n))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.note.setText(
            self.tr(
                "After this time without using the keyboard or the mouse, the windows are "
                "hidden until you type your password again. Forms being filled in are kept "
                "as they were."
            )
        )

    def load(self, settings: Settings) -> None:
        self.idle_minutes.setValue(settings.idle_lock_minutes)

    def save(self, settings: Settings) -> None:
        settings.idle_lock_minutes = self.idle_minutes.value()
