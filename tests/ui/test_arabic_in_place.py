"""Arabic in place on the desk: counts said as a clerk says them (٣ مراسلات، ١١ مراسلة،
دقيقتان), a Latin name on the lock screen, an Arabic file name, the two "مسح"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support import files
from tests.support.gui import main_window
from ui import display
from ui.display import DisplayPrefs
from ui.settings import MemoryStore, Settings

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def _register(office: Office, count: int, attach=None) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=Direction.IN,
                subject=f"طلب رقم {i}",
                correspondent=CorrespondentInput.from_name("محمد العلوي"),
                attachments=(attach,) if attach else (),
            ),
        ).number
        for i in range(count)
    ]


@pytest.fixture
def eastern() -> object:
    display.configure(DisplayPrefs(eastern_digits=True))
    yield
    display.configure(DisplayPrefs())


def test_counts_agree_with_their_noun(qtbot, office: Office, eastern) -> None:  # type: ignore[no-untyped-def]
    _register(office, 3)
    with main_window(qtbot, office.db, office.clerk, lang="ar") as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10000)
        assert win.count_label.text() == "٣ مراسلات"
        _register(office, 8)
        win.model.refresh()
        qtbot.waitUntil(lambda: win.model.rowCount() == 11, timeout=10000)
        assert win.count_label.text() == "١١ مراسلة"


def test_the_idle_minutes_are_said_as_arabic_says_them(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(MemoryStore())
    with main_window(qtbot, office.db, office.clerk, settings, lang="ar") as win:
        dialog = win.open_settings()
        dialog.tabs.setCurrentWidget(dialog.session_page)
        spin = dialog.session_page.idle_minutes
        said = {}
        for value in (1, 2, 3, 11, 100):
            spin.setValue(value)
            said[value] = spin.text()
        assert said == {
            1: "دقيقة واحدة",
            2: "دقيقتان",
            3: "3 دقائق",
            11: "11 دقيقة",
            100: "100 دقيقة",
        }
        dialog.activateWindow()
        spin.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is spin, timeout=5000)
        spin.selectAll()
        qtbot.keyClicks(spin, "2")  # the clerk types a number
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
        assert spin.value() == 2 and spin.text() == "دقيقتان"


def test_a_latin_name_on_the_arabic_lock_screen_keeps_its_place(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk, lang="ar") as win:
        win.idle_lock.lock()
        dialog = win.idle_lock.dialog
        qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
        text = dialog.who.text()
        assert text.startswith(f"{FSI}Fatima Zahra Bennani{PDI} ({LRI}fatima{PDI}):")
        assert "أدخل كلمة المرور" in text


def test_an_arabic_file_name_reads_with_its_extension_after_it(
    qtbot, office: Office, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "طلب.pdf"
    letter.write_bytes(files.pdf_bytes(1))
    number = _register(office, 1, attach=letter)[0]
    with main_window(qtbot, office.db, office.clerk, lang="ar") as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.detail.attachments.count() == 1, timeout=10000)
        shown = win.detail.attachments.item(0).text()
        assert shown.startswith(f"{LRI}طلب.pdf{PDI}")  # laid out left to right: طلب.pdf


def test_scanning_and_clearing_are_two_words(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk, lang="ar") as win:
        window = win.capture.open_window()
        panel = window.scan
        scan = panel.scan_button.text().replace("&", "")
        clear = panel.clear_button.text()
        assert "مسح" in scan and "مسح" not in clear  # "مسح" is to scan here, never to wipe
        window.close()
