"""The administration dialog: services, users, instructions, default deadlines and the portal
connection, in tabs.

The organisation is read on the database worker when the dialog opens and again after every
saved change; each tab edits one record at a time and saves it in its own transaction. Enter
saves the current tab's form; Esc first puts back a form holding unsaved edits, and closes the
dialog when there is nothing to put back. The application layer refuses everything here to
anyone but an active administrator: opened by someone else, the dialog only says so.

Signals: ``changed()`` after any saved change; ``loaded()`` each time the organisation was
read (tests wait for it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.organisation import admin
from app.organisation.actor import Actor
from app.organisation.admin import Organisation
from app.store.database import Database
from ui.admin.deadlines_page import DeadlinesPage
from ui.admin.instructions_page import InstructionsPage
from ui.admin.mailbox_page import MailboxPage
from ui.admin.page import AdminContext, AdminPage
from ui.admin.portal_page import PortalPage
from ui.admin.services_page import ServicesPage
from ui.admin.users_page import UsersPage
from ui.tasks import TaskRunner


class AdministrationDialog(QDialog):
    changed = Signal()
    loaded = Signal()

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("administrationDialog")
        self.ctx = AdminContext(db=db, tasks=tasks, actor=actor, lang=lang)
        self.organisation: Organisation | None = None
        self._saving = False
        self._refusal = ""  # why the organisation could not be read, in the user's language

        self.services_page = ServicesPage(self.ctx, self)
        self.users_page = UsersPage(self.ctx, self)
        self.instructions_page = InstructionsPage(self.ctx, self)
        self.deadlines_page = DeadlinesPage(self.ctx, self)
        self.portal_page = PortalPage(self.ctx, self)
        self.mailbox_page = MailboxPage(self.ctx, self)
        self.pages: list[AdminPage] = [
            self.services_page,
            self.users_page,
            self.instructions_page,
            self.deadlines_page,
            self.portal_page,
            self.mailbox_page,
        ]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("administrationTabs")
        for page in self.pages:
            self.tabs.addTab(page, page.title())
            page.saved.connect(self.on_saved)
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.tabs.setEnabled(False)  # until the organisation is read

        self.status = QLabel(self)
        self.status.setObjectName("administrationStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1280, 660)
        self.retranslate()
        self.on_tab_changed(0)
        self.reload()

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Administration — services, users, instructions, deadlines, portal")
        )
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())
        if self.organisation is None and not self._refusal:
            self.status.setText(self.tr("Loading…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(
            lambda: admin.load(db, actor),
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
            owner=self,
        )

    def _on_loaded(self, organisation: Organisation) -> None:
        self.organisation = organisation
        focus = self.focusWidget()
        for page in self.pages:
            page.show_data(organisation)
        first = not self.tabs.isEnabled()
        self.tabs.setEnabled(True)
        self.status.clear()
        self.status.hide()
        if first:
            self.current_page().first_widget().setFocus()
        elif focus is not None and focus.isEnabled():
            focus.setFocus()
        if self._saving:
            self._saving = False
            self.changed.emit()
        self.loaded.emit()

    def _on_load_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.tabs.setEnabled(False)
        self._refusal = exc.message(self.ctx.lang)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self._refusal)
        self.status.show()
        if self._saving:  # the change was saved; what followed it refused
            self._saving = False
            self.changed.emit()
        self.loaded.emit()

    @Slot()
    def on_saved(self) -> None:
        self._saving = True
        self.reload()

    # -- keyboard ---------------------------------------------------------------------------

    def current_page(self) -> AdminPage:
        return self.pages[self.tabs.currentIndex()]

    @Slot(int)
    def on_tab_changed(self, index: int) -> None:
        """Enter saves the form of the tab in view (shown as the default button)."""
        for i, page in enumerate(self.pages):
            page.save_button.setDefault(i == index)
        # Focus moving out of the hidden tab may hand "default" back to its button: again,
        # once the switch is over.
        QTimer.singleShot(0, self, self._mark_default)

    def _mark_default(self) -> None:
        current = self.current_page()
        for page in self.pages:
            page.save_button.setDefault(page is current)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            # QDialog would press "the" default button, which a tab switch can leave on a
            # hidden tab; a focused button still takes Enter itself.
            if not isinstance(self.focusWidget(), QAbstractButton):
                page = self.current_page()
                if page.isEnabled() and page.save_button.isEnabled():
                    page.save_button.click()
                event.accept()
                return
        if event.key() == Qt.Key.Key_Escape and plain:
            page = self.current_page()
            if page.isEnabled() and page.is_dirty():
                page.revert()
                event.accept()
                return
        super().keyPressEvent(event)
