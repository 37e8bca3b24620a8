"""Page previews in the detail pane: thumbnails of a real attachment, the page viewer, errors."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry import queries
from app.registry.drafts import MailDraft
from app.registry.queries import MailView, get_mail_by_id
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support import files
from ui.context import DeskContext
from ui.i18n import Languages
from ui.preview import source as preview_source
from ui.preview.strip import BATCH
from ui.register.detail import DetailPane
from ui.tasks import TaskRunner


def _register(office: Office, tmp_path: Path, *attachments: tuple[str, bytes]) -> MailView:
    paths = []
    for name, data in attachments:
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    done = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de mutation",
            correspondent=CorrespondentInput.from_name("Nadia Berrada"),
            service_code="RH",
            attachments=tuple(paths),
        ),
    )
    return get_mail_by_id(office.db, done.id)


@pytest.fixture
def languages(qtbot):  # type: ignore[no-untyped-def]
    langs = Languages(QApplication.instance())
    langs.apply("fr")
    yield langs
    langs.apply("fr")


@pytest.fixture
def pane(office: Office, qtbot, languages: Languages):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    detail = DetailPane(
        ctx=DeskContext.create(db=office.db, tasks=tasks, actor=office.admin, languages=languages)
    )
    qtbot.addWidget(detail)
    detail.resize(380, 900)
    detail.show()
    yield detail
    if detail.preview.viewer is not None:
        detail.preview.viewer.close()
    detail.close()
    tasks.wait()


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The attachment ids read from the database, in order."""
    seen: list[int] = []

    def counting(db, attachment_id, actor=None):  # type: ignore[no-untyped-def]
        seen.append(attachment_id)
        return queries.attachment_content(db, attachment_id, actor=actor)

    monkeypatch.setattr(preview_source, "attachment_content", counting)
    return seen


def test_the_first_attachment_shows_its_pages(  # type: ignore[no-untyped-def]
    qtbot, pane: DetailPane, office: Office, tmp_path: Path
) -> None:
    mail = _register(
        office,
        tmp_path,
        ("lettre.pdf", files.marked_pdf_bytes(3)),
        ("annexe.png", files.image_bytes("PNG", size=(300, 200))),
    )
    pane.show_mail(mail)
    strip = pane.preview
    assert strip.isVisible() and strip.attachment == mail.attachments[0]
    qtbot.waitUntil(lambda: strip.loaded == 3, timeout=10000)
    assert pane.attachments.currentRow() == 0
    assert strip.stack.currentWidget() is strip.thumbs
    items = [strip.thumbs.item(i) for i in range(strip.thumbs.count())]
    assert [it.text() for it in items] == ["1", "2", "3"]
    for it in items:
        size = it.icon().availableSizes()[0]
        assert size.width() > 0 and size.height() > size.width()  # a portrait page
    assert not strip.more.isVisible()  # every page is there

    pane.attachments.setCurrentRow(1)  # the image: one page, landscape
    qtbot.waitUntil(lambda: strip.loaded == 1 and not strip.loading, timeout=10000)
    size = strip.thumbs.item(0).icon().availableSizes()[0]
    assert size.width() > size.height()


def test_a_long_document_comes_a_batch_at_a_time(  # type: ignore[no-untyped-def]
    qtbot, pane: DetailPane, office: Office, tmp_path: Path
) -> None:
    mail = _register(office, tmp_path, ("dossier.pdf", files.marked_pdf_bytes(BATCH + 2)))
    pane.show_mail(mail)
    strip = pane.preview
    qtbot.waitUntil(lambda: strip.loaded == BATCH and not strip.loading, timeout=10000)
    assert strip.more.isVisible() and "2" in strip.more.text()
    qtbot.mouseClick(strip.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: strip.loaded == BATCH + 2, timeout=10000)
    assert [strip.thumbs.item(i).text() for i in range(BATCH, BATCH + 2)] == ["7", "8"]
    assert not strip.more.isVisible()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_scrolling_to_the_end_brings_the_next_batch(  # type: ignore[no-untyped-def]
    qtbot, pane: DetailPane, office: Office, tmp_path: Path, languages: Languages, lang: str
) -> None:
    languages.apply(lang)  # right to left in Arabic: page 1 on the right, the end on the left
    mail = _register(office, tmp_path, ("dossier.pdf", files.marked_pdf_bytes(2 * BATCH + 1)))
    pane.show_mail(mail)
    strip = pane.preview
    qtbot.waitUntil(lambda: strip.loaded == BATCH and not strip.loading, timeout=10000)
    bar = strip.thumbs.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum() // 3)  # not yet at the end
    qtbot.wait(200)
    assert strip.loaded == BATCH and not strip.loading
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: strip.loaded == 2 * BATCH, timeout=10000)
    last = strip.thumbs.item(strip.loaded - 1)
    rect = strip.thumbs.visualItemRect(strip.thumbs.item(BATCH - 1))
    assert strip.thumbs.viewport().rect().intersects(rect)  # the end that was scrolled to
    assert last.text() == str(2 * BATCH)


