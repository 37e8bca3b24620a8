"""Laying out printed text: millimetres to device units, each text in its own direction.

Printed documents put French on the left and Arabic on the right, and a value in whichever
script it was typed in; Qt shapes Arabic and orders mixed text once it is told the paragraph's
direction, which is taken from the text itself.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPaintDevice, QPainter, QTextOption

from app.printing.typeset import is_rtl

LEFT, RIGHT, CENTER = "left", "right", "center"


def mm(device: QPaintDevice, value: float) -> float:
    """``value`` millimetres in ``device`` units."""
    return value * device.logicalDpiX() / 25.4


def direction_of(text: str) -> Qt.LayoutDirection:
    """The paragraph direction of ``text``: that of its first letter (the Unicode rule)."""
    return Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight


def _option(text: str, align: str, wrap: bool) -> QTextOption:
    direction = direction_of(text)
    if align == CENTER:
        flag = Qt.AlignmentFlag.AlignHCenter
    elif align == RIGHT:
        flag = Qt.AlignmentFlag.AlignRight
    elif align == LEFT:
        flag = Qt.AlignmentFlag.AlignLeft
    else:  # "leading": the text's own start
        rtl = direction == Qt.LayoutDirection.RightToLeft
        flag = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    option = QTextOption(flag | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
    option.setTextDirection(direction)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    return option


def text_height(
    painter: QPainter, width: float, text: str, font: QFont, wrap: bool = True
) -> float:
    painter.setFont(font)
    bound = painter.boundingRect(QRectF(0, 0, width, 1e6), text, _option(text, LEFT, wrap))
    return bound.height()


def draw(
    painter: QPainter,
    x: float,
    y: float,
    width: float,
    text: str,
    font: QFont,
    *,
    align: str = "leading",
    wrap: bool = True,
) -> float:
    """Draw ``text`` from the top-left ``x, y`` in a column ``width`` wide; returns its height."""
    painter.setFont(font)
    option = _option(text, align, wrap)
    bound = painter.boundingRect(QRectF(x, y, width, 1e6), text, option)
    painter.drawText(QRectF(x, y, width, bound.height()), text, option)
    return bound.height()
