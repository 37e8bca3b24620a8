"""Issue 15 at the desk, driven as a person does (clicks, keys): the mail acted on stays
selected (item 2), cancelled and returned mail stand out (item 4), routing from the counter
and greyed-out actions that say why (item 6), the window fits 1366×768 (item 11), and the
baskets on the left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction, MailStatus, Role
from app.imputation import workflow
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.registry.baskets import Basket
from app.registry.corrections import cancel_mail
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.store.changes import Change
from tests.conftest import Office
from tests.support.gui import main_window, type_text
from ui.amend.correction_dialog import CorrectionDialog
from ui.dispatch.ar_dialogs import ArReturnedDialog
from ui.imputation.assign_dialog import AssignDialog
from ui.imputation.reassign_dialog import ReassignDialog
from ui.imputation.step_dialog import StepDialog
from ui.labels import label
from ui.register import states

PASSWORD = "desk-core-2026"


@pytest.fixture
def people(office: Office) -> dict[str, Actor]:
    for login, name, role, services in (
        ("chef_rh", "Youssef El Amrani", Role.CHEF, ["RH"]),
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
    return {login: authenticate(office.db, login, PASSWORD) for login in ("chef_rh", "superviseur")}


def _assigned(office: Office, subject: str) -> str:
    """A mail assigned to RH by the clerk."""
    number = _mail(office, subject, service=None)
    workflow.assign(office.db, office.clerk, [number], "RH")
    return number


def _mail(office: Office, subject: str, service: str | None = "RH") -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject=subject,
            correspondent=CorrespondentInput.from_name("Nadia Berrada"),
            service_code=service,
        ),
    ).number


def _top(cls: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[0] if found else None


def _click_row(qtbot, table: QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 4))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _row_of(win, number: str) -> int:  # type: ignore[no-untyped-def]
    model = win.model
    for row in range(model.rowCount()):
        found = model.row_at(row)
        if found is not None and found.number == number:
            return row
    raise AssertionError(f"{number} not in the register")


def _settled(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    """Nothing left running on the desk's workers (loads, reloads)."""
    qtbot.waitUntil(lambda: win._tasks.pending == 0 and not win.inbox.loading, timeout=20_000)


# --- item 2: the mail acted on stays selected and shown -----------------------------------


