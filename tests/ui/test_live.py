"""LiveUpdates: changes reach the GUI thread, bursts are coalesced, stop() ends the thread."""

from __future__ import annotations

import queue
import threading

from app.store.changes import Change
from app.store.database import Database
from ui.live import LiveUpdates, concerns_mail


class FakeFeed:
    """A feed fed by the test: ``push`` from the test, ``wait`` from the live thread."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Change | None] = queue.Queue()
        self._closed = threading.Event()
        self.online: bool | None = True
        self.waiting_thread: int | None = None

    @property
    def is_closed(self) -> bool:
        return self._closed.is_set()

    def push(self, *items: Change) -> None:
        for item in items:
            self._queue.put(item)

    def wait(self, timeout: float) -> Change | None:
        self.waiting_thread = threading.get_ident()
        if self._closed.is_set():
            return None
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def close(self) -> None:
        self._closed.set()
        self._queue.put(None)  # wakes the wait under way


def _live(qtbot, feed: FakeFeed) -> LiveUpdates:  # type: ignore[no-untyped-def]
    live = LiveUpdates(Database("sqlite:///unused.sqlite"), feed_factory=lambda _db: feed)
    live.start()
    return live


def test_a_burst_reaches_the_gui_thread_in_order_and_coalesced(qtbot) -> None:  # type: ignore[no-untyped-def]
    feed = FakeFeed()
    live = _live(qtbot, feed)
    batches: list[tuple[Change, ...]] = []
    gui = threading.get_ident()
    threads: set[int] = set()

    def on_changed(batch: tuple[Change, ...]) -> None:
        threads.add(threading.get_ident())
        batches.append(batch)

    live.changed.connect(on_changed)
    burst = [
        Change("event", seq, "mail.assigned", "mail", f"A-2026/{seq:06d}") for seq in range(20)
    ]
    try:
        feed.push(*burst)
        qtbot.waitUntil(lambda: sum(map(len, batches)) == 20, timeout=5000)
    finally:
        live.stop()
    assert [c for batch in batches for c in batch] == burst
    assert len(batches) < len(burst)  # 20 changes, not 20 reloads
    assert threads == {gui} and feed.waiting_thread != gui


def test_stop_ends_the_thread_and_drops_what_is_pending(qtbot) -> None:  # type: ignore[no-untyped-def]
    feed = FakeFeed()
    live = _live(qtbot, feed)
    assert live.running
    live.stop()
    assert not live.running and feed.is_closed
    received: list[object] = []
    live.changed.connect(received.append)
    feed.push(Change("event", 1, "mail.assigned", "mail", "A-2026/000001"))
    qtbot.wait(50)
    assert received == []


def test_lost_and_restored_connection_is_told(qtbot) -> None:  # type: ignore[no-untyped-def]
    feed = FakeFeed()
    live = _live(qtbot, feed)
    states: list[bool] = []
    live.online.connect(states.append)
    try:
        qtbot.waitUntil(lambda: live.is_online is True, timeout=5000)
        feed.online = False
        feed.push(Change("event", 1, "x", "mail", "1"))  # the thread looks after each wait
        qtbot.waitUntil(lambda: states == [False], timeout=5000)
        feed.online = True
        feed.push(Change(reason="reconnected"))
        qtbot.waitUntil(lambda: states == [False, True], timeout=5000)
    finally:
        live.stop()


def test_what_concerns_a_list_of_mails() -> None:
    assert concerns_mail([Change("event", 3, "mail.assigned", "mail", "A-2026/000001")])
    assert concerns_mail([Change(reason="reconnected")])
    assert not concerns_mail([Change(reason="connected")])
    assert not concerns_mail([Change("event", 4, "user.created", "user", "karim")])
