"""Typesetting for print: paragraphs measured once, drawn in their own script's direction.

A paragraph that fits on one line is measured with cached QFontMetricsF and drawn with
``drawText``; only one that wraps gets a QTextLayout, laid out once and kept until drawn. That
keeps a 5,000-entry register to seconds (an HTML table through QTextDocument took 7–10 s).
Arabic lines are right-aligned and French ones left-aligned, whatever the page's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from app.printing.qt import PRINT_FAMILIES

LRM = "\u200e"  # keeps a number or a date in an Arabic line in reading order
FSI, PDI = "\u2068", "\u2069"  # isolate a value typed in either script inside a line

_STRONG = re.compile(r"[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]")


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left: its first letter is Arabic (or Hebrew)."""
    found = _STRONG.search(text)
    return bool(found) and found.group() >= "\u0590"  # type: ignore[union-attr]


def isolate(value: str) -> str:
    """``value`` as a unit inside a line of the other script (its own direction kept)."""
    return f"{FSI}{value}{PDI}"


# --- Typesetting -------------------------------------------------------------------------


@dataclass
class Para:
    """One paragraph, measured: a single line (drawn with drawText) or a wrapped QTextLayout."""

    text: str
    font: str
    rtl: bool
    align: str  # "left" | "right" | "center" (absolute)
    width: float
    height: float
    advance: float = 0.0
    layout: QTextLayout | None = None


class Typesetter:
    """Fonts and metrics for one device, and paragraphs measured in its units."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiX())
        self.fonts: dict[str, QFont] = {}
        self.metrics: dict[str, QFontMetricsF] = {}
        self._options: dict[tuple[bool, str], QTextOption] = {}
        for name, size, bold, strike in (
            ("body", 8.0, False, False),
            ("body-bold", 8.0, True, False),
            ("struck", 8.0, False, True),
            ("small", 7.0, False, False),
            ("small-bold", 7.0, True, False),
            ("heading", 7.0, True, False),
            ("header", 8.5, False, False),
            ("header-bold", 9.0, True, False),
            ("title", 13.0, True, False),
            ("period", 10.0, True, False),
            ("end", 8.5, False, False),
            ("end-bold", 8.5, True, False),
        ):
            font = QFont()
            font.setFamilies(PRINT_FAMILIES)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setStrikeOut(strike)
            self.fonts[name] = font
            self.metrics[name] = QFontMetricsF(font, device)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def _option(self, rtl: bool, align: str) -> QTextOption:
        key = (rtl, align)
        option = self._options.get(key)
        if option is None:
            flag = {
                "left": Qt.AlignmentFlag.AlignLeft,
                "right": Qt.AlignmentFlag.AlignRight,
                "center": Qt.AlignmentFlag.AlignHCenter,
            }[align]
            option = QTextOption(flag | Qt.AlignmentFlag.AlignAbsolute)
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self._options[key] = option
        return option

    def para(
        self, text: str, font: str, width: float, align: str = "start", rtl: bool | None = None
    ) -> Para:
        """``text`` measured in a column ``width`` wide; "start" aligns it to its own start."""
        rtl = is_rtl(text) if rtl is None else rtl
        if align == "start":
            align = "right" if rtl else "left"
        metrics = self.metrics[font]
        if "\n" not in text:
            advance = metrics.horizontalAdvance(text)
            if advance <= width:
                return Para(text, font, rtl, align, width, metrics.height(), advance)
        layout = QTextLayout(text.replace("\n", "\u2028"), self.fonts[font], self.device)
        layout.setTextOption(self._option(rtl, align))
        layout.setCacheEnabled(True)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return Para(text, font, rtl, align, width, height, layout=layout)

    def stack(self, texts: list[str], font: str, width: float, align: str = "start") -> list[Para]:
        return [self.para(t, font, width, align) for t in texts if t]


class Canvas:
    """Draws measured paragraphs; switches the painter's font and direction only on change."""

    def __init__(self, painter: QPainter, ts: Typesetter) -> None:
        self.painter = painter
        self.ts = ts
        self._font: str | None = None
        self._rtl: bool | None = None

    def draw(self, para: Para, x: float, y: float) -> None:
        painter = self.painter
        if para.layout is not None:
            para.layout.draw(painter, QPointF(x, y))
            self._font = None  # the layout set its own font
            return
        if para.font != self._font:
            painter.setFont(self.ts.fonts[para.font])
            self._font = para.font
        if para.rtl != self._rtl:
            painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if para.rtl else Qt.LayoutDirection.LeftToRight
            )
            self._rtl = para.rtl
        if para.align == "right":
            x += para.width - para.advance
        elif para.align == "center":
            x += (para.width - para.advance) / 2
        painter.drawText(QPointF(x, y + self.ts.metrics[para.font].ascent()), para.text)

    def forget(self) -> None:
        """The painter's state was restored: set font and direction again on the next draw."""
        self._font = self._rtl = None

    def draw_stack(
        self, paras: list[Para], x: float, y: float, window: tuple[float, float] | None = None
    ) -> float:
        """Draw ``paras`` one under the other from ``y``; returns the y below them.

        With a ``window`` (top, bottom), only the lines whose top falls inside it are drawn:
        a row split over two pages draws each line once, on its own page. (Clipping is not
        enough: text outside a clip path stays in the PDF, found twice by a search.)
        """
        for para in paras:
            if window is None:
                self.draw(para, x, y)
            elif para.layout is None:
                if window[0] - 0.5 <= y < window[1] - 0.5:
                    self.draw(para, x, y)
            else:
                for i in range(para.layout.lineCount()):
                    line = para.layout.lineAt(i)
                    if window[0] - 0.5 <= y + line.y() < window[1] - 0.5:
                        line.draw(self.painter, QPointF(x, y))
                self._font = None
            y += para.height
        return y


# --- The table -----------------------------------------------------------------------------


def ruled_pen(ts: Typesetter, width_mm: float, dotted: bool = False) -> QPen:
    pen = QPen(QColor(0, 0, 0))
    pen.setWidthF(ts.mm(width_mm))
    if dotted:
        pen.setStyle(Qt.PenStyle.DotLine)
    return pen
