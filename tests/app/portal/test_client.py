"""The portal client's rules: where it may connect, how it waits, how it resumes."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.portal.client import (
    Credentials,
    FileMismatch,
    PortalClient,
    PortalError,
    PortalRefused,
    PortalUnavailable,
    RetryPolicy,
    check_url,
)

FILE = bytes(range(256)) * 40  # 10 KiB


class Stub(BaseHTTPRequestHandler):
    """A scripted portal: each path answers from a queue of (status, headers, body)."""

    protocol_version = "HTTP/1.1"
    script: dict[str, list[tuple[int, dict[str, str], bytes]]] = {}
    seen: list[tuple[str, str, dict[str, str]]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.seen.append((self.command, self.path, dict(self.headers)))
        path = self.path.split("?")[0]
        if path == "/v1/oauth/token":
            status, headers, body = (
                200,
                {},
                json.dumps(
                    {
                        "access_token": "t",
                        "token_type": "Bearer",
                        "expires_in": 60,
                        "office_code": "X",
                    }
                ).encode(),
            )
        elif path == "/v1/files/f1":
            start = 0
            if rng := self.headers.get("Range"):
                start = int(rng.split("=")[1].split("-")[0])
            status, headers, body = (206 if start else 200), {}, FILE[start:]
        else:
            queue = self.script.get(path) or [(404, {}, b'{"error":"not_found","message":""}')]
            status, headers, body = queue.pop(0) if len(queue) > 1 else queue[0]
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer


@pytest.fixture
def stub() -> Iterator[str]:
    Stub.script, Stub.seen = {}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _client(url: str, slept: list[float], attempts: int = 4) -> PortalClient:
    return PortalClient(
        url,
        Credentials("id", "secret"),
        retry=RetryPolicy(attempts=attempts, base=0.01, cap=0.02),
        sleep=slept.append,
    )


def test_plain_http_is_for_loopback_only() -> None:
    assert check_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_url("http://localhost:1") == "http://localhost:1"
    assert check_url("https://portail.example.ma") == "https://portail.example.ma"
    with pytest.raises(PortalError) as caught:
        check_url("http://portail.example.ma")
    assert caught.value.code == "portal_insecure_url"
    with pytest.raises(PortalError) as caught:
        check_url("ftp://127.0.0.1")
    assert caught.value.code == "portal_bad_url"


def test_certificate_verification_is_on() -> None:
    client = PortalClient("https://portail.example.ma", Credentials("a", "b"))
    assert client.session.verify is True
    bundle = PortalClient("https://portail.example.ma", Credentials("a", "b"), ca_bundle="/x.pem")
    assert bundle.session.verify == "/x.pem"


def test_retry_after_is_honoured_then_the_call_succeeds(stub: str) -> None:
    ok = json.dumps({"offices": [{"code": "A", "name_fr": "a", "name_ar": "ا"}]}).encode()
    Stub.script["/v1/offices"] = [
        (429, {"Retry-After": "2"}, b'{"error":"rate_limited","message":""}'),
        (503, {}, b""),
        (200, {}, ok),
    ]
    slept: list[float] = []
    client = _client(stub, slept)
    assert client.offices()[0]["code"] == "A"
    assert client.retries == 2
    assert sum(slept) >= 2.0  # the 429's Retry-After, at least
    assert client.waited < 2.1  # and the 503's backoff is the policy's short one


def test_a_cut_json_body_is_retried(stub: str) -> None:
    Stub.script["/v1/offices"] = [(200, {}, b'{"offices": [{"co'), (200, {}, b'{"offices": []}')]
    assert _client(stub, []).offices() == []


def test_a_refusal_is_not_retried_and_says_why(stub: str) -> None:
    Stub.script["/v1/deposits/D1/acknowledgement"] = [
        (409, {}, b'{"error":"already_acknowledged","message":"deja"}')
    ]
    client = _client(stub, [])
    with pytest.raises(PortalRefused) as caught:
        client.acknowledge("D1", "A-2026/000001", "2026-11-23T10:00:00+00:00", "k1")
    assert caught.value.error == "already_acknowledged" and caught.value.status == 409
    assert client.retries == 0
    posted = [h for m, p, h in Stub.seen if m == "POST" and "acknowledgement" in p]
    assert posted[0]["Idempotency-Key"] == "k1"


def test_a_portal_that_stays_down_is_unavailable_after_the_attempts(stub: str) -> None:
    Stub.script["/v1/offices"] = [(502, {}, b"")]
    slept: list[float] = []
    with pytest.raises(PortalUnavailable) as caught:
        _client(stub, slept, attempts=3).offices()
    assert caught.value.code == "portal_unavailable"
    assert len([1 for m, p, _ in Stub.seen if p == "/v1/offices"]) == 3


def test_a_download_resumes_where_it_stopped(stub: str, tmp_path: Path) -> None:
    part = tmp_path / "f.part"
    part.write_bytes(FILE[:4000])  # what a killed sync had written
    digest = hashlib.sha256(FILE).hexdigest()
    kept = _client(stub, []).download("/v1/files/f1", digest, len(FILE), part)
    assert kept == part and part.read_bytes() == FILE  # on disk, not in memory
    ranges = [h.get("Range") for m, p, h in Stub.seen if p == "/v1/files/f1"]
    assert ranges == ["bytes=4000-"]


def test_a_file_that_never_matches_its_hash_is_refused(stub: str, tmp_path: Path) -> None:
    with pytest.raises(FileMismatch):
        _client(stub, []).download("/v1/files/f1", "0" * 64, len(FILE), tmp_path / "f.part")
    assert len([1 for m, p, _ in Stub.seen if p == "/v1/files/f1"]) == 5


def test_a_token_refused_twice_is_told_plainly(stub: str) -> None:
    client = _client(stub, [])
    Stub.script["/v1/offices"] = [(401, {}, b'{"error":"unauthorized","message":""}')]
    with pytest.raises(PortalError) as caught:
        client.offices()
    assert caught.value.code == "portal_auth_refused"
    tokens = [p for m, p, _ in Stub.seen if p == "/v1/oauth/token"]
    assert len(tokens) == 2  # a 401 fetches a new token once, then gives up
