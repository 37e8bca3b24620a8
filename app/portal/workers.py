"""A few threads for the portal's round trips, each with its own client.

Downloading a deposit's files and posting acknowledgements are round trips that wait on the
network; the database writes wait on the disk. Files of the next deposits are fetched while
the current one is registered, and acknowledgements go out several at a time. Each thread has
its own :class:`~app.portal.client.PortalClient` (a requests session is not to be shared
between threads); their retries add up in the sync's report.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from app.portal.client import PortalClient

T = TypeVar("T")
WORKERS = 4


class Workers:
    def __init__(self, client: PortalClient, count: int = WORKERS) -> None:
        self._client = client
        self._local = threading.local()
        self._clients: list[PortalClient] = []
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="portal")

    def _own(self) -> PortalClient:
        client = getattr(self._local, "client", None)
        if client is None:
            client = self._client.clone()
            self._local.client = client
            with self._lock:
                self._clients.append(client)
        return client

    def submit(self, fn: Callable[[PortalClient], T]) -> Future[T]:
        return self._pool.submit(lambda: fn(self._own()))

    @property
    def retries(self) -> int:
        with self._lock:
            return sum(c.retries for c in self._clients)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            for c in self._clients:
                c.close()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
