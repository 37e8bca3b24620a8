"""The bundled Noto fonts, registered at start so the application looks the same on any PC.

Noto Sans for Latin text and Noto Sans Arabic UI for Arabic, on screen and on paper (see
app/printing/qt.py for why not Naskh on paper). Installing fonts does not change what
"sans-serif" falls back to, so the family list is set explicitly.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from app.printing.qt import PRINT_FAMILIES, register_fonts

INTERFACE_FAMILIES = ["Noto Sans", "Noto Sans Arabic UI"]
__all__ = ["INTERFACE_FAMILIES", "PRINT_FAMILIES", "interface_font", "register_fonts"]


def interface_font(point_size: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(INTERFACE_FAMILIES)
    font.setPointSizeF(point_size)
    return font
