"""Days on the desk read the same everywhere (dd/mm/yyyy, the user's digits, the Hijri day
beside), are never cut in the inbox's columns, and "overdue" is said in the user's language."""

from datetime import timedelta

from PySide6.QtGui import QFontMetrics
from sqlalchemy import update

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction, Role
from app.imputation import deadlines, workflow
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store.models import Assignment
from tests.conftest import Office
from tests.support.gui import main_window
from ui import display
from ui.display import DisplayPrefs
from ui.settings import MemoryStore, Settings


def _overdue_mail_for_a_chef(office: Office):  # type: ignore[no-untyped-def]
    setup.add_user(
        office.db,
        office.admin,
        login="chef_rh",
        full_name="Youssef El Amrani",
        role=Role.CHEF,
        password="chef-pass-2026",
        service_codes=["RH"],
    )
    number = register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="طلب شهادة العمل",
            correspondent=CorrespondentInput.from_name("عبد الله الإدريسي"),
            service_code="RH",
        ),
    ).number
    workflow.assign(office.db, office.clerk, [number], "RH")
    due = deadlines.today() - timedelta(days=7)
    with office.db.write() as session:
        session.execute(
            update(Assignment)
            .where(Assignment.mail_id == get_mail(office.db, number).id)
            .values(due_date=due)
        )
    return authenticate(office.db, "chef_rh", "chef-pass-2026"), number, due


def test_hijri_days_fit_the_inbox_and_overdue_is_translated(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    chef, number, due = _overdue_mail_for_a_chef(office)
    settings = Settings(MemoryStore())
    display.configure(DisplayPrefs(eastern_digits=True, hijri=True))
    try:
        with main_window(qtbot, office.db, chef, settings, lang="ar") as win:
            inbox = win.inbox
            qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10000)
            font = inbox.table.font()
            font.setBold(True)  # new mail is in bold
            metrics = QFontMetrics(font)
            for column in (1, 5):
                text = inbox.model.index(0, column).data()
                assert "هـ" in text  # the Hijri day is there...
                width = metrics.horizontalAdvance(text)
                assert inbox.table.columnWidth(column) >= width + 8  # ...and not cut
            shown = inbox.model.index(0, 5).data()
            assert display.digits(f"{due:%d/%m/%Y}") in shown  # day first, Eastern digits

            win.open_number(number)
            qtbot.waitUntil(lambda: bool(win.detail.value("due")), timeout=10000)
            assert "(متأخر)" in win.detail.value("due")
            assert "overdue" not in win.detail.value("due")
            win.set_language("fr")
            qtbot.waitUntil(lambda: "(en retard)" in win.detail.value("due"), timeout=10000)
    finally:
        display.configure(DisplayPrefs())


def test_the_register_shows_days_as_the_labels_print_them(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de mutation",
            correspondent=CorrespondentInput.from_name("Nadia Berrada"),
        ),
    )
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
        text = win.model.index(0, 1).data().lstrip("\u200e")
        today = deadlines.today()
        assert text.startswith(f"{today:%d/%m/%Y} ")  # dd/mm/yyyy hh:mm, as on the label
