import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app import files
from app.domain.enums import Direction
from app.errors import UserError
from app.printing import export
from app.printing.register_pdf import register_pdf, render_register
from app.registry.report import RegisterReport, build_report
from tests.conftest import Office
from tests.support.pdf import pdf_text
from tests.support.registers import (
    CANCEL_REASON,
    CORRECT_REASON,
    CORRECTED_FROM,
    CORRECTED_TO,
    DAY,
    SUBJECTS_AR,
    SUBJECTS_FR,
    RegisterDay,
    bulk_day,
    fill_day,
)

NUMBER = re.compile(r"\b[ADI]-\d{4}/\d{6}\b")


@pytest.fixture
def day(office: Office, monkeypatch: pytest.MonkeyPatch) -> RegisterDay:
    return fill_day(office, monkeypatch)


@pytest.fixture
def report(office: Office, day: RegisterDay) -> RegisterReport:
    return build_report(office.db, Direction.IN, DAY)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


BIDI_MARKS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _squeeze(text: str) -> str:
    """The text's words, one space apart, without the direction marks pdftotext adds."""
    return " ".join(text.translate(BIDI_MARKS).split())


def test_pdf_text_has_both_scripts_and_exactly_the_days_numbers(
    report: RegisterReport, day: RegisterDay
) -> None:
    pdf = register_pdf(report)
    text = pdf_text(pdf, layout=True)
    flat = _squeeze(text)
    for subject in [SUBJECTS_AR[0], *SUBJECTS_FR[:2], CORRECTED_TO]:
        assert subject in flat, subject
    # The long Arabic subject wraps over several lines; its first words are on the first.
    assert " ".join(SUBJECTS_AR[1].split()[:4]) in flat
    for name in ("محمد العلوي", "Commune de Fès", "فاطمة الزهراء بناني", "Fatima Zahra Bennani"):
        assert name in flat
    found = NUMBER.findall(text)
    assert sorted(found) == sorted(day.numbers)  # each of the day's numbers, once; no other
    assert len(found) == len(report.entries) == 5
    assert "Page 1 / 1" in flat and _pages(pdf) == 1


def test_pdf_has_the_header_the_marks_and_the_end_of_the_register(
    report: RegisterReport,
) -> None:
    flat = _squeeze(pdf_text(register_pdf(report), layout=True))
    for text in (
        "ROYAUME DU MAROC",
        "المملكة المغربية",
        "Bureau d'ordre - Ministère de la Justice",
        "مكتب الضبط",  # pdftotext moves the " - " of "مكتب الضبط - وزارة العدل"
        "وزارة العدل",
        "Registre d'arrivée",
        "سجل الواردات",
        "Journée du 12/05/2026",
        "Expéditeur",
        "Objet",
        "الموضوع",
    ):
        assert text in flat, text
    # The cancellation and the correction, with their reasons, old and new values.
    assert "ANNULÉ" in flat and "ملغى" in flat and CANCEL_REASON in flat
    assert CORRECT_REASON in flat and CORRECTED_FROM in flat and "Corrigé" in flat
    # Totals, the audit anchor, the content fingerprint, the signature block.
    assert "Arrêté le présent registre à 5 courriers." in flat
    assert report.audit_hash is not None and report.audit_hash in flat
    assert f"n° {report.audit_seq}" in flat
    assert report.content_sha256 in flat
    assert "Le responsable du bureau d'ordre" in flat and "رئيس مكتب الضبط" in flat
    assert "Signature" in flat and "Cachet" in flat and "الخاتم" in flat


def test_a_long_register_repeats_its_headings_and_numbers_its_pages(office: Office) -> None:
    numbers = bulk_day(office, 120)
    report = build_report(office.db, Direction.IN, DAY)
    pdf = register_pdf(report)
    pages = _pages(pdf)
    assert pages >= 3
    assert _render_to_writer(report) == pages  # what render_register reports
    texts = pdf_text(pdf, layout=True).split("\f")[:pages]  # pdftotext ends pages with \f
    for n, text in enumerate(texts, start=1):
        flat = _squeeze(text)
        assert f"Page {n} / {pages}" in flat
        assert "ROYAUME DU MAROC" in flat and "Registre d'arrivée" in flat
        if n < pages:
            assert "N° d'ordre" in flat  # the column headings, on every page of the table
    found = [m for text in texts for m in NUMBER.findall(text)]
    assert sorted(found) == numbers  # every entry once, none lost or repeated at a page break


def _render_to_writer(report: RegisterReport) -> int:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    count = render_register(writer, report)
    del writer
    assert _pages(bytes(buffer.data())) == count
    return count


