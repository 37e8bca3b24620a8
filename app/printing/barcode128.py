"""Code128 barcodes drawn as vector bars with QPainter.

python-barcode does the encoding (character sets, check symbol); the bars are then filled
rectangles, so they stay sharp in a PDF and on any printer. A bar's width is a *module*; each
module is chosen as a whole number of the target printer's dots (a 203-dpi thermal head prints
0.25 mm bars exactly instead of smearing 0.23 mm ones over two or three dots), never narrower
than 0.19 mm, which ordinary scanners read. Each side keeps a quiet zone of 10 modules, part of
the width the barcode takes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import barcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

MIN_MODULE_MM = 0.19
QUIET_MODULES = 10
MM_PER_INCH = 25.4


@lru_cache(maxsize=256)
def pattern(text: str) -> str:
    """The modules of ``text`` as "1" (bar) and "0" (space), start to stop, no quiet zones."""
    return str(barcode.Code128(text).build()[0])


def min_module_dots(dpi: float) -> int:
    """The fewest printer dots that make a module at least ``MIN_MODULE_MM`` wide."""
    return max(1, math.ceil(MIN_MODULE_MM * dpi / MM_PER_INCH - 1e-9))


@dataclass(frozen=True)
class Code128Layout:
    """How one barcode is laid out: its modules, and a module's size in dots and in mm."""

    pattern: str
    dots: int  # printer dots per module
    dpi: float  # the printer's resolution the dots refer to

    @property
    def module_mm(self) -> float:
        return self.dots * MM_PER_INCH / self.dpi

    @property
    def modules(self) -> int:
        """Total width in modules, quiet zones included."""
        return len(self.pattern) + 2 * QUIET_MODULES

    @property
    def width_mm(self) -> float:
        return self.modules * self.module_mm


def layout(text: str, max_width_mm: float, dpi: float, max_module_mm: float = 0.6) -> Code128Layout:
    """The widest whole-dot module for which ``text`` fits in ``max_width_mm`` (quiet zones
    included), at most ``max_module_mm``; the narrowest readable one if nothing fits (check
    :func:`fits` first where overflowing matters)."""
    bars = pattern(text)
    modules = len(bars) + 2 * QUIET_MODULES
    dot_mm = MM_PER_INCH / dpi
    smallest = min_module_dots(dpi)
    by_width = math.floor(max_width_mm / (modules * dot_mm) + 1e-9)
    by_size = math.floor(max_module_mm / dot_mm + 1e-9)
    return Code128Layout(bars, max(smallest, min(by_width, by_size)), dpi)


def fits(text: str, max_width_mm: float, dpi: float) -> bool:
    """Whether ``text`` fits in ``max_width_mm`` with readable modules and quiet zones."""
    return layout(text, max_width_mm, dpi).width_mm <= max_width_mm + 1e-9


def bar_runs(bars: str) -> list[tuple[int, int]]:
    """Each bar as (first module, width in modules)."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, module in enumerate(bars + "0"):
        if module == "1" and start < 0:
            start = i
        elif module != "1" and start >= 0:
            runs.append((start, i - start))
            start = -1
    return runs


def paint(painter: QPainter, x: float, y: float, height: float, spec: Code128Layout) -> QRectF:
    """Draw the bars of ``spec`` with the quiet zone's left edge at ``x`` (device units);
    returns the rectangle taken, quiet zones included."""
    device_dpi = painter.device().logicalDpiX()
    dot = device_dpi / spec.dpi
    module = spec.dots * dot
    # Bars start on the printer's dot grid (the page's corner is on it), so no edge straddles
    # two dots. The painter's own offset, if any, is a whole number of device units.
    origin = painter.worldTransform().dx()
    x = round((x + origin) / dot) * dot - origin
    left = x + QUIET_MODULES * module
    rects = [
        QRectF(left + start * module, y, width * module, height)
        for start, width in bar_runs(spec.pattern)
    ]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0))
    painter.drawRects(rects)
    painter.restore()
    return QRectF(x, y, spec.modules * module, height)


def draw_code128(
    painter: QPainter,
    x: float,
    y: float,
    width: float,
    height: float,
    text: str,
    *,
    dpi: float | None = None,
) -> QRectF:
    """Draw ``text`` as Code128, centred in the box ``x, y, width, height`` (device units).

    ``dpi`` is the resolution of the printer the bars are meant for (default: the device's);
    modules are a whole number of its dots. Returns the rectangle taken (quiet zones included);
    if the text cannot fit with readable bars it is drawn at the narrowest readable module,
    centred, and overflows the box.
    """
    device_dpi = painter.device().logicalDpiX()
    target = float(dpi or device_dpi)
    spec = layout(text, width * MM_PER_INCH / device_dpi, target)
    taken = spec.width_mm * device_dpi / MM_PER_INCH
    return paint(painter, x + (width - taken) / 2, y, height, spec)
