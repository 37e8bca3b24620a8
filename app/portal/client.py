"""The portal's HTTP client: one session, a token, retries that honour the portal's pace.

Every call goes through :meth:`PortalClient.call`: a bearer token (fetched with the office's
client credentials, fetched again once on a 401), timeouts, and retries with exponential
backoff and full jitter on what is transient — a timeout, a reset connection, a 5xx, a 429,
a body that is not the JSON it should be. ``Retry-After`` is honoured as a floor. What is not
transient (a 4xx other than 401/429) is raised at once as :class:`PortalRefused`, carrying the
portal's error code; transient failures that outlive the retries raise
:class:`PortalUnavailable`. Both are :class:`~app.errors.UserError`, told in the user's
language.

TLS: ``https://`` with certificate verification always (optionally against the office's own CA
bundle); plain ``http://`` only for loopback addresses — the simulator and tests.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from app import __version__
from app.errors import UserError

API = "/v1"
CHUNK = 256 * 1024


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


class FileMismatch(PortalError):
    """A downloaded file never matched the SHA-256 its deposit announced."""


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
        cancelled: Callable[[], bool] = lambda: False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = check_url(base_url)
        self._credentials = credentials
        self._timeout = timeout
        self._retry = retry or RetryPolicy.from_env()
        self._cancelled = cancelled
        self._sleep = sleep
        self._token: str | None = None
        self.office_code: str | None = None
        self.retries = 0  # transient failures met, for the sync's report
        self.waited = 0.0  # seconds spent waiting before retries
        self.session = requests.Session()
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
    def token(self) -> str | None:
        return self._token

    def clone(self) -> PortalClient:
        """A client of its own (a session is not shared between threads), same token."""
        twin = PortalClient(
            self.base_url,
            self._credentials,
            ca_bundle=self.session.verify if isinstance(self.session.verify, str) else None,
            timeout=self._timeout,
            retry=self._retry,
            cancelled=self._cancelled,
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
    ) -> tuple[int, Any]:
        """The status and decoded body of a successful call (2xx), after retries."""
        last = "unknown"
        reauthorised = False
        for attempt in self._attempts():
            try:
                return self._once(
                    method, path, json_body, params, data, headers, idem_key, expect_json
                )
            except _Unauthorised:
                if reauthorised:
                    raise PortalError("portal_auth_refused") from None
                self._token = None
                reauthorised = True
                continue
            except _Transient as exc:
                last = exc.reason
                self.retries += 1
                if attempt + 1 < self._retry.attempts:
                    self._wait(self._retry.delay(attempt, exc.retry_after))
        raise PortalUnavailable("portal_unavailable", detail=last)

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
    ) -> tuple[int, Any]:
        sent = dict(headers or {})
        sent["Authorization"] = f"Bearer {self._bearer()}"
        if idem_key:
            sent["Idempotency-Key"] = idem_key
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                json=json_body,
                params=params,
                data=data,
                headers=sent,
                timeout=self._timeout,
            )
            body = response.content
        except requests.exceptions.SSLError as exc:
            raise PortalError("portal_tls", detail=_short(exc)) from exc
        except requests.RequestException as exc:
            raise _Transient(type(exc).__name__) from exc
        return _decode(response, body, expect_json)

    def _bearer(self) -> str:
        if self._token is None:
            self._token = self._fetch_token()
        return self._token

    def _fetch_token(self) -> str:
        last = "unknown"
        for attempt in self._attempts():
            try:
                response = self.session.post(
                    self.base_url + API + "/oauth/token",
                    data={
                        "grant_type": "client_credentials",
                        "client_id": self._credentials.client_id,
                        "client_secret": self._credentials.client_secret,
                    },
                    timeout=self._timeout,
                )
                body = response.content
                if response.status_code in (400, 401):
                    raise PortalError("portal_auth_refused")
                _, data = _decode(response, body, True)
                token = data["access_token"]
                self.office_code = data.get("office_code")
                return str(token)
            except requests.exceptions.SSLError as exc:
                raise PortalError("portal_tls", detail=_short(exc)) from exc
            except requests.RequestException as exc:
                last = type(exc).__name__
            except (_Transient, KeyError, TypeError) as exc:
                last = getattr(exc, "reason", "bad_token_response")
                if isinstance(exc, _Transient) and exc.retry_after is not None:
                    self.retries += 1
                    self._wait(self._retry.delay(attempt, exc.retry_after))
                    continue
            self.retries += 1
            if attempt + 1 < self._retry.attempts:
                self._wait(self._retry.delay(attempt, None))
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
        )

    def send(self, payload: dict[str, Any], key: str) -> Any:
        _, body = self.call("POST", API + "/outgoing", json_body=payload, idem_key=key)
        return body

    def download(self, url: str, sha256: str, size: int, dest: Path, *, tries: int = 5) -> bytes:
        """The file at ``url``, checked against ``sha256``; resumes a ``dest`` partly written.

        Bytes are appended to ``dest`` as they come, so a download cut by a fault, or by the
        process being killed, goes on from where it stopped (HTTP Range). A whole file that does
        not hash right is thrown away and fetched again, ``tries`` times, then
        :class:`FileMismatch`.
        """
        path = url if url.startswith("/") else "/" + url
        for _ in range(tries):
            self._fetch_into(path, size, dest)
            data = dest.read_bytes()
            dest.unlink()
            if hashlib.sha256(data).hexdigest() == sha256:
                return data
            self.retries += 1
        raise FileMismatch("portal_file_mismatch", sha256=sha256)

    def _fetch_into(self, path: str, size: int, dest: Path) -> None:
        last = "unknown"
        for attempt in self._attempts():
            have = dest.stat().st_size if dest.exists() else 0
            if have >= size > 0:
                return
            headers = {"Authorization": f"Bearer {self._bearer()}"}
            if have:
                headers["Range"] = f"bytes={have}-"
            try:
                with self.session.get(
                    self.base_url + path, headers=headers, timeout=self._timeout, stream=True
                ) as response:
                    if response.status_code == 401:
                        self._token = None
                        continue
                    if response.status_code == 416:
                        dest.unlink(missing_ok=True)  # what we have is longer than the file
                        continue
                    if response.status_code >= 400:
                        _raise_for(response, response.content)
                    mode = "ab" if have and response.status_code == 206 else "wb"
                    with dest.open(mode) as out:
                        for chunk in response.iter_content(CHUNK):
                            out.write(chunk)
                        out.flush()
                if dest.exists() and dest.stat().st_size >= size:
                    return
                last = "short_body"
            except requests.exceptions.SSLError as exc:
                raise PortalError("portal_tls", detail=_short(exc)) from exc
            except requests.RequestException as exc:
                last = type(exc).__name__
            except _Transient as exc:
                last = exc.reason
                self.retries += 1
                self._wait(self._retry.delay(attempt, exc.retry_after))
                continue
            self.retries += 1
            if attempt + 1 < self._retry.attempts:
                self._wait(self._retry.delay(attempt, None))
        raise PortalUnavailable("portal_unavailable", detail=last)


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
