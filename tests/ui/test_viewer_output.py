"""Printing an attachment and saving a copy of it from the page viewer, by the keyboard."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.errors import UserError
from app.registry.drafts import MailDraft
from app.registry.queries import MailView, get_mail_by_id
from app.registry.register import register_mail
from app.store.models import AuditEvent
from tests.conftest import Office
from tests.support import files
from tests.support.pdf import pdf_pages
from ui.i18n import Languages
from ui.preview import viewer as viewer_module
from ui.preview.viewer import PageViewer
from ui.register.detail import DetailPane
from ui.tasks import TaskRunner

LETTER = files.marked_pdf_bytes(3)


@pytest.fixture
def mail(office: Office, tmp_path: Path) -> MailView:
    path = tmp_path / "lettre.pdf"
    path.write_bytes(LETTER)
    done = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de mutation",
            correspondent=CorrespondentInput.from_name("Nadia Berrada"),
            attachments=(path,),
        ),
    )
    return get_mail_by_id(office.db, done.id)


@pytest.fixture
def viewer(qtbot, office: Office, mail: MailView):  # type: ignore[no-untyped-def]
    languages = Languages(QApplication.instance())
    languages.apply("fr")
    tasks = TaskRunner()
    pane = DetailPane(db=office.db, tasks=tasks, actor=office.clerk)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_mail(mail)
    qtbot.waitUntil(lambda: pane.preview.loaded == 3, timeout=10000)
    pane.preview.thumbs.setFocus()
    pane.preview.thumbs.setCurrentRow(0)
    qtbot.keyClick(pane.preview.thumbs, Qt.Key.Key_Return)
    shown = pane.preview.viewer
    assert isinstance(shown, PageViewer)
    qtbot.waitUntil(lambda: shown.shown_page == 0, timeout=10000)
    yield shown
    shown.close()
    pane.close()
    tasks.wait()


def _audited(office: Office, action: str) -> list[str]:
    with office.db.read() as session:
        return list(
            session.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == action))
        )


def _bar(page) -> int:  # type: ignore[no-untyped-def]
    """The width of the black bar the marked page carries (it grows with the page)."""
    grey = page.convert("L")
    width, height = grey.size
    for y in range(height // 3):
        row = [grey.getpixel((x, y)) for x in range(width)]
        dark = sum(1 for v in row if v < 60)
        if dark > width // 20:
            return dark
    return 0


def test_print_two_pages_of_the_document(
    qtbot, viewer: PageViewer, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "imprime.pdf"

    def choose() -> tuple[QPrinter, list[int]]:  # the dialog's answer: pages 1 and 3
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return printer, [0, 2]

    monkeypatch.setattr(viewer_module, "check_printer", lambda _name: "Bureau")
    monkeypatch.setattr(viewer, "choose_printer", choose)
    with qtbot.waitSignal(viewer.output.done, timeout=20000):
        qtbot.keyClick(viewer.scroll, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "2" in viewer.status.text() and "imprimante" in viewer.status.text()
    first, third = pdf_pages(out.read_bytes(), 50)
    assert abs(_bar(third) / _bar(first) - 2.0) < 0.15  # 240 pt against 120 pt: pages 1 and 3
    assert _audited(office, "attachment.printed") == [str(viewer.attachment.id)]


def test_save_a_copy_as_it_was_attached(
    qtbot, viewer: PageViewer, office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copie.pdf"
    monkeypatch.setattr(viewer, "choose_file", lambda: target)
    with qtbot.waitSignal(viewer.output.done, timeout=20000):
        qtbot.keyClick(viewer.scroll, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == viewer.attachment.sha256
    assert "copie.pdf" in viewer.status.text()
    assert _audited(office, "attachment.saved") == [str(viewer.attachment.id)]


def test_without_a_printer_the_viewer_says_so(
    qtbot, viewer: PageViewer, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def none(_name: str | None) -> str:
        raise UserError("no_printer")

    asked: list[bool] = []
    monkeypatch.setattr(viewer_module, "check_printer", none)
    monkeypatch.setattr(viewer, "choose_printer", lambda: asked.append(True))
    viewer.print_button.click()
    assert viewer.status.isVisible() and "copie" in viewer.status.text()
    assert asked == []  # no print dialog for nothing
