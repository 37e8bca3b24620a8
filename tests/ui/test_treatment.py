"""A mail's treatment from the desk: the clerk assigns from the register, the chef hands it
down from the inbox, the agent starts and answers it, the chef files it or sends it back.

Keyboard first: selections, shortcuts, combos and Enter; actions without a shortcut are
triggered as their menu entry would.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction, Role
from app.imputation import deadlines, inbox, workflow
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store.models import Assignment
from tests.conftest import Office
from tests.support.gui import main_window, type_text
from ui.imputation.assign_dialog import AssignDialog
from ui.imputation.inbox_model import InboxModel
from ui.imputation.reassign_dialog import ReassignDialog
from ui.imputation.step_dialog import StepDialog

PASSWORD = "desk-pass-2026"


@pytest.fixture
def people(office: Office) -> dict[str, Actor]:
    for login, name, role, services in (
        ("chef_rh", "Youssef El Amrani", Role.CHEF, ["RH"]),
        ("agent_rh", "Khadija Ouazzani", Role.AGENT, ["RH"]),
        ("superviseur", "Rachid Alaoui", Role.SUPERVISOR, []),
    ):
        setup.add_user(
            office.db,
            office.admin,
            login=login,
            full_name=name,
            role=role,
            password=PASSWORD,
            service_codes=services,
        )
    users = {
        login: authenticate(office.db, login, PASSWORD)
        for login in ("chef_rh", "agent_rh", "superviseur")
    }
    return {**users, "fatima": office.clerk}


def _mail(office: Office, subject: str, direction: Direction = Direction.IN, **kw: object) -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=direction,
            subject=subject,
            correspondent=CorrespondentInput.from_name("عبد الله الإدريسي"),
            **kw,  # type: ignore[arg-type]
        ),
    ).number


def _open(cls: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[0] if found else None


def _key(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_clerk_assigns_two_mails_at_once_from_the_register(
    qtbot, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    first = _mail(office, "طلب شهادة العمل")
    second = _mail(office, "Demande de mutation à Fès")
    with main_window(qtbot, office.db, office.clerk) as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=10000)
        win.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table)
        _key(qtbot, Qt.Key.Key_Home)
        _key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        assert sorted(win.selected_numbers()) == sorted([first, second])
        qtbot.waitUntil(lambda: win.imputation.assign.isEnabled(), timeout=10000)

        _key(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: _open(AssignDialog) is not None, timeout=5000)
        dialog = _open(AssignDialog)
        assert sorted(dialog.numbers) == sorted([first, second])
        qtbot.waitUntil(lambda: bool(dialog.instruction_checks), timeout=10000)
        qtbot.keyClicks(dialog.service, "R")
        assert dialog.service.currentData() == "RH"
        with qtbot.waitSignal(dialog.assigned, timeout=10000):
            _key(qtbot, Qt.Key.Key_Return)

        for number in (first, second):
            assert get_mail(office.db, number).status == "assigned"
        tab = win.tabs.indexOf(win.inbox)
        qtbot.waitUntil(lambda: "(2)" in win.tabs.tabText(tab), timeout=10000)
        assert win.tabs.tabText(tab).startswith("En &traitement")
        # The detail of the current mail now says where it went, and by when.
        qtbot.waitUntil(lambda: win.detail.value("assigned_to") == "RH", timeout=10000)
        due = deadlines.today() + timedelta(days=30)
        assert win.detail.value("due").lstrip("\u200e") == f"{due:%d/%m/%Y}"
        assert not win.imputation.assign.isEnabled()  # assigned: not a second time


def test_the_chef_hands_a_mail_down_to_an_agent_from_the_inbox(
    qtbot, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    number = _mail(office, "Demande de congé administratif", service_code="RH")
    other = _mail(office, "Facture d'électricité", service_code="BUDGET")
    workflow.assign(office.db, office.clerk, [number], "RH", instructions=["SUITE"])
    workflow.assign(office.db, office.clerk, [other], "BUDGET")
    with main_window(qtbot, office.db, people["chef_rh"]) as win:
        assert win.tabs.currentWidget() is win.inbox  # a chef's day starts with the inbox
        qtbot.waitUntil(lambda: win.inbox.model.rowCount() == 1, timeout=10000)
        item = win.inbox.model.item(0)
        assert item.number == number and item.new  # BUDGET's mail is not the chef's
        assert win.inbox.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()

        win.inbox.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.inbox.table)
        _key(qtbot, Qt.Key.Key_Down)
        qtbot.waitUntil(
            lambda: win.imputation.mail is not None and win.imputation.mail.number == number,
            timeout=10000,
        )
        assert win.detail.value("instructions") == "Pour suite à donner"
        assert win.imputation.reassign.isEnabled()
        assert not win.imputation.assign.isEnabled()  # a chef hands on, the office assigns

        _key(
            qtbot,
            Qt.Key.Key_I,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: _open(ReassignDialog) is not None, timeout=5000)
        dialog = _open(ReassignDialog)
        qtbot.waitUntil(lambda: dialog.agent.count() > 1, timeout=10000)
        qtbot.waitUntil(
            lambda: QApplication.focusWidget() is dialog.agent, timeout=5000
        )  # down to an agent: the usual case
        _key(qtbot, Qt.Key.Key_Return)  # no agent chosen: refused, dialog kept
        assert dialog.isVisible() and "agent" in dialog.message.text()
        _key(qtbot, Qt.Key.Key_Down)
        assert dialog.agent.currentData() == "agent_rh"
        with qtbot.waitSignal(dialog.reassigned, timeout=10000):
            _key(qtbot, Qt.Key.Key_Return)

        main = [a for a in get_mail(office.db, number).assignments if a["state"] == "active"]
        assert [(a["service"], a["agent"], a["instructions"]) for a in main] == [
            ("RH", "agent_rh", ["SUITE"])
        ]
        qtbot.waitUntil(lambda: win.detail.value("assigned_to") == "RH — agent_rh", timeout=10000)


def test_the_agent_starts_and_answers_then_the_chef_files(
    qtbot, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    number = _mail(office, "Réclamation concernant la facture d'eau", service_code="RH")
    workflow.assign(office.db, office.clerk, [number], "RH", agent="agent_rh")
    reply = _mail(office, "Réponse à la réclamation", direction=Direction.OUT)
    with main_window(qtbot, office.db, people["agent_rh"]) as win:
        tab = win.tabs.indexOf(win.inbox)
        qtbot.waitUntil(lambda: win.inbox.model.rowCount() == 1, timeout=10000)
        assert win.tabs.tabText(tab).startswith("&Mes tâches")
        win.open_number(number)
        qtbot.waitUntil(lambda: win.imputation.start.isEnabled(), timeout=10000)
        assert not win.imputation.close.isEnabled()  # the chef files, not the agent
        win.imputation.start.trigger()
        qtbot.waitUntil(lambda: win.detail.value("status") == "En traitement", timeout=10000)

        qtbot.waitUntil(lambda: win.imputation.answer.isEnabled(), timeout=10000)
        win.imputation.answer.trigger()
        dialog = _open(StepDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text, timeout=5000)
        type_text(number)  # an incoming mail does not answer another: refused, text kept
        _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.message.isVisible, timeout=10000)
        assert "n'est pas un courrier de départ" in dialog.message.text()
        assert dialog.text.text() == number
        dialog.text.clear()
        type_text(reply.replace("2", "٢"))  # Eastern digits, as an Arabic keyboard gives them
        with qtbot.waitSignal(dialog.done, timeout=10000):
            _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.detail.value("status") == "Répondu", timeout=10000)
        assert reply in win.detail.value("answered_by")

    with main_window(qtbot, office.db, people["chef_rh"]) as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.imputation.close.isEnabled(), timeout=10000)
        win.imputation.close.trigger()
        dialog = _open(StepDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text, timeout=5000)
        type_text("Dossier traité")
        with qtbot.waitSignal(dialog.done, timeout=10000):
            _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.detail.value("status") == "Classé", timeout=10000)
        history = [win.detail.history.item(i).text() for i in range(win.detail.history.count())]
        assert any("Classé" in line and "Dossier traité" in line for line in history)
        assert any("Traitement commencé" in line for line in history)
    assert get_mail(office.db, number).status == "closed"


def test_the_chef_sends_back_a_mail_with_its_reason_in_arabic(
    qtbot, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    number = _mail(office, "طلب رخصة استثنائية", service_code="RH")
    workflow.assign(office.db, office.clerk, [number], "RH")
    with main_window(qtbot, office.db, people["chef_rh"], lang="ar") as win:
        tab = win.tabs.indexOf(win.inbox)
        qtbot.waitUntil(lambda: "(1)" in win.tabs.tabText(tab), timeout=10000)
        assert "مراسلات ال&مصلحة" in win.tabs.tabText(tab)
        win.open_number(number)
        qtbot.waitUntil(lambda: win.imputation.return_mail.isEnabled(), timeout=10000)
        win.imputation.return_mail.trigger()
        dialog = _open(StepDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text, timeout=5000)
        _key(qtbot, Qt.Key.Key_Return)  # no reason: refused, in Arabic
        qtbot.waitUntil(dialog.message.isVisible, timeout=10000)
        assert dialog.message.text() == "يرجى ذكر السبب."
        type_text("ليست من اختصاص المصلحة")
        with qtbot.waitSignal(dialog.done, timeout=10000):
            _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.inbox.model.rowCount() == 0, timeout=10000)
        assert "(" not in win.tabs.tabText(tab)
    view = get_mail(office.db, number)
    assert view.status == "registered"
    assert view.events[-1].reason == "ليست من اختصاص المصلحة"


def test_the_supervisor_sees_delays_by_service(
    qtbot, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    late = _mail(office, "Demande d'attestation", service_code="RH")
    on_time = _mail(office, "Demande de mutation", service_code="RH")
    budget = _mail(office, "Facture", service_code="BUDGET")
    workflow.assign(office.db, office.clerk, [late, on_time], "RH")
    workflow.assign(office.db, office.clerk, [budget], "BUDGET")
    with office.db.write() as session:  # a deadline that passed a week ago
        mail_id = get_mail(office.db, late).id
        session.execute(
            update(Assignment)
            .where(Assignment.mail_id == mail_id)
            .values(due_date=deadlines.today() - timedelta(days=7))
        )
    with main_window(qtbot, office.db, people["superviseur"]) as win:
        assert win.delays is not None
        qtbot.waitUntil(lambda: len(win.delays.rows) == 2, timeout=10000)
        table = win.delays.table
        rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        assert rows == [
            ["RH — Service des ressources humaines", "2", "1"],  # the most overdue first
            ["BUDGET — Service du budget", "1", "0"],
        ]
        assert win.delays.total.text() == "3 courriers en cours dans les services — 1 en retard"
        # The supervisor's inbox lists every service's open mail, the overdue one marked.
        qtbot.waitUntil(lambda: win.inbox.model.rowCount() == 3, timeout=10000)
        assert win.inbox.model.overdue == 1
    with main_window(qtbot, office.db, office.clerk) as win:
        assert win.delays is None  # a clerk has no delays tab


def test_the_inbox_model_passes_the_model_tester(
    qtmodeltester, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    numbers = [_mail(office, f"Demande n° {i}", service_code="RH") for i in range(3)]
    workflow.assign(office.db, office.clerk, numbers, "RH", copies=["BUDGET"])
    model = InboxModel()
    model.set_items(inbox.inbox(office.db, people["superviseur"]))
    assert model.rowCount() == 6  # three mails, each for RH and in copy for BUDGET
    qtmodeltester.check(model)


def test_the_reply_registered_from_the_desk_answers_the_mail(
    qtbot, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    number = _mail(office, "Demande d'autorisation de stage", service_code="RH")
    workflow.assign(office.db, office.clerk, [number], "RH", agent="agent_rh")
    workflow.start(office.db, people["agent_rh"], number)
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.action_reply.isEnabled(), timeout=10000)
        _key(
            qtbot,
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: bool(win.forms), timeout=5000)
        form = win.forms[-1]
        assert form.direction == Direction.OUT
        assert form.answers.text() == number and form.answers.isVisible()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is form.correspondent, timeout=5000)
        type_text("Karim Benjelloun")
        _key(qtbot, Qt.Key.Key_Tab)
        while QApplication.focusWidget() is not form.subject:
            _key(qtbot, Qt.Key.Key_Tab)
        type_text("Réponse favorable à votre demande de stage")
        with qtbot.waitSignal(form.registered, timeout=10000) as signal:
            _key(qtbot, Qt.Key.Key_Return)
        reply = signal.args[0].number
        view = get_mail(office.db, number)
        assert view.status == "answered"
        assert view.answered_by == [reply]
        assert get_mail(office.db, reply).answers == number