def test_an_entry_taller_than_a_page_is_split_without_losing_a_line(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.directory.correspondents import CorrespondentInput
    from app.registry.drafts import MailDraft
    from tests.support.registers import clock_at, local

    words = [f"MOT{i:03d}" for i in range(400)]
    with clock_at(monkeypatch, local(DAY, 9, 0)):
        from app.registry.register import register_mail

        register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=Direction.IN,
                subject="Dossier volumineux",
                correspondent=CorrespondentInput(name_latin="Société Atlas SARL"),
                observations=" ".join(words),
            ),
        )
    pdf = register_pdf(build_report(office.db, Direction.IN, DAY))
    assert _pages(pdf) >= 2
    found = re.findall(r"MOT\d{3}", pdf_text(pdf))
    assert found == words


def test_render_register_paints_on_a_qprinter(report: RegisterReport, tmp_path: Path) -> None:
    """The desktop application prints and previews through a QPrinter."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from app.printing.qt import ensure_gui

    ensure_gui()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = render_register(printer, report)
    assert pages == 1
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    del printer
    flat = _squeeze(pdf_text(out.read_bytes()))
    assert "Registre d'arrivée" in flat and SUBJECTS_AR[0] in flat


# --- CSV and XLSX ---------------------------------------------------------------------------


def test_csv_has_a_bom_and_the_reports_rows(report: RegisterReport) -> None:
    data = export.register_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    heading, *rows = lines
    assert heading[0] == "N° d'ordre / رقم الترتيب" and heading[6] == "Objet / الموضوع"
    assert [r[0] for r in rows] == [e.number for e in report.entries]
    assert [r[6] for r in rows] == [e.subject for e in report.entries]
    assert rows == [[export.csv_text(v) for v in values] for values in export.rows(report)]
    by_number = {r[0]: r for r in rows}
    cancelled = next(e for e in report.entries if e.cancelled)
    assert by_number[cancelled.number][10] == "Annulé / ملغى"
    assert by_number[cancelled.number][11] == CANCEL_REASON
    corrected = next(e for e in report.entries if e.corrected)
    assert CORRECTED_FROM in by_number[corrected.number][12]
    assert by_number[report.entries[0].number][1] == DAY.isoformat()


def test_xlsx_has_the_same_rows_and_the_fingerprints(report: RegisterReport) -> None:
    book = load_workbook(io.BytesIO(export.register_xlsx(report)))
    sheet = book["Registre"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    heading, *rows = rows
    assert heading[0] == "N° d'ordre / رقم الترتيب"
    assert [r[0] for r in rows] == [e.number for e in report.entries]
    csv_rows = list(
        csv.reader(io.StringIO(export.register_csv(report).decode("utf-8-sig")), delimiter=";")
    )[1:]

    def as_text(value: object) -> str:
        if value is None:
            return ""
        if hasattr(value, "date"):
            return value.date().isoformat()  # type: ignore[union-attr]
        return str(value)

    assert [[as_text(v) for v in r] for r in rows] == csv_rows
    # Arabic cells read right to left; numbers and dates are real numbers and dates.
    arabic = next(c for c in sheet["G"][1:] if c.value == SUBJECTS_AR[0])
    assert arabic.alignment.readingOrder == 2 and arabic.alignment.horizontal == "right"
    assert isinstance(sheet["I2"].value, int)
    assert sheet["B2"].is_date
    info = {r[0]: r[1] for r in book["Informations"].iter_rows(values_only=True)}
    assert info["Chaîne d'audit : n°"] == report.audit_seq
    assert info["Chaîne d'audit : empreinte"] == report.audit_hash
    assert info["Empreinte du contenu (SHA-256)"] == report.content_sha256
    assert info["Courriers enregistrés"] == 5


def test_the_format_follows_the_extension(report: RegisterReport, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for name, magic in (("r.pdf", b"%PDF"), ("r.CSV", b"\xef\xbb\xbf"), ("r.xlsx", b"PK")):
        assert export.write_register(report, tmp_path / name) == name[2:].lower()
        assert (tmp_path / name).read_bytes().startswith(magic)
    with pytest.raises(UserError) as caught:
        export.write_register(report, tmp_path / "r.docx")
    assert caught.value.code == "register_bad_format"
    assert not (tmp_path / "r.docx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.CSV", "r.pdf", "r.xlsx"]


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(
    report: RegisterReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "registre.csv"
    target.write_bytes(b"previous")

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(UserError) as caught:
        export.write_register(report, target)
    assert caught.value.code == "export_write_failed"
    assert "No space left on device" in caught.value.message("fr")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["registre.csv"]


def test_an_empty_day_has_no_report_to_print(office: Office) -> None:
    with pytest.raises(UserError) as caught:
        build_report(office.db, Direction.INTERNAL, date(2026, 1, 2))
    assert "registre du courrier interne le 2026-01-02" in caught.value.message("fr")
