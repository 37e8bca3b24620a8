"""Key presses delivered as the platform delivers them, at a chosen pace.

A real key press reaches the widget's window first, which hands it to the focused widget (and
on to its parents while nobody accepts it): :class:`Keyboard` sends each event to the window
the same way, stamped with a time of its own, so a test types at a reader's pace (a few ms
between characters) or a person's without waiting for anything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_KEYS = {"-": Qt.Key.Key_Minus, "/": Qt.Key.Key_Slash, " ": Qt.Key.Key_Space}


def key_of(ch: str) -> Qt.Key:
    if ch.isascii() and ch.isalnum():
        return Qt.Key(ord(ch.upper()))
    return _KEYS.get(ch, Qt.Key.Key_unknown)


class Keyboard:
    """Types into whatever has the focus, through its window; ``now`` is the clock in ms."""

    def __init__(self, start_ms: int = 5_000_000) -> None:
        self.now = start_ms

    def _target(self) -> QWidget:
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard focus"
        return focus

    def press(
        self,
        key: Qt.Key,
        text: str = "",
        *,
        after_ms: int = 0,
        auto_repeat: bool = False,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.now += after_ms
        target = self._target()
        window = target.window().windowHandle()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, modifiers, text, auto_repeat)
            event.setTimestamp(self.now)
            QApplication.sendEvent(window if window is not None else target, event)

    def type(self, text: str, *, every_ms: int, repeats: frozenset[int] = frozenset()) -> None:
        """``text``, a character every ``every_ms``; those at positions ``repeats`` come as
        the keyboard's auto-repeat."""
        for position, ch in enumerate(text):
            self.press(key_of(ch), ch, after_ms=every_ms, auto_repeat=position in repeats)

    def enter(self, *, after_ms: int) -> None:
        self.press(Qt.Key.Key_Return, "\r", after_ms=after_ms)

    def scan(self, number: str, *, every_ms: int = 4, after_ms: int = 600) -> None:
        """A handheld reader, ``after_ms`` after the last key: the number at its pace, then
        Enter."""
        self.now += after_ms - every_ms
        self.type(number, every_ms=every_ms)
        self.enter(after_ms=every_ms)
