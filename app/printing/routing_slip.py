"""The routing slip (fiche d'imputation, بطاقة الإحالة): one page per mail handed to a service.

Bilingual like the office's other papers (French left, Arabic right, each value in its own
script). From the top: the letterhead, the title, the number in large type and as a Code128
barcode (a scan of the slip opens the mail), the mail (number, date, correspondent, reference,
subject, pieces), the imputation (service, agent, copies, deadline, who assigned it), every
instruction of the office as a box (the assignment's ticked), the note, then a large box for
the chef's annotations and the date and signature boxes. A slip printed before the mail is
assigned leaves those boxes blank, to be filled by hand.

Sizes: A4 portrait (the default) and A5 portrait. :func:`render_slips` paints on any paged
device (QPrinter, QPdfWriter); :func:`slips_pdf` returns a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from app.dispatch.slip import SlipData
from app.domain.enums import LABELS, Priority
from app.errors import UserError
from app.printing import text
from app.printing.barcode128 import draw_code128
from app.printing.letterhead import (
    arabic_font,
    day,
    draw_captions,
    draw_letterhead,
    moment,
    pen,
    tick_box,
)
from app.printing.qt import ensure_gui, pdf_bytes, print_font
from app.printing.text import CENTER, LEFT, RIGHT, mm
from app.printing.typeset import isolate

SIZES = {"a4": QPageSize.PageSizeId.A4, "a5": QPageSize.PageSizeId.A5}
RESOLUTION = 300
TITLE_FR, TITLE_AR = "Fiche d'imputation", "بطاقة الإحالة"

CORRESPONDENT = {
    "in": ("Expéditeur", "المرسل"),
    "internal": ("Expéditeur", "الجهة المرسلة"),
    "out": ("Destinataire", "المرسل إليه"),
}


def page_layout(size: str) -> QPageLayout:
    if size not in SIZES:
        raise ValueError(size)
    margin = 12 if size == "a4" else 9
    return QPageLayout(
        QPageSize(SIZES[size]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin),
        QPageLayout.Unit.Millimeter,
    )


class _Slip:
    """Paints one slip from the top of the page; ``s`` scales fonts and boxes (A5: 0.82)."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, s: float) -> None:
        self.painter = painter
        self.device = device
        self.s = s
        area = device.pageLayout().paintRectPixels(device.resolution())
        self.width = float(area.width())
        self.height = float(area.height())
        self.u = mm(device, 1)
        self.caption_width = mm(device, 38 * s)
        self.pad = mm(device, 1.2 * s)

    # --- pieces ------------------------------------------------------------------------

    def section(self, y: float, fr: str, ar: str) -> float:
        """A grey band with a heading in both languages."""
        painter, u = self.painter, self.u
        height = text.text_height(painter, self.width, fr, print_font(9 * self.s, bold=True))
        height += 2 * self.pad
        painter.fillRect(QRectF(0, y, self.width, height), QColor(225, 225, 225))
        draw_captions(painter, 2 * u, y + self.pad, self.width - 4 * u, fr, ar, 9 * self.s)
        return y + height

    def table(self, y: float, rows: list[tuple[str, str, list[str]]], min_mm: float = 7) -> float:
        """Rows of (French caption, Arabic caption, value lines), ruled, from ``y``."""
        painter, pad, cw = self.painter, self.pad, self.caption_width
        value_x = cw + pad
        value_width = self.width - 2 * cw - 2 * pad
        value_font = print_font(9.5 * self.s)
        fr_font = print_font(8 * self.s, bold=True)
        ar_font = arabic_font(8 * self.s, bold=True)
        top = y
        painter.setPen(pen(painter))
        for fr, ar, values in rows:
            lines = [v for v in values if v]
            heights = [text.text_height(painter, value_width, v, value_font) for v in lines]
            row = max(
                mm(self.device, min_mm * self.s),
                sum(heights) + 2 * pad,
                text.text_height(painter, cw - 2 * pad, fr, fr_font) + 2 * pad,
                text.text_height(painter, cw - 2 * pad, ar, ar_font) + 2 * pad,
            )
            text.draw(painter, pad, y + pad, cw - 2 * pad, fr, fr_font, align=LEFT)
            text.draw(
                painter, self.width - cw + pad, y + pad, cw - 2 * pad, ar, ar_font, align=RIGHT
            )
            line_y = y + pad
            for value, height in zip(lines, heights, strict=True):
                text.draw(painter, value_x, line_y, value_width, value, value_font)
                line_y += height
            y += row
            painter.setPen(pen(painter))
            painter.drawLine(0, int(y), int(self.width), int(y))
        painter.drawRect(QRectF(0, top, self.width, y - top))
        painter.drawLine(int(cw), int(top), int(cw), int(y))
        painter.drawLine(int(self.width - cw), int(top), int(self.width - cw), int(y))
        return y

    def instructions(self, y: float, data: SlipData) -> float:
        """Every instruction as a box in two columns, the assignment's ticked."""
        painter, u, s = self.painter, self.u, self.s
        items = list(data.instructions)
        if not items:
            return y
        columns = 2
        cell = self.width / columns
        side = mm(self.device, 3.6 * s)
        fr_font, ar_font = print_font(8.5 * s), arabic_font(8.5 * s)
        rows = [items[i : i + columns] for i in range(0, len(items), columns)]
        y += u
        top = y
        for row in rows:
            height = side
            for i, item in enumerate(row):
                x = i * cell
                label_width = (cell - side - 6 * u) / 2
                tick_box(painter, x + u, y, side, item.checked)
                height = max(
                    height,
                    text.draw(painter, x + side + 2 * u, y, label_width, item.label_fr, fr_font),
                    text.draw(
                        painter,
                        x + cell - label_width - 3 * u,
                        y,
                        label_width,
                        item.label_ar,
                        ar_font,
                        align=RIGHT,
                    ),
                )
            y += height + 1.5 * u
        painter.setPen(pen(painter, 0.2, dotted=True))
        painter.drawLine(int(cell), int(top), int(cell), int(y - 1.5 * u))
        return y

    def box(self, x: float, y: float, w: float, h: float, fr: str, ar: str) -> None:
        """A ruled box captioned in both languages at its top."""
        painter = self.painter
        painter.setPen(pen(painter))
        painter.drawRect(QRectF(x, y, w, h))
        draw_captions(painter, x + self.pad, y + self.pad, w - 2 * self.pad, fr, ar, 8 * self.s)

    # --- the page ----------------------------------------------------------------------

    def paint(self, data: SlipData) -> None:
        painter, u, s, width = self.painter, self.u, self.s, self.width
        y = draw_letterhead(
            painter,
            width,
            office_fr=data.office_fr,
            office_ar=data.office_ar,
            ministry_fr=data.ministry_fr,
            ministry_ar=data.ministry_ar,
            size=8 * s,
        )
        y += 3 * u * s
        y += text.draw(painter, 0, y, width, TITLE_AR, arabic_font(15 * s, bold=True), align=CENTER)
        y += text.draw(painter, 0, y, width, TITLE_FR, print_font(13 * s, bold=True), align=CENTER)
        y += 2 * u * s
        y += text.draw(
            painter, 0, y, width, data.number, print_font(16 * s, bold=True), align=CENTER
        )
        bar_width, bar_height = min(width, mm(self.device, 62)), mm(self.device, 11 * s)
        draw_code128(painter, (width - bar_width) / 2, y + u, bar_width, bar_height, data.number)
        y += bar_height + 2 * u
        marks = []
        if data.priority != Priority.NORMAL.value:
            names = LABELS.get(data.priority, {})
            marks.append(f"{names.get('fr', data.priority).upper()} — {names.get('ar', '')}")
        if data.confidential:
            marks.append("CONFIDENTIEL — سري")
        for mark in marks:
            y += text.draw(painter, 0, y, width, mark, print_font(10 * s, bold=True), align=CENTER)
        y += 2 * u * s

        y = self.section(y, "Le courrier", "المراسلة")
        corr_fr, corr_ar = CORRESPONDENT.get(data.direction, CORRESPONDENT["in"])
        reference = " — ".join(
            p
            for p in (data.letter_reference, day(data.letter_date) if data.letter_date else "")
            if p
        )
        y = self.table(
            y,
            [
                ("Enregistré le", "تاريخ التسجيل", [moment(data.registered_at)]),
                (corr_fr, corr_ar, [data.correspondent]),
                ("Référence et date", "المرجع والتاريخ", [reference]),
                ("Objet", "الموضوع", [data.subject]),
                ("Pièces", "عدد الوثائق", [str(data.pieces)]),
            ],
        )
        y += 2 * u * s
        y = self.section(y, "Imputation", "الإحالة")
        service = data.service
        service_lines = [f"{service.code} — {service.name_fr}", service.name_ar] if service else []
        caption = ("Service destinataire", "المصلحة المكلفة")
        if service is not None and not data.assigned:
            caption = ("Service proposé", "المصلحة المقترحة")
        copies = [f"{c.code} — {c.name_fr} / {c.name_ar}" for c in data.copies]
        assigned = f"{data.assigned_by}, {moment(data.assigned_at)}" if data.assigned_at else ""
        y = self.table(
            y,
            [
                (*caption, service_lines),
                ("Agent chargé", "الموظف المكلف", [data.agent]),
                ("Copies pour information", "نسخ للإخبار", copies),
                (
                    "Délai de traitement",
                    "أجل المعالجة",
                    [day(data.due_date) if data.due_date else ""],
                ),
                ("Imputé par", "أحالها", [assigned]),
            ],
        )
        y += 2 * u * s
        if data.instructions:
            y = self.section(y, "Instructions", "التعليمات")
            y = self.instructions(y, data)
        if data.note:
            y = self.table(y, [("Note", "ملاحظة", [data.note])])
        y += 2 * u * s

        footer = mm(self.device, 7)
        signature = mm(self.device, 20 * s)
        room = self.height - y - footer - signature - 2 * u
        if room < mm(self.device, 24 * s):  # too little left for the chef's hand: next page
            self.device.newPage()
            heading = f"{data.number} — {TITLE_FR} / {TITLE_AR}"
            y = text.draw(painter, 0, 0, width, heading, print_font(9 * s, bold=True), align=CENTER)
            y += 2 * u
            room = self.height - y - footer - signature - 2 * u
        self.box(
            0, y, width, room, "Annotations du chef de service", "تأشيرة وتوجيهات رئيس المصلحة"
        )
        y += room + 2 * u
        third = width / 3
        self.box(0, y, third - u, signature, "Date", "التاريخ")
        self.box(third + u, y, width - third - u, signature, "Signature", "التوقيع")
        printed_fr = f"Imprimé le {moment(data.printed_at)}"
        printed_ar = f"طبع بتاريخ {isolate(moment(data.printed_at))}"
        if data.printed_by:
            printed_fr += f" par {data.printed_by}"
            printed_ar += f" من طرف {isolate(data.printed_by)}"
        small = print_font(6.5)
        foot_y = self.height - 2 * text.text_height(painter, width, printed_fr, small)
        foot_y += text.draw(painter, 0, foot_y, width, printed_fr, small, align=LEFT)
        text.draw(painter, 0, foot_y, width, printed_ar, arabic_font(6.5), align=RIGHT)


def render_slips(device: QPagedPaintDevice, slips: Sequence[SlipData], size: str = "a4") -> None:
    """Paint ``slips`` on ``device``, a page each (or two, for a crowded A5)."""
    if not slips:
        raise UserError("numbers_required")
    ensure_gui()
    device.setPageLayout(page_layout(size))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or the file refused the routing slips")
    try:
        for index, data in enumerate(slips):
            if index:
                device.newPage()
            _Slip(painter, device, 1.0 if size == "a4" else 0.82).paint(data)
    finally:
        painter.end()


def slips_pdf(slips: Sequence[SlipData], size: str = "a4") -> bytes:
    title = " ".join(d.number for d in slips[:3]) + (" …" if len(slips) > 3 else "")
    return pdf_bytes(
        lambda writer: render_slips(writer, slips, size),
        resolution=RESOLUTION,
        title=f"{TITLE_FR} {title}",
    )
