"""From the basket to the register: the number, the files and the .eml in one transaction; the
acknowledgement by e-mail, retried until it leaves; discarding, joining."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select, update

from app.domain.clock import now_utc
from app.domain.enums import Channel
from app.errors import UserError
from app.mailbox import accounts, ack, basket, intake, log
from app.mailbox.registration import Registration, register
from app.registry.queries import attachment_content, get_mail
from app.store import audit
from app.store.models import MailboxOutboxItem, MailEntry
from tests.conftest import Office
from tests.support import mails
from tests.support.files import pdf_bytes
from tests.support.mailboxes import Box
from tests.support.pdf import pdf_text
from tests.support.smtp_sink import SmtpSink


def _take(office: Office, box: Box, *raws: bytes) -> list[int]:
    box.put(*raws)
    report = intake.fetch(office.db, office.clerk, send_acks=False)
    assert report.errors == []
    return [p.id for p in basket.pending(office.db, office.admin.office_id)]


def _with_acknowledgement(office: Office, box: Box, sink: SmtpSink) -> None:
    settings = replace(
        box.account.settings(),
        ack_enabled=True,
        ack_from="bureau.ordre@justice.gov.ma",
        smtp_host="127.0.0.1",
        smtp_port=sink.port,
        smtp_security="none",
    )
    accounts.save(office.db, office.admin, settings, existing=box.account.name)


def test_a_message_registered_gets_its_number_files_and_eml_and_its_sender_is_told(
    office: Office, box: Box, smtp_sink: SmtpSink
) -> None:
    _with_acknowledgement(office, box, smtp_sink)
    raw = mails.nested_multipart()
    (message_id,) = _take(office, box, raw)
    done = register(
        office.db,
        office.clerk,
        message_id,
        Registration(
            service_code="RH",
            sender_arabic="جمعية الأمل للتنمية",
            sender_latin="Association Al Amal",
            subject="طلب دعم جمعية الأمل برسم سنة 2027",
        ),
    )
    mail = get_mail(office.db, done.mail.number)
    assert mail.channel == Channel.EMAIL.value and mail.direction == "in"
    assert mail.subject == "طلب دعم جمعية الأمل برسم سنة 2027"
    assert mail.correspondent == "جمعية الأمل للتنمية / Association Al Amal"
    assert mail.service == "RH"
    assert [a.name for a in mail.attachments] == [
        f"courriel-{message_id}.pdf",
        "ملف_الجمعية.pdf",
        f"message-{message_id}.eml",
    ]
    eml = next(a for a in mail.attachments if a.name.endswith(".eml"))
    assert eml.content_type == "message/rfc822"
    assert attachment_content(office.db, eml.id)[1] == raw  # the evidence, byte for byte
    pdf = next(a for a in mail.attachments if a.name == "ملف_الجمعية.pdf")
    assert pdf.pages == 3
    # The message as printed, for the page viewer and the paper file.
    printed = pdf_text(attachment_content(office.db, mail.attachments[0].id)[1])
    assert "contact@amal.ma" in printed and "Le texte de la demande est joint." in printed
    assert "نص الطلب في المرفق" in printed
    assert [k.name for k in done.kept_in_eml] == ["budget prévisionnel.docx"]
    assert "conservé dans le .eml" in done.kept_in_eml[0].reason("fr")
    # Out of the basket, pointing at its mail.
    assert basket.pending(office.db, office.admin.office_id) == []
    assert basket.message(office.db, office.admin.office_id, message_id).mail_number == (
        done.mail.number
    )
    # The acknowledgement: in Arabic and French, with the number, to the sender.
    assert done.acknowledgement
    sent = ack.send_due(office.db, office.admin.office_id)
    assert (sent.sent, sent.failed) == (1, 0)
    ((to, letter),) = smtp_sink.wait_for(1)
    assert to == ["contact@amal.ma"]
    assert done.mail.number in letter["Subject"]
    text = letter.get_content()
    assert done.mail.number in text and "إشعار" in letter["Subject"]
    assert "Nous accusons réception" in text and "نشعركم بتوصل" in text
    assert (
        letter["In-Reply-To"]
        == basket.message(office.db, office.admin.office_id, message_id).message_id
    )
    assert ack.outbox(office.db, office.admin.office_id) == []  # nothing left to send
    with office.db.read() as session:
        assert audit.verify(session).ok


def test_a_message_taken_by_another_desk_meanwhile_is_not_registered_twice(
    office: Office, box: Box
) -> None:
    (message_id,) = _take(office, box, mails.french_letter())
    first = register(office.db, office.clerk, message_id, Registration(service_code="RH"))
    with pytest.raises(UserError) as refused:
        register(office.db, office.admin, message_id, Registration(service_code="RH"))
    assert refused.value.code == "mailbox_already_handled"
    with office.db.read() as session:
        assert session.scalar(select(func.count()).select_from(MailEntry)) == 1
    # The refused registration gave its number back: the next one follows the first.
    (other,) = _take(office, box, mails.arabic_letter())
    second = register(office.db, office.clerk, other, Registration(service_code="RH"))
    first_seq = get_mail(office.db, first.mail.number).seq
    assert get_mail(office.db, second.mail.number).seq == first_seq + 1


def test_what_was_read_from_the_message_is_registered_unless_corrected(
    office: Office, box: Box
) -> None:
    (message_id,) = _take(office, box, mails.arabic_letter())
    done = register(office.db, office.clerk, message_id, Registration(service_code="BUDGET"))
    mail = get_mail(office.db, done.mail.number)
    assert mail.subject == "طلب شهادة إدارية لفائدة السيد محمد العلوي"
    assert mail.correspondent == "محمد العلوي"
    assert mail.letter_date is not None and mail.letter_date.isoformat() == "2026-11-30"
    assert not done.acknowledgement  # the account does not acknowledge


def test_a_failed_acknowledgement_is_retried_then_shown_never_lost(
    office: Office, box: Box, smtp_sink: SmtpSink
) -> None:
    _with_acknowledgement(office, box, smtp_sink)
    (message_id,) = _take(office, box, mails.french_letter())
    done = register(office.db, office.clerk, message_id, Registration(service_code="RH"))
    smtp_sink.refuse = True
    first = ack.send_due(office.db, office.admin.office_id)
    assert (first.sent, first.failed) == (0, 1)
    (waiting,) = ack.outbox(office.db, office.admin.office_id)
    assert waiting.state == "pending" and waiting.attempts == 1
    assert waiting.last_error == "mailbox_smtp_refused"
    # Not due again at once: it waits before its next try.
    assert ack.send_due(office.db, office.admin.office_id).failed == 0
    # Many tries later it is given up, and said so.
    with office.db.write() as session:
        session.execute(
            update(MailboxOutboxItem).values(
                attempts=ack.MAX_ATTEMPTS - 1, next_attempt_at=now_utc()
            )
        )
    assert ack.send_due(office.db, office.admin.office_id).failed == 1
    (failed,) = ack.outbox(office.db, office.admin.office_id)
    assert failed.state == "failed"
    said = [x.text("fr") for x in log.recent(office.db, office.admin.office_id)]
    assert any("abandonné" in s and done.mail.number in s for s in said), said
    # Sent again on demand, once the server takes mail again.
    smtp_sink.refuse = False
    ack.retry(office.db, office.clerk, failed.id)
    assert ack.send_due(office.db, office.admin.office_id).sent == 1
    ((_, letter),) = smtp_sink.wait_for(1)
    assert done.mail.number in letter["Subject"]


def test_a_message_is_discarded_with_a_reason(office: Office, box: Box) -> None:
    (message_id,) = _take(office, box, mails.french_letter())
    with pytest.raises(UserError) as no_reason:
        basket.discard(office.db, office.clerk, message_id, "  ")
    assert no_reason.value.code == "reason_required"
    basket.discard(office.db, office.clerk, message_id, "Publicité — إشهار")
    view = basket.message(office.db, office.admin.office_id, message_id)
    assert (view.state, view.reason) == ("discarded", "Publicité — إشهار")
    assert basket.pending(office.db, office.admin.office_id) == []
    # Kept, with its bytes: discarding is not deleting.
    assert basket.raw(office.db, office.admin.office_id, message_id).startswith(b"From:")


def test_a_reminder_is_joined_to_the_mail_already_registered(office: Office, box: Box) -> None:
    first, reminder = _take(
        office,
        box,
        mails.arabic_letter(),
        mails.letter(
            "تذكير: طلب شهادة إدارية",
            ("محمد العلوي", "m.alaoui@exemple.ma"),
            "أذكركم بطلبي السابق.",
            attachments=[("تذكير.pdf", pdf_bytes(1), "application/pdf")],
        ),
    )
    done = register(office.db, office.clerk, first, Registration(service_code="RH"))
    assert basket.join(office.db, office.clerk, reminder, done.mail.number) == done.mail.number
    mail = get_mail(office.db, done.mail.number)
    assert [a.name for a in mail.attachments] == [
        f"courriel-{first}.pdf",
        "طلب_شهادة.pdf",
        f"message-{first}.eml",
        f"courriel-{reminder}.pdf",
        "تذكير.pdf",
        f"message-{reminder}.eml",
    ]
    assert basket.message(office.db, office.admin.office_id, reminder).state == "joined"
    with office.db.read() as session:
        assert session.scalar(select(func.count()).select_from(MailEntry)) == 1
