"""The delivery book (cahier de transmission, سجل التسليم): a sheet per service, signed on receipt.

A4 landscape, bilingual. Each service's sheet starts on a new page with the letterhead, the
title, the service and the period; then its mails, one line each (number, date, correspondent,
subject, pieces, main or copy), with empty columns where the service's agent writes the day and
time, their name and signs. A mail already handed over to the service says so (and when) in
place of the empty columns. The sheet ends with its count and two boxes: handed over by (the
bureau d'ordre) and received by (the service). Pages are numbered per sheet ("Page 1 / 2").

A confidential mail is listed without its subject and correspondent. Rows never split across
pages: a subject is cut after three lines (the register has it whole).

:func:`render_book` paints on any paged device; :func:`book_pdf` returns a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from app.dispatch.book import BookLine, BookSheet, DeliveryBook
from app.errors import UserError
from app.printing.letterhead import KINGDOM_AR, KINGDOM_FR, day, moment
from app.printing.qt import ensure_gui, pdf_bytes
from app.printing.typeset import Canvas, Para, Typesetter, isolate, ruled_pen

RESOLUTION = 300
MARGINS_MM = (10.0, 8.0, 10.0, 8.0)  # left, top, right, bottom
TITLE_FR, TITLE_AR = "Cahier de transmission", "سجل التسليم"
CONFIDENTIAL = ("Pli confidentiel", "مراسلة سرية")
KIND = {"main": ("Attribution", "للاختصاص"), "copy": ("Copie", "للإخبار")}
MAX_SUBJECT_LINES = 3

# (French heading, Arabic heading, width in mm); they fill the 277 mm of a landscape A4.
N, NUMBER, DATE, CORRESPONDENT, SUBJECT, PIECES, KIND_COL, RECEIVED, NAME, SIGNATURE = range(10)
COLUMNS: list[tuple[str, str, float]] = [
    ("N°", "ر.ت", 8.0),
    ("N° d'ordre", "رقم الترتيب", 26.0),
    ("Enregistré le", "تاريخ التسجيل", 20.0),
    ("Expéditeur", "المرسل", 44.0),
    ("Objet", "الموضوع", 70.0),
    ("Pièces", "الوثائق", 12.0),
    ("Pour", "الغرض", 18.0),
    ("Reçu le (date, heure)", "تاريخ وساعة التسلم", 22.0),
    ("Nom du réceptionnaire", "اسم المتسلم", 27.0),
    ("Signature", "التوقيع", 30.0),
]


def page_layout() -> QPageLayout:
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def period_texts(book: DeliveryBook) -> tuple[str, str]:
    """The period in French and in Arabic: one day, or from a day to another."""
    first, last = day(book.first_day), day(book.last_day)
    if book.first_day == book.last_day:
        return f"Journée du {first}", f"يوم {isolate(first)}"
    return f"Du {first} au {last}", f"من {isolate(first)} إلى {isolate(last)}"


@dataclass
class _Row:
    cells: list[list[Para]]
    height: float


class _Sheet:
    """One service's sheet, measured and cut into pages, then drawn."""

    def __init__(self, doc: _Document, sheet: BookSheet) -> None:
        self.doc = doc
        self.sheet = sheet
        ts = doc.ts
        self.rows = [self._row(i + 1, line) for i, line in enumerate(sheet.lines)]
        room = doc.table_bottom - doc.table_top
        self.pages: list[list[_Row]] = [[]]
        y = 0.0
        for row in self.rows:
            if self.pages[-1] and y + row.height > room:
                self.pages.append([])
                y = 0.0
            self.pages[-1].append(row)
            y += row.height
        self.end_y = doc.table_top + y + ts.mm(4)
        if self.end_y + doc.end_height > doc.table_bottom:
            self.pages.append([])  # the count and the signatures on a page of their own
            self.end_y = doc.header_height

    def _row(self, index: int, line: BookLine) -> _Row:
        doc, ts = self.doc, self.doc.ts
        inner = doc.inner
        if line.confidential:
            correspondent = [ts.para("—", "body", inner(CORRESPONDENT), "center", False)]
            subject = [
                ts.para(CONFIDENTIAL[0], "body-bold", inner(SUBJECT), "left", False),
                ts.para(CONFIDENTIAL[1], "body-bold", inner(SUBJECT), "right", True),
            ]
        else:
            correspondent = [ts.para(line.correspondent, "body", inner(CORRESPONDENT))]
            subject = [_cut(ts.para(line.subject, "body", inner(SUBJECT)), ts)]
        kind_fr, kind_ar = KIND.get(line.kind, (line.kind, line.kind))
        cells = [
            [ts.para(str(index), "body", inner(N), "center", False)],
            [ts.para(line.number, "body-bold", inner(NUMBER), "center", False)],
            [
                ts.para(day(line.registered_at), "body", inner(DATE), "center", False),
                ts.para(f"{line.registered_at:%H:%M}", "body", inner(DATE), "center", False),
            ],
            correspondent,
            subject,
            [ts.para(str(line.pieces), "body", inner(PIECES), "center", False)],
            [
                ts.para(kind_fr, "small", inner(KIND_COL), "center", False),
                ts.para(kind_ar, "small", inner(KIND_COL), "center", True),
            ],
            [],
            [],
            [],
        ]
        if line.delivered_at is not None:
            cells[RECEIVED] = [
                ts.para("Déjà remis le", "small", inner(RECEIVED), "center", False),
                ts.para(moment(line.delivered_at), "small-bold", inner(RECEIVED), "center", False),
                ts.para("سبق تسليمها", "small", inner(RECEIVED), "center", True),
            ]
        height = max(sum(p.height for p in c) for c in cells) + 2 * doc.pad
        return _Row(cells, max(height, ts.mm(11)))

    def draw(self, canvas: Canvas, first_page: bool) -> None:
        doc = self.doc
        count = len(self.pages)
        for index, rows in enumerate(self.pages):
            if index or not first_page:
                doc.device.newPage()
            doc.draw_header(canvas, self.sheet)
            if rows or index < count - 1:
                self._draw_table(canvas, rows)
            if index == count - 1:
                doc.draw_end(canvas, self.sheet, self.end_y)
            doc.draw_footer(canvas, self.sheet, index + 1, count)

    def _draw_table(self, canvas: Canvas, rows: list[_Row]) -> None:
        doc, ts, painter = self.doc, self.doc.ts, canvas.painter
        top = doc.header_height
        painter.fillRect(QRectF(0, top, doc.width, doc.heading_height), QColor(230, 230, 230))
        for i, cell in enumerate(doc.heading_cells):
            h = sum(p.height for p in cell)
            canvas.draw_stack(cell, doc.xs[i] + doc.pad, top + (doc.heading_height - h) / 2)
        y = doc.table_top
        thin, strong = ruled_pen(ts, 0.15), ruled_pen(ts, 0.3)
        for row in rows:
            for i, cell in enumerate(row.cells):
                canvas.draw_stack(cell, doc.xs[i] + doc.pad, y + doc.pad)
            y += row.height
            painter.setPen(thin)
            painter.drawLine(QPointF(0, y), QPointF(doc.width, y))
        painter.setPen(thin)
        for x in doc.xs[1:]:
            painter.drawLine(QPointF(x, top), QPointF(x, y))
        painter.setPen(strong)
        painter.drawRect(QRectF(0, top, doc.width, y - top))
        painter.drawLine(QPointF(0, doc.table_top), QPointF(doc.width, doc.table_top))
        # The columns the service fills in stand out.
        painter.drawLine(QPointF(doc.xs[RECEIVED], top), QPointF(doc.xs[RECEIVED], y))


