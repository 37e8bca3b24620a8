"""A chef's desk with live updates, and assignments made by the real command line elsewhere.

Shared by the acceptance test (``tests/ui/test_live_inbox.py``) and the benchmark
(``tests/benchmarks/bench_live.py``): the chef of RH with the inbox open and live updates
running; mails registered for RH; ``bureau-ordre assign`` run in a subprocess while the GUI
keeps processing events, as it would on a desk. Times are wall-clock (``time.time()``), the one
clock both processes share: an audit row's ``at`` is taken in the writing transaction, just
before its commit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction, Role
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from app.store.database import Database
from app.store.models import AuditEvent
from ui.context import DeskContext
from ui.i18n import Languages
from ui.imputation.inbox_view import InboxView
from ui.live import LiveUpdates
from ui.tasks import TaskRunner

CHEF_LOGIN, CHEF_PASSWORD = "chef_rh", "chef-rh-2026"
BUREAU_ORDRE = Path(sys.executable).with_name("bureau-ordre")


def add_chef(db: Database, admin: Actor) -> Actor:
    setup.add_user(
        db,
        admin,
        login=CHEF_LOGIN,
        full_name="Chef des ressources humaines",
        role=Role.CHEF,
        password=CHEF_PASSWORD,
        service_codes=["RH"],
    )
    return authenticate(db, CHEF_LOGIN, CHEF_PASSWORD)


def register_for_rh(db: Database, clerk: Actor, subject: str) -> str:
    draft = MailDraft(
        direction=Direction.IN,
        subject=subject,
        correspondent=CorrespondentInput.from_name("Karim Benjelloun"),
        service_code="RH",
    )
    return register_mail(db, clerk, draft).number


@dataclass
class Desk:
    """The chef's inbox, open, with live updates; when each mail first appeared in it."""

    db: Database
    view: InboxView
    live: LiveUpdates
    tasks: TaskRunner
    shown_at: dict[str, float] = field(default_factory=dict)

    @classmethod
    def open(cls, db: Database, chef: Actor) -> Desk:
        tasks = TaskRunner()
        live = LiveUpdates(db)
        live.start()
        languages = Languages(QApplication.instance())
        languages.apply("fr")
        ctx = DeskContext.create(db=db, tasks=tasks, actor=chef, languages=languages, live=live)
        view = InboxView(ctx=ctx)
        desk = cls(db, view, live, tasks)
        view.model.modelReset.connect(desk._note_arrivals)
        return desk

    def ready(self) -> bool:
        """Listening, and the first load done."""
        return self.live.is_online is True and not self.view.loading

    def numbers(self) -> list[str]:
        model = self.view.model
        rows = (model.item(r) for r in range(model.rowCount()))
        return [item.number for item in rows if item is not None]

    def _note_arrivals(self) -> None:
        now = time.time()
        for number in self.numbers():
            self.shown_at.setdefault(number, now)

    def close(self) -> None:
        self.live.stop()
        self.view.stop()
        self.tasks.wait()
        self.view.deleteLater()

    def committed_at(self, number: str, action: str = "mail.assigned") -> float:
        """When the change was committed, give or take the milliseconds before the commit."""
        with self.db.read() as s:
            at = s.scalar(
                select(AuditEvent.at)
                .where(AuditEvent.entity_id == number, AuditEvent.action == action)
                .order_by(AuditEvent.seq.desc())
                .limit(1)
            )
        assert at is not None, f"no {action} for {number}"
        return datetime.fromisoformat(at).timestamp()


def start_assign(url: str, number: str, password: str, data_dir: Path) -> subprocess.Popen[str]:
    """``bureau-ordre assign NUMBER --service RH --db URL --user admin``, started."""
    env = {**os.environ, "BO_PASSWORD": password, "BO_DATA_DIR": str(data_dir)}
    env.pop("BO_DATABASE_URL", None)
    return subprocess.Popen(
        [str(BUREAU_ORDRE), "assign", number, "--service", "RH", "--db", url, "--user", "admin"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
