"""Small pictures of pages, drawn off the GUI thread and wrapped on it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from app.capture.pages import Page, raster

THUMB_WIDTH = 110
THUMB_HEIGHT = 156


def page_picture(page: Page) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of ``page``, about thumbnail size (worker thread)."""
    # Drawn small: a thumbnail never costs more than a few hundred thousand pixels.
    picture = raster(page, dpi=24, max_pixels=THUMB_WIDTH * THUMB_HEIGHT * 16)
    picture.thumbnail((THUMB_WIDTH, THUMB_HEIGHT))
    rgb = picture.convert("RGB")
    return rgb.width, rgb.height, rgb.tobytes()


def icon_of(picture: tuple[int, int, bytes]) -> QIcon:
    """A framed icon (GUI thread)."""
    width, height, data = picture
    image = QImage(data, width, height, width * 3, QImage.Format.Format_RGB888).copy()
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(QColor(150, 150, 150))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.end()
    return QIcon(pixmap)
