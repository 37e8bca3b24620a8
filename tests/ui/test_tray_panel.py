"""The "to be sorted" tray: its page large enough to read, and a number typed by hand confirmed
(the mail's number, subject and correspondent shown) before anything is attached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.capture import tray
from app.directory.correspondents import CorrespondentInput
from app.documents.inspect import inspect_bytes
from app.domain.enums import Direction
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support import files
from tests.support.gui import main_window, type_text


def _put(office: Office, name: str) -> int:
    info = inspect_bytes(name, files.marked_pdf_bytes(2), max_bytes=10**8)
    with office.db.write() as session:
        return tray.add_in(session, office.clerk, info, reason="no_label", origin="test")


def _mail(office: Office, subject: str, who: str) -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject=subject,
            correspondent=CorrespondentInput.from_name(who),
        ),
    ).number


def test_a_typed_number_is_confirmed_before_attaching(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    wanted = _mail(office, "طلب رخصة البناء", "محمد العلوي")
    _mail(office, "Demande de mutation", "Karim Alaoui")
    _put(office, "scan-0007.pdf")
    with main_window(qtbot, office.db, office.clerk) as win:
        window = win.capture.open_window()
        window.tabs.setCurrentWidget(window.tray)
        panel = window.tray
        qtbot.waitUntil(lambda: len(panel.rows) == 1, timeout=10000)
        # The page, large: several times a thumbnail's width.
        qtbot.waitUntil(lambda: panel.pages.count() == 2, timeout=10000)
        qtbot.waitUntil(
            lambda: panel.large.pixmap() is not None and not panel.large.pixmap().isNull(),
            timeout=10000,
        )
        large = panel.large.pixmap().width() / panel.large.pixmap().devicePixelRatio()
        assert large >= 3 * panel.pages.iconSize().width()
        panel.pages.setCurrentRow(1)  # the second page, large
        qtbot.waitUntil(
            lambda: panel._large_key is not None and panel._large_key[1] == 1, timeout=5000
        )

        panel.number.setFocus()
        type_text(wanted.lower(), panel.number)  # as a clerk types it
        # (Typed this fast then Enter would be a reader's scan: the clerk clicks Attach.)
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: panel.confirmation is not None and panel.confirmation.isVisible(), timeout=10000
        )
        box = panel.confirmation
        text = box.text() + "\n" + box.informativeText()
        assert wanted in text and "طلب رخصة البناء" in text and "محمد العلوي" in text
        assert "scan-0007.pdf" in text
        # Not that one after all: nothing attached, the number kept to be corrected.
        box.button(box.StandardButton.Cancel).click()
        assert tray.count_waiting(office.db, office.clerk) == 1
        assert panel.number.text() == wanted.lower() and panel.attach_button.isEnabled()

        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: panel.confirmation is not box and panel.confirmation.isVisible(), timeout=10000
        )
        with qtbot.waitSignal(panel.attached, timeout=10000):
            qtbot.mouseClick(panel.confirmation.defaultButton(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.rows == [], timeout=10000)
        window.close()
        QApplication.processEvents()
    assert [a.name for a in get_mail(office.db, wanted).attachments] == ["scan-0007.pdf"]


def test_a_scanned_number_attaches_at_once_an_unknown_one_is_refused(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    number = _mail(office, "Facture d'électricité", "ONEE")
    _put(office, "facture.pdf")
    with main_window(qtbot, office.db, office.clerk) as win:
        window = win.capture.open_window()
        window.tabs.setCurrentWidget(window.tray)
        panel = window.tray
        qtbot.waitUntil(lambda: len(panel.rows) == 1, timeout=10000)
        messages: list[str] = []
        panel.message.connect(messages.append)
        panel.number.setFocus()
        type_text("A-2026/999999", panel.number)
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(messages), timeout=10000)
        assert "999999" in messages[-1] and panel.confirmation is None
        assert panel.attach_button.isEnabled()
        window.on_scanned(number)  # the reader: the label is the mail's own
        with qtbot.waitSignal(panel.attached, timeout=10000):
            panel.attach_current()
        assert panel.confirmation is None
        window.close()
        QApplication.processEvents()
    assert len(get_mail(office.db, number).attachments) == 1
