"""The administration dialog, driven from the keyboard; every change read back from the database."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.domain.enums import Priority, Role
from app.imputation.choices import assign_choices
from app.organisation import admin
from app.organisation.actor import Actor, authenticate
from app.organisation.queries import services
from tests.conftest import ADMIN_PASSWORD, Office
from tests.support.gui import type_text
from ui.admin.dialog import AdministrationDialog
from ui.context import DeskContext
from ui.i18n import Languages
from ui.tasks import TaskRunner

Opener = Callable[..., AdministrationDialog]


@pytest.fixture
def open_dialog(qtbot, office: Office) -> Iterator[Opener]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    languages = Languages(QApplication.instance())
    opened: list[AdministrationDialog] = []

    def make(actor: Actor | None = None, lang: str = "fr") -> AdministrationDialog:
        languages.apply(lang)
        ctx = DeskContext.create(
            db=office.db, tasks=tasks, actor=actor or office.admin, languages=languages
        )
        dialog = AdministrationDialog(ctx=ctx)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=10000):
            dialog.show()
            dialog.activateWindow()
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        dialog.close()
    tasks.wait()
    languages.apply("fr")


def _key(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _alt(qtbot, letter: str) -> None:  # type: ignore[no-untyped-def]
    _key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def _press(qtbot, letter: str, then_focus: Callable[[], QWidget]) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter on a button: it clicks a moment later (animateClick)."""
    _alt(qtbot, letter)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is then_focus(), timeout=3000)


def _save(qtbot, dialog: AdministrationDialog) -> None:  # type: ignore[no-untyped-def]
    """Enter, then wait for the change to be written and read back."""
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current_page().isEnabled(), timeout=10000)


def test_a_service_is_added_under_a_parent_with_both_names(
    qtbot, office: Office, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    page = dialog.services_page
    assert QApplication.focusWidget() is page.tree
    _press(qtbot, "n", lambda: page.code)  # &Nouveau service
    assert page.code.text() == "" and not page.code.isReadOnly()
    qtbot.keyClicks(page.code, "pers")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.name_ar
    type_text("مصلحة الموظفين")
    _key(qtbot, Qt.Key.Key_Tab)
    type_text("Service du personnel")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.kind
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.parent_combo
    qtbot.keyClicks(page.parent_combo, "R")  # the combo's own keyboard search
    assert page.parent_combo.currentData() == "RH"
    _save(qtbot, dialog)

    rows = {s.code: s for s in services(office.db)}
    assert (rows["PERS"].name_ar, rows["PERS"].name_fr) == (
        "مصلحة الموظفين",
        "Service du personnel",
    )
    assert (rows["PERS"].parent_code, rows["PERS"].kind) == ("RH", "service")
    # The tree shows it under its parent, selected, and the form now edits it.
    assert page.current_code() == "PERS"
    assert page.tree.currentIndex().parent().data(Qt.ItemDataRole.UserRole) == "RH"
    assert page.code.isReadOnly() and not page.is_dirty()
    assert "Service PERS" in page.form_box.title()


def test_an_agent_is_added_with_two_services(qtbot, office: Office, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    _alt(qtbot, "u")  # &Utilisateurs
    page = dialog.users_page
    assert dialog.current_page() is page
    _press(qtbot, "n", lambda: page.login)  # &Nouvel utilisateur
    qtbot.keyClicks(page.login, "kouazzani")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Khadija Ouazzani")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.role
    qtbot.keyClicks(page.role, "Ch")  # Chef de service, then back to the agent
    assert page.role.currentData() == "chef"
    qtbot.keyClick(page.role, Qt.Key.Key_Up)  # the list: clerk, chef, agent...
    qtbot.keyClick(page.role, Qt.Key.Key_Down)
    qtbot.keyClick(page.role, Qt.Key.Key_Down)
    assert page.role.currentData() == "agent"
    assert page.role.currentText() == "Agent traitant"
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.services
    _key(qtbot, Qt.Key.Key_Space)  # BUDGET
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Space)  # RH
    assert page.service_codes() == ["BUDGET", "RH"]
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "agent-pass-2026")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "agent-pass-2026")
    _save(qtbot, dialog)

    user = admin.load(office.db, office.admin).user("kouazzani")
    assert user is not None
    assert (user.full_name, user.role, user.services, user.active) == (
        "Khadija Ouazzani",
        "agent",
        ("BUDGET", "RH"),
        True,
    )
    assert authenticate(office.db, "kouazzani", "agent-pass-2026").role == "agent"
    assert page.current_login() == "kouazzani" and page.password.text() == ""


