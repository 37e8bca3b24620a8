"""The main window over a real database: register, detail, barcode scan, language switch."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office
from ui.context import DeskContext
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def window(office: Office, qtbot):  # type: ignore[no-untyped-def]
    for subject, who, direction in [
        ("طلب شهادة إدارية", "محمد العلوي", Direction.IN),
        ("Demande de mutation", "Nadia Berrada", Direction.IN),
        ("Réponse au recours gracieux", "Société Atlas SARL", Direction.OUT),
    ]:
        register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=direction,
                subject=subject,
                correspondent=CorrespondentInput.from_name(who),
                service_code="RH",
            ),
        )
    tasks = TaskRunner()
    languages = Languages(QApplication.instance())
    languages.apply("fr")
    win = MainWindow(
        ctx=DeskContext.create(db=office.db, tasks=tasks, actor=office.clerk, languages=languages)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10000)
    yield win
    win.close()
    tasks.wait()
    languages.apply("fr")


def test_selecting_a_row_shows_the_whole_mail(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(2)  # oldest: the Arabic request
    qtbot.waitUntil(
        lambda: window.detail.number.text().lstrip("\u200e").startswith("A-"), timeout=10000
    )
    assert window.detail.value("subject") == "طلب شهادة إدارية"
    # Registered for RH, and so assigned there at the counter.
    assert window.detail.history.count() == 2
    assert window.detail.value("assigned_to") == "RH"


def test_filters_query_the_database(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.filters.direction.setCurrentIndex(window.filters.direction.findData("out"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.filters.direction.setCurrentIndex(0)
    window.filters.search.setText("mutation")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    assert window.count_label.text().startswith("1 ")


def test_barcode_scan_anywhere_opens_the_mail(qtbot, window: MainWindow, office: Office) -> None:  # type: ignore[no-untyped-def]
    window.model.row_at(2)
    qtbot.waitUntil(lambda: window.model.row_at(2) is not None, timeout=10000)
    target = window.model.row_at(2).number
    window.table.setFocus()
    focus = QApplication.focusWidget() or window
    for ch in target:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                focus, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            focus, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )
    qtbot.waitUntil(lambda: window.detail.number.text().lstrip("\u200e") == target, timeout=10000)
    assert window.table.currentIndex().row() == 2


def test_unknown_scanned_number_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_number("A-1999/000042")
    qtbot.waitUntil(window.message.isVisible, timeout=10000)
    assert "A-1999/000042" in window.message.text()


def test_language_switch_turns_the_layout_and_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.language_actions["ar"].trigger()
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "رقم الترتيب"
    assert window.filters.today.text() != "Today"
    window.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "N° d'ordre"