def test_bytes_are_read_once_for_the_shown_mail(  # type: ignore[no-untyped-def]
    qtbot, pane: DetailPane, office: Office, tmp_path: Path, loads: list[int]
) -> None:
    first = _register(
        office,
        tmp_path,
        ("lettre.pdf", files.marked_pdf_bytes(2)),
        ("annexe.png", files.image_bytes("PNG")),
    )
    other = _register(office, tmp_path, ("autre.pdf", files.marked_pdf_bytes(1)))
    pdf, png = (a.id for a in first.attachments)
    strip = pane.preview

    def shown(att_id: int, pages: int) -> bool:
        return strip.attachment.id == att_id and strip.loaded == pages and not strip.loading

    pane.show_mail(first)
    qtbot.waitUntil(lambda: shown(pdf, 2), timeout=10000)
    pane.attachments.setCurrentRow(1)
    qtbot.waitUntil(lambda: shown(png, 1), timeout=10000)
    pane.attachments.setCurrentRow(0)
    qtbot.waitUntil(lambda: shown(pdf, 2), timeout=10000)
    assert loads == [pdf, png]  # the PDF came from memory the second time
    pane.show_mail(other)
    qtbot.waitUntil(lambda: shown(other.attachments[0].id, 1), timeout=10000)
    assert not pane.source.cached(pdf)  # another mail: the first one's bytes are gone
    pane.show_mail(first)
    qtbot.waitUntil(lambda: shown(pdf, 2), timeout=10000)
    assert loads == [pdf, png, other.attachments[0].id, pdf]


def test_the_viewer_pages_zooms_and_closes_with_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, pane: DetailPane, office: Office, tmp_path: Path
) -> None:
    mail = _register(office, tmp_path, ("lettre.pdf", files.marked_pdf_bytes(3)))
    pane.show_mail(mail)
    strip = pane.preview
    qtbot.waitUntil(lambda: strip.loaded == 3, timeout=10000)
    strip.thumbs.setFocus()
    strip.thumbs.setCurrentRow(0)
    qtbot.keyClick(strip.thumbs, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert viewer is not None and viewer.page == 0
    qtbot.waitUntil(lambda: viewer.shown_page == 0, timeout=10000)
    width = viewer.canvas.pixmap().width()
    assert width > 3 * 96  # larger than a thumbnail
    assert "1" in viewer.page_label.text() and "3" in viewer.page_label.text()
    assert not viewer.previous.isEnabled() and viewer.next.isEnabled()

    qtbot.keyClick(viewer.scroll, Qt.Key.Key_PageDown)
    assert viewer.page == 1
    qtbot.waitUntil(lambda: viewer.shown_page == 1, timeout=10000)
    assert viewer.page_label.text() == "Page 2 sur 3"
    qtbot.keyClick(viewer.scroll, Qt.Key.Key_PageDown)
    qtbot.keyClick(viewer.scroll, Qt.Key.Key_PageDown)  # past the end: stays on the last
    qtbot.waitUntil(lambda: viewer.shown_page == 2, timeout=10000)
    assert not viewer.next.isEnabled()
    qtbot.keyClick(viewer.scroll, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: viewer.shown_page == 1, timeout=10000)

    qtbot.keyClick(viewer.scroll, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom > 1
    qtbot.waitUntil(lambda: viewer.canvas.pixmap().width() > width * 1.2, timeout=10000)
    qtbot.keyClick(viewer.scroll, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: viewer.canvas.pixmap().width() == width, timeout=10000)
    assert viewer.zoom == 1.0 and not viewer.fit_button.isEnabled()

    qtbot.keyClick(viewer.scroll, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: strip.viewer is None, timeout=5000)


def test_activating_the_attachment_opens_the_viewer(  # type: ignore[no-untyped-def]
    qtbot, pane: DetailPane, office: Office, tmp_path: Path
) -> None:
    mail = _register(office, tmp_path, ("lettre.pdf", files.marked_pdf_bytes(2)))
    pane.show_mail(mail)
    pane.attachments.setFocus()
    qtbot.keyClick(pane.attachments, Qt.Key.Key_Return)
    viewer = pane.preview.viewer
    assert viewer is not None and viewer.attachment == mail.attachments[0]
    qtbot.waitUntil(lambda: viewer.shown_page == 0, timeout=10000)


def test_a_file_that_cannot_be_drawn_says_so(  # type: ignore[no-untyped-def]
    qtbot,
    pane: DetailPane,
    office: Office,
    tmp_path: Path,
    languages: Languages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mail = _register(office, tmp_path, ("lettre.pdf", files.marked_pdf_bytes(2)))
    # What a damaged disk would hand back; registration itself refuses such a file.
    monkeypatch.setattr(
        preview_source,
        "attachment_content",
        lambda db, att_id, actor=None: ("lettre.pdf", files.corrupt_pdf_bytes()),
    )
    pane.show_mail(mail)
    strip = pane.preview
    qtbot.waitUntil(lambda: strip.error is not None, timeout=10000)
    assert strip.stack.currentWidget() is strip.status
    assert strip.status.text() == "Le PDF lettre.pdf est endommagé ou illisible."
    assert strip.loaded == 0 and not strip.more.isVisible()

    languages.apply("ar")
    qtbot.waitUntil(lambda: "تالف" in strip.status.text(), timeout=5000)

    viewer = strip.open_viewer()
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.error is not None, timeout=10000)
    assert "lettre.pdf" in viewer.canvas.text() and "تالف" in viewer.canvas.text()
    assert viewer.canvas.pixmap().isNull()
    assert not viewer.next.isEnabled()


def test_the_main_window_previews_the_selected_mail(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tmp_path: Path, languages: Languages
) -> None:
    from ui.main_window import MainWindow

    _register(office, tmp_path, ("lettre.pdf", files.marked_pdf_bytes(3)))
    tasks = TaskRunner()
    window = MainWindow(
        ctx=DeskContext.create(db=office.db, tasks=tasks, actor=office.clerk, languages=languages)
    )
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: window.detail.preview.loaded == 3, timeout=10000)
        assert window.detail.preview.isVisible()
    finally:
        window.close()
        tasks.wait()
