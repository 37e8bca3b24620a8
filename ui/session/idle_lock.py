"""Lock the session after a time without input; unlocking gives everything back as it was.

:class:`IdleLock` watches the application's input events. When nothing was typed or clicked
for the configured minutes, it hides every window of the session (the register, open forms
with what was being typed in them) and shows the lock screen; the right password shows them
again, untouched. Nothing is closed, so nothing typed is lost.

Signals: ``locked()``, ``unlocked()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ui.context import DeskContext
from ui.session.lock_dialog import LockDialog

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        *,
        ctx: DeskContext,
        minutes: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self._hidden: list[QWidget] = []
        self.dialog: LockDialog | None = None
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def set_minutes(self, minutes: int) -> None:
        """0 never locks."""
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, msecs: int) -> None:
        self._interval = msecs
        self._timer.stop()
        if msecs > 0 and not self.is_locked:
            self._timer.start(msecs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self._interval > 0 and not self.is_locked:
            self._timer.start(self._interval)
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self._timer.stop()
        if self.dialog is None:
            self.dialog = LockDialog(ctx=self.ctx)
            self.dialog.unlocked.connect(self.unlock)
            self.dialog.quit_requested.connect(self._quit)
        active = QApplication.activeWindow()
        self._hidden = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.dialog
        ]
        if active in self._hidden:  # shown again last, so it comes back on top
            self._hidden.remove(active)
            self._hidden.append(active)
        for widget in self._hidden:
            widget.hide()
        self.dialog.reset()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.locked.emit()

    def unlock(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
        for widget in self._hidden:
            widget.show()
        if self._hidden:
            self._hidden[-1].activateWindow()
        self._hidden = []
        if self._interval > 0:
            self._timer.start(self._interval)
        self.unlocked.emit()

    def _quit(self) -> None:
        if self.unsaved_forms():
            answer = QMessageBox.question(
                self.dialog,
                self.tr("Quit"),
                self.tr(
                    "%n registration form(s) still open will be closed without being saved. "
                    "Quit anyway?",
                    "",
                    self.unsaved_forms(),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def unsaved_forms(self) -> int:
        return sum(1 for w in self._hidden if isinstance(w, QDialog))

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
