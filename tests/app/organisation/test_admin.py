"""The administrator's edits: services, users, instructions, default days; who may make them."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction, Priority, Role, ServiceKind
from app.errors import NotFound, PermissionDenied, UserError
from app.imputation import choices, deadlines, workflow
from app.organisation import admin, instructions, service_admin, user_admin
from app.organisation.actor import Actor, authenticate
from app.organisation.queries import services
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store import audit
from app.store.models import AuditEvent
from tests.conftest import ADMIN_PASSWORD, Office

PASSWORD = "user-pass-2026"


def _events(office: Office, action: str) -> list[dict]:
    with office.db.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        return [{"actor": r.actor, "id": r.entity_id, **json.loads(r.payload)} for r in rows]


def _chain_ok(office: Office) -> bool:
    with office.db.read() as session:
        return audit.verify(session).ok


def _user(office: Office, login: str, role: Role, *codes: str) -> None:
    user_admin.create_user(
        office.db,
        office.admin,
        login=login,
        full_name=login.title(),
        role=role,
        password=PASSWORD,
        service_codes=codes,
    )


# -- services ---------------------------------------------------------------------------------


def test_a_service_tree_is_built_renamed_moved_and_read_back(office: Office) -> None:
    db, a = office.db, office.admin
    service_admin.create_service(
        db,
        a,
        code="daa",
        name_ar="مديرية الشؤون الإدارية",
        name_fr="Direction des affaires administratives",
        kind=ServiceKind.DIRECTION,
    )
    service_admin.create_service(
        db,
        a,
        code="PERS",
        name_ar="مصلحة الموظفين",
        name_fr="Service du personnel",
        parent_code="DAA",
    )
    assert service_admin.move_service(db, a, "RH", "DAA")
    assert service_admin.rename_service(
        db, a, "RH", name_ar="قسم الموارد البشرية", name_fr="Division des ressources humaines"
    )
    assert service_admin.set_service_kind(db, a, "RH", ServiceKind.DIVISION)
    assert service_admin.move_service(db, a, "PERS", "RH")
    assert not service_admin.move_service(db, a, "PERS", "RH")  # already there: no event

    org = admin.load(db, a)
    assert [s.code for s in org.services] == ["BUDGET", "DAA", "RH", "PERS"]
    rh = org.service("RH")
    assert rh is not None
    assert (rh.parent_code, rh.kind, rh.name_fr) == (
        "DAA",
        "division",
        "Division des ressources humaines",
    )
    assert rh.name("ar") == "قسم الموارد البشرية" and rh.other_name("ar") == rh.name_fr
    assert rh.users == 1  # the clerk
    assert org.descendants("DAA") == {"RH", "PERS"}

    moved = _events(office, "service.changed")
    assert {"actor": "admin", "code": "PERS", "parent": ["DAA", "RH"]} in [
        {k: e[k] for k in ("actor", "code", "parent") if k in e} for e in moved
    ]
    renamed = next(e for e in moved if "name_fr" in e)
    assert renamed["name_fr"] == [
        "Service des ressources humaines",
        "Division des ressources humaines",
    ]
    assert _chain_ok(office)


def test_a_service_cannot_go_under_itself_or_its_descendants(office: Office) -> None:
    db, a = office.db, office.admin
    service_admin.create_service(
        db,
        a,
        code="FORM",
        name_ar="مصلحة التكوين",
        name_fr="Service de la formation",
        parent_code="RH",
    )
    for parent in ("RH", "FORM"):
        with pytest.raises(UserError) as refused:
            service_admin.move_service(db, a, "RH", parent)
        assert refused.value.code == "service_cycle"
    assert "relève de lui" in refused.value.message("fr")
    assert "FORM" in refused.value.message("ar")
    assert {s.code: s.parent_code for s in services(db)}["RH"] is None
    assert service_admin.move_service(db, a, "FORM", None)  # back to the top level
    assert {s.code: s.parent_code for s in services(db)}["FORM"] is None


@pytest.mark.parametrize(
    ("name_ar", "name_fr", "code", "field"),
    [
        ("مصلحة الأرشيف", "مصلحة الأرشيف", "not_latin", "nom en français"),
        ("Service des archives", "Service des archives", "not_arabic", "nom en arabe"),
        ("مصلحة الأرشيف", "  ", "missing_field", "nom en français"),
    ],
)
def test_names_in_the_wrong_script_are_refused(
    office: Office, name_ar: str, name_fr: str, code: str, field: str
) -> None:
    with pytest.raises(UserError) as refused:
        service_admin.create_service(
            office.db, office.admin, code="ARCH", name_ar=name_ar, name_fr=name_fr
        )
    assert refused.value.code == code
    assert field in refused.value.message("fr")
    with pytest.raises(UserError):
        service_admin.rename_service(
            office.db, office.admin, "RH", name_ar=name_ar, name_fr=name_fr
        )
    assert "ARCH" not in {s.code for s in services(office.db)}
    assert services(office.db)[1].name_fr == "Service des ressources humaines"


def test_bad_codes_are_refused(office: Office) -> None:
    with pytest.raises(UserError) as refused:
        service_admin.create_service(
            office.db, office.admin, code="R H", name_ar="مصلحة", name_fr="Service"
        )
    assert refused.value.code == "bad_code"


def test_a_service_with_open_mail_or_active_children_stays_active(office: Office) -> None:
    db, a = office.db, office.admin
    number = register_mail(
        db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande d'attestation de travail",
            correspondent=CorrespondentInput.from_name("Youssef El Amrani"),
        ),
    ).number
    workflow.assign(db, office.clerk, [number], "BUDGET")
    with pytest.raises(UserError) as refused:
        service_admin.set_service_active(db, a, "BUDGET", False)
    assert refused.value.code == "service_has_open_mail" and refused.value.params["count"] == 1
    assert admin.load(db, a).service("BUDGET").open_assignments == 1  # type: ignore[union-attr]

    service_admin.create_service(
        db, a, code="FORM", name_ar="مصلحة التكوين", name_fr="Formation", parent_code="RH"
    )
    with pytest.raises(UserError) as refused:
        service_admin.set_service_active(db, a, "RH", False)
    assert refused.value.code == "service_has_children" and "FORM" in refused.value.message("fr")

    assert service_admin.set_service_active(db, a, "FORM", False)
    assert service_admin.set_service_active(db, a, "RH", False)
    listed = {s.code for s in services(db)}
    assert listed == {"BUDGET"}  # gone from the lists that offer services
    org = admin.load(db, a)
    assert org.service("RH").active is False  # type: ignore[union-attr]
    assert org.user("fatima").services == ("RH",)  # type: ignore[union-attr]  # kept

    with pytest.raises(UserError) as refused:  # not under a deactivated parent
        service_admin.set_service_active(db, a, "FORM", True)
    assert refused.value.code == "service_inactive"
    with pytest.raises(UserError):
        service_admin.move_service(db, a, "BUDGET", "RH")
    assert service_admin.set_service_active(db, a, "RH", True)
    assert service_admin.set_service_active(db, a, "FORM", True)
    kinds = [e["id"] for e in _events(office, "service.deactivated")]
    assert len(kinds) == 2 and len(_events(office, "service.reactivated")) == 2
    assert _chain_ok(office)


# -- users ------------------------------------------------------------------------------------


def test_a_user_is_edited_and_their_password_reset(office: Office) -> None:
    db, a = office.db, office.admin
    _user(office, "kouazzani", Role.AGENT, "RH")
    assert user_admin.edit_user(
        db,
        a,
        "kouazzani",
        full_name="  Khadija   Ouazzani ",
        role=Role.CHEF,
        service_codes=["BUDGET", "RH"],
    )
    row = admin.load(db, a).user("kouazzani")
    assert row is not None
    assert (row.full_name, row.role, row.services, row.active) == (
        "Khadija Ouazzani",
        "chef",
        ("BUDGET", "RH"),
        True,
    )
    changed = _events(office, "user.changed")[-1]
    assert changed["role"] == ["agent", "chef"] and changed["services"] == [
        ["RH"],
        ["BUDGET", "RH"],
    ]

    with pytest.raises(UserError) as refused:
        user_admin.reset_password(db, a, "kouazzani", "court")
    assert refused.value.code == "password_too_short"
    assert user_admin.reset_password(db, a, "kouazzani", "nouveau-mot-2026")
    assert authenticate(db, "kouazzani", "nouveau-mot-2026").role == "chef"
    with pytest.raises(PermissionDenied):
        authenticate(db, "kouazzani", PASSWORD)
    reset = _events(office, "user.password_reset")
    assert [e["login"] for e in reset] == ["kouazzani"]
    assert "nouveau" not in json.dumps(reset) and "argon" not in json.dumps(reset)

    assert user_admin.set_user_active(db, a, "kouazzani", False)
    with pytest.raises(PermissionDenied) as refused:
        authenticate(db, "kouazzani", "nouveau-mot-2026")
    assert refused.value.code == "user_inactive"
    assert user_admin.set_user_active(db, a, "kouazzani", True)
    assert authenticate(db, "kouazzani", "nouveau-mot-2026").login == "kouazzani"
    with pytest.raises(NotFound):
        user_admin.set_user_active(db, a, "personne", False)
    assert _chain_ok(office)


def test_an_admin_keeps_the_office_administrable(office: Office) -> None:
    db, a = office.db, office.admin
    with pytest.raises(PermissionDenied) as refused:
        user_admin.set_user_active(db, a, "admin", False)
    assert refused.value.code == "admin_self"
    with pytest.raises(UserError) as refused:  # the only administrator steps down
        user_admin.edit_user(
            db, a, "admin", full_name="Administrateur", role=Role.SUPERVISOR, service_codes=[]
        )
    assert refused.value.code == "last_admin"
    assert "dernier administrateur" in refused.value.message("fr")
    assert authenticate(db, "admin", ADMIN_PASSWORD).role == "admin"

    _user(office, "yelamrani", Role.ADMIN)
    second = authenticate(db, "yelamrani", PASSWORD)
    # With a second administrator, the first may hand over; then the second is the last.
    assert user_admin.update_user(db, a, "admin", role=Role.SUPERVISOR)
    with pytest.raises(UserError) as refused:
        user_admin.update_user(db, second, "yelamrani", role=Role.CHEF)
    assert refused.value.code == "last_admin"
    # The first one's session still says "admin": the database says otherwise.
    with pytest.raises(PermissionDenied) as refused:
        user_admin.set_user_active(db, a, "yelamrani", False)
    assert refused.value.code == "denied_role"
    assert authenticate(db, "yelamrani", PASSWORD).role == "admin"
    assert _chain_ok(office)


def test_a_user_cannot_join_a_deactivated_service(office: Office) -> None:
    db, a = office.db, office.admin
    service_admin.set_service_active(db, a, "BUDGET", False)
    with pytest.raises(UserError) as refused:
        _user(office, "kouazzani", Role.AGENT, "BUDGET")
    assert refused.value.code == "service_inactive"
    with pytest.raises(UserError):
        user_admin.update_user(db, a, "fatima", service_codes=["RH", "BUDGET"])
    assert admin.load(db, a).user("fatima").services == ("RH",)  # type: ignore[union-attr]


# -- instructions -----------------------------------------------------------------------------


def test_instructions_are_added_renamed_reordered_and_deactivated(office: Office) -> None:
    db, a = office.db, office.admin
    assert (
        instructions.add_instruction(
            db, a, code="urgent-tel", label_fr="Répondre par téléphone", label_ar="الرد عبر الهاتف"
        )
        == "URGENT-TEL"
    )
    with pytest.raises(UserError) as refused:
        instructions.add_instruction(db, a, code="AVIS", label_fr="Avis", label_ar="رأي")
    assert refused.value.code == "instruction_exists"
    with pytest.raises(UserError) as refused:
        instructions.add_instruction(db, a, code="X", label_fr="الرد", label_ar="الرد")
    assert refused.value.code == "not_latin"

    assert instructions.rename_instruction(
        db, a, "PARLER", label_fr="En parler au chef", label_ar="للتحدث مع الرئيس"
    )
    assert instructions.move_instruction(db, a, "INFO", -1)
    assert instructions.move_instruction(db, a, "URGENT-TEL", -1)
    assert not instructions.move_instruction(db, a, "INFO", -5)  # past the top: nothing
    assert not instructions.move_instruction(db, a, "SUITE", -1)  # already first
    order = [i.code for i in admin.load(db, a).instructions]
    assert order == ["SUITE", "INFO", "AVIS", "SIGNATURE", "URGENT-TEL", "PARLER"]

    number = register_mail(
        db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="Demande de mutation",
            correspondent=CorrespondentInput.from_name("Khadija Ouazzani"),
        ),
    ).number
    workflow.assign(db, office.clerk, [number], "RH", instructions=["SIGNATURE"])
    assert instructions.set_instruction_active(db, a, "SIGNATURE", False)
    offered = [i.code for i in choices.assign_choices(db).instructions]
    assert offered == ["SUITE", "INFO", "AVIS", "URGENT-TEL", "PARLER"]
    labels = {i.code: i.label("fr") for i in choices.assign_choices(db).instructions}
    assert labels["PARLER"] == "En parler au chef"
    with pytest.raises(NotFound):  # no new assignment with it
        workflow.assign(db, office.clerk, [number], "RH", instructions=["SIGNATURE"])
    from app.registry.queries import get_mail

    assert "SIGNATURE" in str(get_mail(db, number).assignments[0]["instructions"])  # kept
    assert instructions.set_instruction_active(db, a, "SIGNATURE", True)
    moved = _events(office, "instruction.moved")
    assert moved[0]["order"][1][:3] == ["SUITE", "INFO", "AVIS"]
    assert len(_events(office, "instruction.created")) == 1
    assert _chain_ok(office)


# -- default days -----------------------------------------------------------------------------


def test_default_days_are_set_within_one_to_sixty(office: Office) -> None:
    db, a = office.db, office.admin
    changed = deadlines.set_days_by_priority(
        db, a, {Priority.NORMAL: 30, Priority.URGENT: 5, Priority.VERY_URGENT: 2}
    )
    assert changed == ["urgent", "very_urgent"]  # normal was already 30
    assert admin.load(db, a).days == {"normal": 30, "urgent": 5, "very_urgent": 2}
    for bad in (0, 61, -3):
        with pytest.raises(UserError) as refused:
            deadlines.set_days(db, a, Priority.URGENT, bad)
        assert refused.value.code == "days_out_of_range"
        assert "de 1 à 60 jours" in refused.value.message("fr")
    deadlines.set_days(db, a, Priority.NORMAL, 60)
    assert admin.load(db, a).days["normal"] == 60
    events = _events(office, "deadline.changed")
    assert [(e["id"], e["days"]) for e in events] == [
        ("urgent", [8, 5]),
        ("very_urgent", [4, 2]),
        ("normal", [30, 60]),
    ]
    assert _chain_ok(office)


# -- who may --------------------------------------------------------------------------------


def test_only_administrators_may_read_or_edit(office: Office) -> None:
    db = office.db
    _user(office, "chef", Role.CHEF, "RH")
    _user(office, "superviseur", Role.SUPERVISOR)
    with db.read() as session:
        head_before = audit.head(session)
    for login in ("fatima", "chef", "superviseur"):
        who = office.clerk if login == "fatima" else authenticate(db, login, PASSWORD)
        for attempt in _edits(office, who):
            with pytest.raises(PermissionDenied) as refused:
                attempt()
            assert refused.value.code == "denied_role"
        assert "gérer les services et les utilisateurs" in refused.value.message("fr")
    with db.read() as session:
        assert audit.head(session) == head_before  # nothing written, not even half
    assert authenticate(db, "admin", ADMIN_PASSWORD).role == "admin"
    assert admin.load(db, office.admin).user("fatima").role == "clerk"  # type: ignore[union-attr]


def _edits(office: Office, who: Actor) -> list[Callable[[], object]]:
    db = office.db
    return [
        lambda: admin.load(db, who),
        lambda: service_admin.create_service(db, who, code="X", name_ar="س", name_fr="X"),
        lambda: service_admin.rename_service(db, who, "RH", name_ar="ر", name_fr="R"),
        lambda: service_admin.set_service_active(db, who, "RH", False),
        lambda: user_admin.update_user(db, who, "fatima", role=Role.ADMIN),
        lambda: user_admin.reset_password(db, who, "admin", "piratage-2026"),
        lambda: instructions.add_instruction(db, who, code="X", label_fr="X", label_ar="س"),
        lambda: instructions.move_instruction(db, who, "INFO", -1),
        lambda: instructions.set_instruction_active(db, who, "INFO", False),
        lambda: deadlines.set_days_by_priority(db, who, {Priority.URGENT: 2}),
    ]
