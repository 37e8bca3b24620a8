"""The capture window: pages arranged and saved to a mail, a stack matched, the tray sorted.

In tests/ui/ itself, after tests/ui/register/: like every main window test it ends with
the French catalogue installed, which the register model tests (untranslated) must not see.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.capture import tray
from app.documents.inspect import inspect_bytes
from app.registry.queries import get_mail
from tests.app.capture.conftest import register
from tests.conftest import Office
from tests.support import files, scans
from tests.support.gui import main_window


def test_pages_are_arranged_and_saved_to_the_selected_mail(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (number,) = register(office, 1)
    paths = []
    for i in range(3):
        path = tmp_path / f"p{i}.png"
        path.write_bytes(files.image_bytes("PNG", (60 + i * 10, 80)))
        paths.append(path)
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.detail.mail is not None, timeout=10000)
        window = win.capture.open_window()
        panel = window.scan
        assert panel.number.text() == number
        panel.add_files(paths)
        qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=10000)
        panel.list.item(0).setSelected(True)
        panel.turn(90)
        panel.list.clearSelection()
        panel.list.item(1).setSelected(True)
        panel.delete_selected()
        assert [p.rotation for p in panel.pages] == [90, 0]
        panel.save_to_mail()
        qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=20000)
        assert number in window.status.text()
        (att,) = get_mail(office.db, number).attachments
        assert att.pages == 2
        qtbot.waitUntil(lambda: win.detail.attachments.count() == 1, timeout=10000)
        window.close()


def test_a_stack_is_matched_with_progress_and_the_tray_is_sorted(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    a, b = register(office, 2)
    stack = scans.pdf_of(
        [
            scans.scanned(scans.text_page(), angle=1, seed=1),
            scans.scanned(scans.label_page(a), angle=-1.4, seed=2),
        ]
    )
    with main_window(qtbot, office.db, office.clerk, lang="ar") as win:
        window = win.capture.open_window()
        panel = window.scan
        from app.capture.pages import pages_of

        panel.add_pages(pages_of(inspect_bytes("lot.pdf", stack, max_bytes=10**8)))
        seen: list[tuple[int, int]] = []
        panel.import_and_match()
        window.job.progressed.connect(lambda d, t: seen.append((d, t)))
        assert window.progress.isVisible() and window.cancel_button.isVisible()
        qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=30000)
        qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=5000)
        assert seen and seen[-1] == (2, 2)
        assert len(get_mail(office.db, a).attachments) == 1
        window.tabs.setCurrentWidget(window.tray)
        qtbot.waitUntil(lambda: len(window.tray.rows) == 1, timeout=10000)
        assert "1" in window.tabs.tabText(1) or "١" in window.tabs.tabText(1)
        window.on_scanned(b)  # a handheld reader, while the tray is in front
        assert window.tray.number.text() == b
        window.tray.attach_current()
        qtbot.waitUntil(lambda: window.tray.rows == [], timeout=10000)
        assert len(get_mail(office.db, b).attachments) == 1
        assert tray.count_waiting(office.db, office.clerk) == 0
        window.close()
        QApplication.processEvents()
