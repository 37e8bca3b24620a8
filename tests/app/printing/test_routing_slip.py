"""Routing slips: bilingual, the mail and its imputation readable, the barcode scans."""

import pytest

from app.dispatch.slip import slip_data
from app.errors import PermissionDenied, UserError
from app.imputation import workflow
from app.printing.routing_slip import SIZES, slips_pdf
from app.registry.corrections import cancel_mail
from tests.app.imputation.conftest import Org
from tests.support.pdf import barcodes, pdf_pages, pdf_text

SUBJECT = "طلب الحصول على رخصة استغلال مؤقت للملك العمومي"


@pytest.mark.parametrize("size", list(SIZES))
def test_the_slip_of_an_assigned_mail(org: Org, size: str) -> None:
    number = org.mail(SUBJECT, service="RH")
    workflow.assign(
        org.db,
        org.office.clerk,
        [number],
        "RH",
        copies=["BUDGET"],
        instructions=["SUITE", "AVIS"],
        note="Réponse avant la fin du mois",
        agent="agent_rh",
    )
    data = slip_data(org.db, number, actor=org.office.clerk)
    ticked = [i.code for i in data.instructions if i.checked]
    assert ticked == ["SUITE", "AVIS"] and len(data.instructions) == 5
    pdf = slips_pdf([data], size)
    text = pdf_text(pdf)
    for expected in (
        number,
        "Fiche d'imputation",
        "بطاقة الإحالة",
        SUBJECT,
        "Karim Benjelloun",
        "RH — Service des ressources humaines",
        "مصلحة الموارد البشرية",
        "BUDGET — Service du budget",
        "Agent Rh",  # the agent's full name
        "Pour suite à donner",
        "قصد اتخاذ المتعين",
        "Réponse avant la fin du mois",
        "Annotations du chef de service",
        "تأشيرة وتوجيهات رئيس المصلحة",
        "Fatima Zahra Bennani",  # who assigned it, and who printed it
    ):
        assert expected in text, expected
    pages = pdf_pages(pdf, 200)
    assert barcodes(pages[0]) == [number]


def test_a_slip_before_the_assignment_leaves_the_boxes_blank(org: Org) -> None:
    number = org.mail("Demande de mutation", service="BUDGET")
    data = slip_data(org.db, number)
    assert (data.assigned, data.service.code if data.service else None) == (False, "BUDGET")
    assert not any(i.checked for i in data.instructions) and data.due_date is None
    text = pdf_text(slips_pdf([data]))
    assert "Service proposé" in text and "المصلحة المقترحة" in text


def test_several_slips_a_page_each(org: Org) -> None:
    numbers = [org.mail(f"Demande n° {i}") for i in range(3)]
    pdf = slips_pdf([slip_data(org.db, n) for n in numbers], "a4")
    pages = pdf_pages(pdf, 150)
    assert [barcodes(p) for p in pages] == [[n] for n in numbers]


def test_only_mail_one_may_see_and_not_cancelled(org: Org) -> None:
    theirs = org.mail("Budget 2027", service="BUDGET")
    with pytest.raises(PermissionDenied):
        slip_data(org.db, theirs, actor=org["chef_rh"])
    slip_data(org.db, theirs, actor=org["chef_budget"])
    cancel_mail(org.db, org.office.admin, theirs, "Doublon")
    with pytest.raises(UserError) as caught:
        slip_data(org.db, theirs)
    assert caught.value.code == "mail_cancelled"


def test_slips_attached_all_or_none(org: Org) -> None:
    from app.dispatch.slip import attach_slips
    from app.registry.queries import get_mail

    ours = org.mail("Demande de congé", service="RH")
    theirs = org.mail("Budget 2027", service="BUDGET")
    # The chef of RH may not attach to BUDGET's mail: nothing attached, not even to his own.
    with pytest.raises(PermissionDenied):
        attach_slips(org.db, org["chef_rh"], [ours, theirs])
    assert get_mail(org.db, ours).attachments == []
    (done,) = attach_slips(org.db, org["chef_rh"], [ours], "a5")
    (attached,) = get_mail(org.db, ours).attachments
    assert done.number == ours and attached.content_type == "application/pdf"
    assert get_mail(org.db, ours).events[-1].kind == "attached"
