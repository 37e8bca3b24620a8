"""Screenshots of e-mail on the desk, in French and Arabic: the basket of e-mail to register
with a message being registered, the E-mail menu's line in the status bar, and
Administration › Mailboxes.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.mailbox_screenshots OUT

The demo office of ``scripts.screenshots`` gets a mailbox (not read automatically: no server
is asked) and four messages in its basket, as a reading would have stored them: a request in
Arabic with a PDF named in Arabic, a French letter with a scan, an association's nested
message with a document the register does not take, and an HTML-only complaint.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.mailbox import accounts, basket, parse
from app.mailbox.accounts import AccountSettings
from app.organisation.actor import authenticate
from app.store.database import Database
from scripts import translations
from scripts.portal_screenshots import settle, shoot, wait_until
from scripts.sample_letter import write_letter
from scripts.screenshots import build
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.settings import MemoryStore, Settings
from ui.tasks import TaskRunner

WHEN = datetime(2026, 12, 7, 8, 30, tzinfo=UTC)


def _message(
    subject: str,
    sender: str,
    body: str,
    when: datetime,
    *,
    html: str | None = None,
    files: tuple[tuple[str, bytes, str], ...] = (),
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "bureau.ordre@justice.gov.ma"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{abs(hash(subject))}@exemple.ma>"
    if body:
        msg.set_content(body)
    if html:
        if body:
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    for name, data, ctype in files:
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return msg.as_bytes()


def messages(folder: Path) -> list[bytes]:
    pdf = write_letter(folder / "lettre.pdf").read_bytes()
    return [
        _message(
            "طلب شهادة إدارية لفائدة السيد محمد العلوي",
            "محمد العلوي <m.alaoui@exemple.ma>",
            "السيد المدير المحترم،\n\nأتشرف بأن أطلب منكم تسليمي شهادة إدارية تثبت عملي "
            "بمصلحة الموارد البشرية منذ سنة 2019.\n\nتجدون رفقته نسخة من بطاقة التعريف "
            "الوطنية.\n\nوتقبلوا فائق التقدير والاحترام.\n\nمحمد العلوي\nالهاتف: 0612345678",
            WHEN,
            files=(("طلب_شهادة_إدارية.pdf", pdf, "application/pdf"),),
        ),
        _message(
            "Demande de congé administratif — Mme Fatima Zahra Bennani",
            "Fatima Zahra Bennani <fz.bennani@exemple.ma>",
            "Monsieur le Directeur,\n\nJ'ai l'honneur de solliciter un congé administratif de "
            "quinze jours à compter du 2 janvier 2027.\n\nVeuillez agréer, Monsieur le "
            "Directeur, l'expression de mes salutations distinguées.",
            WHEN + timedelta(minutes=42),
            files=(("demande-conge.pdf", pdf, "application/pdf"),),
        ),
        _message(
            "طلب دعم — Demande de subvention 2027",
            "جمعية الأمل للتنمية <contact@amal.ma>",
            "نص الطلب في المرفق.\nLe texte de la demande est joint.",
            WHEN + timedelta(hours=1, minutes=5),
            files=(
                ("ملف_الجمعية.pdf", pdf, "application/pdf"),
                ("budget prévisionnel.docx", b"PK\x03\x04 docx", "application/octet-stream"),
            ),
        ),
        _message(
            "Réclamation concernant la facture d'eau n° 2026-117",
            "Karim Idrissi <k.idrissi@exemple.ma>",
            "",
            WHEN + timedelta(hours=2),
            html=(
                "<p>Bonjour,</p><p>Je conteste la facture n° 2026-117 du mois de novembre.</p>"
                '<img src="https://suivi.exemple.com/pixel.gif">'
                '<p>Voir <a href="https://exemple.ma/facture">la facture en ligne</a>.</p>'
            ),
        ),
    ]


def _row(window, start: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, r in enumerate(window.model.rows) if r.subject.startswith(start))


def _chosen(window) -> int:  # type: ignore[no-untyped-def]
    return int(window.model.rows[window.table.currentIndex().row()].id)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    register_fonts()
    app.setFont(interface_font(10))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        build(db)
        admin = authenticate(db, "admin", "admin-2026")
        clerk = authenticate(db, "fatima", "clerk-2026")
        saved = accounts.save(
            db,
            admin,
            AccountSettings(
                name="Courrier du bureau",
                host="imap.justice.gov.ma",
                login="bureau.ordre@justice.gov.ma",
                enabled=False,  # the screenshots ask no server
                ack_enabled=True,
                ack_from="bureau.ordre@justice.gov.ma",
                smtp_host="smtp.justice.gov.ma",
            ),
        )
        for n, raw in enumerate(messages(Path(tmp))):
            basket.store(
                db,
                clerk,
                [
                    basket.Incoming(
                        saved.account.id,
                        "INBOX",
                        n + 1,
                        raw,
                        parse.read_message(raw),
                        WHEN + timedelta(minutes=30 * n),
                    )
                ],
            )
        tasks = TaskRunner()
        languages = Languages(app)
        for lang in ("fr", "ar"):
            languages.apply(lang)
            win = MainWindow(
                db=db,
                tasks=tasks,
                actor=clerk,
                languages=languages,
                settings=Settings(MemoryStore()),
            )
            win.show()
            wait_until(lambda win=win: win.mailbox.indicator.isVisible())
            shoot(win, out / f"mailbox-desk-{lang}.png")
            window = win.mailbox.open_window()
            assert window is not None
            wait_until(lambda window=window: window.view is not None)
            window.form.sender_fr.setText("Mohammed Alaoui")
            window.form.service.setCurrentIndex(max(0, window.form.service.findData("RH")))
            window.pane.attachments.setCurrentRow(0)
            wait_until(lambda window=window: window.pane.strip.loaded > 0)
            shoot(window, out / f"mailbox-basket-{lang}.png")
            window.choose_row(_row(window, "Réclamation"))
            wait_until(lambda window=window: window.view is not None and window.view.html_only)
            shoot(window, out / f"mailbox-html-{lang}.png")
            window.choose_row(_row(window, "Demande de congé" if lang == "fr" else "طلب دعم"))
            wait_until(
                lambda window=window: window.view is not None and window.view.id == _chosen(window)
            )
            window.register_current()
            wait_until(lambda window=window: window.message.isVisible())
            settle(800)
            shoot(window, out / f"mailbox-registered-{lang}.png")
            window.close()
            win.close()
            settle()
            admin_win = MainWindow(
                db=db,
                tasks=tasks,
                actor=admin,
                languages=languages,
                settings=Settings(MemoryStore()),
            )
            admin_win.show()
            dialog = admin_win.open_administration(page="mailbox")
            assert dialog is not None
            wait_until(lambda dialog=dialog: dialog.mailbox_page.list.count() > 0)
            dialog.mailbox_page.list.setCurrentRow(0)
            settle(500)
            shoot(dialog, out / f"mailbox-admin-{lang}.png")
            dialog.close()
            admin_win.close()
            settle()
        tasks.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
