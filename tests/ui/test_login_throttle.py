"""Wrong passwords at the desk: the log-in and the lock screen wait on a timer, never in the
GUI thread; an administrator unlocks a locked account from the users page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.errors import PermissionDenied
from app.organisation import throttle
from app.organisation.actor import authenticate
from app.store.models import AuditEvent
from tests.conftest import CLERK_PASSWORD, Office
from tests.support.gui import type_text
from ui.admin.dialog import AdministrationDialog
from ui.context import DeskContext
from ui.i18n import Languages
from ui.login import LoginDialog
from ui.session.lock_dialog import LockDialog
from ui.tasks import TaskRunner


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def languages() -> Languages:
    languages = Languages(QApplication.instance())
    languages.apply("fr")
    return languages


@pytest.fixture
def tasks(languages: Languages) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def _enter(widget) -> None:  # type: ignore[no-untyped-def]
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    )


def _via(office: Office) -> list[str]:
    with office.db.read() as session:
        payloads = session.scalars(
            select(AuditEvent.payload).where(AuditEvent.action == "auth.failed")
        ).all()
    return [json.loads(p)["via"] for p in payloads]


def test_the_log_in_counts_the_seconds_down_then_lets_the_user_in(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tasks: TaskRunner
) -> None:
    clock = Clock()
    dialog = LoginDialog(db=office.db, tasks=tasks, lang="fr", office_name="Bureau", clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text("fatima", dialog.login)
    for _ in range(3):
        type_text("faux", dialog.password)
        _enter(dialog.password)
        qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.ok_button.isEnabled())
        assert "incorrect" in dialog.error.text()
        dialog.error.hide()
    type_text(CLERK_PASSWORD, dialog.password)
    _enter(dialog.password)
    qtbot.waitUntil(lambda: dialog.countdown.running, timeout=10000)
    # Refused unchecked: the button waits on a timer while the window goes on answering.
    assert not dialog.ok_button.isEnabled() and dialog.countdown.timer.isActive()
    assert dialog.error.text() == "Trop de tentatives : réessayez dans 1 seconde."
    type_text(CLERK_PASSWORD, dialog.password)
    _enter(dialog.password)  # Enter does nothing meanwhile
    assert dialog.password.text() == CLERK_PASSWORD and dialog.countdown.running

    clock.now += timedelta(seconds=1)
    dialog.countdown.on_timeout()  # the timer's second
    assert dialog.ok_button.isEnabled() and not dialog.countdown.running
    assert dialog.error.text() == "Vous pouvez réessayer."
    with qtbot.waitSignal(dialog.logged_in, timeout=10000) as caught:
        _enter(dialog.password)
    assert caught.args[0].login == "fatima"
    assert _via(office) == ["login"] * 3


def test_the_lock_screen_is_throttled_too(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tasks: TaskRunner, languages: Languages
) -> None:
    clock = Clock()
    ctx = DeskContext.create(db=office.db, tasks=tasks, actor=office.clerk, languages=languages)
    lock = LockDialog(ctx=ctx, clock=clock)
    qtbot.addWidget(lock)
    lock.show()
    for _ in range(3):
        type_text("faux", lock.password)
        _enter(lock.password)
        qtbot.waitUntil(lambda: lock.error.isVisible() and lock.unlock_button.isEnabled())
        lock.error.hide()
    type_text("faux", lock.password)
    _enter(lock.password)
    qtbot.waitUntil(lambda: lock.countdown.running, timeout=10000)
    assert not lock.unlock_button.isEnabled() and lock.countdown.remaining == 1
    lock.reset()  # shown again (after an idle lock): still waiting
    assert not lock.unlock_button.isEnabled()
    clock.now += timedelta(seconds=1)
    lock.countdown.on_timeout()
    assert lock.unlock_button.isEnabled()
    assert _via(office) == ["lock"] * 3


def test_an_administrator_unlocks_an_account_from_the_users_page(  # type: ignore[no-untyped-def]
    qtbot, office: Office, tasks: TaskRunner, languages: Languages
) -> None:
    clock = Clock()
    for _ in range(10):  # ten wrong passwords, each when allowed: locked
        with pytest.raises(PermissionDenied) as caught:
            authenticate(office.db, "fatima", "faux", clock=clock)
        clock.now += timedelta(minutes=15)
    assert caught.value.code == "login_locked"
    dialog = AdministrationDialog(
        ctx=DeskContext.create(db=office.db, tasks=tasks, actor=office.admin, languages=languages)
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    page = dialog.users_page
    dialog.tabs.setCurrentWidget(page)
    row = next(r for r in range(page.model.rowCount()) if "fatima" in page.model.item(r, 0).text())
    assert page.model.item(row, 4).text() == "Bloqué"
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert page.unlock_button.isEnabled() and page.unlock_button.text() == "Débl&oquer le compte"
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        page.unlock_button.click()
    qtbot.waitUntil(lambda: page.model.item(row, 4).text() == "Actif", timeout=10000)
    assert not page.unlock_button.isEnabled()
    assert throttle.locked_accounts(office.db, office.admin) == []
    clock.now += timedelta(minutes=1)  # the machine's own delay (ten failures there) is over
    assert authenticate(office.db, "fatima", CLERK_PASSWORD, clock=clock).login == "fatima"
    dialog.close()
