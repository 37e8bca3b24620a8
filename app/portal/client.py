"""The portal's HTTP client: one session, a token, retries that honour the portal's pace.

Every call goes through :meth:`PortalClient.call`: a bearer token (fetched with the office's
client credentials, fetched again once on a 401), timeouts, and retries with exponential
backoff and full jitter on what is transient — a timeout, a reset connection, a 5xx, a 429,
a body that is not the JSON it should be. ``Retry-After`` is honoured as a floor. What is not
transient (a 4xx other than 401/429) is raised at once as :class:`PortalRefused`, carrying the
portal's error code; transient failures that outlive the retries raise
:class:`PortalUnavailable`. Both are :class:`~app.errors.UserError`, told in the user's
language.

A hostile or broken server cannot hold the client for ever nor fill its memory (the bounds
are :class:`Limits`):

- every call has a total deadline besides its per-read timeout (:mod:`app.portal.transport`
  ends it); a call cut by its deadline is made once more, then gives up (``portal_too_slow``);
  a cancel (the user, the desk closing, SIGTERM) ends the call in flight at once;
- a JSON answer is read up to ``max_json`` bytes, no further (``portal_answer_too_big``, not
  retried: the same question would get the same answer);
- a file is streamed to the spool on disk, never past the size its deposit declares (nor
  ``max_file``): what a server sends beyond is not read; the hash decides;
- redirects are never followed (``portal_redirected``): the token request carries the client
  secret and every other request the bearer token, and both would go wherever the answer
  points. A portal that moved is re-configured by its administrator.

TLS: ``https://`` with certificate verification always (optionally against the office's own CA
bundle); plain ``http://`` only for loopback addresses — the simulator and tests.
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import json
import os
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3

from app import __version__
from app.errors import UserError
from app.portal import transport
from app.portal.transport import CANCELLED, DEADLINE, TooBig

API = "/v1"
CHUNK = transport.CHUNK
ERROR_BODY = 64 * 1024  # bytes of an error answer read for its message

# What a request may fail with on the wire (urllib3's own errors escape requests' wrapping
# when a streamed body is read).
_WIRE_ERRORS = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    http.client.HTTPException,
    OSError,
)


class PortalError(UserError):
    """Something went wrong talking to the portal."""


class PortalUnavailable(PortalError):
    """The portal could not be reached or kept failing: try again later, nothing is lost."""


class PortalRefused(PortalError):
    """The portal answered no, for a reason a retry will not change."""

    def __init__(self, code: str, /, *, status: int, error: str, detail: str, body: Any) -> None:
        super().__init__(code, status=status, error=error, detail=detail)
        self.status = status
        self.error = error
        self.body = body


class PortalRedirected(PortalError):
    """The portal answered with a redirect, which is never followed (credentials would go)."""


class FileMismatch(PortalError):
    """A downloaded file never matched the SHA-256 its deposit announced."""


class FileTooBig(PortalError):
    """A file announced larger than any file the client accepts."""


class Cancelled(Exception):
    """The user (or the application closing) asked the sync to stop."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 8
    base: float = 0.25  # seconds, doubled each attempt
    cap: float = 20.0
    retry_after_cap: float = 120.0

    @classmethod
    def from_env(cls) -> RetryPolicy:
        """The default policy; ``BO_PORTAL_RETRY_BASE`` (seconds) shortens it for tests."""
        base = os.environ.get("BO_PORTAL_RETRY_BASE")
        try:
            return cls(base=float(base)) if base else cls()
        except ValueError:
            return cls()

    def delay(self, attempt: int, retry_after: float | None) -> float:
        backoff = random.uniform(0, min(self.cap, self.base * 2**attempt))
        if retry_after is not None:
            return max(min(retry_after, self.retry_after_cap), backoff)
        return backoff


def _env_number(name: str, default: float) -> float:
    value = os.environ.get(name)
    try:
        number = float(value) if value else default
    except ValueError:
        return default
    return number if number > 0 else default


