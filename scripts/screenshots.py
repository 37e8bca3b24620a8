"""Screenshots of the main window in French and in Arabic, with real names and subjects.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.screenshots OUT_DIR

Builds a throwaway office in a temporary SQLite database, registers a few mails in both
scripts, opens the real main window (xcb platform under Xvfb) and saves one PNG per language.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction, MailType, Role
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.database import Database
from app.store.schema import upgrade
from scripts import translations
from scripts.sample_letter import write_letter
from ui.context import DeskContext
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.setup_wizard import SetupWizard
from ui.tasks import TaskRunner

MAILS = [
    (Direction.IN, "طلب الحصول على شهادة إدارية", "محمد العلوي", "RH", MailType.REQUEST),
    (
        Direction.IN,
        "Réclamation relative à la facture d'eau de mars 2026",
        "Commune de Fès",
        "BUDGET",
        MailType.COMPLAINT,
    ),
    (Direction.OUT, "جواب على طلب رخصة البناء", "جماعة مكناس", "RH", MailType.LETTER),
    (
        Direction.IN,
        "Convocation à la réunion du comité de suivi",
        "Wilaya de Rabat-Salé-Kénitra",
        "BUDGET",
        MailType.SUMMONS,
    ),
    (
        Direction.INTERNAL,
        "مذكرة داخلية حول تنظيم العطل السنوية",
        "قسم الموارد البشرية",
        "RH",
        MailType.NOTE,
    ),
    (
        Direction.IN,
        "Facture n° 2026-0412 — fournitures de bureau",
        "Société Al Amal SARL",
        "BUDGET",
        MailType.INVOICE,
    ),
]


def build(db: Database, attachments: dict[str, tuple[Path, ...]] | None = None) -> None:
    upgrade(db)
    admin = setup.init_office(
        db,
        code="MJ-BO",
        name_ar="مكتب الضبط المركزي",
        name_fr="Bureau d'ordre central",
        ministry_ar="وزارة العدل",
        ministry_fr="Ministère de la Justice",
        admin_login="admin",
        admin_password="admin-2026",
        admin_name="Administrateur",
    )
    setup.add_service(
        db,
        admin,
        code="RH",
        name_ar="مصلحة الموارد البشرية",
        name_fr="Service des ressources humaines",
    )
    setup.add_service(
        db, admin, code="BUDGET", name_ar="مصلحة الميزانية", name_fr="Service du budget"
    )
    setup.add_user(
        db,
        admin,
        login="fatima",
        full_name="Fatima Zahra Bennani",
        role=Role.CLERK,
        password="clerk-2026",
        service_codes=["RH"],
    )
    clerk = authenticate(db, "fatima", "clerk-2026")
    for direction, subject, who, service, kind in MAILS:
        register_mail(
            db,
            clerk,
            MailDraft(
                direction=direction,
                subject=subject,
                correspondent=CorrespondentInput.from_name(who),
                service_code=service,
                mail_type=kind,
                channel=Channel.COUNTER,
                attachments=(attachments or {}).get(subject, ()),
            ),
        )


def fill_form(form) -> None:  # type: ignore[no-untyped-def]
    form.correspondent.setText("جمعية الأمل للتنمية")
    form.subject.setText("طلب دعم مشروع محو الأمية بجماعة سيدي بنور")
    form.reference.setText("ج.أ/45/2026")
    form.observations.setText("Dossier remis en main propre par M. Karim Alaoui")
    form.add_attachment(Path("/tmp/demande-signee.pdf"))
    form.correspondent_field.check()  # a new name: its kind and identifier show


def grab(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    widget.grab().save(str(path))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    register_fonts()
    app.setFont(interface_font(10))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        letter = write_letter(Path(tmp) / "مذكرة العطل السنوية.pdf")
        build(db, {MAILS[4][1]: (letter,)})
        clerk = authenticate(db, "fatima", "clerk-2026")
        tasks = TaskRunner()
        languages = Languages(app)
        languages.apply("fr")
        window = MainWindow(
            ctx=DeskContext.create(db=db, tasks=tasks, actor=clerk, languages=languages)
        )
        state: dict[str, Any] = {}
        window.show()
        empty = Database(f"sqlite:///{Path(tmp) / 'empty.sqlite'}")
        upgrade(empty)
        wizard = SetupWizard(db=empty, tasks=tasks, lang="fr")
        wizard.code.setText("MJ-BO")
        wizard.name_ar.setText("مكتب الضبط المركزي - وزارة العدل")
        wizard.name_fr.setText("Bureau d'ordre central - Ministère de la Justice")
        wizard.ministry_ar.setText("وزارة العدل")
        wizard.ministry_fr.setText("Ministère de la Justice")
        login = LoginDialog(db=db, tasks=tasks, lang="fr", office_name="Bureau d'ordre central")
        login.login.setText("fatima")
        steps = [
            wizard.show,
            lambda: wizard.grab().save(str(out / "setup-wizard-fr.png")),
            wizard.hide,
            login.show,
            lambda: login.grab().save(str(out / "login-fr.png")),
            login.hide,
            lambda: window.table.selectRow(1),
            lambda: None,  # the attachment's pages render meanwhile
            lambda: window.grab().save(str(out / "main-window-fr.png")),
            lambda: window.detail.preview.open_viewer(1),
            lambda: None,
            lambda: window.detail.preview.viewer.grab().save(str(out / "page-viewer-fr.png")),
            lambda: window.detail.preview.viewer.close(),
            lambda: fill_form(window.open_form(Direction.IN)),
            lambda: window.forms[-1].grab().save(str(out / "arrivee-form-fr.png")),
            lambda: state.update(settings=window.open_settings()),
            lambda: grab(state["settings"], out / "settings-display-fr.png"),
            lambda: state["settings"].tabs.setCurrentWidget(state["settings"].printing_page),
            lambda: grab(state["settings"], out / "settings-printing-fr.png"),
            lambda: state["settings"].tabs.setCurrentWidget(state["settings"].database_page),
            lambda: grab(state["settings"], out / "settings-database-fr.png"),
            lambda: state["settings"].close(),
            lambda: state.update(correction=window.mail_actions.open_correction()),
            lambda: grab(state["correction"], out / "correction-fr.png"),
            lambda: state["correction"].close(),
            lambda: languages.apply("ar"),
            wizard.show,
            lambda: wizard.grab().save(str(out / "setup-wizard-ar.png")),
            wizard.hide,
            lambda: window.table.selectRow(1),
            lambda: None,
            lambda: window.grab().save(str(out / "main-window-ar.png")),
            lambda: window.detail.preview.open_viewer(1),
            lambda: None,
            lambda: window.detail.preview.viewer.grab().save(str(out / "page-viewer-ar.png")),
            lambda: window.detail.preview.viewer.close(),
            lambda: window.forms[-1].grab().save(str(out / "arrivee-form-ar.png")),
            window.idle_lock.lock,
            lambda: grab(window.idle_lock.dialog, out / "lock-ar.png"),
            window.idle_lock.unlock,
            lambda: state.update(correction=window.mail_actions.open_correction()),
            lambda: grab(state["correction"], out / "correction-ar.png"),
            lambda: state["correction"].close(),
            window.idle_lock.unlock,
            lambda: state.update(register=window.open_register_printing()),
            lambda: grab(state["register"], out / "register-dialog-ar.png"),
            lambda: state["register"].close(),
            lambda: setattr(window._settings, "language", "ar"),  # as the application does
            lambda: state.update(settings=window.open_settings()),
            lambda: state["settings"].display_page.eastern.setChecked(True),
            lambda: state["settings"].display_page.hijri.setChecked(True),
            lambda: grab(state["settings"], out / "settings-display-ar.png"),
            lambda: state["settings"].on_ok(),
            lambda: None,
            lambda: grab(window, out / "main-window-ar-eastern-hijri.png"),
            app.quit,
        ]
        for i, step in enumerate(steps):
            QTimer.singleShot(1500 + i * 400, step)
        app.exec()
        tasks.wait()
        db.dispose()
        empty.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
