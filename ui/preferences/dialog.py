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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from ui import display
from ui.capture.scanning_page import ScanningPage
from ui.context import DeskContext
from ui.preferences.database_page import DatabasePage
from ui.preferences.display_page import DisplayPage
from ui.preferences.page import SettingsPage
from ui.preferences.printing_page import PrintingPage
from ui.preferences.session_page import SessionPage
from ui.widgets import MessageLine


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        *,
        ctx: DeskContext,
        may_change_database: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.ctx = ctx
        settings, tasks = ctx.settings, ctx.tasks
        self._settings = settings
        self.display_page = DisplayPage(self)
        self.session_page = SessionPage(self)
        self.database_page = DatabasePage(tasks=tasks, lang=lambda: ctx.lang, parent=self)
        self.database_page.set_editable(may_change_database)
        self.printing_page = PrintingPage(lang=lambda: ctx.lang, parent=self)
        self.scanning_page = ScanningPage(ctx=ctx, parent=self)
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
        self.error = MessageLine(self, "settingsError", error=False)
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
                self.error.say(self.ctx.message(exc))
                return
            if step is not None:
                steps.append(step)

        def run_steps() -> None:
            for step in steps:
                step()

        self.ctx.load(
            run_steps,
            owner=self,
            busy=self.buttons,
            done=self._commit,
            say=self.error.say,
            refused=self._refused,
            slow=True,
        )

    def _commit(self, _result: object) -> None:
        for page in self.pages:
            page.save(self._settings)
        self._settings.sync()
        display.configure(self._settings.display)
        # Re-applying the language redraws every widget (new language, digits, dates).
        self.ctx.languages.apply(self._settings.language)
        self.saved.emit()
        self.accept()

    def _refused(self, error: UserError) -> None:
        for page in self.pages:
            page.failed(error)
