"""The settings dialog: display, session, printing, database; the portal adds its page.

OK checks every page, runs what must not run on the GUI thread (the keyring) on a worker,
then saves and applies: the language, digits and Hijri dates at once, the idle lock at once,
the database at the next start (an administrator's choice only: ``may_change_database``). If
anything fails the dialog stays open with what was typed and says why.

Signals: ``saved()`` after the settings were written and applied.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from ui import display
from ui.capture.scanning_page import ScanningPage
from ui.i18n import Languages
from ui.preferences.database_page import DatabasePage
from ui.preferences.display_page import DisplayPage
from ui.preferences.page import SettingsPage
from ui.preferences.printing_page import PrintingPage
from ui.preferences.session_page import SessionPage
from ui.settings import Settings
from ui.tasks import TaskRunner


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        *,
        settings: Settings,
        tasks: TaskRunner,
        languages: Languages,
        may_change_database: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings, self._tasks, self._languages = settings, tasks, languages
        self.display_page = DisplayPage(self)
        self.session_page = SessionPage(self)
        self.database_page = DatabasePage(tasks=tasks, lang=lambda: languages.current, parent=self)
        self.database_page.set_editable(may_change_database)
        self.printing_page = PrintingPage(lang=lambda: languages.current, parent=self)
        self.scanning_page = ScanningPage(tasks=tasks, lang=lambda: languages.current, parent=self)
        self.pages: list[SettingsPage] = [
            self.display_page,
            self.session_page,
            self.printing_page,
            self.scanning_page,
            self.database_page,
        ]
        self.tabs = QTabWidget(self)
        for page in self.pages:
            page.load(settings)
            self.tabs.addTab(page, page.title())
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_ok(self) -> None:
        self.error.hide()
        steps = []
        for page in self.pages:
            try:
                step = page.prepare()
            except UserError as exc:
                self.tabs.setCurrentWidget(page)
                self._show(exc.message(self._languages.current))
                return
            if step is not None:
                steps.append(step)

        def run_steps() -> None:
            for step in steps:
                step()

        self.buttons.setEnabled(False)
        self._tasks.run(
            run_steps, on_done=self._commit, on_error=self._failed, slow=True, owner=self
        )

    def _commit(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        for page in self.pages:
            page.save(self._settings)
        self._settings.sync()
        display.configure(self._settings.display)
        # Re-applying the language redraws every widget (new language, digits, dates).
        self._languages.apply(self._settings.language)
        self.saved.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self._show(exc.message(self._languages.current))
        for page in self.pages:
            page.failed(exc)

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
