"""Dispatch from the desk, as a clerk does it: labels of several mails on a sheet, routing
slips (and the offer after an assignment), the delivery book and its handing-over, a
registered letter's AR. No printer here: every print goes the PDF way, read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction
from app.imputation import workflow
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.days import today
from tests.support.gui import main_window, type_text
from tests.support.pdf import barcodes, pdf_pages, pdf_text
from ui.dispatch import book_dialog
from ui.dispatch.ar_dialogs import ArPendingDialog, ArReturnedDialog
from ui.dispatch.book_dialog import DeliveryBookDialog
from ui.imputation.assign_dialog import AssignDialog
from ui.printing import mail_prints, service
from ui.settings import MemoryStore, PrintingPrefs, Settings


@pytest.fixture
def pdfs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[Path]]:
    """No printer; the clerk accepts a PDF each time, saved as 1.pdf, 2.pdf..."""
    monkeypatch.setattr(service, "printers", lambda: [])
    monkeypatch.setattr(mail_prints.MailPrints, "ask_pdf_instead", lambda *_a: True)
    written: list[Path] = []

    def save(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        written.append(tmp_path / f"{len(written) + 1}.pdf")
        return str(written[-1]), "PDF"

    monkeypatch.setattr(mail_prints.QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(book_dialog.QFileDialog, "getSaveFileName", save)
    yield written


def _mail(office: Office, subject: str, **kw: object) -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=kw.pop("direction", Direction.IN),  # type: ignore[arg-type]
            subject=subject,
            correspondent=CorrespondentInput.from_name("عبد الله الإدريسي"),
            **kw,  # type: ignore[arg-type]
        ),
    ).number


def _key(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _select_all_rows(qtbot, win, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: win.model.rowCount() == count, timeout=10000)
    win.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table)
    _key(qtbot, Qt.Key.Key_Home)
    for _ in range(count - 1):
        _key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)


def _events(office: Office, number: str) -> list[str]:
    return [e.kind for e in get_mail(office.db, number).events]


def test_labels_of_the_selection_on_a_half_used_sheet(
    qtbot, office: Office, pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    numbers = [_mail(office, f"طلب رقم {i}") for i in range(3)]
    settings = Settings(MemoryStore())
    settings.printing = PrintingPrefs(label_template="thermal-62x29-203")
    with main_window(qtbot, office.db, office.clerk, settings) as win:
        _select_all_rows(qtbot, win, 3)
        qtbot.waitUntil(win.dispatch.action_labels.isEnabled, timeout=10000)
        _key(
            qtbot,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        dialog = win.prints.labels_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        assert "3" in dialog.summary.text()
        assert not dialog.picker.isEnabled()  # a label printer: no sheet to pick from
        # The office's A4 sheet of 3 × 8, whose first six stickers are gone: click the 7th.
        dialog.template_combo.setFocus()
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("a4-3x8"))
        assert dialog.picker.isEnabled()
        spot = dialog.picker.cell_rect(7).center().toPoint()
        qtbot.mouseClick(dialog.picker, Qt.MouseButton.LeftButton, pos=QPoint(spot))
        assert dialog.start == 7
        assert "7" in dialog.where.text() and "15" in dialog.where.text()  # 24 - 6 - 3 left
        with qtbot.waitSignal(win.prints.done, timeout=20000):
            qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        assert settings.next_sheet_position == 10
        qtbot.waitUntil(
            lambda: all(_events(office, n)[-1] == "label_printed" for n in numbers), timeout=10000
        )
    (page,) = pdf_pages(pdfs[0].read_bytes(), 150)
    width, height = page.size
    third_row = page.crop((0, 2 * height // 8, width, 3 * height // 8))
    assert barcodes(third_row) == sorted(numbers)
    assert barcodes(page.crop((0, 0, width, 2 * height // 8))) == []


def test_the_sheet_picker_answers_the_arrow_keys(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    number = _mail(office, "Demande")
    settings = Settings(MemoryStore())
    settings.printing = PrintingPrefs(label_template="a4-3x7")
    settings.next_sheet_position = 2
    with main_window(qtbot, office.db, office.clerk, settings, lang="ar") as win:
        win.prints.open_labels([number])
        dialog = win.prints.labels_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        dialog.picker.setFocus()
        qtbot.waitUntil(dialog.picker.hasFocus, timeout=5000)
        # Paper has no reading direction: sticker 1 is drawn top left, and Right is the next
        # sticker, in Arabic too.
        assert dialog.picker.cell_rect(1).left() < dialog.picker.cell_rect(2).left()
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Right)
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Down)
        assert dialog.start == 2 + 1 + 3
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Home)
        assert dialog.start == 1
        dialog.reject()


def test_routing_slips_of_the_selection(qtbot, office: Office, pdfs: list[Path]) -> None:  # type: ignore[no-untyped-def]
    first = _mail(office, "طلب رخصة البناء", service_code="RH")
    second = _mail(office, "Demande de mutation", service_code="BUDGET")
    workflow.assign(office.db, office.clerk, [first], "RH", instructions=["SUITE"])
    with main_window(qtbot, office.db, office.clerk) as win:
        _select_all_rows(qtbot, win, 2)
        qtbot.waitUntil(win.dispatch.action_slips.isEnabled, timeout=10000)
        with qtbot.waitSignal(win.prints.done, timeout=20000):
            win.dispatch.action_slips.trigger()  # as its menu entry does
        qtbot.waitUntil(
            lambda: _events(office, first)[-1] == _events(office, second)[-1] == "slip_printed",
            timeout=10000,
        )
    pdf = pdfs[0].read_bytes()
    assert sorted(b for p in pdf_pages(pdf, 150) for b in barcodes(p)) == sorted([first, second])
    text = pdf_text(pdf)
    assert "طلب رخصة البناء" in text and "Demande de mutation" in text
    # The service chosen at the counter is the imputation: neither slip merely proposes one.
    assert "Service proposé" not in text


def test_routing_slips_attached_to_the_selected_mails(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    numbers = [_mail(office, f"طلب رقم {i}", service_code="RH") for i in range(2)]
    with main_window(qtbot, office.db, office.clerk) as win:
        _select_all_rows(qtbot, win, 2)
        qtbot.waitUntil(win.dispatch.action_attach_slips.isEnabled, timeout=10000)
        with qtbot.waitSignal(win.dispatch.message, timeout=20000) as said:
            win.dispatch.action_attach_slips.trigger()
        assert "2" in said.args[0]
    for number in numbers:
        (attachment,) = get_mail(office.db, number).attachments
        assert attachment.name.startswith("fiche-imputation-")


def test_after_an_assignment_the_routing_slip_is_offered(
    qtbot, office: Office, pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    number = _mail(office, "Demande de congé", service_code="RH")
    with main_window(qtbot, office.db, office.clerk) as win:
        _select_all_rows(qtbot, win, 1)
        qtbot.waitUntil(lambda: win.imputation.assign.isEnabled(), timeout=10000)
        _key(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AssignDialog))
        qtbot.waitUntil(lambda: bool(dialog.instruction_checks), timeout=10000)
        assert dialog.service.currentData() == "RH"
        with qtbot.waitSignal(dialog.assigned, timeout=10000):
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: win.dispatch.offer is not None and win.dispatch.offer.isVisible(), timeout=5000
        )
        offer = win.dispatch.offer
        assert "fiche d'imputation" in offer.text()
        with qtbot.waitSignal(win.prints.done, timeout=20000):
            qtbot.mouseClick(offer.defaultButton(), Qt.MouseButton.LeftButton)
    assert _events(office, number)[-2:] == ["assigned", "slip_printed"]
    assert "Service des ressources humaines" in pdf_text(pdfs[0].read_bytes())


def test_the_delivery_book_and_the_handing_over(qtbot, office: Office, pdfs: list[Path]) -> None:  # type: ignore[no-untyped-def]
    rh = [_mail(office, f"Demande d'attestation n° {i}", service_code="RH") for i in range(2)]
    budget = _mail(office, "فاتورة الكهرباء", service_code="BUDGET")
    with main_window(qtbot, office.db, office.clerk) as win:
        assert win.dispatch.action_book.isEnabled()
        _key(
            qtbot,
            Qt.Key.Key_D,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, DeliveryBookDialog)
        )
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)  # all services
        dialog.service.setFocus()
        qtbot.keyClicks(dialog.service, "R")
        assert dialog.services == ["RH"]
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "1.pdf" in dialog.message.text(), timeout=20000)
        text = pdf_text(pdfs[0].read_bytes())
        assert all(n in text for n in rh) and budget not in text and "سجل التسليم" in text

        dialog.receiver.setFocus()
        type_text("هشام التازي", dialog.receiver)
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        box = dialog.confirmation
        qtbot.waitUntil(box.isVisible, timeout=5000)
        assert "RH" in box.text() and "2" in box.text()
        with qtbot.waitSignal(dialog.recorded, timeout=10000):
            qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
        # Only what is not handed over yet is shown: nothing left for RH.
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10000)
        assert not dialog.record_button.isEnabled()
        dialog.pending_only.setChecked(False)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
        assert dialog.table.item(0, 6).text()  # handed over on...
    event = get_mail(office.db, rh[0]).events[-1]
    assert (event.kind, event.user, event.reason) == ("delivered", "fatima", "هشام التازي")
    assert "delivered" not in _events(office, budget)


def test_a_registered_letter_from_the_form_to_its_ar(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        form = win.open_form(Direction.OUT)
        qtbot.waitUntil(form.isVisible, timeout=5000)
        assert not form.ar_number.isVisible()  # only for a registered letter
        type_text("Société Atlas Transport", form.correspondent)
        type_text("Mise en demeure de payer", form.subject)
        form.channel.setFocus()
        form.channel.setCurrentIndex(form.channel.findData(Channel.REGISTERED.value))
        assert form.channel.currentText() == "Recommandé avec AR"
        qtbot.waitUntil(form.ar_number.isVisible, timeout=5000)
        type_text("RR 1234 5678 9MA", form.ar_number)
        with qtbot.waitSignal(form.registered, timeout=10000):
            qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
        number = form.result.text().lstrip("\u200e")
        view = get_mail(office.db, number)
        assert (view.channel, view.ar_number) == ("registered_post", "RR 1234 5678 9MA")

        win.open_number(number)
        section = win.dispatch.ar_section
        qtbot.waitUntil(lambda: section.isVisible() and "RR 1234" in section.text(), timeout=10000)
        assert "pas encore revenu" in section.text()
        qtbot.waitUntil(win.dispatch.action_ar_returned.isEnabled, timeout=5000)
        win.dispatch.action_ar_returned.trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ArReturnedDialog))
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        with qtbot.waitSignal(dialog.recorded, timeout=10000):
            qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "revenu le" in section.text(), timeout=10000)
        assert not win.dispatch.action_ar_returned.isEnabled()
        assert "revenu" in win.dispatch.action_ar_returned.toolTip()
        qtbot.waitUntil(
            lambda: any("Accusé de réception" in win.detail.history.item(i).text()
                        for i in range(win.detail.history.count())),
            timeout=10000,
        )  # fmt: skip
    assert get_mail(office.db, number).ar_returned_on == today()


def test_the_letters_awaiting_their_ar(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    late = _mail(office, "Notification", direction=Direction.OUT, channel=Channel.REGISTERED,
                 ar_number="RR 77")  # fmt: skip
    _mail(office, "Lettre simple", direction=Direction.OUT, channel=Channel.POST)
    with main_window(qtbot, office.db, office.clerk) as win:
        win.dispatch.action_ar_pending.trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ArPendingDialog))
        qtbot.waitUntil(dialog.empty.isVisible, timeout=10000)  # none is 15 days late today
        dialog.days.setFocus()
        dialog.days.selectAll()
        qtbot.keyClicks(dialog.days, "0")
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
        assert dialog.table.item(0, 3).text().endswith("RR 77")
        with qtbot.waitSignal(dialog.open_requested, timeout=5000) as opened:
            dialog.table.setFocus()
            qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        assert opened.args == [late]
        record = dialog.record_current()
        assert record is not None
        qtbot.waitUntil(record.isVisible, timeout=5000)
        with qtbot.waitSignal(dialog.recorded, timeout=10000):
            qtbot.mouseClick(
                record.buttons.button(record.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
            )
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10000)


def test_a_chef_sees_no_handing_over_and_no_ar_return(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    from app.domain.enums import Role
    from app.organisation import setup
    from app.organisation.actor import authenticate

    setup.add_user(office.db, office.admin, login="chef_rh", full_name="Youssef El Amrani",
                   role=Role.CHEF, password="chef-pass-2026", service_codes=["RH"])  # fmt: skip
    chef = authenticate(office.db, "chef_rh", "chef-pass-2026")
    with main_window(qtbot, office.db, chef) as win:
        assert not win.dispatch.action_ar_returned.isVisible()
        assert not win.dispatch.action_book.isVisible()
