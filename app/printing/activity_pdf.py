"""The activity report as a bilingual PDF: A4 portrait, the office's letterhead like the
registers (French on the left, Arabic on the right), a chart of the period's volumes, then the
report's tables (:func:`app.stats.report.sections`).

A row of a table is read from both sides: its French label on the left, its Arabic label on
the right, the figures between them; column headings carry both languages. Numbers and dates
are Western digits, left to right, as in the registers. The document flows over as many pages
as its tables need (a table's headings repeat on a new page), each page with "Page X / Y —
صفحة X / Y" at its foot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPen

from app.domain.enums import label as vocabulary
from app.printing.qt import ensure_gui, pdf_bytes
from app.printing.typeset import LRM, Canvas, Para, Typesetter, ruled_pen
from app.stats.dashboard import Dashboard
from app.stats.labels import both
from app.stats.report import Heading, Table

RESOLUTION = 300
MARGINS_MM = (14.0, 12.0, 14.0, 12.0)
# The directions' colours in the chart (and its legend): calm, and apart in grey too.
COLOURS = {"in": QColor(31, 119, 180), "out": QColor(255, 127, 14), "internal": QColor(44, 160, 44)}

Draw = Callable[[Canvas, float], None]


def page_layout() -> QPageLayout:
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if hasattr(value, "strftime"):
        return f"{value:%d/%m/%Y}"
    return str(value)


class _Document:
    def __init__(
        self, device: QPagedPaintDevice, board: Dashboard, head: Heading, tables: list[Table]
    ) -> None:
        self.device = device
        self.board = board
        self.head = head
        ts = self.ts = Typesetter(device)
        area = device.pageLayout().paintRectPixels(device.resolution())
        self.width = float(area.width()) * ts.dpi / device.resolution()
        self.height = float(area.height()) * ts.dpi / device.resolution()
        self.footer = ts.metrics["small"].height() + ts.mm(3)
        self.pages: list[list[tuple[float, Draw]]] = [[]]
        self.y = 0.0
        self._letterhead()
        self._chart()
        for table in tables:
            self._table(table)

    # --- flow

    @property
    def bottom(self) -> float:
        return self.height - self.footer

    def place(self, height: float, draw: Draw, *, keep: float = 0.0) -> bool:
        """Put a block ``height`` high at the cursor (on a new page if it does not fit, or if
        ``keep`` more would not); whether a page was begun for it."""
        new = False
        if self.y + height + keep > self.bottom and self.y > 0:
            self.pages.append([])
            self.y = self._continued()
            new = True
        self.pages[-1].append((self.y, draw))
        self.y += height
        return new

    def gap(self, mm: float) -> None:
        self.y += self.ts.mm(mm)

    def _continued(self) -> float:
        """The head of a following page: the title and the period on one line."""
        ts, h = self.ts, self.head
        left = ts.para(f"{h.title_fr} — {h.period_fr}", "small", self.width / 2, "left", False)
        right = ts.para(f"{h.title_ar} — {h.period_ar}", "small", self.width / 2, "right", True)
        height = max(left.height, right.height) + ts.mm(3)

        def draw(canvas: Canvas, y: float) -> None:
            canvas.draw(left, 0, y)
            canvas.draw(right, self.width / 2, y)
            canvas.painter.setPen(ruled_pen(ts, 0.2))
            line_y = y + height - ts.mm(1.5)
            canvas.painter.drawLine(QPointF(0, line_y), QPointF(self.width, line_y))

        self.pages[-1].append((0.0, draw))
        return height

    # --- blocks

    def _letterhead(self) -> None:
        ts, h = self.ts, self.head
        side = self.width * 0.42
        left = [ts.para("ROYAUME DU MAROC", "header-bold", side, "left", False)] + ts.stack(
            [h.ministry_fr, h.office_fr], "header", side, "left"
        )
        right = [ts.para("المملكة المغربية", "header-bold", side, "right", True)] + ts.stack(
            [h.ministry_ar, h.office_ar], "header", side, "right"
        )
        top = max(sum(p.height for p in left), sum(p.height for p in right)) + ts.mm(5)
        title = [
            ts.para(h.title_ar, "title", self.width, "center", True),
            ts.para(h.title_fr, "title", self.width, "center", False),
            ts.para(f"{h.period_fr} — {LRM}{h.period_ar}", "period", self.width, "center", False),
            ts.para(h.scope_fr, "end", self.width, "center", False),
            ts.para(h.scope_ar, "end", self.width, "center", True),
        ]
        height = top + sum(p.height for p in title) + ts.mm(4)

        def draw(canvas: Canvas, y: float) -> None:
            canvas.draw_stack(left, 0, y)
            canvas.draw_stack(right, self.width - side, y)
            canvas.draw_stack(title, 0, y + top)

        self.place(height, draw)

    def _chart(self) -> None:
        """Stacked bars of the period's mail per day (per week past two months), by
        direction, with a legend in both languages."""
        ts, board = self.ts, self.board
        granularity = "day" if (board.last - board.first).days <= 62 else "week"
        buckets = board.buckets(granularity)  # type: ignore[arg-type]
        series = board.series(granularity, "direction")  # type: ignore[arg-type]
        title_fr, title_ar = both("by_day" if granularity == "day" else "by_week")
        caption = self._caption(title_fr, title_ar)
        plot_h = ts.mm(48)
        axis_h = ts.metrics["small"].height() + ts.mm(1)
        legend_h = ts.metrics["small"].height() + ts.mm(2)
        height = caption[2] + plot_h + axis_h + legend_h + ts.mm(3)
        totals = [sum(v[i] for v in series.values()) for i in range(len(buckets))]
        top_value = max([*totals, 1])
        step = _nice_step(top_value)
        top_value = step * -(-top_value // step)
        label_w = ts.mm(9)

        def draw(canvas: Canvas, y: float) -> None:
            p = canvas.painter
            caption[3](canvas, y)
            y0 = y + caption[2]
            plot = QRectF(label_w, y0, self.width - label_w, plot_h)
            p.setPen(ruled_pen(ts, 0.1, dotted=True))
            for k in range(0, top_value + 1, step):
                gy = plot.bottom() - plot.height() * k / top_value
                p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
                canvas.draw(
                    ts.para(str(k), "small", label_w - ts.mm(1), "right", False),
                    0,
                    gy - ts.metrics["small"].height() / 2,
                )
            slot = plot.width() / max(1, len(buckets))
            bar = slot * 0.7
            for i, bucket in enumerate(buckets):
                x = plot.left() + i * slot + (slot - bar) / 2
                base = plot.bottom()
                for key, values in series.items():
                    if not values[i]:
                        continue
                    h = plot.height() * values[i] / top_value
                    p.fillRect(QRectF(x, base - h, bar, h), COLOURS.get(key, QColor(120, 120, 120)))
                    base -= h
                text = f"{bucket.first:%d}" if granularity == "day" else bucket.key[-3:]
                if granularity == "day" or len(buckets) <= 26 or i % 2 == 0:
                    canvas.draw(
                        ts.para(text, "small", slot + ts.mm(2), "center", False),
                        plot.left() + i * slot - ts.mm(1),
                        plot.bottom() + ts.mm(0.5),
                    )
            p.setPen(ruled_pen(ts, 0.2))
            p.drawLine(plot.bottomLeft(), plot.bottomRight())
            ly = plot.bottom() + axis_h + ts.mm(1)
            lx = plot.left()
            for key in series:
                p.fillRect(QRectF(lx, ly + ts.mm(0.5), ts.mm(3), ts.mm(2.2)), COLOURS[key])
                legend = ts.para(
                    f"{vocabulary(key, 'fr')} / {vocabulary(key, 'ar')}",
                    "small",
                    ts.mm(50),
                    "left",
                    False,
                )
                canvas.draw(legend, lx + ts.mm(4), ly)
                lx += ts.mm(6) + legend.advance + ts.mm(4)

        self.place(height, draw)
        self.gap(2)

    def _caption(self, fr: str, ar: str) -> tuple[Para, Para, float, Draw]:
        ts = self.ts
        left = ts.para(fr, "end-bold", self.width / 2, "left", False)
        right = ts.para(ar, "end-bold", self.width / 2, "right", True)
        height = max(left.height, right.height) + ts.mm(1.5)

        def draw(canvas: Canvas, y: float) -> None:
            canvas.draw(left, 0, y)
            canvas.draw(right, self.width / 2, y)

        return left, right, height, draw

    def _table(self, table: Table) -> None:
        ts = self.ts
        pad = ts.mm(1.2)
        values = len(table.columns)
        if table.bilingual_rows:
            label_w = self.width * (0.36 if values <= 2 else 0.3 if values <= 4 else 0.23)
            value_w = (self.width - 2 * label_w) / values
            widths = [label_w] + [value_w] * values + [label_w]
        else:
            widths = [self.width / values] * values
        xs = [sum(widths[:i]) for i in range(len(widths))]
        heads: list[list[Para]] = []
        columns = ([("", "")] if table.bilingual_rows else []) + table.columns
        columns += [("", "")] if table.bilingual_rows else []
        for (fr, ar), w in zip(columns, widths, strict=True):
            inner = w - 2 * pad
            heads.append(
                [ts.para(fr, "heading", inner, "center", False)]
                + ([ts.para(ar, "heading", inner, "center", True)] if ar else [])
            )
        head_h = max(sum(p.height for p in c) for c in heads) + 2 * pad
        caption = self._caption(table.title_fr, table.title_ar)

        def heading(canvas: Canvas, y: float) -> None:
            p = canvas.painter
            p.fillRect(QRectF(0, y, self.width, head_h), QColor(232, 232, 232))
            for i, cell in enumerate(heads):
                h = sum(q.height for q in cell)
                canvas.draw_stack(cell, xs[i] + pad, y + (head_h - h) / 2)
            self._rules(p, y, head_h, xs)

        rows: list[tuple[list[Para], float]] = []
        for row in table.rows:
            cells = []
            last = len(row) - 1
            for i, value in enumerate(row):
                inner = widths[i] - 2 * pad
                text = _text(value)
                if table.bilingual_rows and i == 0:
                    cells.append(ts.para(text, "body", inner, "left", False))
                elif table.bilingual_rows and i == last:
                    cells.append(ts.para(text, "body", inner, "right", True))
                elif isinstance(value, str) and i == 0:
                    cells.append(ts.para(text, "body", inner, "start"))
                else:
                    cells.append(ts.para(text, "body", inner, "center", False))
            rows.append((cells, max(c.height for c in cells) + 2 * pad))
        first_row = rows[0][1] if rows else 0.0
        self.place(caption[2], caption[3], keep=head_h + first_row)
        self.place(head_h, heading)
        for cells, height in rows:

            def draw(
                canvas: Canvas, y: float, cells: list[Para] = cells, h: float = height
            ) -> None:
                for i, cell in enumerate(cells):
                    canvas.draw(cell, xs[i] + pad, y + pad)
                self._rules(canvas.painter, y, h, xs)

            if self.place(height, draw):
                # The headings again at the top of the new page, above this row.
                y_row, fn = self.pages[-1].pop()
                self.pages[-1].append((y_row, heading))
                self.pages[-1].append((y_row + head_h, fn))
                self.y += head_h
        if not rows:
            none = ts.para("—", "body", self.width, "center", False)
            self.place(none.height + ts.mm(2), lambda canvas, y: canvas.draw(none, 0, y + ts.mm(1)))
        self.gap(4)

    def _rules(self, p: QPainter, y: float, height: float, xs: list[float]) -> None:
        p.setPen(ruled_pen(self.ts, 0.15))
        p.drawRect(QRectF(0, y, self.width, height))
        for x in xs[1:]:
            p.drawLine(QPointF(x, y), QPointF(x, y + height))
        p.setPen(QPen(QColor(0, 0, 0)))

    # --- drawing

    def draw(self) -> int:
        painter = QPainter()
        if not painter.begin(self.device):
            raise RuntimeError("cannot paint on the device")
        try:
            canvas = Canvas(painter, self.ts)
            count = len(self.pages)
            for index, blocks in enumerate(self.pages):
                if index:
                    self.device.newPage()
                for y, draw in blocks:
                    draw(canvas, y)
                    canvas.forget()
                self._footer(canvas, index + 1, count)
        finally:
            painter.end()
        return len(self.pages)

    def _footer(self, canvas: Canvas, page: int, count: int) -> None:
        ts, at = self.ts, self.head.generated_at
        y = self.height - ts.metrics["small"].height()
        third = self.width / 3
        canvas.painter.setPen(ruled_pen(ts, 0.2))
        canvas.painter.drawLine(QPointF(0, y - ts.mm(1)), QPointF(self.width, y - ts.mm(1)))
        canvas.painter.setPen(QPen(QColor(0, 0, 0)))
        fr, ar = both("generated", at=f"{at:%d/%m/%Y %H:%M}")
        canvas.draw(ts.para(fr, "small", third, "left", False), 0, y)
        canvas.draw(
            ts.para(
                f"Page {page} / {count} — صفحة {LRM}{page} / {count}", "small-bold", third,
                "center", False,
            ),
            third,
            y,
        )  # fmt: skip
        canvas.draw(ts.para(ar.replace("{", ""), "small", third, "right", True), 2 * third, y)


def _nice_step(top: int) -> int:
    """A round step for about four grid lines up to ``top``."""
    raw = max(1, top // 4)
    magnitude = 10 ** (len(str(raw)) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def render_activity(
    device: QPagedPaintDevice, board: Dashboard, head: Heading, tables: list[Table]
) -> int:
    """Paint the report on ``device`` (a QPdfWriter, or a QPrinter); the page count."""
    ensure_gui()
    device.setPageLayout(page_layout())
    return _Document(device, board, head, tables).draw()


def activity_pdf(board: Dashboard, head: Heading, tables: list[Table]) -> bytes:
    return pdf_bytes(
        lambda writer: render_activity(writer, board, head, tables),
        resolution=RESOLUTION,
        title=f"{head.title_fr} — {head.period_fr}",
    )
