"""First run: the set-up wizard, driven with the keyboard. The language comes first and turns
the wizard at once; each page checks what it holds before Next; Back keeps every field."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from app.organisation import queries as organisation
from tests.support.gui import type_text
from ui.i18n import Languages
from ui.setup_wizard import SetupWizard
from ui.tasks import TaskRunner


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def languages(qtbot) -> Iterator[Languages]:  # type: ignore[no-untyped-def]
    languages = Languages(QApplication.instance())
    languages.apply("fr")
    yield languages
    languages.apply("fr")


@pytest.fixture
def wizard(qtbot, db, tasks, languages) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(db=db, tasks=tasks, lang="fr", apply_language=languages.apply)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
    return wizard


def key(qtbot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def fill(qtbot, *texts: str) -> None:  # type: ignore[no-untyped-def]
    """Each text into the focused field, Tab to the next."""
    for i, text in enumerate(texts):
        if i:
            key(qtbot, Qt.Key.Key_Tab)
        type_text(text)


def next_page(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_Return)  # Next is the default button


def test_language_first_then_the_office_in_that_language(qtbot, wizard: SetupWizard, db) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentPage() is wizard.page(0)
    wizard.language.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.language)
    key(qtbot, Qt.Key.Key_Down)  # Français -> العربية
    assert wizard.chosen_language == "ar"
    # The whole wizard turns at once: direction, its own texts, the next pages, its buttons.
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: wizard.page(1).title() == "مكتب الضبط", timeout=3000)
    next_text = wizard.button(QWizard.WizardButton.NextButton).text()
    assert "Next" not in next_text and "Suivant" not in next_text
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.page(1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.code, timeout=3000)
    fill(qtbot, "ONEE-BO", "مكتب الضبط - المكتب الوطني للكهرباء", "Bureau d'ordre - ONEE")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    type_text("Office national de l'électricité et de l'eau potable")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.page(2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.login, timeout=3000)
    fill(qtbot, "admin", "هشام العمراني", "motdepasse-2026", "motdepasse-2026")
    with qtbot.waitSignal(wizard.done, timeout=10000) as caught:
        key(qtbot, Qt.Key.Key_Return)  # Finish
    assert caught.args[0].login == "admin"
    office = organisation.office(db)
    assert office is not None and office.name_ar == "مكتب الضبط - المكتب الوطني للكهرباء"
    assert office.ministry_fr == "Office national de l'électricité et de l'eau potable"
    assert office.ministry_ar is None  # optional, left empty


def test_short_password_refused_on_its_page_back_keeps_all(qtbot, wizard: SetupWizard, db) -> None:  # type: ignore[no-untyped-def]
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.code, timeout=3000)
    fill(qtbot, "MJ-BO", "مكتب الضبط", "Bureau d'ordre")
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.login, timeout=3000)
    fill(qtbot, "admin", "Hicham El Amrani", "123", "123")
    next_page(qtbot, wizard)  # Finish on the last page: refused there, at once
    assert wizard.currentPage() is wizard.page(2)
    assert "8 caractères" in wizard.error.text() and wizard.error.isVisible()
    assert organisation.office(db) is None

    wizard.back()
    assert wizard.currentPage() is wizard.page(1)
    assert (wizard.code.text(), wizard.name_ar.text(), wizard.name_fr.text()) == (
        "MJ-BO",
        "مكتب الضبط",
        "Bureau d'ordre",
    )
    wizard.back()  # to the language, and on again: nothing lost either way
    wizard.next()
    wizard.next()
    assert (wizard.login.text(), wizard.full_name.text(), wizard.password.text()) == (
        "admin",
        "Hicham El Amrani",
        "123",
    )
    for edit, text in ((wizard.password, "motdepasse-2026"), (wizard.confirm, "motdepasse-2025")):
        edit.setFocus()
        edit.selectAll()
        type_text(text)
    next_page(qtbot, wizard)
    assert "différents" in wizard.error.text() and organisation.office(db) is None
    wizard.confirm.selectAll()
    wizard.confirm.setFocus()
    type_text("motdepasse-2026")
    with qtbot.waitSignal(wizard.done, timeout=10000):
        next_page(qtbot, wizard)


def test_the_refusal_is_said_in_the_language_chosen_first(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.language.setCurrentIndex(wizard.language.findData("ar"))
    wizard.next()
    for edit, text in ((wizard.code, "X"), (wizard.name_ar, "مكتب"), (wizard.name_fr, "Bureau")):
        type_text(text, edit)
    wizard.next()
    for edit, text in (
        (wizard.login, "admin"),
        (wizard.full_name, "مدير"),
        (wizard.password, "court"),
        (wizard.confirm, "court"),
    ):
        type_text(text, edit)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "كلمة المرور" in wizard.error.text()
    assert wizard.isVisible() and wizard.name_ar.text() == "مكتب"


def test_without_a_language_switcher_the_wizard_still_follows_the_choice(qtbot, db, tasks) -> None:  # type: ignore[no-untyped-def]
    languages = Languages(QApplication.instance())
    wizard = SetupWizard(db=db, tasks=tasks, lang="fr")
    qtbot.addWidget(wizard)
    languages.apply("ar")  # a language applied elsewhere reaches it too
    try:
        qtbot.waitUntil(lambda: wizard.page(1).title() == "مكتب الضبط", timeout=3000)
    finally:
        languages.apply("fr")
    qtbot.waitUntil(lambda: wizard.page(1).title() == "Le bureau d'ordre", timeout=3000)
