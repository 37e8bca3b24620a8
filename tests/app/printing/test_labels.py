"""Barcode labels: every template scans back to the exact number, fits its label, reads."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtPrintSupport import QPrinter

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.errors import NotFound, UserError
from app.printing.labels import (
    TEMPLATES,
    LabelData,
    LabelTemplate,
    barcode_layout,
    check_labels,
    label_data,
    labels_pdf,
    render_labels,
)
from app.registry.corrections import cancel_mail
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.pdf import barcodes, pdf_text

SCAN_DPI = 203  # the coarsest printer the templates are made for
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

SAMPLE = LabelData(
    number="A-2026/000123",
    registered_at=datetime(2026, 11, 23, 10, 42),
    direction_fr="Arrivée",
    direction_ar="وارد",
    office_fr="Bureau d'ordre central - Ministère de la Justice",
    office_ar="مكتب الضبط المركزي - وزارة العدل",
    correspondent="جمعية الأمل للتنمية",
)


def pdf_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    """Every page rasterised at ``dpi`` in grey (PGM: several times faster than PNG)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "labels.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(path), f"{tmp}/p"], check=True)
        pages = sorted(Path(tmp).glob("p-*.pgm"), key=lambda p: int(p.stem.split("-")[-1]))
        return [Image.open(p).copy() for p in pages]


def _px(mm: float, dpi: int = SCAN_DPI) -> float:
    return mm * dpi / 25.4


def _ink(image: Image.Image, threshold: int = 160) -> tuple[int, int, int, int] | None:
    """The bounding box of what is printed on ``image`` (None if blank)."""
    return image.convert("L").point(lambda v: 255 if v < threshold else 0).getbbox()


def _inside(ink: tuple[int, int, int, int], template: LabelTemplate, position: int) -> bool:
    """Whether ``ink`` stays within the label at ``position``, its padding left blank."""
    x, y, w, h = template.cell_mm(position)
    px, py = template.padding_mm
    slack = 1  # a pixel of anti-aliasing
    return (
        ink[0] >= _px(x + px) - slack
        and ink[1] >= _px(y + py) - slack
        and ink[2] <= _px(x + w - px) + slack
        and ink[3] <= _px(y + h - py) + slack
    )


def _words(text: str) -> str:
    return BIDI_MARKS.sub("", text)


def _register(office: Office, **extra: object) -> str:
    draft = MailDraft(
        direction=Direction.IN,
        subject="طلب منحة لفائدة الجمعية",
        correspondent=CorrespondentInput.from_name("جمعية الأمل للتنمية"),
        service_code="RH",
        **extra,  # type: ignore[arg-type]
    )
    return register_mail(office.db, office.clerk, draft).number


def test_every_template_scans_back_to_the_number_and_reads(office: Office) -> None:
    number = _register(office)
    data = label_data(office.db, number, actor=office.clerk)
    assert data.office_ar == "مكتب الضبط - وزارة العدل" and data.direction_fr == "Arrivée"
    problems: dict[str, str] = {}
    for key, template in TEMPLATES.items():
        pdf = labels_pdf([data], template)
        pages = pdf_pages(pdf, SCAN_DPI)
        if len(pages) != 1:
            problems[key] = f"{len(pages)} pages"
            continue
        found = barcodes(pages[0])
        if found != [number]:
            problems[key] = f"decoded {found}"
            continue
        ink = _ink(pages[0])
        if ink is None or not _inside(ink, template, 1):
            problems[key] = f"ink {ink} outside the label's printed part"
            continue
        text = _words(pdf_text(pdf))
        expected = [number, "Arrivée", "وارد", "Bureau d'ordre - Ministère de la Justice"]
        expected += data.office_ar.split(" - ")  # pdftotext splits the runs at the hyphen
        missing = [e for e in expected if e not in text]
        if missing:
            problems[key] = f"text lacks {missing}: {text!r}"
    assert problems == {}


