"""Screenshots of the administration dialog, each tab in French and in Arabic, with real data.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.admin_screenshots OUT_DIR

Builds a throwaway office (a direction with its division and services, users of each role, a
deactivated service and user), opens the dialog as the administrator and saves one PNG per
tab and language, plus one of a refused edit with its message.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.domain.enums import Role, ServiceKind
from app.organisation import service_admin, setup, user_admin
from app.organisation.actor import Actor
from app.store.database import Database
from app.store.schema import upgrade
from scripts import translations
from ui.admin.dialog import AdministrationDialog
from ui.context import DeskContext
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.tasks import TaskRunner

SERVICES = [
    ("DAA", "مديرية الشؤون الإدارية", "Direction des affaires administratives", "direction", None),
    ("DRH", "قسم الموارد البشرية", "Division des ressources humaines", "division", "DAA"),
    ("PERS", "مصلحة الموظفين", "Service du personnel", "service", "DRH"),
    ("FORM", "مصلحة التكوين المستمر", "Service de la formation continue", "service", "DRH"),
    ("DBM", "قسم الميزانية والصفقات", "Division du budget et des marchés", "division", "DAA"),
    ("BUDGET", "مصلحة الميزانية", "Service du budget", "service", "DBM"),
    ("ARCH", "مصلحة الأرشيف", "Service des archives", "service", None),
]
USERS = [
    ("fbennani", "Fatima Zahra Bennani", Role.CLERK, []),
    ("yelamrani", "Youssef El Amrani", Role.CHEF, ["PERS"]),
    ("kouazzani", "Khadija Ouazzani", Role.AGENT, ["PERS", "FORM"]),
    ("mtazi", "محمد التازي", Role.AGENT, ["BUDGET"]),
    ("nidrissi", "Nadia Idrissi", Role.SUPERVISOR, []),
]


def build(db: Database) -> Actor:
    upgrade(db)
    admin = setup.init_office(
        db,
        code="MJ-BO",
        name_ar="مكتب الضبط المركزي",
        name_fr="Bureau d'ordre central",
        admin_login="admin",
        admin_password="admin-2026",
        admin_name="Administrateur du système",
    )
    for code, name_ar, name_fr, kind, parent in SERVICES:
        service_admin.create_service(
            db,
            admin,
            code=code,
            name_ar=name_ar,
            name_fr=name_fr,
            kind=ServiceKind(kind),
            parent_code=parent,
        )
    for login, name, role, services in USERS:
        user_admin.create_user(
            db,
            admin,
            login=login,
            full_name=name,
            role=role,
            password="user-pass-2026",
            service_codes=services,
        )
    service_admin.set_service_active(db, admin, "ARCH", False)
    user_admin.set_user_active(db, admin, "nidrissi", False)
    return admin


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    register_fonts()
    app.setFont(interface_font(10))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'admin.sqlite'}")
        admin = build(db)
        tasks = TaskRunner()
        languages = Languages(app)
        dialogs: dict[str, AdministrationDialog] = {}

        def open_dialog(lang: str) -> None:
            languages.apply(lang)
            ctx = DeskContext.create(db=db, tasks=tasks, actor=admin, languages=languages)
            dialog = AdministrationDialog(ctx=ctx)
            dialogs[lang] = dialog
            dialog.show()

        def tab(lang: str, index: int) -> Callable[[], None]:
            return lambda: dialogs[lang].tabs.setCurrentIndex(index)

        def grab(lang: str, name: str) -> Callable[[], None]:
            return lambda: dialogs[lang].grab().save(str(out / f"admin-{name}-{lang}.png"))

        def select(lang: str, login: str) -> Callable[[], None]:
            return lambda: (
                dialogs[lang].users_page._select(login)
                or dialogs[lang].users_page._fill_form(dialogs[lang].organisation.user(login))
            )  # type: ignore[union-attr]

        def refused(lang: str) -> None:
            page = dialogs[lang].services_page
            dialogs[lang].tabs.setCurrentIndex(0)
            page.start_new()
            page.code.setText("ARCH2")
            page.name_ar.setText("مصلحة الأرشيف المركزي")
            page.name_fr.setText("مصلحة الأرشيف المركزي")
            page.submit()

        steps: list[Callable[[], None]] = []
        for lang in ("fr", "ar"):
            steps += [
                lambda lang=lang: open_dialog(lang),
                lambda: None,
                grab(lang, "services"),
                tab(lang, 1),
                select(lang, "kouazzani"),
                grab(lang, "users"),
                tab(lang, 2),
                grab(lang, "instructions"),
                tab(lang, 3),
                grab(lang, "deadlines"),
                lambda lang=lang: refused(lang),
                grab(lang, "refused"),
                lambda lang=lang: dialogs[lang].close(),
            ]
        steps.append(app.quit)
        for i, step in enumerate(steps):
            QTimer.singleShot(1000 + i * 400, step)
        app.exec()
        tasks.wait()
        db.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