def test_an_instruction_moves_up_and_the_urgent_days_change(
    qtbot, office: Office, open_dialog
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    _alt(qtbot, "i")  # &Instructions
    page = dialog.instructions_page
    page.list.setFocus()
    assert page.current_code() == "SUITE"
    _key(qtbot, Qt.Key.Key_Down)
    assert page.current_code() == "AVIS" and page.label_fr.text() == "Pour avis"
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        _key(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.isEnabled, timeout=10000)
    assert [i.code for i in assign_choices(office.db).instructions][:2] == ["AVIS", "SUITE"]
    assert page.current_code() == "AVIS" and page.list.currentRow() == 0
    assert QApplication.focusWidget() is page.list  # ready to move it again

    _alt(qtbot, "d")  # &Délais
    days = dialog.deadlines_page
    assert dialog.current_page() is days
    _alt(qtbot, "g")  # Courrier ur&gent
    urgent = days.spins[Priority.URGENT]
    assert QApplication.focusWidget() is urgent
    assert urgent.text() == "8 jours"
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(urgent, "5")
    _save(qtbot, dialog)
    assert admin.load(office.db, office.admin).days == {
        "normal": 30,
        "urgent": 5,
        "very_urgent": 4,
    }
    assert urgent.text() == "5 jours"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "lettres latines"), ("ar", "بحروف لاتينية")],
)
def test_a_name_in_the_wrong_script_is_refused_and_kept(  # type: ignore[no-untyped-def]
    qtbot, office: Office, open_dialog, lang: str, expected: str
) -> None:
    dialog = open_dialog(lang=lang)
    page = dialog.services_page
    page.new_button.click()
    qtbot.keyClicks(page.code, "ARCH")
    page.name_ar.setFocus()
    type_text("مصلحة الأرشيف")
    page.name_fr.setFocus()
    type_text("مصلحة الأرشيف")  # the keyboard left in Arabic
    _key(qtbot, Qt.Key.Key_Return)
    assert page.message.isVisible() and expected in page.message.text()
    assert QApplication.focusWidget() is page.name_fr
    assert (page.code.text(), page.name_ar.text(), page.name_fr.text()) == (
        "ARCH",
        "مصلحة الأرشيف",
        "مصلحة الأرشيف",
    )
    assert "ARCH" not in {s.code for s in services(office.db)}

    # Corrected, it goes through.
    page.name_fr.selectAll()
    type_text("Service des archives")
    _save(qtbot, dialog)
    assert {s.code: s.name_fr for s in services(office.db)}["ARCH"] == "Service des archives"
    assert not page.message.isVisible()


@pytest.mark.parametrize(("lang", "expected"), [("fr", "existe déjà"), ("ar", "موجودة مسبقا")])
def test_a_refusal_from_the_database_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, office: Office, open_dialog, lang: str, expected: str
) -> None:
    dialog = open_dialog(lang=lang)
    page = dialog.services_page
    page.new_button.click()
    qtbot.keyClicks(page.code, "BUDGET")
    page.name_ar.setFocus()
    type_text("مصلحة الصفقات")
    page.name_fr.setFocus()
    type_text("Service des marchés")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(page.message.isVisible, timeout=10000)
    assert expected in page.message.text() and "BUDGET" in page.message.text()
    assert page.isEnabled() and QApplication.focusWidget() is page.code
    assert (page.code.text(), page.name_ar.text(), page.name_fr.text()) == (
        "BUDGET",
        "مصلحة الصفقات",
        "Service des marchés",
    )
    assert {s.code: s.name_fr for s in services(office.db)}["BUDGET"] == "Service du budget"


def test_the_last_administrator_cannot_step_down(qtbot, office: Office, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(lang="ar")
    page = dialog.users_page
    dialog.tabs.setCurrentWidget(page)
    page._select("admin")
    page.on_current_changed(page.table.currentIndex(), page.table.currentIndex())
    page.role.setCurrentIndex(page.role.findData(Role.SUPERVISOR.value))
    page.role.setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(page.message.isVisible, timeout=10000)
    assert "آخر مدير نظام" in page.message.text()
    assert page.role.currentData() == "supervisor"  # kept, to be put back or changed
    assert authenticate(office.db, "admin", ADMIN_PASSWORD).role == "admin"
    _key(qtbot, Qt.Key.Key_Escape)  # Esc puts the form back...
    assert page.role.currentData() == "admin" and dialog.isVisible()
    _key(qtbot, Qt.Key.Key_Escape)  # ...then closes
    assert not dialog.isVisible()


def test_only_an_administrator_sees_anything(qtbot, office: Office, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(actor=office.clerk)
    assert not dialog.tabs.isEnabled()
    assert "gérer les services et les utilisateurs" in dialog.status.text()
    assert dialog.services_page.model.rowCount() == 0


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_each_tab_has_distinct_mnemonics(qtbot, office: Office, open_dialog, lang: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(lang=lang)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    for index, page in enumerate(dialog.pages):
        dialog.tabs.setCurrentIndex(index)
        widgets: list[QWidget] = [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
        texts = [w.text() for w in widgets if w.isVisibleTo(dialog)] + tabs
        letters = [m.group(1).casefold() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]
        assert len(letters) == len(set(letters)), (lang, page.objectName(), sorted(letters))
        assert len(letters) >= 8
