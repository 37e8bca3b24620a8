"""Code128 as vector bars: whole printer dots, readable modules, quiet zones, scannable."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage, QPainter

from app.printing import barcode128
from app.printing.barcode128 import bar_runs, draw_code128, fits, layout, min_module_dots
from app.printing.qt import ensure_gui
from tests.support.pdf import barcodes


def test_the_narrowest_module_is_readable_in_whole_dots() -> None:
    assert min_module_dots(203) == 2  # 0.250 mm (one dot, 0.125 mm, is too thin)
    assert min_module_dots(300) == 3  # 0.254 mm
    assert min_module_dots(600) == 5  # 0.212 mm
    for dpi in (150, 203, 300, 600):
        assert min_module_dots(dpi) * 25.4 / dpi >= barcode128.MIN_MODULE_MM


def test_the_widest_whole_dot_module_that_fits_is_chosen() -> None:
    spec = layout("A-2026/000123", 59, 203)
    assert spec.modules == len(barcode128.pattern("A-2026/000123")) + 20
    assert spec.dots == 2 and spec.width_mm <= 59  # 3 dots would need 66 mm
    wider = layout("A-2026/000123", 70, 203)
    assert wider.dots == 3 and wider.width_mm <= 70
    assert layout("A-2026/000123", 500, 203, max_module_mm=0.6).dots == 4  # 0.500 mm
    assert fits("A-2026/000123", 45, 203) and not fits("A-2026/000123", 40, 203)
    # Too narrow: the readable minimum anyway (the caller checks fits() first).
    assert layout("A-2026/000123", 10, 203).dots == 2


def test_bars_are_runs_of_modules() -> None:
    assert bar_runs("0110111") == [(1, 2), (4, 3)]
    assert bar_runs("1") == [(0, 1)] and bar_runs("000") == []
    bars = barcode128.pattern("D-2026/000045")
    assert bars.startswith("11010010000")  # START B
    assert bars.endswith("1100011101011")  # STOP


@pytest.mark.parametrize("text", ["A-2026/000123", "I-2026/000045", "D-2026/100000", "MJ-BO/7"])
def test_drawn_bars_scan_back(text: str) -> None:
    ensure_gui()
    image = QImage(600, 160, QImage.Format.Format_Grayscale8)
    image.setDotsPerMeterX(round(203 / 0.0254))
    image.setDotsPerMeterY(round(203 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    taken = draw_code128(painter, 20, 20, 560, 120, text)
    painter.end()
    assert 20 <= taken.left() and taken.right() <= 580  # centred in the box
    assert abs((taken.left() - 20) - (580 - taken.right())) <= 1
    spec = layout(text, 560 * 25.4 / 203, 203)
    assert taken.width() == spec.modules * spec.dots  # device dots are printer dots here
    pil = Image.frombytes("L", (600, 160), bytes(image.constBits())[: 600 * 160])
    assert barcodes(pil) == [text]
