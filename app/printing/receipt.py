"""The counter receipt (récépissé de dépôt, وصل الإيداع) handed to whoever brought the mail.

Bilingual like the office's other documents: French on the left, Arabic on the right, each
value in the script it was typed in. It carries the number in large type and as a Code128
barcode, so the depositor can quote or show it when asking after the file.

Sizes: A5 portrait (half a sheet, the default), A4 portrait, and an 80 mm receipt roll.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from sqlalchemy import select

from app.domain.clock import to_local
from app.domain.enums import LABELS
from app.organisation import queries as organisation
from app.organisation.actor import Actor
from app.printing import text
from app.printing.barcode128 import draw_code128
from app.printing.qt import ensure_gui, pdf_bytes, print_font
from app.printing.text import CENTER, LEFT, RIGHT, mm
from app.registry.queries import get_mail
from app.store.database import Database
from app.store.models import Service, User

SIZES = {
    "a5": QPageSize.PageSizeId.A5,
    "a4": QPageSize.PageSizeId.A4,
    "roll-80": None,  # 80 × 180 mm, a custom size
}
ROLL = QSizeF(80, 180)
RESOLUTION = 300


@dataclass(frozen=True)
class ReceiptData:
    number: str
    registered_at: datetime  # local time
    direction: str
    correspondent: str
    subject: str
    pieces: int
    attachments: int
    service_fr: str
    service_ar: str
    clerk: str
    office_fr: str
    office_ar: str
    ministry_fr: str
    ministry_ar: str


def receipt_data(db: Database, number: str, *, actor: Actor | None) -> ReceiptData:
    """What the receipt of ``number`` shows to ``actor``: NotFound for an unknown number,
    PermissionDenied for a mail ``actor`` may not see (:mod:`app.registry.reach`)."""
    mail = get_mail(db, number, actor=actor)
    office = organisation.office(db)
    with db.read() as session:
        clerk = session.scalar(select(User.full_name).where(User.login == mail.registered_by))
        service = (
            session.scalars(select(Service).where(Service.code == mail.service)).first()
            if mail.service
            else None
        )
    return ReceiptData(
        number=mail.number,
        registered_at=to_local(mail.registered_at),
        direction=mail.direction,
        correspondent=mail.correspondent or "",
        subject=mail.subject,
        pieces=mail.pieces,
        attachments=len(mail.attachments),
        service_fr=service.name_fr if service else "",
        service_ar=service.name_ar if service else "",
        clerk=clerk or mail.registered_by,
        office_fr=office.name_fr if office else "",
        office_ar=office.name_ar if office else "",
        ministry_fr=(office.ministry_fr or "") if office else "",
        ministry_ar=(office.ministry_ar or "") if office else "",
    )


def page_layout(size: str) -> QPageLayout:
    if size not in SIZES:
        raise ValueError(size)
    page_id = SIZES[size]
    page = (
        QPageSize(page_id)
        if page_id is not None
        else QPageSize(ROLL, QPageSize.Unit.Millimeter, "roll-80")
    )
    margin = 4 if size == "roll-80" else 12
    return QPageLayout(
        page,
        QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin),
        QPageLayout.Unit.Millimeter,
    )


def _rows(data: ReceiptData) -> list[tuple[str, list[str], str]]:
    """Caption in French, the value's lines (each in its own script), caption in Arabic."""
    direction = LABELS.get(data.direction, {})
    rows = [
        ("Date et heure", [data.registered_at.strftime("%Y-%m-%d %H:%M")], "التاريخ والساعة"),
        ("Courrier", [direction.get("fr", ""), direction.get("ar", "")], "نوع المراسلة"),
        ("Déposant", [data.correspondent], "المودع"),
        ("Objet", [data.subject], "الموضوع"),
        ("Nombre de pièces", [str(data.pieces)], "عدد الوثائق"),
    ]
    if data.attachments:
        rows.append(("Fichiers numérisés", [str(data.attachments)], "الملفات الرقمية"))
    if data.service_fr or data.service_ar:
        rows.append(("Service destinataire", [data.service_fr, data.service_ar], "المصلحة المعنية"))
    rows.append(("Reçu par", [data.clerk], "المستلم"))
    return rows


NOTE_FR = (
    "Ce récépissé atteste le dépôt du courrier ci-dessus ; il ne vaut pas acceptation de son "
    "contenu. Rappelez ce numéro pour tout suivi."
)
NOTE_AR = (
    "يشهد هذا الوصل بإيداع المراسلة أعلاه، ولا يعني قبول مضمونها. يرجى ذكر هذا الرقم عند كل تتبع."
)


