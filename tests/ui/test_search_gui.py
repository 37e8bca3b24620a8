"""Searching from the desk: the box filters the register, numbers open their mail, words are
highlighted, and the counter's form proposes look-alike mails without blocking the save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction, MailType
from app.registry.browse import SortKey
from app.registry.drafts import MailDraft
from app.registry.queries import list_mail
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.gui import main_window, type_text


def _register(office: Office, subject: str, who: CorrespondentInput, **extra: object) -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(direction=Direction.IN, subject=subject, correspondent=who, **extra),  # type: ignore[arg-type]
    ).number


@pytest.fixture
def mails(office: Office) -> dict[str, str]:
    fes = CorrespondentInput(name_arabic="جماعة فاس", name_latin="Commune de Fès")
    return {
        "water": _register(
            office,
            "فاتورة الماء لشهر أكتوبر",
            fes,
            mail_type=MailType.INVOICE,
            channel=Channel.POST,
        ),
        "leave": _register(
            office, "Demande de congé annuel", CorrespondentInput(name_latin="Karim Benjelloun")
        ),
        "hospital": _register(
            office, "مُراسَلَة من إدارة المستشفى", CorrespondentInput(name_arabic="مسؤول المستشفى")
        ),
    }


def _subjects(win) -> list[str]:  # type: ignore[no-untyped-def]
    rows = range(win.model.rowCount())
    for r in rows:
        win.model.row_at(r)
    return [win.model.row_at(r).subject for r in rows if win.model.row_at(r) is not None]


def test_typing_in_the_search_box_filters_the_register(qtbot, office: Office, mails) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10000)
        win.filters.search.setFocus()
        type_text("مراسله ادارة", win.filters.search)
        qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
        qtbot.waitUntil(lambda: _subjects(win) == ["مُراسَلَة من إدارة المستشفى"], timeout=10000)
        # The matched words are highlighted in the subject cell, as shown (with harakat).
        subject = win.model.index(0, 4)
        text = subject.data()
        marked = [text[a : a + n] for a, n in win.delegate.highlights(subject)]
        assert marked == ["مُراسَلَة", "إدارة"]
        assert win.delegate.highlights(win.model.index(0, 1)) == ()  # only names and subjects
        win.table.viewport().repaint()  # paints through the highlighting path
        win.filters.search.clear()
        type_text("FES", win.filters.search)
        qtbot.waitUntil(lambda: _subjects(win) == ["فاتورة الماء لشهر أكتوبر"], timeout=10000)


def test_a_typed_number_goes_straight_to_its_mail(qtbot, office: Office, mails) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10000)
        win.filters.search.setText(mails["leave"].lower())
        qtbot.waitUntil(
            lambda: win.detail.number.text().lstrip("\u200e") == mails["leave"], timeout=10000
        )
        assert win.model.rowCount() == 1
        win.filters.search.setText(mails["water"])
        win.filters.search.returnPressed.emit()  # Enter opens it at once
        qtbot.waitUntil(
            lambda: win.detail.number.text().lstrip("\u200e") == mails["water"], timeout=10000
        )


def test_relevance_type_and_channel(qtbot, office: Office, mails) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10000)
        win.filters.search.setText("ا")
        win.filters.relevance.setChecked(True)
        qtbot.waitUntil(lambda: win.model.query.sort is SortKey.RELEVANCE, timeout=10000)
        win.filters.relevance.setChecked(False)
        qtbot.waitUntil(lambda: win.model.query.sort is SortKey.REGISTERED, timeout=10000)
        win.filters.search.clear()
        win.filters.mail_type.setCurrentIndex(win.filters.mail_type.findData("invoice"))
        qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
        win.filters.mail_type.setCurrentIndex(0)
        win.filters.channel.setCurrentIndex(win.filters.channel.findData("counter"))
        qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=10000)


def test_the_form_proposes_a_look_alike_mail_and_still_saves(qtbot, office: Office, mails) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.IN)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is form.correspondent, timeout=5000)
        type_text("COMMUNE DE FES")
        qtbot.keyClick(form.correspondent, Qt.Key.Key_Tab)
        form.subject.setFocus()
        type_text("فاتوره الماء شهر أكتوبر", form.subject)
        form.similar.look_up()
        qtbot.waitUntil(form.similar.isVisible, timeout=10000)
        assert form.similar.numbers == [mails["water"]]
        # Opening it shows the mail in the main window; the form stays as it was.
        form.similar.list.itemActivated.emit(form.similar.list.item(0))
        qtbot.waitUntil(
            lambda: win.detail.number.text().lstrip("\u200e") == mails["water"], timeout=10000
        )
        assert form.subject.text() == "فاتوره الماء شهر أكتوبر"
        form.submit(keep_open=False)
        qtbot.waitUntil(form.result.isVisible, timeout=10000)
        assert len(list_mail(office.db)) == 4


def test_no_proposal_for_another_subject(qtbot, office: Office, mails) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.IN)
        form.correspondent_field.set_text("Commune de Fès")
        form.subject.setText("Invitation au séminaire régional")
        form.similar.look_up()
        qtbot.wait(300)
        win._tasks.wait()
        qtbot.wait(100)
        assert not form.similar.isVisible() and form.similar.numbers == []