def test_the_large_label_names_the_correspondent_unless_confidential(office: Office) -> None:
    large = TEMPLATES["thermal-100x50-203"]
    open_mail = label_data(office.db, _register(office), actor=office.clerk)
    secret = label_data(office.db, _register(office, confidential=True), actor=office.clerk)
    assert open_mail.correspondent == "جمعية الأمل للتنمية" and secret.correspondent == ""
    assert "جمعية" in _words(pdf_text(labels_pdf([open_mail], large)))
    assert "جمعية" not in _words(pdf_text(labels_pdf([secret], large)))


def test_unknown_and_cancelled_numbers_are_refused(office: Office) -> None:
    with pytest.raises(NotFound) as unknown:
        label_data(office.db, "A-2026/999999", actor=office.clerk)
    assert unknown.value.code == "unknown_number"
    number = _register(office)
    cancel_mail(office.db, office.admin, number, "Doublon")
    with pytest.raises(UserError) as cancelled:
        label_data(office.db, number, actor=office.clerk)
    assert cancelled.value.code == "mail_cancelled"


def _cell_px(template: LabelTemplate, position: int) -> tuple[int, int, int, int]:
    x, y, w, h = template.cell_mm(position)
    return round(_px(x)), round(_px(y)), round(_px(x + w)), round(_px(y + h))


@pytest.mark.parametrize("key", [k for k, t in TEMPLATES.items() if t.is_sheet])
def test_a_sheet_prints_at_every_start_position_and_nowhere_else(key: str) -> None:
    template = TEMPLATES[key]
    assert template.per_page >= 21
    wrong: dict[int, str] = {}
    for start in range(1, template.per_page + 1):
        (page,) = pdf_pages(labels_pdf([SAMPLE], template, start), SCAN_DPI)
        ink = _ink(page)
        if ink is None or not _inside(ink, template, start):
            wrong[start] = f"ink {ink}"
            continue
        found = barcodes(page.crop(_cell_px(template, start)))
        if found != [SAMPLE.number]:
            wrong[start] = f"decoded {found}"
    assert wrong == {}


def test_a_sheet_continues_on_the_next_one() -> None:
    template = TEMPLATES["a4-3x8"]
    labels = [replace(SAMPLE, number=f"A-2026/00012{i}") for i in range(4)]
    first, second = pdf_pages(labels_pdf(labels, template, start=23), SCAN_DPI)
    assert barcodes(first.crop(_cell_px(template, 23))) == ["A-2026/000120"]
    assert barcodes(first.crop(_cell_px(template, 24))) == ["A-2026/000121"]
    assert barcodes(second.crop(_cell_px(template, 1))) == ["A-2026/000122"]
    assert barcodes(second.crop(_cell_px(template, 2))) == ["A-2026/000123"]
    ink = _ink(second)
    assert ink is not None and ink[1] < _px(37) and ink[3] < _px(38)  # the first row only


def test_thermal_labels_get_a_page_each() -> None:
    labels = [replace(SAMPLE, number=f"D-2026/00000{i}") for i in range(1, 4)]
    pages = pdf_pages(labels_pdf(labels, TEMPLATES["thermal-62x29-203"]), SCAN_DPI)
    assert [barcodes(p) for p in pages] == [["D-2026/000001"], ["D-2026/000002"], ["D-2026/000003"]]
    for page in pages:  # the page is the label
        assert abs(page.width - _px(62)) <= 2 and abs(page.height - _px(29)) <= 2


def _barcode_row(page: Image.Image) -> list[int]:
    """A scan line through the middle of the barcode: the longest run of identical rows
    crossing many bars (a line of text never repeats for long)."""
    grey = page.convert("L")
    width, height = grey.size
    ink = grey.point(lambda v: 1 if v < 128 else 0).tobytes()
    rows = [ink[y * width : (y + 1) * width] for y in range(height)]
    best, best_length, y = 0, 0, 0
    while y < height:
        length = 1
        while y + length < height and rows[y + length] == rows[y]:
            length += 1
        if length > best_length and rows[y].count(b"\x00\x01") >= 20:
            best, best_length = y + length // 2, length
        y += length
    raw = grey.tobytes()
    return list(raw[best * width : (best + 1) * width])


