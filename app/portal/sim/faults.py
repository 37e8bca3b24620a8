"""Transient faults, drawn per request: what a real network and a busy portal do to a client.

With probability ``fail_rate`` a request gets one fault among those that make sense for it
(corrupted bytes only on a file download, a cut JSON body only where JSON is answered). In
``cycle`` order each kind of request goes through its own kinds in turn (so a file download
is corrupted no more often than it gets a 502, however many JSON calls come between); in
``random`` order the kind is drawn. Both are seeded.

Every fault is transient: the next attempt draws afresh, and none touches what the portal has
stored. A file whose bytes were corrupted is never corrupted again before it has been served
whole once, so a client that checks the SHA-256 and downloads again always gets good bytes.
"""

from __future__ import annotations

import logging
import random
import threading
from collections import Counter

log = logging.getLogger("app.portal.sim")

ERROR_500 = "error_500"
ERROR_502 = "error_502"
ERROR_503 = "error_503"
RESET = "reset"
RATE_LIMITED = "rate_limited"
LATENCY = "latency"
LOST_RESPONSE = "lost_response"
CORRUPT_BYTES = "corrupt_bytes"
MALFORMED_JSON = "malformed_json"

#: Every kind, in the order ``cycle`` prefers among equals.
KINDS = (
    ERROR_500,
    ERROR_502,
    ERROR_503,
    RESET,
    RATE_LIMITED,
    LATENCY,
    LOST_RESPONSE,
    CORRUPT_BYTES,
    MALFORMED_JSON,
)
_ANY_REQUEST = KINDS[:7]
ORDERS = ("cycle", "random")


class FaultPlan:
    """Decides each request's fault and counts what was injected. Thread-safe."""

    def __init__(self, *, fail_rate: float, seed: int, order: str = "cycle") -> None:
        if order not in ORDERS:
            raise ValueError(f"fault order must be one of {ORDERS}")
        self._lock = threading.Lock()
        self._rng = random.Random(f"faults/{seed}")
        self._order = order
        self._injected: Counter[str] = Counter()
        # What ``cycle`` balances, per kind of request: kinds drawn, even if not used.
        self._drawn: dict[tuple[str, ...], Counter[str]] = {}
        self._corrupted: set[str] = set()  # files whose last bytes served were corrupted
        self.fail_rate = 0.0
        self.set_fail_rate(fail_rate)

    def set_fail_rate(self, rate: float) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("the fail rate is a probability, between 0 and 1")
        with self._lock:
            self.fail_rate = rate

    def draw(
        self, *, file_download: bool, json_reply: bool, resource: str | None = None
    ) -> str | None:
        """The fault this request should get, or None. Nothing is counted until injected.

        ``resource`` names the file a download is for.
        """
        with self._lock:
            if self.fail_rate <= 0.0 or self._rng.random() >= self.fail_rate:
                return None
            kinds: tuple[str, ...] = _ANY_REQUEST
            if file_download:
                kinds += (CORRUPT_BYTES,)
            if json_reply:
                kinds += (MALFORMED_JSON,)
            drawn = self._drawn.setdefault(kinds, Counter())
            allowed = [k for k in kinds if not (k == CORRUPT_BYTES and resource in self._corrupted)]
            if self._order == "random":
                kind = self._rng.choice(allowed)
            else:
                kind = min(allowed, key=lambda k: (drawn[k], KINDS.index(k)))
            drawn[kind] += 1
            return kind

    def injected(self, kind: str, method: str, path: str, resource: str | None = None) -> None:
        with self._lock:
            self._injected[kind] += 1
            if kind == CORRUPT_BYTES and resource is not None:
                self._corrupted.add(resource)
        log.debug("portal-sim fault %s on %s %s", kind, method, path)

    def served_whole(self, resource: str) -> None:
        """A file's bytes went out uncorrupted: it may be corrupted again later."""
        if resource in self._corrupted:
            with self._lock:
                self._corrupted.discard(resource)

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {kind: self._injected[kind] for kind in KINDS}