def _cut(para: Para, ts: Typesetter) -> Para:
    """At most :data:`MAX_SUBJECT_LINES` lines of a wrapped paragraph (the rest elided)."""
    if para.layout is None or para.layout.lineCount() <= MAX_SUBJECT_LINES:
        return para
    last = para.layout.lineAt(MAX_SUBJECT_LINES - 1)
    kept = para.text[: last.textStart() + last.textLength()].rstrip()
    return ts.para(kept[:-1].rstrip() + "…", para.font, para.width, para.align, para.rtl)


class _Document:
    def __init__(self, device: QPagedPaintDevice, book: DeliveryBook) -> None:
        self.device = device
        self.book = book
        ts = self.ts = Typesetter(device)
        area = device.pageLayout().paintRectPixels(device.resolution())
        self.width = float(area.width()) * ts.dpi / device.resolution()
        self.height = float(area.height()) * ts.dpi / device.resolution()
        scale = self.width / ts.mm(sum(c[2] for c in COLUMNS))
        self.widths = [ts.mm(c[2]) * scale for c in COLUMNS]
        self.xs = [sum(self.widths[:i]) for i in range(len(self.widths))]
        self.pad = ts.mm(1.0)
        self.heading_cells = [
            [
                ts.para(fr, "heading", self.inner(i), "center", False),
                ts.para(ar, "heading", self.inner(i), "center", True),
            ]
            for i, (fr, ar, _) in enumerate(COLUMNS)
        ]
        self.heading_height = (
            max(sum(p.height for p in c) for c in self.heading_cells) + 2 * self.pad
        )
        self.header_height = self._header_height()
        self.footer_height = ts.metrics["small"].height() + ts.mm(2)
        self.end_height = ts.mm(36)

    def inner(self, column: int) -> float:
        return self.widths[column] - 2 * self.pad

    @property
    def table_top(self) -> float:
        return self.header_height + self.heading_height

    @property
    def table_bottom(self) -> float:
        return self.height - self.footer_height

    # --- header, footer, end ---------------------------------------------------------------

    def _header(self, sheet: BookSheet) -> tuple[list[Para], list[Para], list[Para]]:
        ts, b = self.ts, self.book
        side = self.width * 0.3
        centre = self.width - 2 * side
        left = [ts.para(KINGDOM_FR, "header-bold", side, "left", False)] + ts.stack(
            [b.ministry_fr, b.office_fr], "header", side, "left"
        )
        right = [ts.para(KINGDOM_AR, "header-bold", side, "right", True)] + ts.stack(
            [b.ministry_ar, b.office_ar], "header", side, "right"
        )
        period_fr, period_ar = period_texts(b)
        middle = [
            ts.para(TITLE_AR, "title", centre, "center", True),
            ts.para(TITLE_FR, "title", centre, "center", False),
            ts.para(period_fr, "period", centre, "center", False),
            ts.para(period_ar, "period", centre, "center", True),
        ]
        return left, middle, right

    def _service_line(self, sheet: BookSheet) -> tuple[Para, Para]:
        ts, half = self.ts, self.width / 2
        fr = f"Service destinataire : {sheet.service_code} — {sheet.service_fr}"
        ar = f"المصلحة المرسل إليها: {sheet.service_ar} ({isolate(sheet.service_code)})"
        return (
            ts.para(fr, "header-bold", half, "left", False),
            ts.para(ar, "header-bold", half, "right", True),
        )

    def _header_height(self) -> float:
        sample = BookSheet("X", "x", "س", ())
        left, middle, right = self._header(sample)
        fr, ar = self._service_line(sample)
        top = max(sum(p.height for p in part) for part in (left, middle, right))
        return top + self.ts.mm(2) + max(fr.height, ar.height) + self.ts.mm(2)

    def draw_header(self, canvas: Canvas, sheet: BookSheet) -> None:
        left, middle, right = self._header(sheet)
        side = self.width * 0.3
        y = max(
            canvas.draw_stack(left, 0, 0),
            canvas.draw_stack(middle, side, 0),
            canvas.draw_stack(right, self.width - side, 0),
        )
        fr, ar = self._service_line(sheet)
        y += self.ts.mm(2)
        canvas.draw(fr, 0, y)
        canvas.draw(ar, self.width / 2, y)

    def draw_footer(self, canvas: Canvas, sheet: BookSheet, page: int, count: int) -> None:
        ts, b = self.ts, self.book
        y = self.height - ts.metrics["small"].height()
        third = self.width / 3
        at = b.printed_at
        stamp_fr = f"{TITLE_FR} {sheet.service_code} — édité le {moment(at)}"
        stamp_ar = f"{TITLE_AR} {isolate(sheet.service_code)} — حرر بتاريخ {isolate(moment(at))}"
        painter = canvas.painter
        painter.setPen(ruled_pen(ts, 0.2))
        painter.drawLine(QPointF(0, y - ts.mm(1)), QPointF(self.width, y - ts.mm(1)))
        canvas.draw(ts.para(stamp_fr, "small", third, "left", False), 0, y)
        page_text = f"Page {page} / {count} — صفحة {page} / {count}"
        canvas.draw(ts.para(page_text, "small-bold", third, "center", False), third, y)
        canvas.draw(ts.para(stamp_ar, "small", third, "right", True), 2 * third, y)

    def draw_end(self, canvas: Canvas, sheet: BookSheet, y: float) -> None:
        """The sheet's count, then "handed over by" and "received by" boxes."""
        ts, painter = self.ts, canvas.painter
        count = len(sheet.lines)
        total_fr = f"Nombre de courriers : {count}"
        total_ar = f"عدد المراسلات: {count}"
        half = self.width / 2
        canvas.draw(ts.para(total_fr, "end-bold", half, "left", False), 0, y)
        canvas.draw(ts.para(total_ar, "end-bold", half, "right", True), half, y)
        y += ts.metrics["end-bold"].height() + ts.mm(3)
        box_w, box_h = self.width * 0.4, ts.mm(26)
        boxes = [
            (0.0, "Remis par (bureau d'ordre)", "سلمه (مكتب الضبط)"),
            (self.width - box_w, "Reçu par (service)", "تسلمه (المصلحة)"),
        ]
        fields = [("Nom", "الاسم"), ("Date", "التاريخ"), ("Signature", "التوقيع")]
        for x, fr, ar in boxes:
            painter.setPen(ruled_pen(ts, 0.3))
            painter.drawRect(QRectF(x, y, box_w, box_h))
            inner = box_w / 2 - ts.mm(2)
            line_y = y + ts.mm(1)
            canvas.draw(ts.para(fr, "end-bold", inner, "left", False), x + ts.mm(2), line_y)
            canvas.draw(ts.para(ar, "end-bold", inner, "right", True), x + box_w / 2, line_y)
            line_y += ts.metrics["end-bold"].height() + ts.mm(2)
            for field_fr, field_ar in fields:
                canvas.draw(ts.para(field_fr, "end", inner, "left", False), x + ts.mm(2), line_y)
                canvas.draw(ts.para(field_ar, "end", inner, "right", True), x + box_w / 2, line_y)
                line_y += ts.metrics["end"].height() + ts.mm(2.5)


def render_book(device: QPagedPaintDevice, book: DeliveryBook) -> int:
    """Paint ``book`` on ``device``, a sheet per service; returns the pages painted. A book
    without any mail is refused (``delivery_book_empty``): there is nothing to sign for."""
    sheets = [s for s in book.sheets if s.lines]
    if not sheets:
        raise UserError(
            "delivery_book_empty", first=book.first_day.isoformat(), last=book.last_day.isoformat()
        )
    ensure_gui()
    device.setPageLayout(page_layout())
    doc = _Document(device, book)
    measured = [_Sheet(doc, s) for s in sheets]
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or the file refused the delivery book")
    try:
        canvas = Canvas(painter, doc.ts)
        for index, sheet in enumerate(measured):
            sheet.draw(canvas, first_page=index == 0)
    finally:
        painter.end()
    return sum(len(s.pages) for s in measured)


def book_pdf(book: DeliveryBook) -> bytes:
    codes = " ".join(s.service_code for s in book.sheets if s.lines)
    return pdf_bytes(
        lambda writer: render_book(writer, book),
        resolution=RESOLUTION,
        title=f"{TITLE_FR} {codes} {book.first_day.isoformat()}",
    )
