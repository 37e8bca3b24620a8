"""The bundled Noto fonts, registered at start so the application looks the same on any PC.

Noto Sans for Latin text and Noto Sans Arabic UI for Arabic in the interface; Noto Naskh
Arabic for print. Installing fonts does not change what "sans-serif" falls back to, so the
family list is set explicitly.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ui.resources import resources_dir

INTERFACE_FAMILIES = ["Noto Sans", "Noto Sans Arabic UI"]
PRINT_FAMILIES = ["Noto Sans", "Noto Naskh Arabic"]


def register_fonts() -> set[str]:
    """Add every bundled font to the application; returns the families now available."""
    families: set[str] = set()
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def interface_font(point_size: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(INTERFACE_FAMILIES)
    font.setPointSizeF(point_size)
    return font
