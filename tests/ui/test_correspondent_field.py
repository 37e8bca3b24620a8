"""A new correspondent is created inline with its kind and identifier; the last channel stays."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.models import Correspondent
from tests.conftest import Office
from tests.support.gui import main_window, type_text
from ui.settings import MemoryStore, Settings


def test_a_new_correspondent_gets_its_kind_and_identifier(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.IN)
        field = form.correspondent_field
        type_text("Société Atlas Transport SARL", form.correspondent)
        with qtbot.waitSignal(field.checked, timeout=10000) as caught:
            field.check()
        assert caught.args == [True] and field.details.isVisible()
        field.kind.setCurrentIndex(field.kind.findData("company"))
        assert field.identifier_type.currentData() == "ice"  # a company is known by its ICE
        type_text("001525367000089", field.identifier)
        type_text("Offre de prestation de transport", form.subject)
        with qtbot.waitSignal(form.registered, timeout=10000):
            qtbot.keyClick(form.subject, Qt.Key.Key_Return)
    with office.db.read() as session:
        corr = session.scalars(
            select(Correspondent).where(Correspondent.name_latin == "Société Atlas Transport SARL")
        ).one()
        assert (corr.kind, corr.identifier_type, corr.identifier) == (
            "company",
            "ice",
            "001525367000089",
        )


def test_a_known_correspondent_shows_no_new_details(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="طلب",
            correspondent=CorrespondentInput.from_name("جماعة فاس"),
        ),
    )
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.IN)
        field = form.correspondent_field
        type_text("جماعة فاس", form.correspondent)
        with qtbot.waitSignal(field.checked, timeout=10000) as caught:
            field.check()
        assert caught.args == [False]
        assert not field.details.isVisible()


def test_the_last_channel_is_the_next_forms_default(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(MemoryStore())
    with main_window(qtbot, office.db, office.clerk, settings) as win:
        form = win.open_form(Direction.IN)
        type_text("Rachid Benjelloun", form.correspondent)
        type_text("Réclamation facture", form.subject)
        form.channel.setCurrentIndex(form.channel.findData(Channel.POST.value))
        with qtbot.waitSignal(form.registered, timeout=10000):
            form.submit(keep_open=False)
    assert settings.channel_for(Direction.IN) == Channel.POST.value
    with main_window(qtbot, office.db, office.clerk, settings) as win:  # the next day, say
        form = win.open_form(Direction.IN)
        assert form.channel.currentData() == Channel.POST.value
