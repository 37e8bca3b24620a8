"""Each cell laid out in its own script's direction, whatever the window's; search words marked.

A French subject in an Arabic window stays left to right (its punctuation and elision where a
French reader expects them), and an Arabic name in a French window right to left.

While a search is shown, the words it matched are highlighted in the subject and
correspondent cells, whatever spelling the clerk typed (:mod:`app.search.highlight` folds each
shown word the way the index does). Such a cell is drawn with a text layout that keeps the
cell's direction; the others are drawn as usual.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.text import has_arabic
from app.search.highlight import spans
from app.search.terms import Terms

HIGHLIGHT = QColor(255, 226, 122)  # a marker's yellow, legible under black text
_Index = QModelIndex | QPersistentModelIndex


def direction_of(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if has_arabic(text) else Qt.LayoutDirection.LeftToRight


# Each cell in its script's side, whatever the window's direction; combined once here (a flag
# combination is a new Python enum member, made the first time: 60 ms of the first paint).
ALIGNED = {
    rtl: (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    | Qt.AlignmentFlag.AlignAbsolute
    | Qt.AlignmentFlag.AlignVCenter
    for rtl in (True, False)
}


class ScriptDirectionDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, *, highlighted_columns: tuple[int, ...] = ()) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._columns = highlighted_columns
        self._terms = Terms()

    def set_terms(self, terms: Terms) -> None:
        """The words to highlight from now on (none: an empty Terms)."""
        self._terms = terms
        self._spans.cache_clear()

    @property
    def terms(self) -> Terms:
        return self._terms

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        super().initStyleOption(option, index)
        option.direction = direction_of(option.text or "")
        option.displayAlignment = ALIGNED[option.direction == Qt.LayoutDirection.RightToLeft]

    @lru_cache(maxsize=512)  # noqa: B019 (one delegate per view; cleared with the terms)
    def _spans(self, text: str) -> tuple[tuple[int, int], ...]:
        return tuple(spans(text, self._terms))

    def highlights(self, index: _Index) -> tuple[tuple[int, int], ...]:
        """``(start, length)`` of the searched words in the cell's text."""
        if not self._terms or index.column() not in self._columns:
            return ()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        return self._spans(text) if isinstance(text, str) and text else ()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        marked = self.highlights(index)
        if not marked:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect.adjust(2, 0, -2, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        layout = QTextLayout(text, opt.font)
        text_option = QTextOption(opt.displayAlignment)
        text_option.setTextDirection(opt.direction)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        formats = []
        for start, length in marked:
            mark = QTextLayout.FormatRange()
            mark.start, mark.length = start, length
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if not selected:
                fmt.setBackground(HIGHLIGHT)
                fmt.setForeground(QColor(Qt.GlobalColor.black))
            mark.format = fmt
            formats.append(mark)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        painter.save()
        painter.setClipRect(rect)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()
