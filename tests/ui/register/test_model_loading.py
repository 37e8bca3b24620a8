"""The register's first screen never waits for the whole list of ids, nor does anything else.

The whole list is read on a worker of its own once the first screen is there; while it is on
its way (held back here on an event: no guessed timing), pages load, a scanned number's mail
is fetched, and the first screen is shown.
"""

from __future__ import annotations

import random
import threading
from array import array

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry import browse
from app.registry.browse import RegisterQuery, SortKey
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import Batched, RegisteredMail, register_batch
from tests.conftest import Office
from ui.register import model as model_module
from ui.register.model import RegisterModel, RowIndex
from ui.tasks import TaskRunner

MAILS = 260


@pytest.fixture
def tasks(qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def office_with_mail(office: Office) -> Office:
    drafts = [
        MailDraft(
            direction=Direction.IN,
            subject=f"Demande d'attestation {i}",
            correspondent=CorrespondentInput.from_name("Omar Haddad" if i % 2 else "مريم التازي"),
        )
        for i in range(MAILS)
    ]
    done = register_batch(office.db, office.clerk, [Batched(d, []) for d in drafts])
    assert all(isinstance(r, RegisteredMail) for r in done)
    return office


class HeldBack:
    """``browse.find_id_array`` waiting for :meth:`release` before it reads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked = threading.Event()
        self.go = threading.Event()
        self.threads: list[str] = []
        real = browse.find_id_array

        def held(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.threads.append(threading.current_thread().name)
            self.asked.set()
            assert self.go.wait(30), "never released"
            return real(*args, **kwargs)

        monkeypatch.setattr(browse, "find_id_array", held)

    def release(self) -> None:
        self.go.set()


@pytest.mark.parametrize("sort", [SortKey.REGISTERED, SortKey.SUBJECT])
def test_pages_and_a_scan_do_not_wait_for_the_whole_list(
    qtbot, tasks: TaskRunner, office_with_mail: Office, monkeypatch, sort: SortKey
) -> None:  # type: ignore[no-untyped-def]
    held = HeldBack(monkeypatch)
    db = office_with_mail.db
    m = RegisterModel(db=db, tasks=tasks)
    try:
        with qtbot.waitSignal(m.modelReset, timeout=10000):
            m.set_query(RegisterQuery(sort=sort))
        assert m.rowCount() == model_module.FIRST_SCREEN and not m.loaded
        qtbot.waitUntil(held.asked.is_set, timeout=10000)  # the whole list: on its way, held
        # A page of the first screen not loaded yet, asked while the whole list is held.
        row = model_module.PAGE + 5
        assert m.row_at(row) is None
        qtbot.waitUntil(lambda: m.row_at(row) is not None, timeout=10000)
        # A scanned number's mail, fetched on the database worker meanwhile.
        fetched: list[str] = []
        number = m.row_at(row).number  # type: ignore[union-attr]
        tasks.run(lambda: get_mail(db, number), on_done=lambda mail: fetched.append(mail.number))
        qtbot.waitUntil(lambda: fetched == [number], timeout=10000)
        assert not m.loaded
    finally:
        held.release()
    with qtbot.waitSignal(m.loading, check_params_cb=lambda busy: busy is False, timeout=10000):
        pass
    assert m.rowCount() == MAILS and m.loaded
    assert all(m.row_of(m.id_at(r)) == r for r in range(MAILS))  # type: ignore[arg-type]


def test_a_short_list_is_whole_at_once(
    qtbot, tasks: TaskRunner, office_with_mail: Office, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    held = HeldBack(monkeypatch)
    m = RegisterModel(db=office_with_mail.db, tasks=tasks)
    with qtbot.waitSignal(m.loading, check_params_cb=lambda busy: busy is False, timeout=10000):
        m.set_query(RegisterQuery(text="attestation 12"))
    assert m.loaded and 0 < m.rowCount() < model_module.FIRST_SCREEN
    assert not held.asked.is_set()  # no second query for what the first one held whole


def test_the_index_finds_every_row_across_its_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_module, "INDEX_BLOCK", 7)
    ids = list(range(1, 100, 2))
    random.Random(5).shuffle(ids)
    index = RowIndex(array("q", ids))
    assert [index.row_of(i) for i in ids] == list(range(len(ids)))
    assert index.row_of(2) is None and index.row_of(1000) is None
    assert index.max_id == 99
    index.prepend([200, 150])
    assert (index.row_of(200), index.row_of(150), index.row_of(ids[0])) == (0, 1, 2)


def test_a_scanned_mail_beyond_the_first_screen_is_selected_once_the_list_is_in(
    qtbot, office_with_mail: Office, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.support.gui import main_window

    held = HeldBack(monkeypatch)
    with main_window(qtbot, office_with_mail.db, office_with_mail.clerk) as win:
        qtbot.waitUntil(held.asked.is_set, timeout=10000)
        assert win.model.rowCount() == model_module.FIRST_SCREEN
        oldest = f"A-{win.model.row_at(0).registered_at.year}/000001"  # type: ignore[union-attr]
        win.open_number(oldest)  # a barcode scanned: its mail shows at once
        qtbot.waitUntil(
            lambda: win.detail.mail is not None and win.detail.mail.number == oldest,
            timeout=10000,
        )
        assert not win.model.loaded
        held.release()
        qtbot.waitUntil(lambda: win.model.loaded, timeout=10000)
        qtbot.waitUntil(lambda: win.table.currentIndex().row() == MAILS - 1, timeout=10000)


def test_the_window_asks_its_register_once_and_first(
    qtbot, office_with_mail: Office, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """One query at start (three were asked, the first by number), asked of the database
    worker before the other views' loads (the inbox's, the delays')."""
    from tests.support.gui import main_window

    asked: list[str] = []
    inside: list[bool] = []
    real_set_query = RegisterModel.set_query
    real_run = TaskRunner.run

    def set_query(self, query):  # type: ignore[no-untyped-def]
        asked.append(f"register {query.sort.value} {query.descending}")
        inside.append(True)
        try:
            real_set_query(self, query)
        finally:
            inside.pop()

    def run(self, fn, **kwargs):  # type: ignore[no-untyped-def]
        asked.append("its task" if inside else "other")
        return real_run(self, fn, **kwargs)

    monkeypatch.setattr(RegisterModel, "set_query", set_query)
    monkeypatch.setattr(TaskRunner, "run", run)
    with main_window(qtbot, office_with_mail.db, office_with_mail.admin) as win:
        assert [a for a in asked if a.startswith("register")] == ["register registered_at True"]
        assert asked[:2] == ["register registered_at True", "its task"]  # before any other
        assert win.model.query == RegisterQuery()
