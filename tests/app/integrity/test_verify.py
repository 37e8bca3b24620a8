"""audit verify sees what plain SQL does behind the application's back (issue 19, item 15).

Each tampering is a statement no trigger stops, run on SQLite and PostgreSQL; each must be
named: which entry or user, which class of fields, which file.
"""

from __future__ import annotations

import pytest

from app.documents.inspect import inspect_bytes
from app.domain.enums import Role
from app.integrity import verify as integrity
from app.organisation import user_admin
from app.registry.attach import attach
from app.registry.corrections import Correction, cancel_mail, correct_mail
from tests.app.integrity.conftest import Register, check, drop_guards, sql
from tests.support import files


def _kinds(report: integrity.Report) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(p.kind, p.entity, p.fields) for p in report.problems]


def test_an_untouched_register_is_intact(register: Register) -> None:
    report = check(register.office.db)
    assert report.ok, [p.message("fr") for p in report.problems]
    assert (report.mails, report.users) == (3, 2)
    assert report.files == 2 and report.file_bytes > 0


def test_corrections_cancellations_and_attachments_move_what_is_expected(
    register: Register,
) -> None:
    db, admin = register.office.db, register.office.admin
    correct_mail(db, admin, register.letter, Correction(service_code="BUDGET"), "Erreur")
    correct_mail(db, admin, register.letter, Correction(subject="طلب شهادة السكنى"), "Erreur")
    attach(
        db, admin, register.letter, [inspect_bytes("b.pdf", files.pdf_bytes(3), max_bytes=10**7)]
    )
    cancel_mail(db, admin, register.outgoing, "Doublon")
    user_admin.update_user(db, admin, "fatima", role=Role.CHEF, password="nouveau-mot-2026")
    user_admin.update_user(db, admin, "fatima", service_codes=["RH", "BUDGET"], active=False)
    report = check(db)
    assert report.ok, [p.message("fr") for p in report.problems]


TAMPERING = {
    "subject": (
        "UPDATE mail_entries SET subject = 'Objet falsifié' WHERE number = :letter",
        ("mail_altered", "letter", ("subject",)),
    ),
    "confidential flag": (
        "UPDATE mail_entries SET confidential = :no WHERE number = :complaint",
        ("mail_altered", "complaint", ("confidential",)),
    ),
    "service": (
        "UPDATE mail_entries SET service_id = (SELECT id FROM services WHERE code = 'BUDGET') "
        "WHERE number = :letter",
        ("mail_altered", "letter", ("service",)),
    ),
    "recipient added": (
        "INSERT INTO mail_recipients (mail_id, correspondent_id) SELECT m.id, c.id "
        "FROM mail_entries m, correspondents c WHERE m.number = :outgoing "
        "AND c.name_latin = 'Mohammed Alaoui'",
        ("mail_altered", "outgoing", ("correspondents",)),
    ),
    "role set to admin": (
        "UPDATE users SET role = 'admin' WHERE login = 'fatima'",
        ("user_altered", "fatima", ("role",)),
    ),
    "password hash": (
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE login = 'admin') "
        "WHERE login = 'fatima'",
        ("user_altered", "fatima", ("credentials",)),
    ),
    "user inserted": (
        "INSERT INTO users (office_id, login, full_name, password_hash, role, active, created_at) "
        "SELECT office_id, 'intrus', 'Intrus', password_hash, 'admin', :yes, created_at "
        "FROM users WHERE login = 'admin'",
        ("user_unaudited", "intrus", ()),
    ),
    "counter reset": (
        "UPDATE number_counters SET last_seq = 0 WHERE direction = 'in'",
        ("counter_behind", "in *", ()),
    ),
    "attachment chunks deleted": (
        "DELETE FROM blob_chunks WHERE sha256 = :sha256",
        ("content_corrupt", "sha256", ()),
    ),
    "attachment chunk replaced": (
        "UPDATE blob_chunks SET data = :junk WHERE sha256 = :sha256",
        ("content_corrupt", "sha256", ()),
    ),
}


