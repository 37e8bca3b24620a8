"""The desk's one path for changes (ui/context.py): an operation runs on the worker, says a
refusal where it belongs in the language of the moment, raises a bug, and hands what it
committed to the live feed that other desks' changes come through, once."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.registry.corrections import cancel_mail
from app.store import changes
from app.store.changes import Change
from tests.conftest import Office
from tests.support.gui import desk_context
from tests.support.live_desk import register_for_rh
from tests.ui.test_live import FakeFeed
from ui.live import LiveUpdates
from ui.widgets import MessageLine


def test_what_an_operation_commits_reaches_the_live_feed_once(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    number = register_for_rh(office.db, office.clerk, "Demande de mutation")
    feed = FakeFeed()
    live = LiveUpdates(office.db, feed_factory=lambda _db: feed, coalesce_ms=0)
    live.start()
    ctx = desk_context(office.db, office.admin, live=live)
    batches: list[tuple[Change, ...]] = []
    live.changed.connect(batches.append)
    done: list[object] = []
    with qtbot.waitSignal(live.changed, timeout=10_000):
        ctx.operate(
            lambda: cancel_mail(office.db, office.admin, number, "Doublon"),
            owner=live,
            done=done.append,
        )
    assert done == [None]  # called after the announcement
    (batch,) = batches
    assert [(c.action, c.entity_id) for c in batch] == [("mail.cancelled", number)]
    # The feed's own copy of the same row comes later: it is not told again.
    other = Change("event", (batch[0].seq or 0) + 1, "mail.assigned", "mail", "A-2026/000099")
    feed.push(batch[0], other)
    qtbot.waitUntil(lambda: len(batches) == 2, timeout=10_000)
    assert [c.entity_id for c in batches[1]] == ["A-2026/000099"]
    live.stop()
    ctx.tasks.wait()


def test_a_refusal_is_said_in_the_language_of_the_moment(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    ctx = desk_context(office.db, office.clerk, lang="fr")
    line = MessageLine(None, "message")
    qtbot.addWidget(line)
    refused: list[UserError] = []
    before = changes.head(office.db)

    def refuse() -> None:
        raise UserError("reason_required")

    ctx.languages.apply("ar")  # switched while the form was open
    ctx.operate(refuse, owner=line, busy=line, say=line.say, refused=refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=10_000)
    assert line.text() == UserError("reason_required").message("ar")
    assert line.isEnabled()  # usable again, whatever happened
    assert changes.head(office.db) == before
    ctx.languages.apply("fr")
    ctx.tasks.wait()


def test_a_bug_is_raised_not_said(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    ctx = desk_context(office.db, office.clerk)
    line = MessageLine(None, "message")
    qtbot.addWidget(line)

    def broken() -> None:
        raise KeyError("a bug")

    with qtbot.captureExceptions() as raised:
        ctx.operate(broken, owner=line, say=line.say)
        qtbot.waitUntil(lambda: bool(raised), timeout=10_000)
    assert isinstance(raised[0][1], KeyError)
    assert line.isHidden()
    ctx.tasks.wait()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_refusal_nobody_takes_is_raised(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    ctx = desk_context(office.db, office.clerk)

    def refuse() -> None:
        raise UserError("reason_required")

    with qtbot.captureExceptions() as raised:
        ctx.load(refuse, owner=ctx.live)
        qtbot.waitUntil(lambda: bool(raised), timeout=10_000)
    assert isinstance(raised[0][1], UserError)
    ctx.tasks.wait()
