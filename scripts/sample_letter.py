"""A plausible scanned note in Arabic, as a PDF of a few A4 pages, for screenshots and demos.

Drawn with Qt (QPdfWriter and QPainter shape Arabic) in the bundled Noto Naskh Arabic; needs a
QGuiApplication and the fonts registered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

HEADER = ("المملكة المغربية", "وزارة العدل", "مكتب الضبط المركزي")
TITLE = "مذكرة داخلية حول تنظيم العطل السنوية"
BODY = (
    "تبعا للمذكرة المصلحية المتعلقة بتدبير الموارد البشرية، يشرفني أن أخبركم بأن برمجة "
    "العطل السنوية برسم سنة 2026 ستتم وفق الجدول المرفق بهذه المذكرة. ويتعين على رؤساء "
    "المصالح موافاة قسم الموارد البشرية باقتراحاتهم قبل نهاية الشهر الجاري، مع الحرص على "
    "ضمان استمرارية المرفق العمومي خلال فترة العطل."
)


def write_letter(path: Path, pages: int = 3) -> Path:
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    area = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    area.moveTo(0, 0)
    line = area.height() / 40
    for page in range(pages):
        if page:
            writer.newPage()
        _page(painter, area, line, page, pages)
    painter.end()
    return path


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(["Noto Naskh Arabic", "Noto Sans"])
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _page(painter: QPainter, area: QRectF, line: float, page: int, pages: int) -> None:
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter.setPen(QColor("#1b2a49"))
    painter.setFont(_font(12, bold=True))
    for i, text in enumerate(HEADER):
        painter.drawText(QRectF(area.left(), i * line, area.width(), line), right, text)
    painter.setPen(QPen(QColor("#1b2a49"), 3))
    painter.drawLine(area.left(), 3.4 * line, area.right(), 3.4 * line)
    painter.setPen(QColor("black"))
    if page == 0:
        painter.setFont(_font(15, bold=True))
        painter.drawText(
            QRectF(area.left(), 5 * line, area.width(), 2 * line),
            Qt.AlignmentFlag.AlignCenter,
            TITLE,
        )
    painter.setFont(_font(12))
    flags = right | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    top = (8 if page == 0 else 5) * line
    for _ in range(3):
        box = painter.boundingRect(QRectF(area.left(), top, area.width(), 10 * line), flags, BODY)
        painter.drawText(box, flags, BODY)
        top = box.bottom() + line
    if page == pages - 1:
        painter.setFont(_font(12, bold=True))
        painter.drawText(
            QRectF(area.left(), area.bottom() - 8 * line, area.width() * 0.4, line),
            Qt.AlignmentFlag.AlignCenter,
            "رئيس قسم الموارد البشرية",
        )
        painter.setPen(QPen(QColor("#2350a0"), 4))
        painter.drawEllipse(
            QRectF(area.width() * 0.1, area.bottom() - 7 * line, 4 * line, 4 * line)
        )
    painter.setPen(QColor("#555555"))
    painter.setFont(_font(9))
    painter.drawText(
        QRectF(area.left(), area.bottom() - line, area.width(), line),
        Qt.AlignmentFlag.AlignCenter,
        f"{page + 1} / {pages}",
    )
