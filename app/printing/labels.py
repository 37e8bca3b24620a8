"""Barcode labels: one per mail, stuck on the paper at registration.

A label carries the office's name in Arabic and French, the number as a Code128 barcode and in
clear, large, right under it, the registration date and time, and the direction in both
languages; the large thermal label adds the correspondent (unless the mail is confidential).
The number printed in clear is exactly the text encoded in the bars.

Templates (:data:`TEMPLATES`) cover thermal label printers (one label per page, the page being
the label: 62 × 29 mm and 100 × 50 mm, at 203 and 300 dpi) and A4 sheets of stickers (3 × 8 of
70 × 37 mm, 3 × 7 of 63.5 × 38.1 mm) filled from any position, so a half-used sheet goes back
into the printer. The template's resolution is the printer's: bar widths are whole dots of it.

:func:`render_labels` paints on any paged device, a QPrinter (printing, Qt's print preview)
or a QPdfWriter; :func:`labels_pdf` returns the PDF. Neither records the print: the caller
does, through :func:`app.printing.journal.record_mail_prints`, once it has succeeded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QTextLayout,
    QTextOption,
)

from app.domain.clock import to_local
from app.domain.enums import LABELS
from app.domain.text import has_arabic
from app.errors import UserError
from app.organisation import queries as organisation
from app.organisation.actor import Actor
from app.printing import barcode128
from app.printing.qt import ensure_gui, pdf_bytes, print_font
from app.registry.queries import get_mail
from app.store.database import Database

MM_PER_INCH = 25.4
DATE_FORMAT = "%d/%m/%Y %H:%M"


@dataclass(frozen=True)
class LabelTemplate:
    """A label stock: its page, where its labels sit on it, and the printer's resolution.

    Lengths in millimetres. ``origin_mm`` is the top-left corner of the first label on the
    page, ``pitch_mm`` the distance from one label's corner to the next one's (across, down);
    ``padding_mm`` is kept blank inside each label (sides, top and bottom): what a thermal head
    cannot reach, or an office printer's unprintable border on a sheet.
    """

    key: str
    name_fr: str
    name_ar: str
    page_mm: tuple[float, float]
    label_mm: tuple[float, float]
    dpi: int
    columns: int = 1
    rows: int = 1
    origin_mm: tuple[float, float] = (0.0, 0.0)
    pitch_mm: tuple[float, float] = (0.0, 0.0)
    padding_mm: tuple[float, float] = (1.5, 1.5)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_fr

    def cell_mm(self, position: int) -> tuple[float, float, float, float]:
        """Left, top, width, height on the page of the label at ``position`` (1 = top left,
        then across and down, as sheets are numbered)."""
        if not 1 <= position <= self.per_page:
            raise ValueError(position)
        row, column = divmod(position - 1, self.columns)
        return (
            self.origin_mm[0] + column * self.pitch_mm[0],
            self.origin_mm[1] + row * self.pitch_mm[1],
            *self.label_mm,
        )

    def content_mm(self, position: int = 1) -> tuple[float, float, float, float]:
        """The part of a label that is printed on, inside its padding."""
        x, y, w, h = self.cell_mm(position)
        px, py = self.padding_mm
        return x + px, y + py, w - 2 * px, h - 2 * py


def _thermal(width: int, height: int, dpi: int, padding: tuple[float, float]) -> LabelTemplate:
    return LabelTemplate(
        key=f"thermal-{width}x{height}-{dpi}",
        name_fr=f"Étiquette thermique {width} × {height} mm, {dpi} dpi",
        name_ar=f"ملصقة حرارية {width} × {height} مم، {dpi} نقطة في البوصة",
        page_mm=(width, height),
        label_mm=(width, height),
        dpi=dpi,
        padding_mm=padding,
    )


TEMPLATES: dict[str, LabelTemplate] = {
    t.key: t
    for t in (
        _thermal(62, 29, 203, (1.5, 1.5)),
        _thermal(62, 29, 300, (1.5, 1.5)),
        _thermal(100, 50, 203, (3.0, 2.5)),
        _thermal(100, 50, 300, (3.0, 2.5)),
        LabelTemplate(
            key="a4-3x8",
            name_fr="Planche A4 de 24 étiquettes 70 × 37 mm (3 × 8)",
            name_ar="ورقة A4 من 24 ملصقة 70 × 37 مم (3 × 8)",
            page_mm=(210, 297),
            label_mm=(70, 37),
            dpi=300,
            columns=3,
            rows=8,
            origin_mm=(0, 0.5),
            pitch_mm=(70, 37),
            padding_mm=(4.5, 4.0),  # the labels touch the sheet's edges
        ),
        LabelTemplate(
            key="a4-3x7",
            name_fr="Planche A4 de 21 étiquettes 63,5 × 38,1 mm (3 × 7)",
            name_ar="ورقة A4 من 21 ملصقة 63,5 × 38,1 مم (3 × 7)",
            page_mm=(210, 297),
            label_mm=(63.5, 38.1),
            dpi=300,
            columns=3,
            rows=7,
            origin_mm=(7.21, 15.15),
            pitch_mm=(66.04, 38.1),
            padding_mm=(3.0, 3.0),
        ),
    )
}


@dataclass(frozen=True)
class LabelData:
    """What one label shows. ``registered_at`` is local time."""

    number: str
    registered_at: datetime
    direction_fr: str
    direction_ar: str
    office_fr: str
    office_ar: str
    correspondent: str = ""


def label_data(db: Database, number: str, *, actor: Actor | None) -> LabelData:
    """The label of ``number`` for ``actor``: NotFound (``unknown_number``) if there is no such
    mail, PermissionDenied if ``actor`` may not see it (:mod:`app.registry.reach`),
    ``mail_cancelled`` if it was cancelled (its label must not go on a paper any more)."""
    mail = get_mail(db, number, actor=actor)
    if mail.cancelled:
        raise UserError("mail_cancelled", number=mail.number)
    office = organisation.office(db)
    direction = LABELS.get(mail.direction, {})
    return LabelData(
        number=mail.number,
        registered_at=to_local(mail.registered_at),
        direction_fr=direction.get("fr", mail.direction),
        direction_ar=direction.get("ar", mail.direction),
        office_fr=office.name_fr if office else "",
        office_ar=office.name_ar if office else "",
        correspondent="" if mail.confidential else (mail.correspondent or ""),
    )


def sample_label(office_fr: str = "", office_ar: str = "") -> LabelData:
    """A label to try a printer and a template with (the settings' test print)."""
    return LabelData(
        number=f"A-{datetime.now().year}/000123",
        registered_at=datetime.now().replace(second=0, microsecond=0),
        direction_fr=LABELS["in"]["fr"],
        direction_ar=LABELS["in"]["ar"],
        office_fr=office_fr or "Bureau d'ordre",
        office_ar=office_ar or "مكتب الضبط",
        correspondent="",
    )


# -- Layout --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    office_ar_pt: float
    office_fr_pt: float
    number_pt: float
    footer_pt: float
    correspondent_pt: float  # 0: not shown
    min_pt: float
    gap_mm: float
    bar_min_mm: float
    bar_max_mm: float
    bar_width_mm: float  # at most; the rest of the width stays white


COMPACT = _Style(
    office_ar_pt=7.5,
    office_fr_pt=6.5,
    number_pt=12,
    footer_pt=7,
    correspondent_pt=0,
    min_pt=5.5,
    gap_mm=0.4,
    bar_min_mm=6.5,
    bar_max_mm=11,
    bar_width_mm=60,
)
LARGE = _Style(
    office_ar_pt=10.5,
    office_fr_pt=9,
    number_pt=18,
    footer_pt=9,
    correspondent_pt=8.5,
    min_pt=6.5,
    gap_mm=1.0,
    bar_min_mm=10,
    bar_max_mm=16,
    bar_width_mm=76,
)


def _style(template: LabelTemplate) -> _Style:
    return LARGE if template.content_mm()[3] >= 36 else COMPACT


def _bar_budget_mm(template: LabelTemplate) -> float:
    return min(template.content_mm()[2], _style(template).bar_width_mm)


def barcode_layout(template: LabelTemplate, number: str) -> barcode128.Code128Layout:
    """How the bars of ``number`` are laid out on ``template`` (module in printer dots)."""
    return barcode128.layout(number, _bar_budget_mm(template), template.dpi)


def check_labels(labels: Sequence[LabelData], template: LabelTemplate, start: int = 1) -> None:
    """Raise the UserError a print of ``labels`` would meet, before anything is painted."""
    if not 1 <= start <= template.per_page:
        raise UserError(
            "label_bad_start", start=start, count=template.per_page, template=template.key
        )
    budget = _bar_budget_mm(template)
    for data in labels:
        if not barcode128.fits(data.number, budget, template.dpi):
            raise UserError("label_number_too_long", number=data.number, template=template.key)


def _metrics(font: QFont, device: QPaintDevice) -> QFontMetricsF:
    return QFontMetricsF(font, device)


def _fit(
    text: str, width: float, pt: float, min_pt: float, device: QPaintDevice, *, bold: bool = False
) -> tuple[QFont, str]:
    """The largest size from ``pt`` down to ``min_pt`` at which ``text`` fits ``width``;
    at ``min_pt`` the text is elided."""
    size = pt
    while True:
        font = print_font(size, bold=bold)
        metrics = _metrics(font, device)
        if metrics.horizontalAdvance(text) <= width:
            return font, text
        if size - 0.5 < min_pt:
            return font, metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        size -= 0.5


def _line(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    align: Qt.AlignmentFlag,
    direction: Qt.LayoutDirection | None = None,
) -> None:
    """One line of ``text`` in ``rect``, its baseline where the print font puts it whatever
    fallback font the line uses (Arabic in a French line does not push the line down)."""
    if direction is None:
        rtl = has_arabic(text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout = QTextLayout(text, font, painter.device())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(rect.width())
    layout.endLayout()
    baseline = rect.top() + _metrics(font, painter.device()).ascent()
    layout.draw(painter, QPointF(rect.left(), baseline - line.ascent()))


@dataclass
class _Row:
    kind: str  # office_ar, office_fr, barcode, number, correspondent, footer
    height: float
    font: QFont | None = None
    text: str = ""
    extra: str = ""  # the footer's second text
    optional: bool = False


def _rows(data: LabelData, style: _Style, width: float, device: QPaintDevice) -> list[_Row]:
    rows: list[_Row] = []

    def text_row(kind: str, text: str, pt: float, *, bold: bool = False, optional: bool) -> None:
        if text.strip():
            font, shown = _fit(text, width, pt, style.min_pt, device, bold=bold)
            rows.append(_Row(kind, _metrics(font, device).height(), font, shown, "", optional))

    text_row("office_ar", data.office_ar, style.office_ar_pt, bold=True, optional=False)
    text_row("office_fr", data.office_fr, style.office_fr_pt, optional=True)
    rows.append(_Row("barcode", 0.0))
    # The number is never elided: only made smaller (the barcode is always wider than it).
    size = style.number_pt
    font = print_font(size, bold=True)
    while _metrics(font, device).horizontalAdvance(data.number) > width and size > style.min_pt:
        size -= 0.5
        font = print_font(size, bold=True)
    number_height = _metrics(font, device).ascent() + _metrics(font, device).descent() * 0.3
    rows.append(_Row("number", number_height, font, data.number))
    if style.correspondent_pt:
        text_row("correspondent", data.correspondent, style.correspondent_pt, optional=True)
    # Footer: date and time on the left, the direction (French, then Arabic) on the right.
    when = data.registered_at.strftime(DATE_FORMAT)
    direction = f"{data.direction_fr} · {data.direction_ar}"
    size = style.footer_pt
    while True:
        font = print_font(size)
        metrics = _metrics(font, device)
        room = width - metrics.horizontalAdvance(when) - metrics.horizontalAdvance("MM")
        if metrics.horizontalAdvance(direction) <= room or size - 0.5 < style.min_pt:
            break
        size -= 0.5
    rows.append(_Row("footer", metrics.height(), font, when, direction))
    return rows


def _paint_label(
    painter: QPainter, box: QRectF, data: LabelData, template: LabelTemplate, unit: float
) -> None:
    """Paint one label in ``box`` (its printed part, device units; ``unit`` = one mm)."""
    style = _style(template)
    device = painter.device()
    width, height = box.width(), box.height()
    rows = _rows(data, style, width, device)
    gap = style.gap_mm * unit
    bar_min, bar_max = style.bar_min_mm * unit, style.bar_max_mm * unit

    def bar_room() -> float:
        return height - sum(r.height for r in rows) - gap * (len(rows) - 1)

    # Too little room for readable bars: drop the optional lines, last first.
    while bar_room() < bar_min and any(r.optional for r in rows):
        rows.remove([r for r in rows if r.optional][-1])
    bar_height = min(max(bar_room(), bar_min), bar_max)
    spare = height - sum(r.height for r in rows) - bar_height - gap * (len(rows) - 1)
    gap += max(0.0, spare) / max(1, len(rows) - 1)

    spec = barcode_layout(template, data.number)
    y = box.top()
    for row in rows:
        if row.kind == "barcode":
            bar_width = spec.width_mm * unit
            barcode128.paint(painter, box.left() + (width - bar_width) / 2, y, bar_height, spec)
            y += bar_height + gap
            continue
        assert row.font is not None
        rect = QRectF(box.left(), y, width, row.height)
        if row.kind == "footer":
            ltr = Qt.LayoutDirection.LeftToRight
            _line(painter, rect, row.text, row.font, Qt.AlignmentFlag.AlignLeft, ltr)
            _line(painter, rect, row.extra, row.font, Qt.AlignmentFlag.AlignRight, ltr)
        else:
            _line(painter, rect, row.text, row.font, Qt.AlignmentFlag.AlignHCenter)
        y += row.height + gap


def page_layout(template: LabelTemplate) -> QPageLayout:
    """The template's page, with no margins: labels are placed from the page's corner."""
    millimetres = QSizeF(*template.page_mm)
    exact = QPageSize.SizeMatchPolicy.ExactMatch
    standard = QPageSize.id(millimetres, QPageSize.Unit.Millimeter, exact)
    if standard != QPageSize.PageSizeId.Custom:  # A4: the driver picks its paper by name
        size = QPageSize(standard)
    else:
        size = QPageSize(millimetres, QPageSize.Unit.Millimeter, template.key, exact)
    layout = QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(), QPageLayout.Unit.Millimeter
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def _set_page(device: QPagedPaintDevice, template: LabelTemplate) -> None:
    set_full_page = getattr(device, "setFullPage", None)  # QPrinter: paint up to the edges
    if set_full_page is not None:
        set_full_page(True)
    if not device.setPageLayout(page_layout(template)):
        device.setPageSize(page_layout(template).pageSize())
        device.setPageMargins(QMarginsF(), QPageLayout.Unit.Millimeter)


def render_labels(
    device: QPagedPaintDevice,
    labels: Sequence[LabelData],
    template: LabelTemplate,
    start: int = 1,
) -> None:
    """Paint ``labels`` on ``device`` (a QPrinter, or a QPdfWriter) for ``template``.

    Thermal templates get a page per label. Sheets are filled from position ``start`` (1 = top
    left, across then down) and continue on further sheets from position 1. Sets the device's
    page to the template's. Raises the UserError of :func:`check_labels` before painting, and
    OSError if the device cannot be painted on (a PDF file that cannot be created).
    """
    check_labels(labels, template, start)
    ensure_gui()
    _set_page(device, template)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or the file refused the labels")
    try:
        # Page coordinates, whatever margins the device kept.
        dpi = device.logicalDpiX()
        paint_rect = device.pageLayout().paintRectPixels(dpi)
        painter.translate(-paint_rect.left(), -paint_rect.top())
        unit = dpi / MM_PER_INCH
        for index, data in enumerate(labels):
            slot = start - 1 + index
            if index and slot % template.per_page == 0:
                device.newPage()
            x, y, w, h = template.content_mm(slot % template.per_page + 1)
            box = QRectF(x * unit, y * unit, w * unit, h * unit)
            _paint_label(painter, box, data, template, unit)
    finally:
        painter.end()


def labels_pdf(labels: Sequence[LabelData], template: LabelTemplate, start: int = 1) -> bytes:
    """The PDF of ``labels`` at the template's resolution (its page size, fonts embedded)."""
    check_labels(labels, template, start)
    title = " ".join(d.number for d in labels[:3]) + (" …" if len(labels) > 3 else "")
    return pdf_bytes(
        lambda writer: render_labels(writer, labels, template, start),
        resolution=template.dpi,
        title=title,
    )
