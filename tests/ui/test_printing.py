"""Printing from the desk: labels and receipts, with no printer installed (the PDF route)."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.gui import main_window, type_text
from tests.support.pdf import barcodes, pdf_pages, pdf_text
from ui.printing import mail_prints, service
from ui.settings import MemoryStore, PrintingPrefs, Settings

SHOWN: list[str] = []


@pytest.fixture
def no_printer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No printer on this PC; the clerk accepts to save a PDF in ``tmp_path``."""
    monkeypatch.setattr(service, "printers", lambda: [])
    SHOWN.clear()

    def ask(_self, problem, _parent) -> bool:  # type: ignore[no-untyped-def]
        SHOWN.append(problem.message("fr"))
        return True

    monkeypatch.setattr(mail_prints.MailPrints, "ask_pdf_instead", ask)
    target = tmp_path / "out.pdf"
    saved = iter([target, *(tmp_path / f"out-{i}.pdf" for i in range(1, 5))])
    monkeypatch.setattr(
        mail_prints.QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(saved)), "PDF")
    )
    return target


@pytest.fixture
def number(office: Office) -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="طلب رخصة الاستغلال المؤقت للملك العمومي",
            correspondent=CorrespondentInput.from_name("شركة الأطلس للنقل"),
            channel=Channel.COUNTER,
        ),
    ).number


def test_label_without_a_printer_goes_to_pdf_and_scans(
    qtbot, office: Office, number: str, no_printer: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(MemoryStore())
    with main_window(qtbot, office.db, office.clerk, settings) as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.mail_actions.print_label.isEnabled(), timeout=10000)
        with qtbot.waitSignal(win.prints.done, timeout=15000):
            win.mail_actions.print_label.trigger()
        assert "imprimante" in SHOWN[0]  # the clerk was told why
        qtbot.waitUntil(
            lambda: get_mail(office.db, number).events[-1].kind == "label_printed", timeout=10000
        )
    (page,) = pdf_pages(no_printer.read_bytes(), 203)
    assert barcodes(page) == [number]


def test_sheet_labels_start_where_the_last_print_stopped(
    qtbot, office: Office, number: str, no_printer: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(MemoryStore())
    settings.printing = PrintingPrefs(label_template="a4-3x8")
    settings.next_sheet_position = 5
    with main_window(qtbot, office.db, office.clerk, settings) as win:
        win.prints.print_labels([number])
        dialog = win.prints.labels_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        asked = dialog.picker.start  # the sheet shows where the last print stopped
        with qtbot.waitSignal(win.prints.done, timeout=15000):
            qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert asked == 5 and settings.next_sheet_position == 6
    (page,) = pdf_pages(no_printer.read_bytes(), 150)
    width, height = page.size
    # Position 5: the middle column of the second row; the rest of the sheet is blank.
    cell = page.crop((width // 3, height // 8, 2 * width // 3, 2 * height // 8))
    assert barcodes(cell) == [number]
    assert barcodes(page.crop((0, 0, width, height // 8))) == []


def test_save_and_print_label_from_the_form(qtbot, office: Office, no_printer: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(MemoryStore())
    settings.printing = PrintingPrefs(receipt_after_counter=True)
    with main_window(qtbot, office.db, office.clerk, settings) as win:
        form = win.open_form(Direction.IN)
        qtbot.waitUntil(form.isVisible, timeout=5000)
        type_text("Karim Alaoui", form.correspondent)
        type_text("Dépôt d'un dossier de candidature", form.subject)
        form.channel.setCurrentIndex(form.channel.findData(Channel.COUNTER.value))
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow, timeout=5000)
        with qtbot.waitSignal(win.prints.done, timeout=15000):
            form.subject.setFocus()
            qtbot.keyClick(form.subject, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        number = form.result.text()
        # The receipt follows at the counter.
        qtbot.waitUntil(
            lambda: (
                [e.kind for e in get_mail(office.db, number).events][-2:]
                in (["label_printed", "receipt_printed"], ["receipt_printed", "label_printed"])
            ),
            timeout=15000,
        )
    texts = [pdf_text(p.read_bytes()) for p in (no_printer, no_printer.with_name("out-1.pdf"))]
    assert all(number in text for text in texts)
    assert any("Récépissé de dépôt" in text for text in texts)


def test_a_cancelled_mail_prints_no_label(qtbot, office: Office, number: str) -> None:  # type: ignore[no-untyped-def]
    from app.registry.corrections import cancel_mail

    cancel_mail(office.db, office.admin, number, "Doublon")
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.mail_actions.mail is not None, timeout=10000)
        assert not win.mail_actions.print_label.isEnabled()


def test_the_register_of_the_day_to_pdf_and_excel(
    qtbot, office: Office, number: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from app.domain.clock import to_local

    day = to_local(get_mail(office.db, number).registered_at).date()
    with main_window(qtbot, office.db, office.admin) as win:
        dialog = win.open_register_printing()
        dialog.set_day(day)
        dialog.save_to(tmp_path / "registre.pdf", "pdf")
        qtbot.waitUntil(lambda: "registre.pdf" in dialog.message.text(), timeout=15000)
        dialog.save_to(tmp_path / "registre.xlsx", "xlsx")
        qtbot.waitUntil(lambda: "registre.xlsx" in dialog.message.text(), timeout=15000)
        dialog.direction.setCurrentIndex(dialog.direction.findData("out"))
        dialog.save_to(tmp_path / "vide.pdf", "pdf")  # nothing went out that day
        qtbot.waitUntil(lambda: "Aucun" in dialog.message.text(), timeout=15000)
    text = pdf_text((tmp_path / "registre.pdf").read_bytes())
    assert number in text and "طلب رخصة الاستغلال المؤقت للملك العمومي" in text
    sheet = openpyxl.load_workbook(tmp_path / "registre.xlsx").worksheets[0]
    assert number in [cell.value for cell in sheet["A"]]
    assert not (tmp_path / "vide.pdf").exists()


def test_reprint_the_label_from_the_detail_pane(
    qtbot, office: Office, number: str, no_printer: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QToolButton

    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(number)
        button = next(
            b
            for b in win.detail.findChildren(QToolButton)
            if b.defaultAction() is win.mail_actions.print_label
        )
        qtbot.waitUntil(button.isEnabled, timeout=10000)
        with qtbot.waitSignal(win.prints.done, timeout=15000):
            button.click()
    (page,) = pdf_pages(no_printer.read_bytes(), 203)
    assert barcodes(page) == [number]
