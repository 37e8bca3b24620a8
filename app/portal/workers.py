"""Round trips to the portal off the registering thread: on threads, or in processes.

Downloading a deposit's files (and checking them) and posting acknowledgements wait on the
network and spend CPU in the HTTP client and the PDF reader; registering spends it in the
database layer. With threads (:class:`ThreadWorkers`, the default) the waits overlap; with
processes (:class:`ProcessWorkers`, for a long feed) the CPU work runs on another core too:
Python runs one thread at a time, and a 10,000-deposit sync was bound by it.

Both give futures for the same two tasks. Each thread or process has its own
:class:`~app.portal.client.PortalClient` (a requests session is not to be shared); their
retries add up in the sync's report. A process cannot call the sync's ``cancelled``: it
watches an event that :meth:`ProcessWorkers.close` sets.

Stopping is prompt: ``close`` (the sync ending, for any reason) and the sync's cancel end the
requests in flight on every worker at once (the client's watchdog cuts them), so no worker
keeps the sync — or the application closing — waiting for a slow server. A fetching process
leaves SIGINT to its parent (a Ctrl+C reaches the whole process group) and takes SIGTERM as a
cancel of its own work; either way the parent's sync ends as cancelled.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, TypeVar

from app.portal.client import Credentials, Limits, PortalClient, RetryPolicy
from app.portal.intake import Fetched, fetch

T = TypeVar("T")
THREADS = 4
PROCESSES = 2


class Workers(Protocol):
    @property
    def retries(self) -> int: ...

    def fetch(self, raw: Any, spool: Path, max_bytes: int) -> Future[Fetched]: ...

    def acknowledge(self, deposit_id: str, number: str, at: str, key: str) -> Future[Any]: ...

    def close(self) -> None: ...


class ThreadWorkers:
    def __init__(self, client: PortalClient, count: int = THREADS) -> None:
        self._client = client
        self._stop = threading.Event()
        self._local = threading.local()
        self._clients: list[PortalClient] = []
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="portal")

    def _own(self) -> PortalClient:
        client = getattr(self._local, "client", None)
        if client is None:
            outer = self._client.cancelled
            client = self._client.clone(cancelled=lambda: self._stop.is_set() or outer())
            self._local.client = client
            with self._lock:
                self._clients.append(client)
        return client

    def _submit(self, fn: Callable[[PortalClient], T]) -> Future[T]:
        return self._pool.submit(lambda: fn(self._own()))

    def fetch(self, raw: Any, spool: Path, max_bytes: int) -> Future[Fetched]:
        return self._submit(lambda c: fetch(c, raw, spool, max_bytes))

    def acknowledge(self, deposit_id: str, number: str, at: str, key: str) -> Future[Any]:
        return self._submit(lambda c: c.acknowledge(deposit_id, number, at, key))

    @property
    def retries(self) -> int:
        with self._lock:
            return sum(c.retries for c in self._clients)

    def close(self) -> None:
        self._stop.set()  # requests in flight end now
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            for c in self._clients:
                c.close()


# -- in a process of its own ------------------------------------------------------------------

_client: PortalClient | None = None
_terminated = threading.Event()


def _start(
    url: str,
    credentials: Credentials,
    ca_bundle: str | None,
    retry: RetryPolicy | None,
    limits: Limits,
    token: str | None,
    stop: Any,
) -> None:
    global _client
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it stops us
    signal.signal(signal.SIGTERM, lambda signum, frame: _terminated.set())
    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()
    _client = PortalClient(
        url,
        credentials,
        ca_bundle=ca_bundle,
        retry=retry,
        limits=limits,
        cancelled=lambda: _terminated.is_set() or stop.is_set(),
    )
    _client._token = token


def _exit_with_parent() -> None:
    """A killed sync leaves no fetching process behind: each ends when its parent is gone."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(0)


def _with_retries(fn: Callable[[PortalClient], T]) -> tuple[T, int]:
    assert _client is not None
    before = _client.retries
    value = fn(_client)
    return value, _client.retries - before


def _fetch_task(raw: Any, spool: Path, max_bytes: int) -> tuple[Fetched, int]:
    return _with_retries(lambda c: fetch(c, raw, spool, max_bytes))


def _ack_task(deposit_id: str, number: str, at: str, key: str) -> tuple[Any, int]:
    return _with_retries(lambda c: c.acknowledge(deposit_id, number, at, key))


class ProcessWorkers:
    def __init__(
        self, client: PortalClient, credentials: Credentials, count: int = PROCESSES
    ) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a threaded process
        self._stop = context.Event()
        self._retries = 0
        self._lock = threading.Lock()
        verify = client.session.verify
        self._pool = ProcessPoolExecutor(
            max_workers=count,
            mp_context=context,
            initializer=_start,
            initargs=(
                client.base_url,
                credentials,
                verify if isinstance(verify, str) else None,
                client.retry_policy,
                client.limits,
                client.token,
                self._stop,
            ),
        )

    def _unwrap(self, inner: Future[tuple[T, int]]) -> Future[T]:
        outer: Future[T] = Future()

        def done(f: Future[tuple[T, int]]) -> None:
            if f.cancelled():
                outer.cancel()
                return
            error = f.exception()
            if error is not None:
                outer.set_exception(error)
                return
            value, retries = f.result()
            with self._lock:
                self._retries += retries
            outer.set_result(value)

        inner.add_done_callback(done)
        return outer

    def fetch(self, raw: Any, spool: Path, max_bytes: int) -> Future[Fetched]:
        return self._unwrap(self._pool.submit(_fetch_task, raw, spool, max_bytes))

    def acknowledge(self, deposit_id: str, number: str, at: str, key: str) -> Future[Any]:
        return self._unwrap(self._pool.submit(_ack_task, deposit_id, number, at, key))

    @property
    def retries(self) -> int:
        with self._lock:
            return self._retries

    def close(self) -> None:
        self._stop.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
