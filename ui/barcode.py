"""Handheld barcode readers: they type the label's number fast, then Enter.

:class:`ScanDetector` watches every key press in the application. Characters that arrive
faster than a person types (under ``gap_ms`` apart) and end with Enter, forming a registry
number, are a scan: it emits ``scanned(number)`` and swallows the Enter, and removes the
scanned characters from the line edit they landed in, so the clerk need not click a search
box first and no field is polluted. A line edit that asks for a number (the outgoing mail
answering another one) sets the property :data:`ACCEPTS_SCANS`: a scan into it stays there
and its Enter goes through, as if typed.

Signals: ``scanned(str)``.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain.numbering import normalise_typed_number

NUMBER = re.compile(r"^[ADI]-\d{4}/\d{1,9}$")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ACCEPTS_SCANS = "acceptsScans"


class ScanDetector(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        gap_ms: float = 40.0,
        pattern: re.Pattern[str] = NUMBER,
    ) -> None:
        super().__init__(parent)
        self._gap = gap_ms / 1000
        self._pattern = pattern
        self._buffer = ""
        self._last = 0.0
        self._enabled = True

    def set_enabled(self, enabled: bool) -> None:
        """Off while the session is locked: a scan must not open a mail behind the lock."""
        self._enabled = enabled
        self._buffer = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._enabled:
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat():
            return False
        now = time.monotonic()
        fast = now - self._last <= self._gap
        self._last = now
        if event.key() in _ENTER:
            candidate = normalise_typed_number(self._buffer)
            self._buffer = ""
            if fast and self._pattern.match(candidate):
                focus = QApplication.focusWidget()
                if focus is not None and focus.property(ACCEPTS_SCANS):
                    return False
                self._strip_from_focus(candidate)
                self.scanned.emit(candidate)
                return True
            return False
        text = event.text()
        if text and text.isprintable():
            self._buffer = self._buffer + text if fast else text
        else:
            self._buffer = ""
        return False

    def _strip_from_focus(self, number: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            typed = widget.text()
            if normalise_typed_number(typed[-len(number) :]) == number:
                widget.setText(typed[: -len(number)])
