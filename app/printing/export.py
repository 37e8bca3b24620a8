"""The register as a spreadsheet: CSV and XLSX, the same rows as the printed register.

CSV: UTF-8 with a byte-order mark and ``;`` between fields. The mark is what makes Excel read
UTF-8 (without it, Arabic and accented letters come out garbled); ``;`` is the list separator
of Excel under the French and Arabic locales of Moroccan offices' Windows, where a
comma-separated file opens as one column (LibreOffice asks, and offers ``;`` too). Dates are
ISO (``2026-03-10``), which Excel and LibreOffice read as dates in every locale.

XLSX: a "Registre" sheet (bilingual heading row, frozen, with a filter; Arabic cells right to
left; real dates and numbers) and an "Informations" sheet (office, period, totals, and the two
fingerprints described in :mod:`app.registry.report`).

Cells are always text, never formulas (a subject ``=HYPERLINK(...)`` typed at the counter or
deposited on the portal must not become a live link or a computation in the supervisor's
spreadsheet): in the XLSX every text cell has the string type (and Excel's quote prefix when it
starts like a formula), and in the CSV a text value that starts with ``=``, ``+``, ``-``, ``@``,
a tab, a carriage return or a line feed (or their full-width forms, which some spreadsheets
also read as formulas) gets a leading apostrophe, as OWASP recommends and as spreadsheets
themselves write such a cell: ``'=HYPERLINK(...)`` is shown as typed and never evaluated.
Numbers and dates are written as such. Control characters that an older version let into
the register (XLSX cannot hold them) are written as visible escapes (``\x1b``).

Files are written atomically: to a temporary file beside the target, flushed to disk, then
renamed over it, so a crash or a full disk never leaves half a register under the real name.
:func:`write_register` picks the format from the file's extension (``.pdf`` too).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app import files
from app.domain.text import has_arabic
from app.errors import UserError
from app.registry.report import CORRESPONDENT_HEADINGS, RegisterEntry, RegisterReport

FORMATS = ("pdf", "csv", "xlsx")
# How a cell's text may start and make a spreadsheet read a formula (or a DDE call).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CSV_DELIMITER = ";"
CANCELLED = "Annulé / ملغى"


@dataclass(frozen=True)
class Column:
    fr: str
    ar: str
    width: float  # XLSX width, in characters
    value: Callable[[RegisterEntry], Any]

    @property
    def heading(self) -> str:
        return f"{self.fr} / {self.ar}"


def columns(report: RegisterReport) -> list[Column]:
    """The columns of the exported register, in order (the PDF's, with dates split)."""
    corr_fr, corr_ar = CORRESPONDENT_HEADINGS[report.direction]
    return [
        Column("N° d'ordre", "رقم الترتيب", 16, lambda e: e.number),
        Column("Date", "التاريخ", 12, lambda e: e.registered_at.date()),
        Column("Heure", "الساعة", 8, lambda e: f"{e.registered_at:%H:%M}"),
        Column(corr_fr, corr_ar, 34, lambda e: " ; ".join((e.correspondent, *e.recipients))),
        Column("Référence de la lettre", "مرجع الرسالة", 18, lambda e: e.letter_reference),
        Column("Date de la lettre", "تاريخ الرسالة", 12, lambda e: e.letter_date),
        Column("Objet", "الموضوع", 60, lambda e: e.subject),
        Column("Service", "المصلحة", 10, lambda e: e.service_code),
        Column("Pièces", "عدد الوثائق", 8, lambda e: e.pieces),
        Column("Observations", "ملاحظات", 30, lambda e: e.observations),
        Column("Annulé", "ملغى", 12, lambda e: CANCELLED if e.cancelled else None),
        Column("Motif d'annulation", "سبب الإلغاء", 24, lambda e: e.cancel_reason),
        Column(
            "Corrections",
            "التصحيحات",
            60,
            lambda e: " | ".join(c.text() for c in e.corrections) or None,
        ),
        Column("Enregistré par", "المسجل", 12, lambda e: e.registered_by),
    ]


def rows(report: RegisterReport) -> list[list[Any]]:
    """One list of values per entry, in number order (``None`` for an empty cell)."""
    cols = columns(report)
    return [[c.value(e) for c in cols] for e in report.entries]


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def cell_text(text: str) -> str:
    """A text value as a cell holds it: control characters shown escaped (``\\x1b``)."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def csv_text(value: Any) -> str:
    """A value as a CSV field: dates ISO, text neutralised (a formula start gets ``'``).
    Every CSV this application writes goes through it."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = cell_text(value)
        return "'" + text if looks_like_formula(text) else text
    return str(value)


def text_cell(cell: Any) -> None:
    """Make an openpyxl cell holding a str a text cell, whatever its first character. Every
    XLSX this application writes passes its cells through it."""
    if isinstance(cell.value, str):
        cell.value = cell_text(cell.value)
        cell.data_type = "s"  # openpyxl typed "=..." as a formula
        if looks_like_formula(cell.value):
            cell.quotePrefix = True  # Excel keeps it text even once edited


def register_csv(report: RegisterReport) -> bytes:
    """The register as CSV: UTF-8 with a BOM, ``;``-separated, a heading row, CRLF lines."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([c.heading for c in columns(report)])
    for values in rows(report):
        writer.writerow([csv_text(v) for v in values])
    return out.getvalue().encode("utf-8-sig")


def register_xlsx(report: RegisterReport) -> bytes:
    """The register as an Excel workbook (sheets "Registre" and "Informations")."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    cols = columns(report)
    book = Workbook()
    sheet = book.active
    sheet.title = "Registre"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E6E6E6")
    head_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ltr = Alignment(vertical="top", wrap_text=True)
    rtl = Alignment(horizontal="right", vertical="top", wrap_text=True, readingOrder=2)
    sheet.append([c.heading for c in cols])
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = bold, fill, head_align
    for i, c in enumerate(cols, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = c.width
    date_columns = {i for i, c in enumerate(cols) if c.fr.startswith("Date")}
    for values in rows(report):
        sheet.append([cell_text(v) if isinstance(v, str) else v for v in values])
        for i, cell in enumerate(sheet[sheet.max_row]):
            value = values[i]
            if i in date_columns and value is not None:
                cell.number_format = "DD/MM/YYYY"
            cell.alignment = rtl if isinstance(value, str) and has_arabic(value) else ltr
            text_cell(cell)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{sheet.max_row}"
    sheet.print_options.gridLines = True
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = "1:1"

    info = book.create_sheet("Informations")
    t = report.totals
    lines: list[tuple[str, Any, str]] = [
        ("Royaume du Maroc", "", "المملكة المغربية"),
        (report.ministry_fr, "", report.ministry_ar),
        (report.office_fr, report.office_code, report.office_ar),
        (report.title_fr, "", report.title_ar),
        (report.period_fr, "", report.period_ar),
        ("Édité le", report.generated_at.strftime("%Y-%m-%d %H:%M"), "حرر بتاريخ"),
        ("Courriers enregistrés", t.entries, "عدد المراسلات المسجلة"),
        ("dont annulés", t.cancelled, "منها ملغاة"),
        ("dont corrigés", t.corrected, "منها مصححة"),
        ("Pièces (courriers non annulés)", t.pieces, "عدد الوثائق (غير الملغاة)"),
        ("Chaîne d'audit : n°", report.audit_seq, "سلسلة التدقيق: الرقم"),
        ("Chaîne d'audit : empreinte", report.audit_hash, "سلسلة التدقيق: البصمة"),
        ("Empreinte du contenu (SHA-256)", report.content_sha256, "بصمة المحتوى"),
    ]
    for fr, value, ar in lines:
        info.append([cell_text(v) if isinstance(v, str) else v for v in (fr, value, ar)])
        info.cell(info.max_row, 3).alignment = rtl
        for cell in info[info.max_row]:
            text_cell(cell)
    for row in info.iter_rows(min_row=1, max_row=5):
        for cell in row:
            cell.font = bold
    info.column_dimensions["A"].width = 36
    info.column_dimensions["B"].width = 70
    info.column_dimensions["C"].width = 36

    book.properties.title = f"{report.title_fr} — {report.period_fr}"
    book.properties.creator = "Bureau d'ordre"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def format_of(path: Path | str) -> str:
    """``pdf``, ``csv`` or ``xlsx`` from the file's extension; a clear error otherwise."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError("register_bad_format", path=str(path))
    return suffix


def render(report: RegisterReport, fmt: str) -> bytes:
    """The register's bytes in ``fmt`` (``pdf`` needs Qt: call from the GUI or a worker)."""
    if fmt == "pdf":
        from app.printing.register_pdf import register_pdf

        return register_pdf(report)
    if fmt == "csv":
        return register_csv(report)
    if fmt == "xlsx":
        return register_xlsx(report)
    raise UserError("register_bad_format", path=fmt)


def write_register(report: RegisterReport, path: Path | str) -> str:
    """Write the register to ``path`` in the format its extension names; returns the format."""
    fmt = format_of(path)
    write_atomic(Path(path), render(report, fmt))
    return fmt


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once (temporary file, fsync, rename)."""
    files.write_atomic(path, data, error="export_write_failed")
