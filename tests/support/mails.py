"""E-mail messages for the mailbox tests, as real mail clients write them: letters in Arabic
and French, attachments named in Arabic, nested multiparts, HTML only, a large attachment, a
malformed one, one with a Message-ID another one has.
"""

from __future__ import annotations

import base64
import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from tests.support.files import image_bytes, pdf_bytes

OFFICE = "bureau.ordre@justice.gov.ma"
_WHEN = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)


def _crlf(msg: EmailMessage) -> bytes:
    """As a server stores it: lines end in CRLF."""
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def letter(
    subject: str,
    sender: tuple[str, str],
    body: str = "",
    *,
    html: str | None = None,
    attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
    message_id: str | None = "auto",
    date: datetime | None = None,
    to: str = OFFICE,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{sender[0]} <{sender[1]}>" if sender[0] else sender[1]
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or _WHEN)
    if message_id == "auto":
        msg["Message-ID"] = make_msgid(domain="exemple.ma")
    elif message_id is not None:
        msg["Message-ID"] = message_id
    if body:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    elif html:
        msg.set_content(html, subtype="html")
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return _crlf(msg)


def arabic_letter(**kw: object) -> bytes:
    return letter(
        "طلب شهادة إدارية لفائدة السيد محمد العلوي",
        ("محمد العلوي", "m.alaoui@exemple.ma"),
        "السيد المدير المحترم،\nأتشرف بأن أطلب منكم شهادة إدارية.\nوتقبلوا فائق التقدير.",
        attachments=[("طلب_شهادة.pdf", pdf_bytes(2), "application/pdf")],
        **kw,  # type: ignore[arg-type]
    )


def french_letter(**kw: object) -> bytes:
    return letter(
        "Demande de congé administratif — Mme Fatima Zahra Bennani",
        ("Fatima Zahra Bennani", "fz.bennani@exemple.ma"),
        "Monsieur le Directeur,\nJ'ai l'honneur de solliciter un congé administratif.\n"
        "Veuillez agréer mes salutations distinguées.",
        attachments=[("scan-demande.png", image_bytes("PNG"), "image/png")],
        **kw,  # type: ignore[arg-type]
    )


def nested_multipart() -> bytes:
    """mixed( alternative( plain, related( html, image ) ), pdf named in Arabic, a .docx )."""
    msg = EmailMessage()
    msg["From"] = "جمعية الأمل <contact@amal.ma>"
    msg["To"] = OFFICE
    msg["Subject"] = "طلب دعم — Demande de subvention 2027"
    msg["Date"] = format_datetime(_WHEN)
    msg["Message-ID"] = make_msgid(domain="amal.ma")
    msg.set_content("نص الطلب في المرفق.\nLe texte de la demande est joint.")
    msg.add_alternative(
        '<p>نص الطلب في المرفق.</p><img src="cid:logo" alt="شعار"><p>Le texte est joint.</p>',
        subtype="html",
    )
    html_part = msg.get_payload()[1]
    html_part.add_related(image_bytes("PNG"), maintype="image", subtype="png", cid="<logo>")
    msg.add_attachment(
        pdf_bytes(3), maintype="application", subtype="pdf", filename="ملف_الجمعية.pdf"
    )
    msg.add_attachment(
        b"PK\x03\x04 not really a document",
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="budget prévisionnel.docx",
    )
    return _crlf(msg)


def html_only() -> bytes:
    return letter(
        "Réclamation concernant la facture d'eau — شكاية بخصوص فاتورة الماء",
        ("Karim Idrissi", "k.idrissi@exemple.ma"),
        html=(
            "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
            "<p>Bonjour,</p><p>Je conteste la facture n° 2026-117.</p>"
            '<img src="https://tracker.example.com/pixel.gif?id=42" width="1" height="1">'
            '<p>Voir <a href="https://exemple.ma/facture">la facture</a>.</p>'
            "<ul><li>مبلغ الفاتورة</li><li>Montant contesté</li></ul></body></html>"
        ),
    )


