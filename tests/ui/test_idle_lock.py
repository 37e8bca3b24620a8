"""The idle lock hides the session and gives it back, as it was, to the right password."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import Direction
from tests.conftest import CLERK_PASSWORD, Office
from tests.support.gui import main_window, type_text


def test_lock_after_idle_then_unlock_keeps_what_was_typed(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.IN)
        qtbot.waitUntil(form.isVisible, timeout=5000)
        type_text("شركة الأطلس للنقل", form.correspondent)
        type_text("Demande de devis", form.subject)
        win.idle_lock.set_interval_ms(100)
        qtbot.waitUntil(lambda: win.idle_lock.is_locked, timeout=5000)
        lock = win.idle_lock.dialog
        assert not win.isVisible() and not form.isVisible()

        # A scan behind the lock opens nothing.
        opened: list[str] = []
        win.scanner.scanned.connect(opened.append)
        type_text("A-2026/000001", lock.password)
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lock.error.isVisible, timeout=10000)  # taken as a wrong password
        assert opened == [] and win.idle_lock.is_locked

        type_text(CLERK_PASSWORD, lock.password)
        with qtbot.waitSignal(win.idle_lock.unlocked, timeout=10000):
            qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        assert win.isVisible() and form.isVisible()
        assert form.correspondent.text() == "شركة الأطلس للنقل"
        assert form.subject.text() == "Demande de devis"


def test_escape_does_not_unlock_and_zero_never_locks(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        win.idle_lock.lock()
        lock = win.idle_lock.dialog
        qtbot.keyClick(lock, Qt.Key.Key_Escape)
        lock.close()
        assert win.idle_lock.is_locked and not win.isVisible()
        win.idle_lock.unlock()
        win.idle_lock.set_minutes(0)
        assert not win.idle_lock._timer.isActive()
        qtbot.wait(50)
        assert not win.idle_lock.is_locked


def test_ctrl_l_locks_from_anywhere(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        win.table.setFocus()
        qtbot.keyClick(
            QApplication.focusWidget() or win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda: win.idle_lock.is_locked, timeout=5000)
        win.idle_lock.unlock()
