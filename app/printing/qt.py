"""Qt for printing outside the desktop application: a GUI application object and our fonts.

Painting text needs a QGuiApplication. The desktop application has one; the command line
creates one here, offscreen when there is no display, so `bureau-ordre label` works on a
server. The bundled fonts are registered once, so a PDF looks the same everywhere.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPdfWriter

from app.resources import resources_dir

# Noto Sans Arabic UI, not Naskh, for Arabic on paper: Naskh's lam-alef ligatures carry no
# text in the PDF (pdftotext reads "الإيداع" as "ا يداع"), so a Naskh register could not be
# searched or checked; Sans Arabic's ligatures map back to both letters.
PRINT_FAMILIES = ["Noto Sans", "Noto Sans Arabic UI"]
_registered: set[str] = set()


def ensure_gui() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen without a display)."""
    app = QGuiApplication.instance()
    if app is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if no_display and not os.environ.get("QT_QPA_PLATFORM"):  # unset, or set empty
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(sys.argv[:1])
    register_fonts()
    return app  # type: ignore[return-value]


def register_fonts() -> set[str]:
    """Add every bundled font (once); returns the families available."""
    if not _registered:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.update(QFontDatabase.applicationFontFamilies(font_id))
    return set(_registered)


def print_font(point_size: float, *, bold: bool = False) -> QFont:
    """Noto Sans for Latin, Noto Sans Arabic UI for Arabic, at ``point_size``."""
    font = QFont()
    font.setFamilies(PRINT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def pdf_bytes(paint: Callable[[QPdfWriter], object], *, resolution: int, title: str) -> bytes:
    """A PDF in memory: ``paint`` draws on a writer at ``resolution`` dpi (fonts embedded)."""
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(resolution)
    writer.setTitle(title)
    writer.setCreator("Bureau d'ordre")
    paint(writer)
    del writer  # finishes the PDF into the buffer
    return bytes(buffer.data())
