"""The visible signature's appearance, drawn with Qt into a one-page PDF.

pyHanko's own text stamp lays a mixed Arabic/Latin line out with the Latin part reversed, and
cannot right-align lines one by one; Qt shapes Arabic and orders mixed text. So the stamp is
drawn here, French on the left and Arabic on the right, each line in its own direction, and
:mod:`app.signature.sign` places this page in the signature's appearance. Fonts are embedded.

What it shows: "Signé électroniquement par" / "وقّعه إلكترونيا", the signer's name and title,
for a delegate "Par délégation de / P.O." and the principal's name, and the date and time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from app.domain.clock import to_local
from app.printing.qt import pdf_bytes, print_font
from app.printing.text import LEFT, RIGHT, draw

# Points (1/72 inch): 85 mm × 25 mm, what a handwritten signature and its stamp take.
WIDTH_PT = 240.0
HEIGHT_PT = 72.0
RESOLUTION = 600
INK = QColor(20, 45, 110)


@dataclass(frozen=True)
class StampText:
    """The stamp's lines: a name, a title and a delegation per language, and the moment."""

    name_fr: str
    name_ar: str
    title_fr: str
    title_ar: str
    signed_at: datetime
    on_behalf_of_fr: str = ""
    on_behalf_of_ar: str = ""


def french_lines(stamp: StampText) -> list[tuple[str, bool]]:
    """(text, bold) lines of the French column."""
    when = to_local(stamp.signed_at)
    lines = [("Signé électroniquement par", False), (stamp.name_fr or stamp.name_ar, True)]
    if stamp.title_fr:
        lines.append((stamp.title_fr, False))
    if stamp.on_behalf_of_fr or stamp.on_behalf_of_ar:
        lines.append(
            (f"P.O. / par délégation de {stamp.on_behalf_of_fr or stamp.on_behalf_of_ar}", False)
        )
    lines.append((f"le {when:%d/%m/%Y} à {when:%H:%M}", False))
    return lines


def arabic_lines(stamp: StampText) -> list[tuple[str, bool]]:
    """(text, bold) lines of the Arabic column."""
    when = to_local(stamp.signed_at)
    lines = [("وقّعه إلكترونيا", False), (stamp.name_ar or stamp.name_fr, True)]
    if stamp.title_ar:
        lines.append((stamp.title_ar, False))
    if stamp.on_behalf_of_ar or stamp.on_behalf_of_fr:
        lines.append((f"بالتفويض عن {stamp.on_behalf_of_ar or stamp.on_behalf_of_fr}", False))
    lines.append((f"بتاريخ {when:%d/%m/%Y} على الساعة {when:%H:%M}", False))
    return lines


def _column(
    painter: QPainter,
    x: float,
    width: float,
    lines: list[tuple[str, bool]],
    align: str,
    unit: float,
) -> None:
    y = 5 * unit
    for text, bold in lines:
        y += draw(
            painter, x, y, width, text, print_font(7.6 if bold else 6.6, bold=bold), align=align
        )
        y += 0.6 * unit


def stamp_pdf(stamp: StampText) -> bytes:
    """A one-page PDF of WIDTH_PT × HEIGHT_PT points: the signature's appearance."""

    def paint(writer: QPdfWriter) -> None:
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(WIDTH_PT, HEIGHT_PT), QPageSize.Unit.Point, "stamp"),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Point,
            )
        )
        unit = RESOLUTION / 72.0  # device units per point
        w, h = WIDTH_PT * unit, HEIGHT_PT * unit
        painter = QPainter(writer)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(INK)
            pen.setWidthF(0.8 * unit)
            painter.setPen(pen)
            inset = 1.5 * unit
            painter.drawRoundedRect(
                QRectF(inset, inset, w - 2 * inset, h - 2 * inset), 4 * unit, 4 * unit
            )
            painter.drawLine(int(w / 2), int(8 * unit), int(w / 2), int(h - 8 * unit))
            pad = 6 * unit
            column = w / 2 - 1.5 * pad
            _column(painter, pad, column, french_lines(stamp), LEFT, unit)
            _column(painter, w / 2 + pad / 2, column, arabic_lines(stamp), RIGHT, unit)
        finally:
            painter.end()

    return pdf_bytes(paint, resolution=RESOLUTION, title="Signature")


__all__ = ["HEIGHT_PT", "WIDTH_PT", "StampText", "stamp_pdf"]