@pytest.mark.parametrize(("action", "lang"), [("correct", "fr"), ("reassign", "ar")])
def test_after_an_action_the_mail_acted_on_stays_selected_and_printed(
    qtbot, office: Office, people: dict[str, Actor], action: str, lang: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    acted = _assigned(office, "Demande de mutation à Fès")
    earlier = _assigned(office, "Facture d'électricité du mois de mars")
    with main_window(qtbot, office.db, people["superviseur"], lang=lang) as win:
        qtbot.waitUntil(lambda: win.inbox.model.rowCount() == 2, timeout=10_000)
        qtbot.waitUntil(lambda: win.model.rowCount() == 2 and win.model.loaded, timeout=10_000)
        # In the other tab first: the supervisor looks at a mail being treated.
        bar = win.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        inbox_row = next(
            r
            for r in range(win.inbox.model.rowCount())
            if win.inbox.model.item(r).number == earlier
        )
        _click_row(qtbot, win.inbox.table, inbox_row)
        qtbot.waitUntil(lambda: win.detail.mail is not None and win.detail.mail.number == earlier)
        # Then the register, the mail to act on.
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
        qtbot.waitUntil(lambda: win.model.row_at(_row_of(win, acted)) is not None)
        _click_row(qtbot, win.table, _row_of(win, acted))
        qtbot.waitUntil(lambda: win.detail.mail is not None and win.detail.mail.number == acted)

        def said(batch: tuple[Change, ...]) -> bool:
            """The change reached the desk's views (the inbox among them reloads with it)."""
            return any(c.action in ("mail.corrected", "mail.reassigned") for c in batch)

        if action == "correct":
            qtbot.keyClick(win.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: _top(CorrectionDialog) is not None, timeout=5000)
            dialog = _top(CorrectionDialog)
            qtbot.mouseClick(dialog.reason, Qt.MouseButton.LeftButton)
            type_text("Faute de frappe dans l'objet", dialog.reason)
            dialog.subject.selectAll()
            type_text("Demande de mutation à Meknès", dialog.subject)
            save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
            with qtbot.waitSignal(win.live.changed, timeout=10_000, check_params_cb=said):
                qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "Meknès" in win.detail.value("subject"), timeout=10_000)
        else:
            modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(win.table, Qt.Key.Key_I, modifiers)
            qtbot.waitUntil(lambda: _top(ReassignDialog) is not None, timeout=5000)
            dialog = _top(ReassignDialog)
            qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=10_000)
            qtbot.mouseClick(dialog.service, Qt.MouseButton.LeftButton)
            dialog.service.hidePopup()
            qtbot.keyClicks(dialog.service, "B")
            assert dialog.service.currentData() == "BUDGET"
            with qtbot.waitSignal(win.live.changed, timeout=10_000, check_params_cb=said):
                qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: win.detail.value("assigned_to") == "BUDGET", timeout=10_000)
        # The inbox reloaded with the change, its own row kept: the desk stays on the mail.
        _settled(qtbot, win)
        assert win.detail.mail.number == acted
        assert win.mail_actions.mail.number == acted
        assert win.selected_numbers() == [acted]
        printed: list[list[str]] = []
        monkeypatch.setattr(
            win.prints, "print_labels", lambda numbers, **_kw: printed.append(numbers)
        )
        win.activateWindow()  # back in the register, where the clerk's eyes are
        win.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table, timeout=5000)
        qtbot.keyClick(win.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert printed == [[acted]]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_after_a_dispatch_action_the_mail_acted_on_stays_selected(
    qtbot, office: Office, lang: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Main's dispatch actions go through the same path: the AR of a registered letter
    recorded from the desk shows at once, and the desk stays on that letter."""
    letters = [
        register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=Direction.OUT,
                subject=subject,
                correspondent=CorrespondentInput.from_name("Société Atlas Transport"),
                channel=Channel.REGISTERED,
                ar_number=ar,
            ),
        ).number
        for subject, ar in (("Mise en demeure", "RR 11"), ("إنذار بالأداء", "RR 22"))
    ]
    acted, other = letters
    with main_window(qtbot, office.db, office.clerk, lang=lang) as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 2 and win.model.loaded, timeout=10_000)
        _click_row(qtbot, win.table, _row_of(win, other))
        qtbot.waitUntil(lambda: win.detail.mail is not None and win.detail.mail.number == other)
        _click_row(qtbot, win.table, _row_of(win, acted))
        qtbot.waitUntil(lambda: win.detail.mail is not None and win.detail.mail.number == acted)
        qtbot.waitUntil(win.dispatch.action_ar_returned.isEnabled, timeout=10_000)
        win.dispatch.action_ar_returned.trigger()
        qtbot.waitUntil(lambda: _top(ArReturnedDialog) is not None, timeout=5000)
        dialog = _top(ArReturnedDialog)

        def said(batch: tuple[Change, ...]) -> bool:
            return any(c.action == "mail.ar_returned" for c in batch)

        with qtbot.waitSignal(win.live.changed, timeout=10_000, check_params_cb=said):
            qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
        # The detail shows the letter as it is now (its AR back), still the one acted on.
        qtbot.waitUntil(lambda: win.detail.mail.ar_returned_on is not None, timeout=10_000)
        _settled(qtbot, win)
        assert not win.dispatch.action_ar_returned.isEnabled()
        assert win.detail.mail.number == acted
        assert win.selected_numbers() == [acted]
        printed: list[list[str]] = []
        monkeypatch.setattr(
            win.prints, "print_labels", lambda numbers, **_kw: printed.append(numbers)
        )
        win.activateWindow()
        win.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table, timeout=5000)
        qtbot.keyClick(win.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert printed == [[acted]]
    assert get_mail(office.db, acted).ar_returned_on is not None
    assert get_mail(office.db, other).ar_returned_on is None


def test_in_arabic_a_mail_opened_or_reloaded_is_selected_in_the_register(
    qtbot, office: Office
) -> None:  # type: ignore[no-untyped-def]
    numbers = [_mail(office, subject) for subject in ("طلب رخصة", "شكاية", "دعوة")]
    with main_window(qtbot, office.db, office.clerk, lang="ar") as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 3 and win.model.loaded, timeout=10_000)
        win.open_number(numbers[1])  # as a scanned label does
        qtbot.waitUntil(lambda: win.selected_numbers() == [numbers[1]], timeout=10_000)
        # A reload of the whole list (another desk's changes) keeps it selected.
        with qtbot.waitSignal(win.model.modelReset, timeout=10_000):
            win.model.apply_changes([Change(reason="reconnected")])
        qtbot.waitUntil(lambda: win.selected_numbers() == [numbers[1]], timeout=10_000)
        assert win.detail.mail.number == numbers[1]


# --- item 4: cancelled and returned mail stand out ----------------------------------------


@pytest.fixture
def states_of_mail(office: Office, people: dict[str, Actor]) -> dict[str, str]:
    found = {
        "plain": _assigned(office, "Demande d'attestation de travail"),
        "cancelled": _mail(office, "Demande enregistrée deux fois", service=None),
        "returned": _assigned(office, "Facture adressée au mauvais service"),
    }
    cancel_mail(office.db, office.admin, found["cancelled"], "Doublon")
    workflow.return_to_office(office.db, people["chef_rh"], found["returned"], "Relève du budget")
    return found


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_cancelled_and_returned_mail_stand_out_and_are_filtered(
    qtbot, office: Office, states_of_mail: dict[str, str], lang: str
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk, lang=lang) as win:
        qtbot.waitUntil(lambda: win.model.rowCount() == 3 and win.model.loaded, timeout=10_000)
        rows = {name: _row_of(win, number) for name, number in states_of_mail.items()}
        model = win.model

        def cell(name: str, column: int, role: int) -> object:
            return model.index(rows[name], column).data(role)

        qtbot.waitUntil(lambda: all(model.row_at(r) is not None for r in rows.values()))
        display, font = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
        decoration, background = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole
        words = {"fr": ("Annulé", "Renvoyé"), "ar": ("ملغى", "مرجعة")}[lang]
        assert cell("cancelled", 6, display) == words[0]
        assert cell("returned", 6, display) == words[1]
        # Never colour alone: struck through with an icon; an icon and bold words.
        assert cell("cancelled", 4, font).strikeOut() and cell("cancelled", 0, font).strikeOut()
        assert cell("cancelled", 6, decoration) is not None
        assert cell("returned", 6, decoration) is not None and cell("returned", 6, font).bold()
        assert cell("returned", 4, background) is not None
        for absent in (decoration, background):
            assert cell("plain", 6, absent) is None
        assert cell("plain", 4, font) is None
        # No status cut short, in this language, whatever it is.
        width = win.table.columnWidth(6)
        table_font = win.table.font()
        bold = QFont(table_font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for word in [label(s.value) for s in MailStatus] + [label("cancelled")]:
            assert metrics.horizontalAdvance(word) + states.ICON + 12 <= width, word

        # The status filter: cancelled, then returned, from the combo, with the keyboard.
        combo = win.filters.status
        combo.setFocus()
        for wanted in ("returned", "cancelled"):  # in the combo's order, going down
            for _ in range(combo.count()):
                if combo.currentData() == wanted:
                    break
                qtbot.keyClick(combo, Qt.Key.Key_Down)
            assert combo.currentData() == wanted
            name = wanted
            qtbot.waitUntil(
                lambda n=name: (
                    model.rowCount() == 1
                    and model.loaded
                    and model.row_at(0) is not None
                    and model.row_at(0).number == states_of_mail[n]
                ),
                timeout=10_000,
            )


# --- item 6: routing from the counter; greyed-out actions say why -----------------------


def test_a_mail_registered_for_a_service_reaches_its_chef_who_may_only_hand_it_on(
    qtbot, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as clerk:
        form = clerk.open_form(Direction.IN)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is form.correspondent, timeout=5000)
        type_text("Mohamed Alaoui")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text("Demande de congé de maternité")
        form.service.setFocus()
        qtbot.keyClicks(form.service, "R")
        assert form.service.currentData() == "RH"
        with qtbot.waitSignal(form.registered, timeout=10_000) as registered:
            qtbot.keyClick(form.service, Qt.Key.Key_Return)
        number = registered.args[0].number
    assert get_mail(office.db, number).status == "assigned"

    with main_window(qtbot, office.db, people["chef_rh"]) as chef:
        # In the chef's inbox at once, no separate assignment.
        qtbot.waitUntil(lambda: chef.inbox.model.rowCount() == 1, timeout=10_000)
        assert chef.inbox.model.item(0).number == number
        _click_row(qtbot, chef.inbox.table, 0)
        qtbot.waitUntil(lambda: chef.imputation.mail is not None, timeout=10_000)
        assign = chef.imputation.assign
        assert not assign.isEnabled() and chef.imputation.reassign.isEnabled()
        # Greyed out, and it says why, in the user's language: tooltip and status bar.
        assert "Ctrl+Shift+I" in assign.toolTip() and "chef" in assign.toolTip()
        assert assign.statusTip() == assign.toolTip()
        qtbot.keyClick(chef.inbox.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        assert chef.statusBar().currentMessage() == assign.toolTip()
        chef.set_language("ar")
        qtbot.waitUntil(lambda: assign.toolTip() != "" and "chef" not in assign.toolTip())
        assert "Ctrl+Shift+I" in assign.toolTip()
        chef.set_language("fr")

        # The chef sends it back: it waits, marked, at the bureau d'ordre.
        chef.imputation.return_mail.trigger()
        dialog = _top(StepDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text, timeout=5000)
        type_text("Relève du service de la formation")
        with qtbot.waitSignal(dialog.done, timeout=10_000):
            qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert get_mail(office.db, number).status == "returned"

    with main_window(qtbot, office.db, office.clerk) as clerk:
        qtbot.waitUntil(lambda: clerk.baskets.counts.get(Basket.RETURNED) == 1, timeout=10_000)
        clerk.open_number(number)
        qtbot.waitUntil(lambda: clerk.imputation.assign.isEnabled(), timeout=10_000)
        assert "Relève du service de la formation" in clerk.detail.value("state_note")


def test_the_clerk_corrects_the_service_chosen_at_the_counter_until_the_chef_acts(
    qtbot, office: Office, people: dict[str, Actor]
) -> None:  # type: ignore[no-untyped-def]
    number = _mail(office, "Facture d'eau adressée par erreur à RH")  # imputed to RH
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.imputation.assign.isEnabled(), timeout=10_000)
        qtbot.keyClick(win.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: _top(AssignDialog) is not None, timeout=5000)
        dialog = _top(AssignDialog)
        assert dialog.service.currentData() == "RH"  # the counter's choice, proposed
        qtbot.waitUntil(lambda: bool(dialog.instruction_checks), timeout=10_000)
        dialog.service.setFocus()
        qtbot.keyClicks(dialog.service, "B")
        with qtbot.waitSignal(dialog.assigned, timeout=10_000):
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.detail.value("assigned_to") == "BUDGET", timeout=10_000)
        assert win.imputation.assign.isEnabled()  # BUDGET has not acted on it yet
    workflow.reassign(office.db, office.admin, number, service="RH", agent=None)
    with main_window(qtbot, office.db, office.clerk) as win:
        win.open_number(number)
        qtbot.waitUntil(lambda: win.imputation.mail is not None, timeout=10_000)
        assert not win.imputation.assign.isEnabled()
        assert "RH" in win.imputation.assign.toolTip()


# --- item 11: 1366×768 ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_window_fits_a_1366_by_768_screen(qtbot, office: Office, lang: str) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk, lang=lang) as win:
        available = QRect(0, 0, 1366, 728)  # 768 less a task bar
        win.fit_to(available)
        assert win.width() <= 1366 and win.height() + 32 <= 728
        hint = win.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() + 32 <= 728
        # The register keeps its columns readable: the subject gets what is left, and more
        # than a few letters of it.
        qtbot.waitUntil(lambda: win.table.columnWidth(4) >= 150, timeout=5000)


# --- the baskets -----------------------------------------------------------------------------


def test_the_baskets_filter_the_register_and_follow_changes(
    qtbot, office: Office, states_of_mail: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    loose = _mail(office, "Lettre d'un citoyen sans service", service=None)
    with main_window(qtbot, office.db, office.clerk) as win:
        panel = win.baskets
        qtbot.waitUntil(lambda: bool(panel.counts), timeout=10_000)
        assert panel.counts[Basket.TO_ASSIGN] == 2  # the returned one and the loose one
        assert panel.counts[Basket.CANCELLED] == 1 and panel.counts[Basket.TODAY] == 4
        assert panel.counts[Basket.TO_SORT] == 0
        names = [panel.list.item(r).text() for r in range(panel.list.count())]
        assert names[0] == "Tout le courrier" and "À imputer (2)" in names
        # A click on "To assign": the register shows just those, in SQL.
        row = next(r for r in range(panel.list.count()) if panel.basket_at(r) is Basket.TO_ASSIGN)
        rect = panel.list.visualItemRect(panel.list.item(row))
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        wanted = {loose, states_of_mail["returned"]}
        qtbot.waitUntil(lambda: win.model.rowCount() == 2 and win.model.loaded, timeout=10_000)
        qtbot.waitUntil(lambda: all(win.model.row_at(r) for r in range(2)), timeout=10_000)
        assert {win.model.row_at(r).number for r in range(2)} == wanted
        # Assigned from the basket: it leaves it, and the count follows (the one path).
        _click_row(qtbot, win.table, _row_of(win, loose))
        qtbot.waitUntil(lambda: win.imputation.assign.isEnabled(), timeout=10_000)
        workflow_dialog = win.imputation.open_assign()
        qtbot.waitUntil(lambda: bool(workflow_dialog.instruction_checks), timeout=10_000)
        qtbot.keyClicks(workflow_dialog.service, "B")
        with qtbot.waitSignal(workflow_dialog.assigned, timeout=10_000):
            qtbot.mouseClick(workflow_dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.counts.get(Basket.TO_ASSIGN) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10_000)
        # Back to all the mail.
        rect = panel.list.visualItemRect(panel.list.item(0))
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: win.model.rowCount() == 4, timeout=10_000)
