"""The printed register (arrivée, départ, interne) of a day or a period: A4 landscape, bilingual.

Every page carries the header of Moroccan administrative documents (المملكة المغربية on the
right, Royaume du Maroc on the left, then the ministry and the office in both languages), the
register's title and period, the table's bilingual column headings, and "Page X / Y — صفحة X / Y"
at the foot. Each text is laid out in its own script's direction (Arabic right-aligned, French
left-aligned); long texts wrap and their row grows; a cancelled entry stays, struck through and
marked, and each correction or cancellation is printed under its entry (what, old → new, when,
who, why). The register ends with its totals, the audit anchor and the content fingerprint (see
:mod:`app.registry.report` for what they prove and how to check them), and a signature block
for the supervisor.

Speed: a register of 5,000 entries must print in seconds, so text is not typeset through a
QTextDocument per cell (an HTML table took 7–10 s). Each paragraph is measured once with cached
QFontMetricsF and drawn with ``drawText`` when it fits on one line; only a paragraph that wraps
gets a QTextLayout, laid out once and kept until it is drawn. Everything is measured before
anything is drawn, so the page count is known for "Page X / Y".

:func:`render_register` paints on any QPagedPaintDevice (a QPdfWriter, or the QPrinter of the
desktop application's print dialog and print preview); :func:`register_pdf` returns a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from app.printing.qt import ensure_gui, pdf_bytes
from app.printing.typeset import LRM, Canvas, Para, Typesetter, isolate, ruled_pen
from app.registry.report import (
    CORRESPONDENT_HEADINGS,
    MASKED_AR,
    MASKED_FR,
    EntryEvent,
    RegisterEntry,
    RegisterReport,
)

RESOLUTION = 300
MARGINS_MM = (10.0, 8.0, 10.0, 8.0)  # left, top, right, bottom


# The table: (French heading, Arabic heading, width in mm, alignment). The widths fill the
# 277 mm between the margins of a landscape A4 page.
NUMBER, WHEN, CORRESPONDENT, REFERENCE, SUBJECT, SERVICE, PIECES, OBSERVATIONS = range(8)
COLUMNS: list[tuple[str, str, float, str]] = [
    ("N° d'ordre", "رقم الترتيب", 27.0, "center"),
    ("Date et heure", "التاريخ والساعة", 19.0, "center"),
    ("", "", 44.0, "start"),  # the correspondent: its heading depends on the direction
    ("Référence et date de la lettre", "مرجع الرسالة وتاريخها", 30.0, "start"),
    ("Objet", "الموضوع", 79.0, "start"),
    ("Service", "المصلحة", 16.0, "center"),
    ("Pièces", "عدد الوثائق", 12.0, "center"),
    ("Observations", "ملاحظات", 50.0, "start"),
]

KINGDOM_FR, KINGDOM_AR = "ROYAUME DU MAROC", "المملكة المغربية"
CANCELLED_MARK = ("ANNULÉ", "ملغى")
SUPERVISOR = ("Le responsable du bureau d'ordre", "رئيس مكتب الضبط")
SIGNATURE_FIELDS = [("Nom et prénom", "الاسم الكامل"), ("Date", "التاريخ")]
SIGN_AND_STAMP = [("Signature", "التوقيع"), ("Cachet", "الخاتم")]


def _fmt_date(value: object) -> str:
    return f"{value:%d/%m/%Y}"


@dataclass
class Row:
    """An entry, measured: its cells (paragraphs per column), its notes, its height."""

    entry: RegisterEntry
    cells: list[list[Para]]
    notes: list[Para]
    cells_height: float
    height: float
    # Where it is drawn: (page index, y on the page, offset into the row, visible height).
    slices: list[tuple[int, float, float, float]] = field(default_factory=list)


class Table:
    def __init__(self, ts: Typesetter, report: RegisterReport, width: float) -> None:
        self.ts = ts
        self.report = report
        scale = width / ts.mm(sum(c[2] for c in COLUMNS))
        self.widths = [ts.mm(c[2]) * scale for c in COLUMNS]
        self.xs = [sum(self.widths[:i]) for i in range(len(self.widths))]
        self.width = width
        self.pad = ts.mm(1.0)
        self.notes_pad = self.pad / 2  # above the notes under an entry
        self.gap = ts.mm(0.6)
        self.notes_x = self.xs[WHEN]
        self.notes_width = width - self.notes_x

    def inner(self, column: int) -> float:
        return self.widths[column] - 2 * self.pad

    def heading(self) -> tuple[list[list[Para]], float]:
        ts = self.ts
        corr_fr, corr_ar = CORRESPONDENT_HEADINGS[self.report.direction]
        cells = []
        for i, (fr, ar, _, _) in enumerate(COLUMNS):
            if i == CORRESPONDENT:
                fr, ar = corr_fr, corr_ar
            w = self.inner(i)
            cells.append(
                [
                    ts.para(fr, "heading", w, "center", False),
                    ts.para(ar, "heading", w, "center", True),
                ]
            )
        height = max(sum(p.height for p in c) for c in cells) + 2 * self.pad
        return cells, height

    def row(self, entry: RegisterEntry) -> Row:
        ts = self.ts
        text_font = "struck" if entry.cancelled else "body"
        inner = self.inner
        number = [ts.para(entry.number, "body-bold", inner(NUMBER), "center", False)]
        if entry.cancelled:
            number.append(
                ts.para(" / ".join(CANCELLED_MARK), "small-bold", inner(NUMBER), "center", False)
            )
        when = [
            ts.para(_fmt_date(entry.registered_at), text_font, inner(WHEN), "center", False),
            ts.para(f"{entry.registered_at:%H:%M}", text_font, inner(WHEN), "center", False),
        ]
        reference = ts.stack([entry.letter_reference or ""], text_font, inner(REFERENCE))
        if entry.letter_date:
            reference.append(
                ts.para(_fmt_date(entry.letter_date), text_font, inner(REFERENCE), "start", False)
            )
        if entry.masked:  # outside the reader's reach: the mask in both languages, no more
            subject = [
                ts.para(MASKED_FR, "small", inner(SUBJECT), "left", False),
                ts.para(MASKED_AR, "small", inner(SUBJECT), "right", True),
            ]
        else:
            subject = [ts.para(entry.subject, text_font, inner(SUBJECT))]
        pieces = "" if entry.masked else str(entry.pieces)
        cells = [
            number,
            when,
            ts.stack(list(entry.correspondents), text_font, inner(CORRESPONDENT)),
            reference,
            subject,
            ts.stack([entry.service_code or ""], text_font, inner(SERVICE), "center"),
            ts.stack([pieces], text_font, inner(PIECES), "center"),
            ts.stack([entry.observations or ""], text_font, inner(OBSERVATIONS)),
        ]
        cells_height = max(sum(p.height for p in c) for c in cells) + 2 * self.pad
        notes = [
            ts.para(line, "small", self.notes_width - 2 * self.pad, "left", False)
            for event in entry.events
            for line in _event_lines(event)
        ]
        notes_height = sum(p.height for p in notes) + (2 * self.notes_pad if notes else 0.0)
        return Row(entry, cells, notes, cells_height, cells_height + notes_height)

    def cut_points(self, row: Row) -> list[float]:
        """Heights inside ``row`` where no line of text is cut (to split a row too tall)."""
        spans: list[tuple[float, float]] = []

        def add(paras: list[Para], top: float) -> None:
            for p in paras:
                if p.layout is None:
                    spans.append((top, top + p.height))
                else:
                    for i in range(p.layout.lineCount()):
                        line = p.layout.lineAt(i)
                        spans.append((top + line.y(), top + line.y() + line.height()))
                top += p.height

        for cell in row.cells:
            add(cell, self.pad)
        add(row.notes, row.cells_height + self.notes_pad)
        ends = sorted({round(b, 3) for _, b in spans})
        return [e for e in ends if not any(a < e < b for a, b in spans)]


def _event_lines(event: EntryEvent) -> list[str]:
    """A correction or a cancellation as printed under its entry, in both languages.

    The lines run left to right; every Arabic caption and every typed value is isolated, so
    that a date after an Arabic word, or an Arabic value before an arrow, keeps its place.
    """
    head = (
        f"{event.label_fr} / {isolate(event.label_ar)} — {_fmt_date(event.at)} {event.at:%H:%M}"
        f" — {isolate(event.user)} — Motif / {isolate('السبب')} : {isolate(event.reason)}"
    )
    lines = [head]
    for change in event.changes:
        lines.append(
            f"        {change.label_fr} / {isolate(change.label_ar)} : "
            f"{isolate(change.old)} → {isolate(change.new)}"
        )
    return lines


# --- Pages ---------------------------------------------------------------------------------


def page_layout() -> QPageLayout:
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


class _Document:
    """The register measured and paginated, then drawn page after page."""

    def __init__(self, device: QPagedPaintDevice, report: RegisterReport) -> None:
        self.device = device
        self.report = report
        ts = self.ts = Typesetter(device)
        area = device.pageLayout().paintRectPixels(device.resolution())
        # Device units per pixel of the paint rect (1 for a QPdfWriter; a QPrinter may differ).
        self.width = float(area.width()) * ts.dpi / device.resolution()
        self.height = float(area.height()) * ts.dpi / device.resolution()
        self.table = Table(ts, report, self.width)
        self.header = self._header()
        self.header_height = max(
            sum(p.height for p in self.header[0]),
            sum(p.height for p in self.header[1]),
            sum(p.height for p in self.header[2]),
        ) + ts.mm(3)
        self.heading_cells, self.heading_height = self.table.heading()
        self.footer_height = ts.metrics["small"].height() + ts.mm(2)
        self.rows = [self.table.row(e) for e in report.entries]
        self.continued = ts.para(
            f"(suite / {isolate('تابع')})", "small", self.table.inner(NUMBER), "center", False
        )
        self.pages = self._paginate()

    # Header and footer.

    def _header(self) -> tuple[list[Para], list[Para], list[Para]]:
        ts, r = self.ts, self.report
        side = self.width * 0.3
        centre = self.width - 2 * side
        left = [ts.para(KINGDOM_FR, "header-bold", side, "left", False)] + ts.stack(
            [r.ministry_fr, r.office_fr], "header", side, "left"
        )
        right = [ts.para(KINGDOM_AR, "header-bold", side, "right", True)] + ts.stack(
            [r.ministry_ar, r.office_ar], "header", side, "right"
        )
        middle = [
            ts.para(r.title_ar, "title", centre, "center", True),
            ts.para(r.title_fr, "title", centre, "center", False),
            ts.para(
                f"{r.period_fr} — {LRM}{r.period_ar}".replace("يوم ", "يوم " + LRM),
                "period",
                centre,
                "center",
                False,
            ),
        ]
        return left, middle, right

    def _draw_header(self, canvas: Canvas) -> float:
        left, middle, right = self.header
        side = self.width * 0.3
        canvas.draw_stack(left, 0, 0)
        canvas.draw_stack(middle, side, 0)
        canvas.draw_stack(right, self.width - side, 0)
        return self.header_height

    def _draw_footer(self, canvas: Canvas, page: int, count: int) -> None:
        ts, r = self.ts, self.report
        y = self.height - ts.metrics["small"].height()
        third = self.width / 3
        at = r.generated_at
        stamp_fr = f"{r.title_fr} — édité le {_fmt_date(at)} à {at:%H:%M}"
        stamp_ar = f"{r.title_ar} — حرر بتاريخ {LRM}{_fmt_date(at)} {LRM}{at:%H:%M}"
        pen = canvas.painter.pen()
        canvas.painter.setPen(ruled_pen(ts, 0.2))
        canvas.painter.drawLine(QPointF(0, y - ts.mm(1)), QPointF(self.width, y - ts.mm(1)))
        canvas.painter.setPen(pen)
        canvas.draw(ts.para(stamp_fr, "small", third, "left", False), 0, y)
        canvas.draw(
            ts.para(
                f"Page {page} / {count} — صفحة {page} / {count}",
                "small-bold",
                third,
                "center",
                False,
            ),
            third,
            y,
        )
        canvas.draw(ts.para(stamp_ar, "small", third, "right", True), 2 * third, y)

    # Pagination.

    @property
    def table_top(self) -> float:
        return self.header_height + self.heading_height

    @property
    def table_bottom(self) -> float:
        return self.height - self.footer_height

    def _paginate(self) -> list[list[Row]]:
        room = self.table_bottom - self.table_top
        pages: list[list[Row]] = [[]]
        y = 0.0
        for row in self.rows:
            if y + row.height > room and y > 0:
                pages.append([])
                y = 0.0
            if row.height <= room:
                row.slices.append((len(pages) - 1, self.table_top + y, 0.0, row.height))
                pages[-1].append(row)
                y += row.height
                continue
            # Taller than a whole page (a very long subject with many corrections): split it
            # where no line is cut, and carry on over the following pages.
            offset, cuts = 0.0, self.table.cut_points(row)
            while offset < row.height - 0.5:
                fit = [c for c in cuts if offset < c <= offset + room - y]
                end = max(fit) if fit else min(row.height, offset + room - y)
                row.slices.append((len(pages) - 1, self.table_top + y, offset, end - offset))
                pages[-1].append(row)
                y += end - offset
                offset = end
                if offset < row.height - 0.5:
                    pages.append([])
                    y = 0.0
        self.last_y = self.table_top + y
        self.end_height = self._end_block(None, 0.0)
        if self.last_y + self.ts.mm(5) + self.end_height > self.table_bottom:
            pages.append([])  # the totals and the signature start a page of their own
            self.last_y = self.header_height
        return pages

    # Drawing.

    def draw(self) -> int:
        painter = QPainter()
        if not painter.begin(self.device):
            raise RuntimeError("cannot paint on the device")
        try:
            canvas = Canvas(painter, self.ts)
            count = len(self.pages)
            for index, rows in enumerate(self.pages):
                if index:
                    self.device.newPage()
                self._draw_header(canvas)
                if rows or index < count - 1:
                    self._draw_table(canvas, index, rows)
                if index == count - 1:
                    self._end_block(canvas, self.last_y + self.ts.mm(5))
                self._draw_footer(canvas, index + 1, count)
        finally:
            painter.end()
        return len(self.pages)

    def _draw_table(self, canvas: Canvas, page: int, rows: list[Row]) -> None:
        ts, table, painter = self.ts, self.table, canvas.painter
        top = self.header_height
        painter.fillRect(QRectF(0, top, self.width, self.heading_height), QColor(230, 230, 230))
        for i, cell in enumerate(self.heading_cells):
            h = sum(p.height for p in cell)
            canvas.draw_stack(cell, table.xs[i] + table.pad, top + (self.heading_height - h) / 2)
        thin, strong = ruled_pen(ts, 0.15), ruled_pen(ts, 0.3)
        bottom = top + self.heading_height
        # Where the inner column rules run: not across the notes under an entry.
        ruled: list[list[float]] = [[top, bottom]]
        for row in rows:
            for slice_page, y, offset, visible in row.slices:
                if slice_page != page:
                    continue
                origin = y - offset
                clipped = offset > 0 or visible < row.height - 0.5
                if clipped:
                    painter.save()
                    painter.setClipRect(QRectF(-1, y, self.width + 2, visible))
                self._draw_row(canvas, row, origin, (y, y + visible) if clipped else None)
                if offset > 0:  # the rest of an entry begun on the page before
                    canvas.draw(self.continued, table.xs[NUMBER] + table.pad, y + table.pad)
                if clipped:
                    painter.restore()
                    canvas.forget()
                painter.setPen(thin)
                painter.drawLine(QPointF(0, y + visible), QPointF(self.width, y + visible))
                bottom = y + visible
                end = min(bottom, origin + row.cells_height) if row.notes else bottom
                if end > y:
                    if ruled[-1][1] >= y - 0.5:
                        ruled[-1][1] = end
                    else:
                        ruled.append([y, end])
        painter.setPen(thin)
        painter.drawLine(QPointF(table.xs[1], top), QPointF(table.xs[1], bottom))
        for x in table.xs[2:]:
            for y0, y1 in ruled:
                painter.drawLine(QPointF(x, y0), QPointF(x, y1))
        # The frame and the line under the headings.
        painter.setPen(strong)
        painter.drawRect(QRectF(0, top, self.width, bottom - top))
        painter.drawLine(
            QPointF(0, top + self.heading_height), QPointF(self.width, top + self.heading_height)
        )

    def _draw_row(
        self, canvas: Canvas, row: Row, y: float, window: tuple[float, float] | None
    ) -> None:
        table = self.table
        if row.notes:
            painter = canvas.painter
            notes_top = y + row.cells_height
            painter.fillRect(
                QRectF(table.notes_x, notes_top, table.notes_width, row.height - row.cells_height),
                QColor(246, 246, 246),
            )
            painter.setPen(ruled_pen(self.ts, 0.1, dotted=True))
            painter.drawLine(QPointF(table.notes_x, notes_top), QPointF(self.width, notes_top))
            painter.setPen(QPen(QColor(0, 0, 0)))
            canvas.draw_stack(
                row.notes, table.notes_x + table.pad, notes_top + table.notes_pad, window
            )
        for i, cell in enumerate(row.cells):
            canvas.draw_stack(cell, table.xs[i] + table.pad, y + table.pad, window)

    # The end: totals, fingerprints, signature.

    def _end_block(self, canvas: Canvas | None, top: float) -> float:
        """Draw (or, without a canvas, only measure) the end of the register; its height.

        The closing sentence across the page; below it, on the left, the totals, the services
        named in the register and the two fingerprints; on the right, the supervisor's
        signature block.
        """
        ts, r, width = self.ts, self.report, self.width
        t = r.totals

        def put(para: Para, x: float, y: float) -> float:
            if canvas:
                canvas.draw(para, x, y)
            return para.height

        def pair(fr: str, ar: str, font: str, x: float, w: float, y: float) -> float:
            """French on the left and Arabic on the right of [x, x + w]; the height used."""
            left = ts.para(fr, font, w, "left", False)
            right = ts.para(ar, font, w, "right", True)
            if left.advance + right.advance + ts.mm(4) > w or left.layout or right.layout:
                return put(left, x, y) + put(right, x, y + left.height)
            return max(put(left, x, y), put(right, x, y))

        noun_fr = "courrier" if t.entries == 1 else "courriers"
        y = top + pair(
            f"Arrêté le présent registre à {t.entries} {noun_fr}.",
            f"حصر هذا السجل في {LRM}{t.entries} مراسلة.",
            "end-bold",
            0,
            width,
            top,
        )
        y += ts.mm(2)
        columns_top = y

        # Left: totals, services, fingerprints.
        left_w = width * 0.56
        value_w = ts.mm(16)
        label_w = (left_w - value_w) / 2 - ts.mm(2)
        row_h = ts.metrics["end"].height() + ts.mm(1)
        totals = [
            ("Courriers enregistrés", "عدد المراسلات المسجلة", t.entries),
            ("dont annulés", "منها ملغاة", t.cancelled),
            ("dont corrigés", "منها مصححة", t.corrected),
            ("Pièces (courriers non annulés)", "عدد الوثائق (غير الملغاة)", t.pieces),
        ]
        if t.masked:
            totals.append(
                (
                    "dont non communiqués (hors de vos services)",
                    "منها غير معروضة (خارج مصالحكم)",
                    t.masked,
                )
            )
        for fr, ar, value in totals:
            put(ts.para(fr, "end", label_w, "left", False), ts.mm(1), y + ts.mm(0.5))
            put(
                ts.para(str(value), "end-bold", value_w, "center", False),
                label_w + ts.mm(2),
                y + ts.mm(0.5),
            )
            put(
                ts.para(ar, "end", label_w, "right", True),
                left_w - label_w - ts.mm(1),
                y + ts.mm(0.5),
            )
            if canvas:
                canvas.painter.setPen(ruled_pen(ts, 0.15))
                canvas.painter.drawRect(QRectF(0, y, left_w, row_h))
                canvas.painter.drawLine(
                    QPointF(label_w + ts.mm(2), y), QPointF(label_w + ts.mm(2), y + row_h)
                )
                canvas.painter.drawLine(
                    QPointF(label_w + ts.mm(2) + value_w, y),
                    QPointF(label_w + ts.mm(2) + value_w, y + row_h),
                )
            y += row_h
        if r.services:
            y += ts.mm(1.5)
            y += pair("Services :", "المصالح:", "small-bold", 0, left_w, y)
            for code, fr, ar in r.services:
                y += pair(f"{code} — {fr}", f"{ar} — {code}", "small", 0, left_w, y)
        y += ts.mm(2)
        anchor = f"n° {r.audit_seq} — {r.audit_hash}" if r.audit_seq is not None else "—"
        fingerprints = [
            (
                "Chaîne d'audit, dernier événement de ces courriers :",
                "سلسلة التدقيق، آخر حدث يخص هذه المراسلات:",
                anchor,
            ),
            ("Empreinte du contenu (SHA-256) :", "بصمة المحتوى (SHA-256):", r.content_sha256),
        ]
        for fr, ar, value in fingerprints:
            y += pair(fr, ar, "small-bold", 0, left_w, y)
            y += put(ts.para(value, "small", left_w, "center", False), 0, y) + ts.mm(0.8)
        y += pair(
            "Vérification : « bureau-ordre audit verify », puis « bureau-ordre register … --json » "
            "redonne ces deux empreintes.",
            "للتحقق: الأمر audit verify ثم الأمر register مع الخيار json يعطيان البصمتين نفسيهما.",
            "small",
            0,
            left_w,
            y,
        )
        left_bottom = y

        # Right: the supervisor's signature block.
        box_x = width * 0.62
        box_w = width - box_x
        pad = ts.mm(2)
        inner = box_w - 2 * pad
        y = columns_top
        y += pad + pair(SUPERVISOR[0], SUPERVISOR[1], "end-bold", box_x + pad, inner, y + pad)
        y += ts.mm(2)
        caption_w = ts.mm(28)
        for fr, ar in SIGNATURE_FIELDS:
            put(ts.para(fr + " :", "end", caption_w, "left", False), box_x + pad, y)
            put(
                ts.para(ar + ":", "end", caption_w, "right", True),
                box_x + box_w - pad - caption_w,
                y,
            )
            if canvas:
                canvas.painter.setPen(ruled_pen(ts, 0.15, dotted=True))
                base = y + ts.metrics["end"].ascent()
                canvas.painter.drawLine(
                    QPointF(box_x + pad + caption_w, base),
                    QPointF(box_x + box_w - pad - caption_w - ts.mm(1), base),
                )
            y += row_h + ts.mm(2)
        stamp_h = ts.mm(24)
        half = inner / 2
        for i, (fr, ar) in enumerate(SIGN_AND_STAMP):
            x = box_x + pad + i * half
            if canvas:
                canvas.painter.setPen(ruled_pen(ts, 0.15))
                canvas.painter.drawRect(QRectF(x + ts.mm(1), y, half - ts.mm(2), stamp_h))
            put(
                ts.para(f"{fr} / {isolate(ar)}", "small-bold", half - ts.mm(2), "center", False),
                x + ts.mm(1),
                y + ts.mm(1),
            )
        y += stamp_h + pad
        if canvas:
            canvas.painter.setPen(ruled_pen(ts, 0.3))
            canvas.painter.drawRect(QRectF(box_x, columns_top, box_w, y - columns_top))
            canvas.painter.setPen(QPen(QColor(0, 0, 0)))
        return max(left_bottom, y) - top


def render_register(device: QPagedPaintDevice, report: RegisterReport) -> int:
    """Paint ``report`` on ``device`` (a QPdfWriter, or a QPrinter); returns the page count.

    The device's page layout is set to A4 landscape (a register has one format). A QPrinter
    (print dialog, QPrintPreviewDialog's ``paintRequested``) is painted on the GUI thread; a
    QPdfWriter may be painted on a worker thread once the application object exists.
    """
    ensure_gui()
    device.setPageLayout(page_layout())
    return _Document(device, report).draw()


def register_pdf(report: RegisterReport) -> bytes:
    """The register as PDF bytes (fonts embedded)."""
    return pdf_bytes(
        lambda writer: render_register(writer, report),
        resolution=RESOLUTION,
        title=f"{report.title_fr} — {report.period_fr}",
    )