def render_receipt(device: QPagedPaintDevice, data: ReceiptData, size: str = "a5") -> None:
    """Paint the receipt on ``device`` (a QPdfWriter, or a QPrinter for printing or preview)."""
    ensure_gui()
    device.setPageLayout(page_layout(size))
    painter = QPainter(device)
    try:
        _paint(painter, device, data, narrow=size == "roll-80")
    finally:
        painter.end()


def _arabic(point_size: float, *, bold: bool = False) -> QFont:
    # Arabic letters read smaller than Latin capitals at the same size: a little larger.
    return print_font(point_size * 1.1, bold=bold)


def _lines(
    painter: QPainter, x: float, y: float, width: float, lines: list[str], font: QFont
) -> float:
    height = 0.0
    for line in lines:
        if line:
            height += text.draw(painter, x, y + height, width, line, font)
    return height


def _paint(painter: QPainter, device: QPagedPaintDevice, data: ReceiptData, narrow: bool) -> None:
    area = device.pageLayout().paintRectPixels(device.resolution())
    width = float(area.width())
    gap = mm(device, 1.5)
    small, normal = (7.0, 8.0) if narrow else (8.5, 10.0)
    bold_fr, bold_ar = print_font(small, bold=True), _arabic(small, bold=True)
    y = 0.0

    # Header: the kingdom, the ministry, the office; French left, Arabic right.
    fr = "\n".join(p for p in ("ROYAUME DU MAROC", data.ministry_fr, data.office_fr) if p)
    ar = "\n".join(p for p in ("المملكة المغربية", data.ministry_ar, data.office_ar) if p)
    if narrow:
        y += text.draw(painter, 0, y, width, ar, bold_ar, align=CENTER)
        y += text.draw(painter, 0, y, width, fr, bold_fr, align=CENTER)
    else:
        half = width / 2 - gap
        y += max(
            text.draw(painter, 0, y, half, fr, bold_fr, align=LEFT),
            text.draw(painter, width - half, y, half, ar, bold_ar, align=RIGHT),
        )
    y += gap * 3

    title_ar, title_fr = _arabic(normal + 4, bold=True), print_font(normal + 3, bold=True)
    y += text.draw(painter, 0, y, width, "وصل الإيداع", title_ar, align=CENTER)
    y += text.draw(painter, 0, y, width, "Récépissé de dépôt", title_fr, align=CENTER)
    y += gap * 2

    # The number, in large type, then as a barcode.
    number_font = print_font(normal + 8, bold=True)
    y += text.draw(painter, 0, y, width, data.number, number_font, align=CENTER)
    bar_width = min(width, mm(device, 70))
    bar_height = mm(device, 12 if narrow else 14)
    draw_code128(painter, (width - bar_width) / 2, y + gap, bar_width, bar_height, data.number)
    y += bar_height + gap * 4

    # The fields: caption in French, value, caption in Arabic.
    font = print_font(normal)
    painter.setPen(device_pen(painter))
    caption_width = width / 2 if narrow else width * 0.24
    for fr_caption, value, ar_caption in _rows(data):
        right = width - caption_width
        captions = max(
            text.draw(painter, 0, y, caption_width, fr_caption, bold_fr, align=LEFT),
            text.draw(painter, right, y, caption_width, ar_caption, bold_ar, align=RIGHT),
        )
        if narrow:
            y += captions + _lines(painter, 0, y + captions, width, value, font)
        else:
            value_x = caption_width + gap
            value_width = width - 2 * value_x
            y += max(captions, _lines(painter, value_x, y, value_width, value, font))
        y += gap
        painter.drawLine(0, int(y - gap / 2), int(width), int(y - gap / 2))
    y += gap * 2

    y += text.draw(painter, 0, y, width, NOTE_FR, print_font(small - 0.5))
    y += text.draw(painter, 0, y, width, NOTE_AR, _arabic(small - 0.5))
    y += gap * 3
    stamp_w = width if narrow else mm(device, 60)
    stamp_x = 0 if narrow else width - stamp_w
    painter.drawRect(int(stamp_x), int(y), int(stamp_w), int(mm(device, 22 if narrow else 28)))
    stamp = "Cachet du bureau d'ordre\nخاتم مكتب الضبط"
    text.draw(painter, stamp_x, y + gap, stamp_w, stamp, print_font(small), align=CENTER)


def device_pen(painter: QPainter):  # type: ignore[no-untyped-def]
    pen = painter.pen()
    pen.setWidthF(max(1.0, painter.device().logicalDpiX() / 300))
    return pen


def receipt_pdf(data: ReceiptData, size: str = "a5") -> bytes:
    return pdf_bytes(
        lambda writer: render_receipt(writer, data, size),
        resolution=RESOLUTION,
        title=f"Récépissé {data.number}",
    )
