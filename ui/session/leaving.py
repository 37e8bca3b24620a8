"""Leaving the desk: log out (another clerk takes the counter) or quit, never losing a form.

Both ask first when a registration form holds something typed and not saved ("2 mails being
typed will be lost"); nothing is discarded unless the clerk says so. Logging out closes the
desk and hands back to the log-in (the application stays open); quitting ends it. Ctrl+Q
quits from any window of the application.

Signals: ``logged_out()`` once the desk may close for the log-in; ``quitting()`` once the
application may end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ui import display
from ui.registration.form import RegistrationForm


class SessionActions(QObject):
    logged_out = Signal()
    quitting = Signal()

    def __init__(self, *, window: QWidget, forms: Callable[[], Sequence[RegistrationForm]]) -> None:
        super().__init__(window)
        self._window, self._forms = window, forms
        self._question: QMessageBox | None = None
        self.log_out = QAction(window)
        self.log_out.setObjectName("actionLogOut")
        self.log_out.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.log_out.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.log_out.triggered.connect(lambda: self.leave(self.logged_out.emit))
        self.quit = QAction(window)
        self.quit.setObjectName("actionQuit")
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit.triggered.connect(lambda: self.leave(self.quitting.emit))

    @property
    def actions(self) -> list[QAction]:
        return [self.log_out, self.quit]

    def retranslate(self) -> None:
        self.log_out.setText(self.tr("Log &out / switch user"))
        self.quit.setText(self.tr("&Quit"))

    def unsaved(self) -> list[RegistrationForm]:
        return [form for form in self._forms() if form.has_unsaved_input()]

    def leave(self, then: Callable[[], None]) -> None:
        """Close the open forms (asking first if any holds unsaved input), then ``then``."""
        if self._question is not None:
            return
        unsaved = self.unsaved()
        if not unsaved:
            self._close_forms()
            then()
            return
        box = QMessageBox(self._window)
        box.setObjectName("leaveQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self._window.windowTitle())
        box.setText(
            display.digits(
                self.tr("%n mail(s) being typed will be lost. Leave anyway?", "", len(unsaved))
            )
        )
        leave = box.addButton(self.tr("&Leave"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Back to the forms"), QMessageBox.ButtonRole.RejectRole)
        leave.setObjectName("leave")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.finished.connect(lambda _r: self._answered(box, leave, then))
        self._question = box
        box.open()

    def _answered(self, box: QMessageBox, leave: QAbstractButton, then: Callable[[], None]) -> None:
        self._question = None
        box.deleteLater()
        if box.clickedButton() is leave:
            self._close_forms()
            then()
        else:
            forms = self.unsaved()
            if forms:
                forms[0].raise_()
                forms[0].activateWindow()

    def _close_forms(self) -> None:
        for form in list(self._forms()):
            form.discard()
