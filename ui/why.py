"""Actions that say why they are greyed out.

A disabled action keeps the reason, in the user's language: its tooltip (and that of the
buttons that show it), its status tip, and the desk's status bar when its shortcut is pressed
anyway (:func:`reason_for_key`). The reason is written when the action's state is computed,
which happens again after a language change, so it is never in the language of before.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

WHY = "whyDisabled"


def allow(action: QAction, why_not: str | None) -> None:
    """Enable ``action``, or disable it saying ``why_not``."""
    action.setEnabled(why_not is None)
    action.setProperty(WHY, why_not or "")
    action.setToolTip(why_not or "")  # empty: Qt shows the action's text
    action.setStatusTip(why_not or "")


def why_not(action: QAction) -> str:
    """Why ``action`` is disabled ("" when it is enabled, or when nobody said)."""
    if action.isEnabled():
        return ""
    return str(action.property(WHY) or "")


def reason_for_key(event: QKeyEvent, actions: Iterable[QAction]) -> str:
    """The reason of the disabled action whose shortcut ``event`` is, if any ("" otherwise)."""
    pressed = QKeySequence(event.keyCombination())
    for action in actions:
        if action.isEnabled() or not action.isVisible():
            continue
        for shortcut in action.shortcuts():
            if shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                return why_not(action)
    return ""
