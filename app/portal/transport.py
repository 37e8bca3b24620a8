"""The portal's HTTP transport, bounded in time and in size.

requests bounds each read of a socket (the read timeout), not a whole call: a server that
sends a byte every few seconds keeps a call alive for ever, and a cancel is only heard when the
call ends. Here every call runs inside :func:`bounded`, which gives it a total deadline and the
caller's ``cancelled`` flag; one watchdog thread per process checks the calls in flight a few
times a second and ends those that are overdue or cancelled by shutting their socket, which
wakes the thread reading it at once. The call then fails, and :class:`Call` says why
(``deadline`` or ``cancelled``).

Bodies are read within a size: :func:`read_capped` stops at its limit (and refuses at once a
``Content-Length`` beyond it). Answers are asked for without compression (a small compressed
body can unfold into gigabytes). Redirects are never followed: every call passes
``allow_redirects=False`` (see :class:`app.portal.client.PortalClient`).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

TICK = 0.1  # seconds between two looks of the watchdog at the calls in flight
CHUNK = 256 * 1024

DEADLINE, CANCELLED = "deadline", "cancelled"


@dataclass(eq=False)
class Call:
    """One request in flight: when it must end, and whether it was ended (``ended``)."""

    deadline: float  # time.monotonic() value
    cancelled: Callable[[], bool]
    ended: str | None = None  # DEADLINE or CANCELLED once the watchdog cut it
    conn: Any = field(default=None, repr=False)  # the urllib3 connection it is using
    # The sockets it used: a connection hands its socket to the answer and forgets it when
    # the server says "Connection: close", while the body is still being read from it.
    socks: list[socket.socket] = field(default_factory=list, repr=False)

    def shut(self) -> None:
        current = getattr(self.conn, "sock", None)
        for sock in [*self.socks, *([current] if current is not None else [])]:
            try:
                # The plain socket's shutdown, also under TLS: it wakes a reader blocked in
                # the handshake or a read, without touching the TLS object that reader uses.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass  # already closed


class _Watchdog:
    """The thread that ends overdue and cancelled calls (one per process, started on demand)."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._calls: set[Call] = set()
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()

    def add(self, call: Call) -> None:
        with self._lock:
            self._calls.add(call)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="portal-watchdog", daemon=True
                )
                self._thread.start()
            self._lock.notify()

    def remove(self, call: Call) -> None:
        with self._lock:
            self._calls.discard(call)

    def attach(self, call: Call, conn: Any) -> None:
        """``call`` now uses ``conn``: cut at once if the call was already ended."""
        with self._lock:
            call.conn = conn
            sock = getattr(conn, "sock", None)
            if sock is not None and sock not in call.socks:
                call.socks.append(sock)
            if call.ended is not None:
                call.shut()

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._calls:
                    self._lock.wait()
                calls = list(self._calls)
            now = time.monotonic()
            for call in calls:
                if call.ended is not None:
                    continue
                try:
                    stop = call.cancelled()
                except Exception:  # a flag that cannot be read (its process gone): stop
                    stop = True
                reason = CANCELLED if stop else DEADLINE if now >= call.deadline else None
                if reason is None:
                    continue
                with self._lock:
                    if call in self._calls and call.ended is None:
                        call.ended = reason
                        call.shut()
            time.sleep(TICK)


_watchdog = _Watchdog()
_local = threading.local()


def _the_watchdog() -> _Watchdog:
    global _watchdog
    if _watchdog._pid != os.getpid():  # a forked child: the parent's thread is not here
        _watchdog = _Watchdog()
    return _watchdog


@contextmanager
def bounded(seconds: float, cancelled: Callable[[], bool]) -> Iterator[Call]:
    """Run the requests made in the block (on this thread) within ``seconds`` in all."""
    call = Call(time.monotonic() + seconds, cancelled)
    watchdog = _the_watchdog()
    previous = getattr(_local, "call", None)
    _local.call = call
    watchdog.add(call)
    try:
        yield call
    finally:
        watchdog.remove(call)
        _local.call = previous


def _attach(conn: Any) -> None:
    call = getattr(_local, "call", None)
    if call is not None:
        _the_watchdog().attach(call, conn)


class _WatchedHTTP(HTTPConnection):
    def connect(self) -> None:
        _attach(self)  # before connecting: a cut during the connection ends it
        super().connect()
        _attach(self)  # and again now that the socket exists

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        _attach(self)  # a connection from the pool, already open
        super().request(*args, **kwargs)


class _WatchedHTTPS(HTTPSConnection):
    def connect(self) -> None:
        _attach(self)
        super().connect()
        _attach(self)

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        _attach(self)
        super().request(*args, **kwargs)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTP


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPS


_POOLS = {"http": _Pool, "https": _TLSPool}


class _Adapter(HTTPAdapter):
    """requests' adapter, with connections the watchdog can cut."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        if getattr(manager, "pool_classes_by_scheme", None) is not None:
            manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


def session() -> requests.Session:
    """A session whose calls :func:`bounded` can end, asking for uncompressed answers."""
    s = requests.Session()
    adapter = _Adapter()
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    s.headers["Accept-Encoding"] = "identity"
    return s


class TooBig(Exception):
    """An answer longer than the caller's limit (``size``: what it announced, if it did)."""

    def __init__(self, size: int | None) -> None:
        super().__init__(size)
        self.size = size


def declared_length(response: requests.Response) -> int | None:
    value = response.headers.get("Content-Length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def read_capped(response: requests.Response, limit: int) -> bytes:
    """The body of a streamed ``response``, or :class:`TooBig` once it passes ``limit``."""
    length = declared_length(response)
    if length is not None and length > limit:
        raise TooBig(length)
    body = bytearray()
    while True:
        chunk = response.raw.read(min(CHUNK, limit + 1 - len(body)))
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > limit:
            raise TooBig(length)


def read_upto(response: requests.Response, limit: int) -> bytes:
    """At most ``limit`` bytes of a streamed ``response``'s body (the rest is left unread)."""
    body = bytearray()
    while len(body) < limit:
        chunk = response.raw.read(min(CHUNK, limit - len(body)))
        if not chunk:
            break
        body += chunk
    return bytes(body)
