"""Screenshots of the portal on the desk, in French and Arabic, against the simulator.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.portal_screenshots OUT

The demo office of ``scripts.screenshots`` is linked to a simulator on loopback with a few
deposits (two of them bad); the clerk syncs, sends a départ to another administration, looks
at the quarantine and the log; the administrator opens Administration › Portal. The client
credentials come from the environment variables the command line uses, so no keyring is
touched. One PNG per screen and language.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.organisation.actor import authenticate
from app.portal import link
from app.portal.sim import run_simulator
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.database import Database
from scripts import translations
from scripts.sample_letter import write_letter
from scripts.screenshots import build
from ui.context import DeskContext
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.settings import MemoryStore, Settings
from ui.tasks import TaskRunner


def settle(ms: int = 300) -> None:
    """Let the event loop run: answers from the workers arrive, widgets repaint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("the desk did not get there in time")
        settle(50)


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))


def outgoing(db: Database, folder: Path) -> str:
    clerk = authenticate(db, "fatima", "clerk-2026")
    letter = write_letter(folder / "bilan-2026.pdf")
    return register_mail(
        db,
        clerk,
        MailDraft(
            direction=Direction.OUT,
            subject="Transmission du bilan d'exécution du budget 2026",
            correspondent=CorrespondentInput.from_name("وزارة الاقتصاد والمالية"),
            service_code="BUDGET",
            attachments=(letter,),
        ),
    ).number


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    register_fonts()
    app.setFont(interface_font(10))
    os.environ["BO_PORTAL_CLIENT_ID"] = os.environ["BO_PORTAL_CLIENT_SECRET"] = "demo"
    with (
        tempfile.TemporaryDirectory() as tmp,
        run_simulator(
            office="MJ-BO",
            office_name_fr="Bureau d'ordre central - Ministère de la Justice",
            office_name_ar="مكتب الضبط المركزي - وزارة العدل",
            seed_deposits=5,
            seed_bad_deposits=2,
            latency_ms=0,
        ) as sim,
    ):
        db = Database(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        build(db)
        number = outgoing(db, Path(tmp))
        admin = authenticate(db, "admin", "admin-2026")
        link.configure(db, admin, link.LinkSettings(sim.url, "demo", interval_minutes=15))
        clerk = authenticate(db, "fatima", "clerk-2026")
        tasks = TaskRunner()
        languages = Languages(app)
        languages.apply("fr")
        settings = Settings(MemoryStore())
        win = MainWindow(
            ctx=DeskContext.create(
                db=db, tasks=tasks, actor=clerk, languages=languages, settings=settings
            )
        )
        win.show()
        portal = win.portal
        wait_until(lambda: portal.sync.state is not None)

        portal.sync_now()
        wait_until(lambda: portal.sync.running)
        wait_until(lambda: not portal.sync.running)
        wait_until(lambda: win.model.rowCount() >= 11)
        win.open_number(number)
        wait_until(lambda: portal.action_send.isEnabled())
        dialog = portal.open_send()
        assert dialog is not None
        wait_until(lambda: bool(dialog.visible_codes()))
        shoot(dialog, out / "portal-send-fr.png")
        dialog.filter.setText("مالية")
        shoot(dialog, out / "portal-send-filtered-fr.png")
        sent: list[str] = []
        dialog.sent.connect(lambda number, _office: sent.append(number))
        dialog.submit()
        wait_until(lambda: bool(sent))
        wait_until(lambda: not portal.sync.running and "remis" in " ".join(portal.sendings.lines()))
        shoot(win, out / "portal-desk-fr.png")
        portal.indicator.set_running(True)  # a long sync, as it shows in the status bar
        portal.indicator.show_progress("feed", 40, 250)
        settle(600)
        shoot(win.statusBar(), out / "portal-progress-fr.png")
        portal.indicator.set_running(False)

        window = portal.open_window()
        assert window is not None
        wait_until(lambda: window.view is not None)
        shoot(window, out / "portal-log-fr.png")
        window.tabs.setCurrentIndex(1)
        shoot(window, out / "portal-quarantine-fr.png")
        discard = window.discard_current()
        assert discard is not None
        shoot(discard, out / "portal-discard-fr.png")
        discard.close()

        languages.apply("ar")
        settle(600)
        shoot(window, out / "portal-quarantine-ar.png")
        window.tabs.setCurrentIndex(0)
        shoot(window, out / "portal-log-ar.png")
        window.close()
        win.open_number(number)
        settle(600)
        shoot(win, out / "portal-desk-ar.png")
        portal.indicator.set_running(True)
        portal.indicator.show_progress("feed", 40, 250)
        settle(600)
        shoot(win.statusBar(), out / "portal-progress-ar.png")
        portal.indicator.set_running(False)
        dialog = portal.open_send()
        assert dialog is not None
        wait_until(lambda: bool(dialog.visible_codes()))
        shoot(dialog, out / "portal-send-ar.png")
        dialog.close()
        win.close()

        admin_win = MainWindow(
            ctx=DeskContext.create(
                db=db, tasks=tasks, actor=admin, languages=languages, settings=settings
            )
        )
        admin_win.show()
        admin_dialog = admin_win.open_administration(page="portal")
        assert admin_dialog is not None
        wait_until(lambda: admin_dialog.portal_page.view is not None)
        shoot(admin_dialog, out / "admin-portal-ar.png")
        languages.apply("fr")
        admin_dialog.portal_page.secret.setText("demo")  # typed: the test uses it, unsaved
        admin_dialog.portal_page.test()
        wait_until(lambda: "MJ-BO" in admin_dialog.portal_page.result.text())
        shoot(admin_dialog, out / "admin-portal-fr.png")
        admin_dialog.close()
        admin_win.close()
        tasks.wait()
        settle()
        db.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
