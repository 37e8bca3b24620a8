"""Screenshots of access control, in French and in Arabic, with real names and subjects.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.access_screenshots OUT_DIR

- the log-in counting the seconds down after wrong passwords, and a locked account refused;
- the users page with a locked account selected and its *Unlock the account* button;
- a day's register as a chef de service prints it (lines outside his services masked) and as
  the bureau d'ordre's clerk prints it, as PDF rendered to PNG (``pdftoppm``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.directory.correspondents import CorrespondentInput
from app.domain.clock import local_tz
from app.domain.enums import Direction, Role
from app.errors import PermissionDenied
from app.imputation import workflow
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.printing.register_pdf import register_pdf
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.registry.report import build_report
from app.store.database import Database
from app.store.schema import upgrade
from scripts import translations
from ui.admin.dialog import AdministrationDialog
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.login import LoginDialog
from ui.tasks import TaskRunner

OFFICE = "مكتب الضبط المركزي — Bureau d'ordre central"
MAILS = [
    ("PERS", False, "طلب الاستفادة من رخصة إدارية استثنائية", "خديجة الوزاني"),
    (
        "BUDGET",
        False,
        "Relance : facture n° 2026/118 de la Société Atlas SARL",
        "Société Atlas SARL",
    ),
    (
        "BUDGET",
        True,
        "Rapport de l'Inspection générale sur la régie de recettes",
        "Inspection générale des finances",
    ),  # noqa: E501
    ("PERS", True, "ملف تأديبي — سري", "المفتشية العامة للوزارة"),
    ("FORM", False, "Programme de formation continue 2027", "Institut national d'administration"),
]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def build(db: Database) -> tuple[Actor, Actor, Actor]:
    upgrade(db)
    admin = setup.init_office(
        db, code="MJ-BO", name_ar="مكتب الضبط المركزي", name_fr="Bureau d'ordre central",
        admin_login="admin", admin_password="admin-2026", admin_name="Administrateur du système",
        ministry_ar="وزارة العدل", ministry_fr="Ministère de la Justice",
    )  # fmt: skip
    for code, ar, fr, parent in [
        ("PERS", "مصلحة الموظفين", "Service du personnel", None),
        ("FORM", "مصلحة التكوين المستمر", "Service de la formation continue", "PERS"),
        ("BUDGET", "مصلحة الميزانية", "Service du budget", None),
    ]:
        setup.add_service(db, admin, code=code, name_ar=ar, name_fr=fr, parent_code=parent)
    for login, name, role, services in [
        ("fbennani", "Fatima Zahra Bennani", Role.CLERK, []),
        ("yelamrani", "Youssef El Amrani", Role.CHEF, ["PERS"]),
        ("kouazzani", "Khadija Ouazzani", Role.AGENT, ["PERS"]),
        ("nidrissi", "Nadia Idrissi", Role.SUPERVISOR, []),
    ]:
        setup.add_user(
            db, admin, login=login, full_name=name, role=role, password="user-pass-2026",
            service_codes=services,
        )  # fmt: skip
    clerk = authenticate(db, "fbennani", "user-pass-2026")
    chef = authenticate(db, "yelamrani", "user-pass-2026")
    for service, confidential, subject, who in MAILS:
        number = register_mail(
            db,
            clerk,
            MailDraft(
                direction=Direction.IN,
                subject=subject,
                correspondent=CorrespondentInput.from_name(who),
                service_code=service,
                confidential=confidential,
                letter_reference="ر.ع/2026/77" if service == "PERS" else "Réf. 118/DB",
                pieces=2,
            ),
        ).number
        workflow.assign(db, clerk, [number], service)
    return admin, clerk, chef


def lock_out(db: Database, login: str, clock: Clock) -> None:
    """Ten wrong passwords, each when allowed: the account locks."""
    for _ in range(10):
        try:
            authenticate(db, login, "mauvais-mot", clock=clock)
        except PermissionDenied:
            pass
        clock.now += timedelta(minutes=20)


def registers(db: Database, clerk: Actor, chef: Actor, out: Path) -> None:
    day = datetime.now(local_tz()).date()
    for name, actor in (("chef", chef), ("clerk", clerk)):
        pdf = out / f"register-{name}.pdf"
        pdf.write_bytes(register_pdf(build_report(db, Direction.IN, day, actor=actor)))
        prefix = str(out / f"register-{name}")
        subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), prefix], check=True)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    register_fonts()
    app.setFont(interface_font(10))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'access.sqlite'}")
        admin, clerk, chef = build(db)
        registers(db, clerk, chef, out)
        clock = Clock()
        lock_out(db, "kouazzani", clock)
        tasks = TaskRunner()
        languages = Languages(app)
        windows: dict[str, object] = {}

        def login(lang: str, who: str, password: str) -> Callable[[], None]:
            def run() -> None:
                languages.apply(lang)
                dialog = LoginDialog(db=db, tasks=tasks, lang=lang, office_name=OFFICE, clock=clock)
                windows["login"] = dialog
                dialog.show()
                dialog.login.setText(who)
                dialog.password.setText(password)
                dialog.on_submit()

            return run

        def grab(key: str, name: str) -> Callable[[], None]:
            return lambda: windows[key].grab().save(str(out / f"{name}.png"))  # type: ignore[attr-defined]

        def close(key: str) -> Callable[[], None]:
            return lambda: windows[key].close()  # type: ignore[attr-defined]

        def admin_page(lang: str) -> None:
            languages.apply(lang)
            dialog = AdministrationDialog(db=db, tasks=tasks, actor=admin, lang=lang)
            windows["admin"] = dialog
            dialog.show()

        def select_locked() -> None:
            dialog = windows["admin"]
            dialog.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
            page = dialog.users_page  # type: ignore[attr-defined]
            page._select("kouazzani")
            page._fill_form(page.data.user("kouazzani"))

        def wrong_password(lang: str) -> list[Callable[[], None]]:
            """Six wrong passwords, each when allowed, then a seventh at once: it waits 8 s."""
            who = {"fr": "fbennani", "ar": "nidrissi"}[lang]

            def fail() -> None:
                for i in range(6):
                    if i:
                        clock.now += timedelta(minutes=1)
                    try:
                        authenticate(db, who, "faux", clock=clock)
                    except PermissionDenied:
                        pass

            return [fail, login(lang, who, "faux")]

        def login_answered() -> bool:
            dialog = windows["login"]
            return dialog.error.isVisible() or dialog.countdown.running  # type: ignore[attr-defined]

        def admin_loaded() -> bool:
            return windows["admin"].users_page.data is not None  # type: ignore[attr-defined]

        # Each step runs once the one before it is done (a predicate to wait for, or none).
        steps: list[tuple[Callable[[], None], Callable[[], bool] | None]] = []
        for lang in ("fr", "ar"):
            steps += [
                *((step, None) for step in wrong_password(lang)[:-1]),
                (wrong_password(lang)[-1], login_answered),
                (grab("login", f"login-wait-{lang}"), None),
                (close("login"), None),
                (lambda: setattr(clock, "now", clock.now + timedelta(hours=2)), None),
                (login(lang, "kouazzani", "user-pass-2026"), login_answered),
                (grab("login", f"login-locked-{lang}"), None),
                (close("login"), None),
                (lambda lang=lang: admin_page(lang), admin_loaded),
                (select_locked, None),
                (grab("admin", f"users-locked-{lang}"), None),
                (close("admin"), None),
            ]
        steps.append((app.quit, None))

        def run(index: int) -> None:
            action, done = steps[index]
            action()
            wait_then(index + 1, done)

        def wait_then(index: int, done: Callable[[], bool] | None) -> None:
            if index >= len(steps):
                return
            if done is not None and not done():
                QTimer.singleShot(100, lambda: wait_then(index, done))
                return
            QTimer.singleShot(300, lambda: run(index))

        QTimer.singleShot(500, lambda: run(0))
        app.exec()
        tasks.wait()
        db.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
