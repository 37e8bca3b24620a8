"""Screenshots of a mail's treatment: the chef's inbox, the assignment and hand-on dialogs, the
supervisor's delays, in French and Arabic, over the demo office of ``scripts.screenshots``.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.screenshots_treatment OUT
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from app.domain.enums import Role
from app.imputation import deadlines, workflow
from app.organisation import setup
from app.organisation.actor import authenticate
from app.registry.browse import RegisterQuery, find_ids
from app.registry.queries import get_mail_by_id
from app.store.database import Database
from app.store.models import Assignment
from scripts import translations
from scripts.screenshots import build
from ui.context import DeskContext
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

PASSWORD = "demo-pass-2026"


def people(db: Database) -> None:
    admin = authenticate(db, "admin", "admin-2026")
    for login, name, role, services in (
        ("chef_rh", "Youssef El Amrani", Role.CHEF, ["RH"]),
        ("agent_rh", "Khadija Ouazzani", Role.AGENT, ["RH"]),
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


def assign_some(db: Database) -> None:
    clerk = authenticate(db, "fatima", "clerk-2026")
    ids = find_ids(db, RegisterQuery())
    numbers = [get_mail_by_id(db, i).number for i in ids]
    incoming = [n for n in numbers if n.startswith("A-")]
    workflow.assign(db, clerk, incoming[:3], "RH", copies=["BUDGET"], instructions=["SUITE"])
    workflow.assign(db, clerk, incoming[3:4], "BUDGET", instructions=["AVIS", "SIGNATURE"])
    with db.write() as session:  # one of them a week late
        mail_id = get_mail_by_id(db, ids[-1]).id
        session.execute(
            update(Assignment)
            .where(Assignment.mail_id == mail_id)
            .values(due_date=deadlines.today() - timedelta(days=7))
        )


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)  # one window after another
    register_fonts()
    app.setFont(interface_font(10))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        build(db)
        people(db)
        tasks = TaskRunner()
        languages = Languages(app)
        languages.apply("fr")
        clerk = authenticate(db, "fatima", "clerk-2026")
        chef = authenticate(db, "chef_rh", PASSWORD)
        supervisor = authenticate(db, "superviseur", PASSWORD)
        windows: dict[str, MainWindow] = {}
        state: dict[str, Any] = {}

        def window(name: str, actor) -> MainWindow:  # type: ignore[no-untyped-def]
            win = MainWindow(
                ctx=DeskContext.create(db=db, tasks=tasks, actor=actor, languages=languages)
            )
            win.show()
            windows[name] = win
            return win

        def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            widget.grab().save(str(out / name))

        steps = [
            lambda: window("clerk", clerk),
            lambda: windows["clerk"].table.selectRow(1),
            lambda: (
                windows["clerk"]
                .table.selectionModel()
                .select(
                    windows["clerk"].model.index(2, 0),
                    windows["clerk"].table.selectionModel().SelectionFlag.Select
                    | windows["clerk"].table.selectionModel().SelectionFlag.Rows,
                )
            ),
            lambda: state.update(assign=windows["clerk"].imputation.open_assign()),
            lambda: None,
            lambda: shoot(state["assign"], "assign-dialog-fr.png"),
            lambda: state["assign"].close(),
            lambda: assign_some(db),
            lambda: windows["clerk"].close(),
            lambda: window("chef", chef),
            lambda: None,
            lambda: windows["chef"].inbox.table.selectRow(0),
            lambda: None,
            lambda: shoot(windows["chef"], "chef-inbox-fr.png"),
            lambda: state.update(hand=windows["chef"].imputation.open_reassign()),
            lambda: None,
            lambda: shoot(state["hand"], "hand-on-fr.png"),
            lambda: state["hand"].close(),
            lambda: languages.apply("ar"),
            lambda: None,
            lambda: shoot(windows["chef"], "chef-inbox-ar.png"),
            lambda: state.update(hand=windows["chef"].imputation.open_reassign()),
            lambda: None,
            lambda: shoot(state["hand"], "hand-on-ar.png"),
            lambda: state["hand"].close(),
            lambda: windows["chef"].close(),
            lambda: window("supervisor", supervisor),
            lambda: windows["supervisor"].tabs.setCurrentWidget(windows["supervisor"].delays),
            lambda: None,
            lambda: shoot(windows["supervisor"], "delays-ar.png"),
            lambda: languages.apply("fr"),
            lambda: None,
            lambda: shoot(windows["supervisor"], "delays-fr.png"),
            lambda: windows["supervisor"].tabs.setCurrentWidget(windows["supervisor"].inbox),
            lambda: windows["supervisor"].inbox.table.selectRow(0),
            lambda: None,
            lambda: shoot(windows["supervisor"], "supervisor-inbox-fr.png"),
            app.quit,
        ]
        for i, step in enumerate(steps):
            QTimer.singleShot(1500 + i * 400, step)
        app.exec()
        tasks.wait()
        db.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