def big_attachment(megabytes: int = 20) -> bytes:
    """A letter with a file of ``megabytes`` MiB (written by hand: the email package takes
    seconds to encode it)."""
    blob = random.Random(megabytes).randbytes(megabytes * 1024 * 1024)
    head = letter(
        "Dossier technique complet — الملف التقني الكامل",
        ("Bureau d'études Atlas", "etudes@atlas.ma"),
        "Veuillez trouver ci-joint le dossier complet.",
        attachments=[("الملف_التقني.bin", b"@@", "application/octet-stream")],
    )
    encoded = base64.encodebytes(b"@@").strip()
    return head.replace(encoded, base64.encodebytes(blob).replace(b"\n", b"\r\n").rstrip())


def malformed_mime() -> bytes:
    """A multipart whose boundary never comes, a charset nobody knows, a broken header."""
    return (
        b"From: =?utf-8?B?2YXYsdmK2YUg2KfZhNio2YbYp9mG2Yo=?= <meryem@exemple.ma>\r\n"
        b"To: " + OFFICE.encode() + b"\r\n"
        b"Subject: =?x-unknown?Q?Demande_urgente?= \x1b[31m rouge\r\n"
        b"Date: not a date at all\r\n"
        b"Message-ID: <malformed-1@exemple.ma>\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="never-comes"\r\n'
        b"\r\n"
        b"This part has no boundary line before it.\r\n"
        b"Une demande urgente, sans structure.\r\n"
    )


def not_a_message() -> bytes:
    return b"\x01\x02 garbage that is no e-mail at all\r\n" * 10


def duplicate_pair() -> tuple[bytes, bytes]:
    """Two messages with one Message-ID (a second copy sent again with a word changed)."""
    mid = "<meme-identifiant-2026@exemple.ma>"
    first = letter(
        "Relance : dossier n° 4471",
        ("Samir Benjelloun", "s.benjelloun@exemple.ma"),
        "Je me permets de vous relancer.",
        message_id=mid,
    )
    second = letter(
        "Relance : dossier n° 4471",
        ("Samir Benjelloun", "s.benjelloun@exemple.ma"),
        "Je me permets de vous relancer. (copie)",
        message_id=mid,
    )
    return first, second


_NAMES = [
    ("محمد العلوي", "m.alaoui"),
    ("Fatima Zahra Bennani", "fz.bennani"),
    ("جماعة فاس", "commune.fes"),
    ("Société Atlas Travaux SARL", "contact.atlas"),
    ("خديجة الإدريسي", "k.idrissi"),
    ("Association Al Amal", "amal"),
]
_SUBJECTS = [
    "طلب شهادة إدارية رقم {n}",
    "Demande d'attestation de travail n° {n}",
    "شكاية بخصوص فاتورة الكهرباء {n}",
    "Réclamation relative au marché n° {n}/2026",
    "طلب رخصة استغلال الملك العمومي {n}",
    "Transmission du rapport trimestriel {n}",
]


def corpus(count: int, *, seed: int = 7, tag: str = "c") -> list[bytes]:
    """``count`` different letters, Arabic and French, some with a small PDF attached."""
    rng = random.Random(seed)
    small_pdf = pdf_bytes(1)
    out = []
    for n in range(count):
        name, local = _NAMES[n % len(_NAMES)]
        subject = _SUBJECTS[rng.randrange(len(_SUBJECTS))].format(n=n + 1)
        attachments = [(f"وثيقة_{n + 1}.pdf", small_pdf, "application/pdf")] if n % 3 == 0 else []
        out.append(
            letter(
                subject,
                (name, f"{local}@exemple.ma"),
                f"{subject}\nرسالة رقم {n + 1} — message n° {n + 1}.",
                attachments=attachments,
                message_id=f"<{tag}-{seed}-{n}@exemple.ma>",
                date=_WHEN + timedelta(minutes=n),
            )
        )
    return out
