"""Reading a real IMAP server into the basket: every kind of message once, or refused with why."""

from __future__ import annotations

from sqlalchemy import func, select

from app.mailbox import basket, intake, log
from app.store import audit
from app.store.models import MailboxMessage
from tests.conftest import Office
from tests.support import mails
from tests.support.mailboxes import Box


def _basket_subjects(office: Office) -> list[str]:
    return sorted(p.subject for p in basket.pending(office.db, office.admin.office_id))


def test_every_kind_of_message_comes_in_once_or_is_refused_with_why(
    office: Office, box: Box
) -> None:
    first, second = mails.duplicate_pair()
    box.put(
        mails.arabic_letter(),
        mails.french_letter(),
        mails.nested_multipart(),
        mails.html_only(),
        mails.malformed_mime(),
        mails.not_a_message(),
        first,
        second,
    )
    report = intake.fetch(office.db, office.clerk)
    assert report.errors == []
    assert (report.taken, report.duplicates, report.refused) == (6, 1, 1)
    waiting = basket.pending(office.db, office.admin.office_id)
    assert len(waiting) == 6
    by_subject = {p.subject: p for p in waiting}
    arabic = basket.message(
        office.db,
        office.admin.office_id,
        by_subject["طلب شهادة إدارية لفائدة السيد محمد العلوي"].id,
    )
    assert arabic.from_name == "محمد العلوي"
    assert arabic.from_address == "m.alaoui@exemple.ma"
    assert [a.name for a in arabic.attachments] == ["طلب_شهادة.pdf"]
    nested = basket.message(
        office.db, office.admin.office_id, by_subject["طلب دعم — Demande de subvention 2027"].id
    )
    assert [(a.name, a.kind) for a in nested.attachments] == [
        ("ملف_الجمعية.pdf", "pdf"),
        ("budget prévisionnel.docx", "other"),
    ]
    assert "نص الطلب في المرفق." in nested.body
    html = basket.message(
        office.db,
        office.admin.office_id,
        by_subject["Réclamation concernant la facture d'eau — شكاية بخصوص فاتورة الماء"].id,
    )
    assert html.html_only
    assert "Je conteste la facture n° 2026-117." in html.body
    assert "alert" not in html.body and "tracker" not in html.body  # no script, no pixel
    # Everything left the folder read: taken ones to the handled folder, the refused one to
    # the error folder, marked with why.
    assert box.folder("INBOX") == []
    assert len(box.folder("Traités")) == 7
    assert box.folder("Refusés") == [mails.not_a_message()]
    assert any("BO-refused-not_a_message" in f for f in box.server.flags(box.user, "Refusés"))
    said = [line.text("fr") for line in log.recent(office.db, office.admin.office_id)]
    assert any("ce n'est pas un message électronique" in s for s in said), said
    # Each message's bytes kept whole, and the audit chain holds.
    with office.db.read() as session:
        assert audit.verify(session).ok
    assert basket.raw(office.db, office.admin.office_id, arabic.id) in box.folder("Traités")


def test_a_second_reading_takes_nothing_again(office: Office, box: Box) -> None:
    box.put(*mails.corpus(5))
    assert intake.fetch(office.db, office.clerk).taken == 5
    # The same messages come back (copied back by a user, restored from a backup).
    box.put(*mails.corpus(5))
    again = intake.fetch(office.db, office.clerk)
    assert (again.taken, again.duplicates) == (0, 5)
    with office.db.read() as session:
        assert session.scalar(select(func.count()).select_from(MailboxMessage)) == 5


def test_a_twenty_megabyte_attachment_comes_in_whole(office: Office, box: Box) -> None:
    raw = mails.big_attachment(20)
    box.put(raw)
    report = intake.fetch(office.db, office.clerk)
    assert (report.taken, report.refused) == (1, 0), report.to_json()
    (waiting,) = basket.pending(office.db, office.admin.office_id)
    view = basket.message(office.db, office.admin.office_id, waiting.id)
    assert [(a.name, a.size) for a in view.attachments] == [("الملف_التقني.bin", 20 * 1024 * 1024)]
    assert basket.raw(office.db, office.admin.office_id, waiting.id) == box.folder("Traités")[0]


