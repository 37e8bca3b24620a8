"""The activity report as an Excel workbook: one sheet per table of the report, plus the
daily volumes and the delays per service and mail type in detail.

Each sheet opens with the office and the period in both languages, then the table: bilingual
headings ("Reçus / الواردة"), frozen, with a filter; Arabic cells right to left; numbers and
dates as such. Every text cell goes through :func:`app.printing.export.text_cell` (text, never
a formula: a service's name typed ``=...`` stays text).
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from app.domain.text import has_arabic
from app.printing.export import cell_text, text_cell
from app.stats.dashboard import Dashboard
from app.stats.report import Heading, Table

SHEET_NAMES = {
    "figures": "Synthèse",
    "channels": "Canaux",
    "services": "Services",
    "delays": "Délais",
    "types": "Types",
    "coverage": "Couverture",
    "agents": "Retards",
    "daily": "Volumes par jour",
    "delay_detail": "Délais détaillés",
}


def activity_xlsx(board: Dashboard, head: Heading, tables: list[Table]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E6E6E6")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ltr = Alignment(vertical="top", wrap_text=True)
    rtl = Alignment(horizontal="right", vertical="top", wrap_text=True, readingOrder=2)
    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(SHEET_NAMES.get(table.key, table.key)[:31])
        lines = [
            (head.office_fr, head.office_ar),
            (f"{head.title_fr} — {head.period_fr}", f"{head.title_ar} — {head.period_ar}"),
            (head.scope_fr, head.scope_ar),
            (table.title_fr, table.title_ar),
        ]
        columns = list(table.columns)
        if table.bilingual_rows:
            columns = [("", ""), *columns, ("", "")]
        width = max(2, len(columns))
        for fr, ar in lines:
            sheet.append([fr] + [None] * (width - 2) + [ar])
            sheet.cell(sheet.max_row, 1).font = bold
            last = sheet.cell(sheet.max_row, width)
            last.font, last.alignment = bold, rtl
        sheet.append([])
        heading_row = sheet.max_row + 1
        sheet.append([f"{fr} / {ar}" if fr != ar else fr for fr, ar in columns])
        for cell in sheet[heading_row]:
            cell.font, cell.fill, cell.alignment = bold, fill, centre
        for values in table.rows:
            sheet.append([_value(v) for v in values])
            for cell in sheet[sheet.max_row]:
                value = cell.value
                if isinstance(value, date):
                    cell.number_format = "DD/MM/YYYY"
                cell.alignment = rtl if isinstance(value, str) and has_arabic(value) else ltr
        for row in sheet.iter_rows():
            for cell in row:
                text_cell(cell)
        for i in range(1, width + 1):
            sheet.column_dimensions[get_column_letter(i)].width = 34 if i in (1, width) else 16
        sheet.freeze_panes = sheet.cell(heading_row + 1, 2)
        if table.rows:
            sheet.auto_filter.ref = f"A{heading_row}:{get_column_letter(width)}{sheet.max_row}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    book.properties.title = f"{head.title_fr} — {head.period_fr}"
    book.properties.creator = "Bureau d'ordre"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _value(value: Any) -> Any:
    return cell_text(value) if isinstance(value, str) else value