@pytest.mark.parametrize("case", TAMPERING)
def test_plain_sql_tampering_is_named(register: Register, case: str) -> None:
    statement, (kind, entity, fields) = TAMPERING[case]
    db = register.office.db
    if "blob_chunks" in statement and "UPDATE" in statement:
        drop_guards(db, "blob_chunks")
    params = {
        "letter": register.letter,
        "complaint": register.complaint,
        "outgoing": register.outgoing,
        "sha256": register.sha256,
        "yes": True,
        "no": False,
        "junk": b"%PDF-1.7 rien",
    }
    sql(db, statement, **{k: v for k, v in params.items() if f":{k}" in statement})

    report = check(db)
    assert not report.ok and report.problem_count == 1, _describe(report)
    (problem,) = report.problems
    expected_entity = {
        "letter": register.letter,
        "complaint": register.complaint,
        "outgoing": register.outgoing,
        "sha256": register.sha256,
    }.get(entity, entity)
    assert problem.kind == kind
    if expected_entity.endswith("*"):
        assert problem.entity.startswith(expected_entity[:-1])
    else:
        assert problem.entity == expected_entity
    assert problem.fields == fields
    if kind == "content_corrupt":
        assert problem.files == (f"{register.letter}: lettre.pdf",)
    text = problem.message("fr")
    assert problem.entity.split()[0] in text or register.sha256 in text


def _describe(report: integrity.Report) -> list[str]:
    return [p.message("fr") for p in report.problems]


def test_an_attachment_renamed_or_added_by_hand_is_named(register: Register) -> None:
    db = register.office.db
    drop_guards(db, "attachments")
    sql(db, "UPDATE attachments SET filename = 'autre.pdf' WHERE sha256 = :s", s=register.sha256)
    report = check(db)
    assert _kinds(report) == [("attachments_altered", register.letter, ())]
    assert set(report.problems[0].files) == {
        f"− lettre.pdf ({register.sha256[:12]})",
        f"+ autre.pdf ({register.sha256[:12]})",
    }


def test_a_change_laundered_by_a_later_correction_is_still_caught(register: Register) -> None:
    db = register.office.db
    sql(
        db,
        "UPDATE mail_entries SET subject = 'Objet falsifié' WHERE number = :n",
        n=register.letter,
    )
    correct_mail(db, register.office.admin, register.letter, Correction(pieces=3), "Pièces")
    report = check(db)
    assert _kinds(report) == [("mail_changed_between", register.letter, ("subject",))]
    assert "entre les événements" in report.problems[0].message("fr")


def test_a_user_changed_then_edited_by_an_administrator_is_still_caught(
    register: Register,
) -> None:
    db = register.office.db
    sql(db, "UPDATE users SET role = 'admin' WHERE login = 'fatima'")
    user_admin.update_user(db, register.office.admin, "fatima", full_name="Fatima Z. Bennani")
    assert _kinds(check(db)) == [("user_changed_between", "fatima", ("role",))]


def test_files_can_be_left_out_for_a_quick_check(register: Register) -> None:
    db = register.office.db
    sql(db, "DELETE FROM blob_chunks WHERE sha256 = :s", s=register.sha256)
    quick = check(db, files=False)
    assert quick.ok and not quick.files_checked and quick.to_json()["checked"]["files"] is None
    assert not check(db).ok


def test_a_counter_set_back_stops_a_batch_instead_of_failing_each_mail(
    register: Register,
) -> None:
    """The portal registers deposits by batch: a counter set back is the office's trouble, not
    one deposit's (which would be quarantined for nothing): the whole batch stops, clearly."""
    from app.directory.correspondents import CorrespondentInput
    from app.domain.enums import Direction
    from app.errors import UserError
    from app.registry.drafts import MailDraft
    from app.registry.register import Batched, register_batch

    db = register.office.db
    sql(db, "UPDATE number_counters SET last_seq = 0 WHERE direction = 'in'")
    draft = MailDraft(
        direction=Direction.IN,
        subject="Dépôt du portail",
        correspondent=CorrespondentInput(name_latin="Karim Alaoui"),
    )
    with pytest.raises(UserError) as refused:
        register_batch(db, register.office.clerk, [Batched(draft, []), Batched(draft, [])])
    assert refused.value.code == "counter_behind"
    assert register.letter in refused.value.message("fr")
    report = check(db)
    assert report.mails == 3 and _kinds(report) == [("counter_behind", f"in {_year()}", ())]


def _year() -> int:
    from app.domain.clock import now_utc, to_local

    return to_local(now_utc()).year
