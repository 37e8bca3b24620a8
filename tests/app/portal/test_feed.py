"""The feed read ahead of registration: its bounds, its cursor, a cursor that comes back."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from app.portal.feed import Feed, Page
from app.portal.intake import Fetched


def _deposit(n: int, sizes: tuple[int, ...] = (1000,)) -> dict[str, Any]:
    return {"id": f"D{n}", "files": [{"size": s} for s in sizes]}


class _Portal:
    """Pages of a scripted feed, by cursor; the fetches started, in order."""

    def __init__(self, pages: dict[str | None, Page]) -> None:
        self.pages = pages
        self.reads: list[str | None] = []
        self.fetched: list[str] = []

    def read(self, cursor: str | None) -> Page:
        self.reads.append(cursor)
        return self.pages[cursor]

    def fetch(self, raw: Any) -> Future[Fetched]:
        self.fetched.append(raw["id"])
        future: Future[Fetched] = Future()
        future.set_result(Fetched(raw, None, [], ("x", "")))
        return future

    def feed(self, cursor: str | None = None, **bounds: int) -> Feed:
        return Feed(
            cursor,
            read=self.read,
            known=lambda ids: {i for i in ids if i.startswith("K")},
            fetch=self.fetch,
            max_bytes=10_000,
            **bounds,
        )


def _drain(feed: Feed, group: int = 3) -> list[str | None]:
    """Record the whole feed group by group; the cursors it would save, in order."""
    saved = []
    while True:
        feed.fill()
        _, cursor = feed.passed()
        if cursor is not None:
            saved.append(cursor)
        if feed.done:
            return saved
        feed.start_fetches()
        feed.recorded(len(feed.group(group)))


def test_each_page_cursor_is_given_once_its_deposits_are_recorded() -> None:
    portal = _Portal(
        {
            None: ([_deposit(1), _deposit(2)], "a", True, 3),
            "a": ([_deposit(3), {"id": "K4"}], "b", True, 1),
            "b": ([_deposit(5)], "c", False, 0),
        }
    )
    feed = portal.feed(ahead=2)
    feed.fill()
    assert portal.reads == [None]  # two waiting: enough
    feed.start_fetches()
    assert portal.fetched == ["D1", "D2"]
    feed.recorded(1)
    assert feed.passed() == (False, None)  # half of the page: the cursor stays
    feed.recorded(1)
    assert feed.passed() == (True, "a")
    assert _drain(feed) == ["b", "c"]
    assert portal.fetched == ["D1", "D2", "D3", "D5"]  # the known one is not fetched
    assert not feed.stuck


def test_fetches_ahead_stop_at_the_deposit_and_byte_bounds() -> None:
    portal = _Portal({None: ([_deposit(i, (4000,)) for i in range(6)], "z", False, 0)})
    feed = portal.feed(ahead=4, ahead_bytes=9000)
    feed.fill()
    feed.start_fetches()
    assert portal.fetched == ["D0", "D1"]  # a third would pass 9,000 bytes
    feed.recorded(1)
    feed.start_fetches()
    assert portal.fetched == ["D0", "D1", "D2"]
    big = _Portal({None: ([_deposit(1, (9000, 9000)), _deposit(2)], "z", False, 0)})
    alone = big.feed(ahead=4, ahead_bytes=5000)
    alone.fill()
    alone.start_fetches()
    assert big.fetched == ["D1"]  # bigger than the bound alone: it still goes, alone


def test_a_cursor_that_comes_back_stops_the_reading_and_is_never_given() -> None:
    portal = _Portal(
        {
            None: ([_deposit(1)], "a", True, None),
            "a": ([_deposit(2)], "b", True, None),
            "b": ([_deposit(1)], "a", True, None),  # back to "a": a cycle
        }
    )
    feed = portal.feed(ahead=1)
    assert _drain(feed, group=1) == ["a", "b"]
    assert feed.stuck and portal.reads == [None, "a", "b"]


def test_the_same_cursor_again_is_stuck_but_an_empty_last_page_is_the_end() -> None:
    same = _Portal({None: ([_deposit(1)], "a", True, None), "a": ([_deposit(1)], "a", True, None)})
    feed = same.feed()
    assert _drain(feed) == ["a"] and feed.stuck
    ended = _Portal({None: ([_deposit(1)], "a", True, None), "a": ([], "a", True, None)})
    feed = ended.feed()
    assert _drain(feed) == ["a"] and not feed.stuck


def test_a_deposit_given_twice_in_one_sync_is_fetched_once() -> None:
    portal = _Portal(
        {
            None: ([_deposit(1), _deposit(2)], "a", True, None),
            "a": ([_deposit(2), _deposit(3)], "b", False, None),
        }
    )
    feed = portal.feed()
    assert _drain(feed) == ["a", "b"]
    assert portal.fetched == ["D1", "D2", "D3"]  # the second D2 counts as known