@dataclass(frozen=True)
class Limits:
    """How long a call may last and how much it may bring."""

    deadline: float = 120.0  # seconds for one request, its whole answer read
    file_rate: float = 32 * 1024  # bytes/s a file may move at: its request's deadline grows
    max_json: int = 32 * 1024 * 1024  # bytes of a JSON answer (a page of 200 deposits: ~1 MB)
    max_file: int = 1024 * 1024 * 1024  # bytes of any file, whatever the office allows
    slow_tries: int = 2  # times a request cut by its deadline is made before giving up

    @classmethod
    def from_env(cls) -> Limits:
        """The defaults; ``BO_PORTAL_DEADLINE`` (seconds), ``BO_PORTAL_MAX_ANSWER`` and
        ``BO_PORTAL_MAX_FILE`` (bytes) change them (a slow line, a test)."""
        d = cls()
        return cls(
            deadline=_env_number("BO_PORTAL_DEADLINE", d.deadline),
            max_json=int(_env_number("BO_PORTAL_MAX_ANSWER", d.max_json)),
            max_file=int(_env_number("BO_PORTAL_MAX_FILE", d.max_file)),
        )

    def for_size(self, size: int) -> float:
        """The deadline of a request that moves ``size`` bytes of a file, either way."""
        return self.deadline + size / self.file_rate


@dataclass
class Credentials:
    client_id: str
    client_secret: str = field(repr=False)


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """``url`` without a trailing slash, or a UserError if it is not an acceptable portal URL."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PortalError("portal_bad_url", url=url)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise PortalError("portal_insecure_url", url=url)
    return url.strip().rstrip("/")


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: the backoff will do


class _Transient(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _check_cut(call: transport.Call) -> None:
    """A request failed: if the watchdog cut it, say why instead of the wire's error."""
    if call.ended == CANCELLED:
        raise Cancelled
    if call.ended == DEADLINE:
        raise _Transient(DEADLINE)


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK * 4):
            sha.update(chunk)
    return sha.hexdigest()


def _mebibytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} Mio"


