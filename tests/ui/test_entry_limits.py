"""The desk's forms held to the entry rules (ui/limits.py): fields as long as their declared
limit, a tooltip saying why when typing is refused, days offered within the window, and what
the core refuses shown in the form with nothing typed lost."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import update

from app.directory.correspondents import CorrespondentInput
from app.domain import entry, window
from app.domain.enums import Direction
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail, list_mail
from app.registry.register import register_mail
from app.store.models import MailEntry
from tests.conftest import Office
from tests.support.gui import main_window, type_text
from ui.limits import FieldLimit


def _today() -> QDate:
    day = window.today()
    return QDate(day.year, day.month, day.day)


def test_the_form_s_fields_take_no_more_than_their_limit(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.IN)
        assert form.subject.maxLength() == entry.LIMITS["subject"]
        assert form.reference.maxLength() == entry.LIMITS["reference"]
        assert form.observations.maxLength() == entry.LIMITS["observations"]
        assert form.correspondent_field.identifier.maxLength() == entry.LIMITS["identifier"]
        # one name or "Arabic / Latin" from a completion
        assert form.correspondent.maxLength() == 2 * entry.LIMITS["correspondent"] + 3

        form.reference.setText("ر" * entry.LIMITS["reference"])
        notice = form.reference.findChild(FieldLimit)
        with qtbot.waitSignal(notice.refused, timeout=5000) as said:
            type_text("ج", form.reference)
        assert said.args == ["200 caractères au plus ici."]
        assert form.reference.text() == "ر" * 200

        assert form.received.maximumDate() == _today()
        assert form.letter_date.maximumDate() == _today()
        assert form.received.minimumDate() == QDate(1900, 1, 1)


def test_a_paste_loses_what_no_one_can_see(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.IN)
        form.subject.setText("Demande  urgente")
        form.subject.setCursorPosition(8)
        QGuiApplication.clipboard().setText("de\x1b[2J\tcongé\u202e\x07")
        form.subject.paste()
        assert form.subject.text() == "Demande de[2J congé urgente"
        assert form.subject.cursorPosition() == len("Demande de[2J congé")


def test_what_the_core_refuses_is_said_and_kept(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk, lang="ar") as win:
        form = win.open_form(Direction.IN)
        type_text("جماعة فاس", form.correspondent)
        form.subject.setText("طلب\x1b[2J شهادة")  # a paste can bring what no key types
        form.save.click()
        qtbot.waitUntil(form.message.isVisible, timeout=10000)
        assert "U+001B" in form.message.text() and "الموضوع" in form.message.text()
        assert form.subject.text() == "طلب\x1b[2J شهادة"
        assert list_mail(office.db) == []


def test_an_older_longer_value_is_kept_whole_when_correcting(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    number = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande",
            correspondent=CorrespondentInput.from_name("Khadija Ouazzani"),
            service_code="RH",
        ),
    ).number
    older = ("Objet d'avant " * 160).strip()  # 2,239 characters: beyond today's limit
    with office.db.write() as session:
        session.execute(update(MailEntry).where(MailEntry.number == number).values(subject=older))
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.mail_actions.mail is not None, timeout=10000)
        dialog = win.mail_actions.open_correction()
        assert dialog.subject.text() == older  # never cut behind the clerk's back
        assert dialog.received.maximumDate() == _today()
        dialog.pieces.setValue(2)  # the rest of an older entry can still be corrected
        type_text("Oubli", dialog.reason)
        with qtbot.waitSignal(dialog.corrected, timeout=10000):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert get_mail(office.db, number).subject == older
