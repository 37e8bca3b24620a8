"""Screenshots of the desk's baskets and of the register's cancelled and returned mail, in
French and Arabic, and of the whole screen at 1366×768, over the demo office of
``scripts.screenshots``.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m scripts.desk_screenshots OUT
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction, Role
from app.imputation import workflow
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.baskets import Basket
from app.registry.corrections import cancel_mail
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.database import Database
from scripts import translations
from scripts.screenshots import build
from ui.context import DeskContext
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.widgets import select_row

PASSWORD = "demo-pass-2026"


def until(app: QApplication, done: Callable[[], bool], seconds: float = 15) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the desk did not settle")
        app.processEvents()
        time.sleep(0.02)


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def states(db: Database) -> None:
    """A chef, a supervisor; a cancelled mail, a returned one, one more waiting."""
    admin = authenticate(db, "admin", "admin-2026")
    for login, name, role, services in (
        ("chef_rh", "Youssef El Amrani", Role.CHEF, ["RH"]),
        ("superviseur", "Rachid Alaoui", Role.SUPERVISOR, []),
    ):
        setup.add_user(
            db,
            admin,
            login=login,
            full_name=name,
            role=role,
            password=PASSWORD,
            service_codes=services,
        )
    clerk = authenticate(db, "fatima", "clerk-2026")
    chef = authenticate(db, "chef_rh", PASSWORD)

    def mail(subject: str, who: str, service: str | None) -> str:
        draft = MailDraft(
            direction=Direction.IN,
            subject=subject,
            correspondent=CorrespondentInput.from_name(who),
            service_code=service,
        )
        return register_mail(db, clerk, draft).number

    twice = mail("طلب الحصول على شهادة إدارية", "محمد العلوي", None)
    cancel_mail(db, admin, twice, "Enregistré deux fois (voir le courrier suivant)")
    wrong = mail("Demande de subvention pour l'association Al Amal", "Association Al Amal", "RH")
    workflow.return_to_office(db, chef, wrong, "Relève de la division du budget")
    mail("Lettre de M. Hassan Tazi sans service désigné", "Hassan Tazi", None)


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
        states(db)
        tasks = TaskRunner()
        languages = Languages(app)
        clerk = authenticate(db, "fatima", "clerk-2026")
        chef = authenticate(db, "chef_rh", PASSWORD)

        def desk(actor, lang: str) -> MainWindow:  # type: ignore[no-untyped-def]
            languages.apply(lang)
            win = MainWindow(
                ctx=DeskContext.create(db=db, tasks=tasks, actor=actor, languages=languages)
            )
            win.show()
            until(app, lambda: bool(win.baskets.counts) and win.model.loaded)
            settle(app)
            return win

        def shoot(widget: QWidget, name: str) -> None:
            settle(app)
            widget.grab().save(str(out / name))

        def screen(name: str) -> None:
            settle(app)
            QGuiApplication.primaryScreen().grabWindow(0).save(str(out / name))

        for lang in ("fr", "ar"):
            win = desk(clerk, lang)
            select_row(win.table, 1)
            until(app, lambda w=win: w.detail.mail is not None)
            screen(f"desk-1366x768-{lang}.png")
            shoot(win, f"register-states-{lang}.png")
            win.baskets.select(Basket.TO_ASSIGN)
            until(app, lambda w=win: w.model.rowCount() == 2 and w.model.loaded)
            select_row(win.table, 0)
            until(app, lambda w=win: w.detail.mail is not None)
            shoot(win, f"baskets-to-assign-{lang}.png")
            win.close()
            tasks.wait()

            win = desk(chef, lang)
            until(app, lambda w=win: w.inbox.model.rowCount() > 0 and not w.inbox.loading)
            select_row(win.inbox.table, 0)
            until(app, lambda w=win: w.imputation.mail is not None)
            win.inbox.table.setFocus()
            QTest.keyClick(win.inbox.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
            shoot(win, f"chef-greyed-assign-{lang}.png")
            win.close()
            tasks.wait()
        languages.apply("fr")
    return 0


if __name__ == "__main__":
    sys.exit(main())
