"""The head of the office's printed documents, and what bilingual forms share.

Moroccan administrative papers open with the kingdom, the ministry and the office: in French
on the left, in Arabic on the right. Captions of a form say the same thing in both languages,
French on the left and Arabic on the right of the same line.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from app.printing import text
from app.printing.qt import print_font
from app.printing.text import LEFT, RIGHT, mm

KINGDOM_FR, KINGDOM_AR = "ROYAUME DU MAROC", "المملكة المغربية"


def arabic_font(point_size: float, *, bold: bool = False) -> QFont:
    """Arabic reads smaller than Latin capitals at the same size: a little larger."""
    return print_font(point_size * 1.1, bold=bold)


def draw_letterhead(
    painter: QPainter,
    width: float,
    *,
    office_fr: str,
    office_ar: str,
    ministry_fr: str = "",
    ministry_ar: str = "",
    size: float = 8.5,
) -> float:
    """The kingdom, the ministry and the office, French left and Arabic right, from the top of
    the painter's page; returns the height taken."""
    fr = "\n".join(p for p in (KINGDOM_FR, ministry_fr, office_fr) if p)
    ar = "\n".join(p for p in (KINGDOM_AR, ministry_ar, office_ar) if p)
    half = width / 2 - mm(painter.device(), 2)
    return max(
        text.draw(painter, 0, 0, half, fr, print_font(size, bold=True), align=LEFT),
        text.draw(painter, width - half, 0, half, ar, arabic_font(size, bold=True), align=RIGHT),
    )


def draw_captions(
    painter: QPainter, x: float, y: float, width: float, fr: str, ar: str, size: float
) -> float:
    """A caption in both languages on one line (French left, Arabic right); its height."""
    half = width / 2
    return max(
        text.draw(painter, x, y, half, fr, print_font(size, bold=True), align=LEFT, wrap=False),
        text.draw(
            painter, x + half, y, half, ar, arabic_font(size, bold=True), align=RIGHT, wrap=False
        ),
    )


def pen(painter: QPainter, width_mm: float = 0.25, dotted: bool = False) -> QPen:
    """A black pen ``width_mm`` wide on the painter's device."""
    line = QPen(QColor(0, 0, 0))
    line.setWidthF(max(1.0, mm(painter.device(), width_mm)))
    if dotted:
        line.setStyle(Qt.PenStyle.DotLine)
    return line


def tick_box(painter: QPainter, x: float, y: float, side: float, checked: bool) -> None:
    """A square box; with a cross in it when ``checked`` (drawn, so any font will do)."""
    painter.save()
    painter.setPen(pen(painter, 0.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x, y, side, side))
    if checked:
        painter.setPen(pen(painter, 0.5))
        inset = side * 0.2
        painter.drawLine(QPointF(x + inset, y + inset), QPointF(x + side - inset, y + side - inset))
        painter.drawLine(QPointF(x + side - inset, y + inset), QPointF(x + inset, y + side - inset))
    painter.restore()


def day(value: object) -> str:
    return f"{value:%d/%m/%Y}"


def moment(value: object) -> str:
    return f"{value:%d/%m/%Y %H:%M}"