class PortalClient:
    """Calls the portal's v1 interface for one office. Not thread-safe: one per sync."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
        retry: RetryPolicy | None = None,
        limits: Limits | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = check_url(base_url)
        self._credentials = credentials
        self._timeout = timeout
        self._retry = retry or RetryPolicy.from_env()
        self._limits = limits or Limits.from_env()
        self._cancelled = cancelled
        self._sleep = sleep
        self._token: str | None = None
        self.office_code: str | None = None
        self.retries = 0  # transient failures met, for the sync's report
        self.waited = 0.0  # seconds spent waiting before retries
        self.session = transport.session()
        # Proxies from the environment are read once, here: requests would otherwise walk the
        # whole environment on every call (about 2 ms each, a fifth of a deposit's cost).
        self.session.proxies.update(requests.utils.get_environ_proxies(self.base_url))
        self.session.trust_env = False
        self.session.verify = ca_bundle or True
        self.session.headers["User-Agent"] = f"bureau-ordre/{__version__}"

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    @property
    def limits(self) -> Limits:
        return self._limits

    @property
    def cancelled(self) -> Callable[[], bool]:
        return self._cancelled

    @property
    def token(self) -> str | None:
        return self._token

    def clone(self, *, cancelled: Callable[[], bool] | None = None) -> PortalClient:
        """A client of its own (a session is not shared between threads), same token."""
        twin = PortalClient(
            self.base_url,
            self._credentials,
            ca_bundle=self.session.verify if isinstance(self.session.verify, str) else None,
            timeout=self._timeout,
            retry=self._retry,
            limits=self._limits,
            cancelled=cancelled or self._cancelled,
            sleep=self._sleep,
        )
        twin._token, twin.office_code = self._token, self.office_code
        return twin

    def close(self) -> None:
        self.session.close()

    # -- the loop every call goes through ------------------------------------------------

    def _wait(self, seconds: float) -> None:
        """Sleep ``seconds`` in short steps, so a cancel is heard within a quarter second."""
        self.waited += seconds
        left = seconds
        while left > 0:
            if self._cancelled():
                raise Cancelled
            step = min(left, 0.25)
            self._sleep(step)
            left -= step

    def _attempts(self) -> Iterator[int]:
        for attempt in range(self._retry.attempts):
            if self._cancelled():
                raise Cancelled
            yield attempt

    def _too_slow(self, slow: int) -> None:
        """One more request cut by its deadline: give up once they are ``slow_tries``."""
        if slow >= self._limits.slow_tries:
            raise PortalUnavailable(
                "portal_too_slow", seconds=f"{self._limits.deadline:g}", tries=slow
            )

    def _bounded(self, seconds: float | None = None) -> Any:
        return transport.bounded(
            self._limits.deadline if seconds is None else seconds, self._cancelled
        )

    def call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        idem_key: str | None = None,
        expect_json: bool = True,
        deadline: float | None = None,
    ) -> tuple[int, Any]:
        """The status and decoded body of a successful call (2xx), after retries; each
        request within ``deadline`` seconds (the limits' own by default)."""
        last = "unknown"
        reauthorised = False
        slow = 0
        for attempt in self._attempts():
            try:
                return self._once(
                    method, path, json_body, params, data, headers, idem_key, expect_json, deadline
                )
            except _Unauthorised:
                if reauthorised:
                    raise PortalError("portal_auth_refused") from None
                self._token = None
                reauthorised = True
                continue
            except _Transient as exc:
                if exc.reason == DEADLINE:
                    slow += 1
                    self._too_slow(slow)
                last = exc.reason
                self.retries += 1
                if attempt + 1 < self._retry.attempts:
                    self._wait(self._retry.delay(attempt, exc.retry_after))
        raise PortalUnavailable("portal_unavailable", detail=last)

    def _read(self, response: requests.Response) -> bytes:
        """The answer's body: all of a success (within ``max_json``), the start of an error."""
        if response.status_code >= 300:
            return transport.read_upto(response, ERROR_BODY)
        try:
            return transport.read_capped(response, self._limits.max_json)
        except TooBig as exc:
            raise PortalError(
                "portal_answer_too_big",
                size=_mebibytes(exc.size) if exc.size is not None else "?",
                limit=_mebibytes(self._limits.max_json),
            ) from None

    def _once(
        self,
        method: str,
        path: str,
        json_body: Any,
        params: dict[str, Any] | None,
        data: bytes | None,
        headers: dict[str, str] | None,
        idem_key: str | None,
        expect_json: bool,
        deadline: float | None = None,
    ) -> tuple[int, Any]:
        sent = dict(headers or {})
        sent["Authorization"] = f"Bearer {self._bearer()}"
        if idem_key:
            sent["Idempotency-Key"] = idem_key
        with self._bounded(deadline) as call:
            try:
                with self.session.request(
                    method,
                    self.base_url + path,
                    json=json_body,
                    params=params,
                    data=data,
                    headers=sent,
                    timeout=self._timeout,
                    stream=True,
                    allow_redirects=False,
                ) as response:
                    body = self._read(response)
            except requests.exceptions.SSLError as exc:
                _check_cut(call)
                raise PortalError("portal_tls", detail=_short(exc)) from exc
            except _WIRE_ERRORS as exc:
                _check_cut(call)
                raise _Transient(type(exc).__name__) from exc
            _check_cut(call)  # a body cut short may read as complete: it is not
        return _decode(response, body, expect_json)

    def _bearer(self) -> str:
        if self._token is None:
            self._token = self._fetch_token()
        return self._token

    def _token_once(self) -> str:
        with self._bounded() as call:
            try:
                with self.session.post(
                    self.base_url + API + "/oauth/token",
                    data={
                        "grant_type": "client_credentials",
                        "client_id": self._credentials.client_id,
                        "client_secret": self._credentials.client_secret,
                    },
                    timeout=self._timeout,
                    stream=True,
                    allow_redirects=False,
                ) as response:
                    body = self._read(response)
            except requests.exceptions.SSLError as exc:
                _check_cut(call)
                raise PortalError("portal_tls", detail=_short(exc)) from exc
            except _WIRE_ERRORS as exc:
                _check_cut(call)
                raise _Transient(type(exc).__name__) from exc
            _check_cut(call)  # a body cut short may read as complete: it is not
        if response.status_code in (400, 401):
            raise PortalError("portal_auth_refused")
        _, data = _decode(response, body, True)
        token = data["access_token"]
        self.office_code = data.get("office_code")
        return str(token)

    def _fetch_token(self) -> str:
        last = "unknown"
        slow = 0
        for attempt in self._attempts():
            retry_after = None
            try:
                return self._token_once()
            except (_Transient, KeyError, TypeError) as exc:
                last = getattr(exc, "reason", "bad_token_response")
                if isinstance(exc, _Transient):
                    retry_after = exc.retry_after
                    if exc.reason == DEADLINE:
                        slow += 1
                        self._too_slow(slow)
            self.retries += 1
            if attempt + 1 < self._retry.attempts or retry_after is not None:
                self._wait(self._retry.delay(attempt, retry_after))
        raise PortalUnavailable("portal_unavailable", detail=last)

    # -- the contract's operations ------------------------------------------------------

    def offices(self) -> list[dict[str, Any]]:
        _, body = self.call("GET", API + "/offices")
        return _field(body, "offices", list)

    def deposits(
        self, cursor: str | None, limit: int = 100
    ) -> tuple[list[dict[str, Any]], str, bool, int | None]:
        """A page of the feed: deposits, the next cursor, whether more follow, how many."""
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        _, body = self.call("GET", API + "/deposits", params=params)
        deposits = _field(body, "deposits", list)
        next_cursor = _field(body, "next_cursor", str)
        remaining = body.get("remaining")
        return (
            deposits,
            next_cursor,
            bool(body.get("has_more")),
            remaining if isinstance(remaining, int) else None,
        )

    def deposit(self, deposit_id: str) -> dict[str, Any]:
        _, body = self.call("GET", f"{API}/deposits/{deposit_id}")
        if not isinstance(body, dict):
            raise PortalUnavailable("portal_unavailable", detail="bad_body")
        return body

    def acknowledge(self, deposit_id: str, number: str, registered_at: str, key: str) -> Any:
        _, body = self.call(
            "POST",
            f"{API}/deposits/{deposit_id}/acknowledgement",
            json_body={"registry_number": number, "registered_at": registered_at},
            idem_key=key,
        )
        return body

    def post_status(self, deposit_id: str, payload: dict[str, Any], key: str) -> Any:
        _, body = self.call(
            "POST", f"{API}/deposits/{deposit_id}/status", json_body=payload, idem_key=key
        )
        return body

    def upload(self, sha256: str, data: bytes) -> None:
        self.call(
            "PUT",
            f"{API}/uploads/{sha256}",
            data=data,
            headers={"Content-Type": "application/octet-stream"},
            expect_json=False,
            deadline=self._limits.for_size(len(data)),  # a slow line may need longer
        )

    def send(self, payload: dict[str, Any], key: str) -> Any:
        _, body = self.call("POST", API + "/outgoing", json_body=payload, idem_key=key)
        return body

    def download(self, url: str, sha256: str, size: int, dest: Path, *, tries: int = 5) -> Path:
        """The file at ``url`` in ``dest``, checked against ``sha256``; resumes a partial ``dest``.

        Bytes are appended to ``dest`` as they come, so a download cut by a fault, or by the
        process being killed, goes on from where it stopped (HTTP Range); no more than ``size``
        bytes are ever read. A whole file that does not hash right is thrown away and fetched
        again, ``tries`` times, then :class:`FileMismatch`. The file stays on disk: the caller
        reads it when it needs it, and removes it.
        """
        if size > self._limits.max_file:
            raise FileTooBig(
                "portal_file_too_big",
                size=_mebibytes(size),
                limit=_mebibytes(self._limits.max_file),
            )
        path = url if url.startswith("/") else "/" + url
        for _ in range(tries):
            self._fetch_into(path, size, dest)
            if _digest(dest) == sha256:
                return dest
            dest.unlink()
            self.retries += 1
        raise FileMismatch("portal_file_mismatch", sha256=sha256)

    def _fetch_into(self, path: str, size: int, dest: Path) -> None:
        last = "unknown"
        slow = 0
        for attempt in self._attempts():
            have = dest.stat().st_size if dest.exists() else 0
            if have > size:
                dest.unlink()  # longer than the file: a leftover of something else
                have = 0
            if have == size:
                dest.touch()  # an empty file is complete at once
                return
            headers = {"Authorization": f"Bearer {self._bearer()}"}
            if have:
                headers["Range"] = f"bytes={have}-"
            try:
                if not self._fetch_once(path, headers, have, size, dest):
                    continue  # a new token or a fresh start: not a failure
                if dest.exists() and dest.stat().st_size >= size:
                    return
                last = "short_body"
            except _Transient as exc:
                if exc.reason == DEADLINE:
                    slow += 1
                    self._too_slow(slow)
                last = exc.reason
                self.retries += 1
                self._wait(self._retry.delay(attempt, exc.retry_after))
                continue
            self.retries += 1
            if attempt + 1 < self._retry.attempts:
                self._wait(self._retry.delay(attempt, None))
        raise PortalUnavailable("portal_unavailable", detail=last)

    def _fetch_once(
        self, path: str, headers: dict[str, str], have: int, size: int, dest: Path
    ) -> bool:
        """One request for the rest of the file, appended to ``dest`` up to ``size`` bytes.
        False when the request is to be made again at once (a new token, a fresh start)."""
        with self._bounded(self._limits.for_size(size - have)) as call:
            try:
                with self.session.get(
                    self.base_url + path,
                    headers=headers,
                    timeout=self._timeout,
                    stream=True,
                    allow_redirects=False,
                ) as response:
                    status = response.status_code
                    if status == 401:
                        self._token = None
                        return False
                    if status == 416:
                        dest.unlink(missing_ok=True)  # what we have is longer than the file
                        return False
                    if status >= 300:
                        _raise_for(response, transport.read_upto(response, ERROR_BODY))
                    start = have if status == 206 else 0
                    if start and _range_start(response) not in (None, have):
                        dest.unlink(missing_ok=True)  # not the part asked for: start again
                        raise _Transient("bad_range")
                    _write(response, dest, start, size)
                    # What the server sends beyond ``size`` is not read: closing the answer
                    # drops the connection.
            except requests.exceptions.SSLError as exc:
                _check_cut(call)
                raise PortalError("portal_tls", detail=_short(exc)) from exc
            except _WIRE_ERRORS as exc:
                _check_cut(call)
                raise _Transient(type(exc).__name__) from exc
            _check_cut(call)  # what came before the cut is kept: the next request resumes
        return True


_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-")


def _range_start(response: requests.Response) -> int | None:
    found = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
    return int(found.group(1)) if found else None


def _write(response: requests.Response, dest: Path, start: int, size: int) -> None:
    """Append the answer's body to ``dest`` (from byte ``start``), stopping at ``size``."""
    want = size - start
    with dest.open("ab" if start else "wb") as out:
        while want > 0:
            chunk = response.raw.read(min(CHUNK, want))
            if not chunk:
                break
            out.write(chunk)
            want -= len(chunk)
        out.flush()


class _Unauthorised(Exception):
    pass


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__


def _raise_for(response: requests.Response, body: bytes) -> None:
    status = response.status_code
    if status == 401:
        raise _Unauthorised
    if status == 429 or status >= 500:
        raise _Transient(f"http_{status}", _retry_after(response))
    if 300 <= status < 400:
        raise PortalRedirected(
            "portal_redirected", status=status, location=_where(response.headers.get("Location"))
        )
    try:
        decoded = json.loads(body)
    except ValueError:
        decoded = None
    error = decoded.get("error", "") if isinstance(decoded, dict) else ""
    detail = (
        decoded.get("message", "")
        if isinstance(decoded, dict)
        else body[:200].decode("utf-8", "replace")
    )
    raise PortalRefused(
        "portal_refused", status=status, error=str(error), detail=str(detail), body=decoded
    )


def _where(location: str | None) -> str:
    """Where a redirect points, for the message: scheme, host and path, printable, short."""
    if not location:
        return "?"
    parts = urlsplit(location)
    shown = f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.netloc else parts.path
    return "".join(ch for ch in shown if ch.isprintable())[:200] or "?"


def _decode(response: requests.Response, body: bytes, expect_json: bool) -> tuple[int, Any]:
    if response.status_code >= 300:
        _raise_for(response, body)
    if not expect_json:
        return response.status_code, None
    try:
        return response.status_code, json.loads(body)
    except ValueError as exc:
        raise _Transient("malformed_json") from exc


def _field(body: Any, name: str, kind: type) -> Any:
    value = body.get(name) if isinstance(body, dict) else None
    if not isinstance(value, kind):
        # A 200 with the wrong shape: most likely cut on the way; treated like a lost answer.
        raise PortalUnavailable("portal_unavailable", detail=f"bad_body:{name}")
    return value
