"""The desk's register prints and exports keep to the user's reach, like the command line's."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.clock import to_local
from app.domain.enums import Direction, Role
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.registry.report import MASKED
from tests.conftest import Office
from tests.support.gui import main_window
from tests.support.pdf import pdf_text


def _mail(office: Office, service: str, subject: str, *, confidential: bool = False) -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject=subject,
            correspondent=CorrespondentInput.from_name("Société Atlas SARL"),
            service_code=service,
            confidential=confidential,
        ),
    ).number


def test_a_chefs_register_from_the_desk_masks_other_services_mail(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tmp_path: Path
) -> None:
    setup.add_user(
        office.db, office.admin, login="chef_rh", full_name="Samira Tazi", role=Role.CHEF,
        password="chef-pass-2026", service_codes=["RH"],
    )  # fmt: skip
    chef = authenticate(office.db, "chef_rh", "chef-pass-2026")
    own = _mail(office, "RH", "Demande de mutation de Mme Alaoui")
    other = _mail(office, "BUDGET", "Engagement des crédits du chapitre 20", confidential=True)
    day = to_local(get_mail(office.db, own).registered_at).date()
    with main_window(qtbot, office.db, chef) as win:
        dialog = win.open_register_printing()
        dialog.set_day(day)
        for fmt in ("csv", "pdf"):
            dialog.save_to(tmp_path / f"registre.{fmt}", fmt)
            qtbot.waitUntil(lambda f=fmt: f"registre.{f}" in dialog.message.text(), timeout=15000)
        preview = dialog._job("print").load()  # what the preview and the printer paint
    rows = list(
        csv.reader(io.StringIO((tmp_path / "registre.csv").read_text("utf-8-sig")), delimiter=";")
    )
    subjects = {r[0]: r[6] for r in rows[1:]}
    assert subjects == {own: "Demande de mutation de Mme Alaoui", other: MASKED}
    text = " ".join(pdf_text((tmp_path / "registre.pdf").read_bytes()).split())
    assert own in text and other in text and "chapitre 20" not in text
    assert [e.number for e in preview.entries if e.masked] == [other]


def test_the_desks_routing_slips_and_delivery_book_keep_to_a_chefs_reach(office: Office) -> None:
    """The routing slip job refuses, on load (before any preview or printer), another
    service's mail; the delivery book a chef opens lists their services' mail only."""
    from app.dispatch.book import delivery_book
    from app.errors import PermissionDenied
    from ui.printing.jobs import slip_job

    setup.add_user(
        office.db, office.admin, login="chef_rh", full_name="Samira Tazi", role=Role.CHEF,
        password="chef-pass-2026", service_codes=["RH"],
    )  # fmt: skip
    chef = authenticate(office.db, "chef_rh", "chef-pass-2026")
    own = _mail(office, "RH", "Demande de mutation de Mme Alaoui")
    other = _mail(office, "BUDGET", "Engagement des crédits du chapitre 20")
    assert [s.subject for s in slip_job(office.db, chef, [own]).load()] == [
        "Demande de mutation de Mme Alaoui"
    ]
    with pytest.raises(PermissionDenied):
        slip_job(office.db, chef, [own, other]).load()
    day = to_local(get_mail(office.db, own).registered_at).date()
    book = delivery_book(office.db, first=day, actor=chef)
    assert [line.number for s in book.sheets for line in s.lines] == [own]
    everything = delivery_book(office.db, first=day, actor=office.clerk)
    assert sorted(line.number for s in everything.sheets for line in s.lines) == sorted(
        [own, other]
    )
