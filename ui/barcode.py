"""Handheld barcode readers: they type the label's number fast, then Enter.

:class:`ScanDetector` watches every key press in the application. Characters that arrive
faster than a person types (under ``gap_ms`` apart) and end with Enter, forming a registry
number, are a scan: it emits ``scanned(number)`` and swallows the Enter, and puts the widget
the characters landed in back as it was before the scan began (a line edit's text, a combo's
choice, a spin box's value, a table's current row), so the clerk need not click a search box
first and no field is polluted. A line edit that asks for a number (the outgoing mail
answering another one) sets the property :data:`ACCEPTS_SCANS`: a scan into it stays there
and its Enter goes through, as if typed.

Each key press is counted once. Qt hands one key event to several receivers in turn (the
window, then the focused widget, then its parents while nobody accepts it), and an
application-wide filter sees every one of those deliveries: only the delivery to the widget
that receives the keyboard counts. A key the reader sends twice in a row ("000005"), flagged
as an auto-repeat or not, is two characters.

Time comes from the key events' own timestamps (the moment the key was pressed, whatever the
GUI thread was doing then), or from ``clock`` for events that carry none.

Signals: ``scanned(str)``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from app.domain.numbering import normalise_typed_number

NUMBER = re.compile(r"^[ADI]-\d{4}/\d{1,9}$")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ACCEPTS_SCANS = "acceptsScans"
_LONGEST = 64  # characters of a burst kept: a number is far shorter


def _monotonic_ms() -> float:
    return time.monotonic() * 1000


def keyboard_receiver() -> QWidget | None:
    """The widget Qt gives the next key press to: a keyboard grab, an open popup's focus, the
    focused widget, else the active window."""
    grabber = QWidget.keyboardGrabber()
    if grabber is not None:
        return grabber
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return QApplication.focusWidget() or QApplication.activeWindow()


class _Before:
    """What a widget held before the characters of a possible scan reached it."""

    def __init__(self, widget: QWidget | None) -> None:
        self.widget = widget
        self.restore: Callable[[], None] = lambda: None
        if widget is None:
            return
        if isinstance(widget, QLineEdit):
            self.restore = _line_edit(widget)
        elif isinstance(widget, QComboBox):
            self.restore = _combo(widget)
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            value = widget.value()
            self.restore = lambda: widget.setValue(value)  # type: ignore[arg-type]
        elif isinstance(widget, QDateTimeEdit):
            moment = widget.dateTime()
            self.restore = lambda: widget.setDateTime(moment)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            self.restore = _text_edit(widget)
        elif isinstance(widget, QAbstractItemView):
            self.restore = _item_view(widget)


def _line_edit(edit: QLineEdit) -> Callable[[], None]:
    text, cursor = edit.text(), edit.cursorPosition()

    def restore() -> None:
        if edit.text() != text:
            edit.setText(text)
        edit.setCursorPosition(cursor)

    return restore


def _combo(combo: QComboBox) -> Callable[[], None]:
    index = combo.currentIndex()
    line = combo.lineEdit()
    restore_line = _line_edit(line) if line is not None else None

    def restore() -> None:
        if combo.currentIndex() != index:
            combo.setCurrentIndex(index)
        if restore_line is not None:
            restore_line()

    return restore


def _item_view(view: QAbstractItemView) -> Callable[[], None]:
    current = QPersistentModelIndex(view.currentIndex())

    def restore() -> None:
        model = view.model()
        if current.isValid() and model is not None:
            view.setCurrentIndex(model.index(current.row(), current.column(), current.parent()))

    return restore


def _text_edit(edit: QPlainTextEdit | QTextEdit) -> Callable[[], None]:
    text, cursor = edit.toPlainText(), edit.textCursor().position()

    def restore() -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)
        moved = edit.textCursor()
        moved.setPosition(min(cursor, len(text)))
        edit.setTextCursor(moved)

    return restore


class ScanDetector(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        gap_ms: float = 40.0,
        pattern: re.Pattern[str] = NUMBER,
        clock: Callable[[], float] = _monotonic_ms,
    ) -> None:
        super().__init__(parent)
        self._gap = gap_ms
        self._pattern = pattern
        self._clock = clock
        # The characters of the burst going on, each with its widget as it was before it.
        self._burst: list[tuple[str, _Before]] = []
        self._last: tuple[bool, float] | None = None  # (from the event's timestamp, ms)
        self._enabled = True

    def set_enabled(self, enabled: bool) -> None:
        """Off while the session is locked: a scan must not open a mail behind the lock."""
        self._enabled = enabled
        self._burst = []

    def _moment(self, event: QKeyEvent) -> tuple[bool, float]:
        stamp = event.timestamp()
        return (True, float(stamp)) if stamp else (False, self._clock())

    def _fast(self, now: tuple[bool, float]) -> bool:
        last, self._last = self._last, now
        return last is not None and last[0] == now[0] and 0 <= now[1] - last[1] <= self._gap

    @staticmethod
    def _receives(watched: QObject) -> bool:
        receiver = keyboard_receiver()
        if receiver is None:
            return isinstance(watched, QWidget) and watched.isWindow()
        return watched is receiver

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(event, QKeyEvent) or not self._receives(watched):
            return False  # the same key press on its way to another receiver: counted once
        fast = self._fast(self._moment(event))
        if event.key() in _ENTER:
            burst, self._burst = self._burst, []
            found = self._number_in(burst) if fast else None
            if found is None or watched.property(ACCEPTS_SCANS):
                return False
            number, before = found
            before.restore()
            self.scanned.emit(number)
            return True
        text = event.text()
        if text and text.isprintable():
            if not fast:
                self._burst = []
            widget = watched if isinstance(watched, QWidget) else None
            self._burst = self._burst[-(_LONGEST - 1) :] + [(text, _Before(widget))]
        else:
            self._burst = []
        return False

    def _number_in(self, burst: list[tuple[str, _Before]]) -> tuple[str, _Before] | None:
        """The longest end of the burst that is a number, and the widget before it began (a
        person's last key may come just before the reader's first)."""
        for start, (text, before) in enumerate(burst):
            if text.isspace():
                continue
            candidate = normalise_typed_number("".join(t for t, _ in burst[start:]))
            if self._pattern.match(candidate):
                return candidate, before
        return None