def test_a_message_larger_than_the_office_takes_goes_to_the_error_folder_unread(
    office: Office, box: Box
) -> None:
    from sqlalchemy import update

    from app.store.models import Office as OfficeRow

    with office.db.write() as session:
        session.execute(update(OfficeRow).values(attachment_max_bytes=200_000))
    small, large = mails.french_letter(), mails.big_attachment(1)
    box.put(small, large)
    report = intake.fetch(office.db, office.clerk)
    assert (report.taken, report.refused) == (1, 1)
    assert box.folder("Refusés") == [large]
    assert any("BO-refused-too_large" in f for f in box.server.flags(box.user, "Refusés"))
    (line,) = [x for x in log.recent(office.db, office.admin.office_id) if x.code == "refused"]
    text = line.text("fr")
    assert "trop volumineux" in text and "Dossier technique complet" in text, text
    assert "حجم كبير جدا" in line.text("ar")


def test_a_message_copied_to_two_folders_comes_in_once(office: Office, box: Box) -> None:
    """The same message in the folder read by two accounts (a rule copied it): once."""
    from app.mailbox import accounts
    from tests.support.mailboxes import settings_for

    raw = mails.arabic_letter()
    box.put(raw)
    box.put(raw, folder="Copies")
    accounts.save(
        office.db,
        office.admin,
        settings_for(
            box.server,
            box.user,
            name="Copies",
            folder="Copies",
            handled_folder="Copies traitées",
            error_folder="Copies refusées",
        ),
        password=box.user.password,
    )
    report = intake.fetch(office.db, office.clerk)
    assert (report.taken, report.duplicates) == (1, 1)
    assert len(basket.pending(office.db, office.admin.office_id)) == 1
    assert box.folder("INBOX") == box.folder("Copies") == []
    assert box.folder("Traités") == box.folder("Copies traitées") == [raw]


def test_the_same_letter_by_two_routes_without_message_id_comes_in_once(
    office: Office, box: Box
) -> None:
    """No Message-ID, and relays that stamped each copy differently: its content decides."""
    plain = mails.letter(
        "Demande de rendez-vous",
        ("Youssef Amrani", "y.amrani@exemple.ma"),
        "Je souhaite un rendez-vous.",
        message_id=None,
    )
    box.put(b"Received: from relais-a.exemple.ma\r\n" + plain)
    box.put(b"Received: from relais-b.exemple.ma\r\n" + plain)
    report = intake.fetch(office.db, office.clerk)
    assert (report.taken, report.duplicates) == (1, 1)


def test_a_virus_scanner_verdict_sends_the_message_to_the_error_folder(
    office: Office, box: Box, tmp_path, monkeypatch
) -> None:
    import sys

    scanner = tmp_path / "scan.py"
    scanner.write_text(
        "import sys\n"
        "data = sys.stdin.buffer.read()\n"
        "if b'EICAR' in data:\n"
        "    print('Eicar-Test-Signature FOUND')\n"
        "    sys.exit(1)\n"
    )
    infected = mails.letter(
        "Facture impayée", ("Inconnu", "x@exemple.ma"), "EICAR-STANDARD-ANTIVIRUS-TEST-FILE"
    )
    box.put(mails.french_letter(), infected)
    # Configured for the desk: its readings in the background and the command line's alike.
    monkeypatch.setenv(intake.SCANNER_ENV, f"{sys.executable} {scanner}")
    report = intake.fetch(office.db, office.clerk)
    assert (report.taken, report.refused) == (1, 1)
    assert box.folder("Refusés") == [infected]
    texts = [x.text("fr") for x in log.recent(office.db, office.admin.office_id)]
    assert any("Eicar-Test-Signature FOUND" in t for t in texts), texts
