"""The portal's feed, read ahead of its registration, within bounds.

Pages are read from the cursor as the registration needs them: never more than one page beyond
:data:`AHEAD` deposits waiting. The files of at most :data:`AHEAD` deposits, declaring at most
:data:`AHEAD_BYTES` in all, are being fetched or wait on disk at any time (one deposit larger
than that goes alone). A page's next cursor is handed back once every deposit of the page,
and of the pages before it, is recorded: the cursor moves only past what is committed.

A deposit the feed gives twice in one sync (a page read again, a portal that repeats itself) is
fetched once: the second is taken as known, so no two fetches of one deposit ever race.

A feed whose cursor does not move — a page said to be followed by more under a cursor already
read in this sync, the same one or an older one — is stuck: it is read no further and
:attr:`Feed.stuck` says so; that page's cursor is never saved.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from app.portal.deposits import MAX_FILES
from app.portal.intake import Fetched

AHEAD = 40  # deposits whose files are fetched ahead of their registration, at most
AHEAD_BYTES = 256 * 1024 * 1024  # what their files declare, at most, in bytes

Page = tuple[list[Any], str, bool, int | None]  # deposits, next cursor, more, remaining


@dataclass(eq=False)
class _Mark:
    """A page read: where the cursor goes after it, and how many of its deposits are left."""

    next_cursor: str
    left: int
    stuck: bool = False


@dataclass(eq=False)
class Entry:
    """A deposit read from the feed, not yet recorded."""

    raw: Any
    page: _Mark = field(repr=False)
    declared: int  # bytes its files announce (each counted up to the office's limit)
    known: bool  # already recorded here: nothing to fetch
    future: Future[Fetched] | None = None

    @property
    def ready(self) -> bool:
        """Known, or its fetch started: it may be part of the next group."""
        return self.known or self.future is not None


def declared_bytes(raw: Any, max_bytes: int) -> int:
    """What a deposit's files announce, each counted up to ``max_bytes`` (bigger: refused)."""
    files = raw.get("files") if isinstance(raw, dict) else None
    if not isinstance(files, list):
        return 0
    sizes = (f.get("size") if isinstance(f, dict) else None for f in files[:MAX_FILES])
    return sum(s for s in sizes if isinstance(s, int) and 0 < s <= max_bytes)


class Feed:
    """The deposits read and not yet recorded, in the feed's order."""

    def __init__(
        self,
        cursor: str | None,
        *,
        read: Callable[[str | None], Page],
        known: Callable[[list[str]], set[str]],
        fetch: Callable[[Any], Future[Fetched]],
        max_bytes: int,
        ahead: int = AHEAD,
        ahead_bytes: int = AHEAD_BYTES,
    ) -> None:
        self._read, self._known, self._fetch = read, known, fetch
        self._max_bytes = max_bytes
        self._ahead, self._ahead_bytes = ahead, ahead_bytes
        self._after = cursor
        self._seen: set[str | None] = {cursor}
        self._ids: set[str] = set()  # deposits read in this sync
        self._pages: deque[_Mark] = deque()
        self.entries: deque[Entry] = deque()
        self.more = True  # pages may follow
        self.stuck = False  # the portal gave a cursor already read: reading stopped
        self.in_flight = 0  # fetches started, their deposits not yet recorded
        self._in_flight_bytes = 0

    @property
    def done(self) -> bool:
        return not self.more and not self.entries

    def fill(self) -> None:
        """Read pages until enough deposits wait (or the feed ends)."""
        while self.more and len(self.entries) < self._ahead:
            deposits, next_cursor, has_more, _ = self._read(self._after)
            more = has_more and bool(deposits)
            mark = _Mark(next_cursor, len(deposits))
            if more and next_cursor in self._seen:
                mark.stuck = self.stuck = True
                more = False
            self._seen.add(next_cursor)
            self._after, self.more = next_cursor, more
            self._pages.append(mark)
            ids = [d.get("id") if isinstance(d, dict) else None for d in deposits]
            known = self._known([i for i in ids if isinstance(i, str)])
            for raw, deposit_id in zip(deposits, ids, strict=True):
                declared = declared_bytes(raw, self._max_bytes)
                again = deposit_id in known or deposit_id in self._ids
                if isinstance(deposit_id, str):
                    self._ids.add(deposit_id)
                self.entries.append(Entry(raw, mark, declared, again))

    def start_fetches(self) -> None:
        """Start fetching the next deposits, as far as the bounds allow (at least one)."""
        for entry in self.entries:
            if entry.ready:
                continue
            if self.in_flight >= self._ahead or (
                self.in_flight and self._in_flight_bytes + entry.declared > self._ahead_bytes
            ):
                return
            entry.future = self._fetch(entry.raw)
            self.in_flight += 1
            self._in_flight_bytes += entry.declared

    def group(self, size: int) -> list[Entry]:
        """The next deposits to record together: up to ``size`` of those ready, in order."""
        group = []
        for entry in self.entries:
            if len(group) == size or not entry.ready:
                break
            group.append(entry)
        return group

    def recorded(self, count: int) -> None:
        """The first ``count`` deposits are recorded (committed, or quarantined)."""
        for _ in range(count):
            entry = self.entries.popleft()
            entry.page.left -= 1
            if entry.future is not None:
                self.in_flight -= 1
                self._in_flight_bytes -= entry.declared

    def passed(self) -> tuple[bool, str | None]:
        """Whether pages were completed since the last call, and the cursor to save after
        them (None: none to save, a stuck page's cursor being never saved)."""
        completed, cursor = False, None
        while self._pages and self._pages[0].left == 0:
            mark = self._pages.popleft()
            completed = True
            if not mark.stuck:
                cursor = mark.next_cursor
        return completed, cursor
