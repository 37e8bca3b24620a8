"""Each cell laid out in its own script's direction, whatever the window's.

A French subject in an Arabic window stays left to right (its punctuation and elision where a
French reader expects them), and an Arabic name in a French window right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.domain.text import has_arabic


def direction_of(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if has_arabic(text) else Qt.LayoutDirection.LeftToRight


class ScriptDirectionDelegate(QStyledItemDelegate):
    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.direction = direction_of(option.text or "")
        side = (
            Qt.AlignmentFlag.AlignRight
            if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.displayAlignment = (
            side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