@pytest.mark.parametrize("key", [k for k, t in TEMPLATES.items() if not t.is_sheet])
def test_bars_are_whole_printer_dots_with_quiet_zones(key: str) -> None:
    template = TEMPLATES[key]
    # Rasterised at the printer's own resolution, as the printer will.
    (page,) = pdf_pages(labels_pdf([SAMPLE], template), template.dpi)
    row = _barcode_row(page)
    assert [v for v in row if 40 < v < 215] == []  # no bar edge straddles two dots
    runs: list[tuple[bool, int]] = []
    for value in row:
        dark = value < 128
        if runs and runs[-1][0] == dark:
            runs[-1] = (dark, runs[-1][1] + 1)
        else:
            runs.append((dark, 1))
    dots = barcode_layout(template, SAMPLE.number).dots
    module_mm = dots * 25.4 / template.dpi
    assert module_mm >= 0.19
    bars = runs[1:-1]
    widths = {n for _, n in bars}
    assert all(n % dots == 0 for n in widths), (dots, sorted(widths))
    assert min(widths) == dots  # the narrowest bar or space is one module
    assert runs[0][1] >= 10 * dots and runs[-1][1] >= 10 * dots  # quiet zones


def test_long_names_are_shrunk_or_cut_but_stay_on_the_label() -> None:
    long = replace(
        SAMPLE,
        office_fr="Bureau d'ordre central de la Direction régionale de l'Équipement, du "
        "Transport et de la Logistique de Casablanca-Settat",
        office_ar="مكتب الضبط المركزي للمديرية الجهوية للتجهيز والنقل واللوجستيك والماء "
        "لجهة الدار البيضاء سطات",
        correspondent="الشركة الوطنية للنقل واللوجستيك / Société Nationale du Transport SA",
    )
    for key in ("thermal-62x29-203", "thermal-100x50-300", "a4-3x7"):
        template = TEMPLATES[key]
        (page,) = pdf_pages(labels_pdf([long], template), SCAN_DPI)
        ink = _ink(page)
        assert ink is not None and _inside(ink, template, 1), (key, ink)
        assert barcodes(page) == [long.number], key
        assert long.number in pdf_text(labels_pdf([long], template))


def test_what_cannot_be_printed_is_refused_before_painting() -> None:
    small, sheet = TEMPLATES["thermal-62x29-203"], TEMPLATES["a4-3x8"]
    check_labels([SAMPLE], small)
    too_long = replace(SAMPLE, number="A-2026/ABCDEFGHIJKL")
    with pytest.raises(UserError) as error:
        labels_pdf([too_long], small)
    assert error.value.code == "label_number_too_long"
    check_labels([too_long], TEMPLATES["thermal-100x50-300"])  # the large label takes it
    for template, start in ((sheet, 0), (sheet, 25), (small, 2)):
        with pytest.raises(UserError) as error:
            labels_pdf([SAMPLE], template, start)
        assert error.value.code == "label_bad_start"
        assert error.value.params["count"] == template.per_page


def test_a_printer_gets_the_same_labels(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The desktop prints and previews through QPrinter: the same code must paint it right.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    template = TEMPLATES["a4-3x8"]
    render_labels(printer, [SAMPLE], template, start=5)
    (page,) = pdf_pages(out.read_bytes(), SCAN_DPI)
    assert barcodes(page.crop(_cell_px(template, 5))) == [SAMPLE.number]
    ink = _ink(page)
    assert ink is not None and _inside(ink, template, 5)


def test_templates_are_described_in_both_languages() -> None:
    keys = set(TEMPLATES)
    assert {"thermal-62x29-203", "thermal-62x29-300", "thermal-100x50-203"} <= keys
    assert {"thermal-100x50-300", "a4-3x8"} <= keys
    for template in TEMPLATES.values():
        # What a thermal head or an office printer cannot reach stays blank.
        assert min(template.padding_mm) >= (3 if template.is_sheet else 1.2)
        assert template.name("fr") and template.name("ar") != template.name("fr")
        *_, width, height = template.cell_mm(template.per_page)
        x, y, *_ = template.cell_mm(template.per_page)
        # The last label is still on the page.
        assert x + width <= template.page_mm[0] + 0.01 and y + height <= template.page_mm[1]
