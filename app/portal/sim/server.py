"""HTTP/1.1 on loopback: routing, framing, and where each injected fault strikes.

A ``ThreadingHTTPServer`` with keep-alive: every response carries its ``Content-Length`` and
goes out in one write (headers and body together, Nagle off), so a client reusing its
connection pays no extra round trip. Each request's body is read whole before anything else,
which keeps the connection usable after an error reply.

A fault is decided when the request arrives (:class:`FaultPlan`) and strikes at its moment:
a reset or an error reply before any work; latency before the work, which then succeeds;
a lost response, corrupted file bytes or a cut JSON body after the work has been committed.
"""

from __future__ import annotations

import email.utils
import logging
import re
import socket
import socketserver
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from app.portal.sim import faults as F
from app.portal.sim.faults import FaultPlan
from app.portal.sim.replies import ApiError, Reply
from app.portal.sim.service import MAX_UPLOAD_BYTES, Portal

log = logging.getLogger("app.portal.sim")

MAX_JSON_BYTES = 1024 * 1024


class _Route:
    def __init__(
        self,
        method: str,
        pattern: str,
        name: str,
        *,
        authenticated: bool = True,
        json_reply: bool = True,
        file_download: bool = False,
        max_body: int = MAX_JSON_BYTES,
    ) -> None:
        self.method = method
        self.regex = re.compile(pattern)
        self.name = name
        self.authenticated = authenticated
        self.json_reply = json_reply
        self.file_download = file_download
        self.max_body = max_body


_ROUTES = (
    _Route("POST", r"^/v1/oauth/token$", "token", authenticated=False),
    _Route("GET", r"^/v1/offices$", "offices"),
    _Route("GET", r"^/v1/deposits$", "feed"),
    _Route("GET", r"^/v1/deposits/([^/]+)$", "deposit"),
    _Route("GET", r"^/v1/files/([^/]+)$", "file", json_reply=False, file_download=True),
    _Route("POST", r"^/v1/deposits/([^/]+)/acknowledgement$", "acknowledge"),
    _Route("POST", r"^/v1/deposits/([^/]+)/status$", "post_status"),
    _Route("GET", r"^/v1/deposits/([^/]+)/status$", "status_history"),
    _Route("PUT", r"^/v1/uploads/([^/]+)$", "upload", json_reply=False, max_body=MAX_UPLOAD_BYTES),
    _Route("POST", r"^/v1/outgoing$", "send"),
)


def _match(method: str, path: str) -> tuple[_Route | None, list[str], list[str]]:
    """The route, its path parameters, and the methods the path allows (for a 405)."""
    allowed = []
    for route in _ROUTES:
        found = route.regex.match(path)
        if found:
            if route.method == method:
                return route, [unquote(g) for g in found.groups()], []
            allowed.append(route.method)
    return None, [], allowed


_FAULT_REPLIES = {
    F.ERROR_500: (500, "unavailable", "Erreur interne du portail (simulée)."),
    F.ERROR_502: (502, "unavailable", "Passerelle du portail en erreur (simulée)."),
    F.ERROR_503: (503, "unavailable", "Portail momentanément indisponible (simulé)."),
    F.RATE_LIMITED: (429, "rate_limited", "Trop de requêtes : réessayez plus tard (simulé)."),
}


class PortalServer(ThreadingHTTPServer):
    """The listening socket, its request threads, and what the handler needs to serve."""

    daemon_threads = False
    block_on_close = True  # server_close() joins the request threads
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        *,
        portal: Portal,
        faults: FaultPlan,
        retry_after: int,
        latency_ms: int,
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.portal = portal
        self.faults = faults
        self.retry_after = retry_after
        self.latency_ms = latency_ms
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._requests: Counter[str] = Counter()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host name up (getfqdn), which can stall; not needed.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Wake every thread waiting on a kept-alive connection, so that it can end."""
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def count(self, route: str) -> None:
        with self._lock:
            self._requests[route] += 1

    def request_counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._requests)


class _Headers(dict[str, str]):
    """Request headers by lower-cased name; ``get`` ignores case, as HTTP does."""

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(name.lower(), default)


_MAX_HEADERS = 100


class _Refused(Exception):
    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


class _Handler(BaseHTTPRequestHandler):
    server: PortalServer
    raw_requestline: bytes
    protocol_version = "HTTP/1.1"
    server_version = "BureauOrdrePortalSim/1.0"
    disable_nagle_algorithm = True
    timeout = 60  # an idle kept-alive connection is closed after a minute

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self._serve("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._serve("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._serve("DELETE")

    def do_PATCH(self) -> None:  # noqa: N802
        self._serve("PATCH")

    def parse_request(self) -> bool:
        """The request line and headers, without the email package http.server parses them
        with (which takes a third of the time of a small request here)."""
        self.command = None  # type: ignore[assignment]
        self.request_version = "HTTP/1.0"  # so that an error names its status
        self.close_connection = True
        self.requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        words = self.requestline.split()
        if len(words) != 3 or words[2] not in ("HTTP/1.0", "HTTP/1.1"):
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request line")
            return False
        self.command, self.path, self.request_version = words
        headers = _Headers()
        for _ in range(_MAX_HEADERS + 1):
            line = self.rfile.readline(65537)
            if len(line) > 65536:
                self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long")
                return False
            if line in (b"\r\n", b"\n", b""):
                break
            name, colon, value = str(line, "iso-8859-1").partition(":")
            if not colon or not name.strip():
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad header line")
                return False
            key, value = name.strip().lower(), value.strip()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        else:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers")
            return False
        self.headers = headers  # type: ignore[assignment]
        connection = (headers.get("connection") or "").lower()
        keep_alive = self.request_version == "HTTP/1.1" or connection == "keep-alive"
        self.close_connection = connection == "close" or not keep_alive
        expect = (headers.get("expect") or "").lower()
        if expect == "100-continue" and self.request_version == "HTTP/1.1":
            return self.handle_expect_100()
        return True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("portal-sim %s " + format, self.address_string(), *args)

    # -- one request --------------------------------------------------------------------------

    def _serve(self, method: str) -> None:
        server = self.server
        url = urlsplit(self.path)
        route, params, allowed = _match(method, url.path)
        server.count(f"{method} {route.name}" if route else "other")
        file_download = bool(route and route.file_download)
        resource = params[0] if file_download else None
        fault = server.faults.draw(
            file_download=file_download,
            json_reply=route is None or route.json_reply,
            resource=resource,
        )
        try:
            body = self._read_body(route.max_body if route else MAX_JSON_BYTES)
        except _Refused as refused:
            self._send(refused.reply, close=True)
            return
        if fault == F.RESET:
            server.faults.injected(fault, method, url.path)
            self._reset()
            return
        if fault == F.LATENCY:
            server.faults.injected(fault, method, url.path)
            time.sleep(server.latency_ms / 1000)
        if fault in _FAULT_REPLIES:
            server.faults.injected(fault, method, url.path)
            status, code, message = _FAULT_REPLIES[fault]
            headers = {}
            if status in (429, 503):
                headers["Retry-After"] = str(server.retry_after)
            self._send(ApiError(status, code, message, headers=headers).reply())
            return
        try:
            reply = self._dispatch(method, route, params, allowed, url.query, body)
        except ApiError as error:
            reply = error.reply()
        except Exception:  # a bug in the simulator: say so, as a real portal would
            log.exception("portal-sim: %s %s failed", method, self.path)
            reply = ApiError(500, "unavailable", "Erreur interne du simulateur.").reply()
        if fault == F.LOST_RESPONSE:
            server.faults.injected(fault, method, url.path)
            self._reset()
            return
        if fault == F.CORRUPT_BYTES and reply.is_file and reply.status in (200, 206) and reply.body:
            server.faults.injected(fault, method, url.path, resource)
            reply.body = _flip(reply.body)
        elif resource is not None and reply.is_file:
            server.faults.served_whole(resource)
        elif fault == F.MALFORMED_JSON and reply.is_json and 200 <= reply.status < 300:
            server.faults.injected(fault, method, url.path)
            reply.body = reply.body[: max(1, len(reply.body) // 2)]
        self._send(reply)

    def _dispatch(
        self,
        method: str,
        route: _Route | None,
        params: list[str],
        allowed: list[str],
        query: str,
        body: bytes,
    ) -> Reply:
        portal = self.server.portal
        if route is None:
            if allowed:
                raise ApiError(
                    405,
                    "bad_request",
                    f"Méthode {method} non permise ici.",
                    headers={"Allow": ", ".join(sorted(set(allowed)))},
                )
            raise ApiError(404, "not_found", "Chemin inconnu du portail.")
        if not route.authenticated:
            form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
            return portal.issue_token(form)
        office = portal.office_for(self.headers.get("Authorization"))
        key = self.headers.get("Idempotency-Key")
        handlers: dict[str, Callable[[], Reply]] = {
            "offices": portal.offices,
            "feed": lambda: portal.feed(office, parse_qs(query, keep_blank_values=True)),
            "deposit": lambda: portal.deposit(office, params[0]),
            "file": lambda: portal.file(
                office, params[0], self.headers.get("Range"), self.headers.get("If-Range")
            ),
            "acknowledge": lambda: portal.acknowledge(office, params[0], key, body),
            "post_status": lambda: portal.post_status(office, params[0], key, body),
            "status_history": lambda: portal.status_history(office, params[0]),
            "upload": lambda: portal.upload(office, params[0], body),
            "send": lambda: portal.send(office, key, body),
        }
        return handlers[route.name]()

    def _read_body(self, limit: int) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise _Refused(
                ApiError(
                    411, "bad_request", "Content-Length est obligatoire (pas de chunked)."
                ).reply()
            )
        raw = self.headers.get("Content-Length")
        if raw is None:
            return b""
        try:
            length = int(raw)
            if length < 0:
                raise ValueError(raw)
        except ValueError as exc:
            raise _Refused(
                ApiError(400, "bad_request", "Content-Length invalide.").reply()
            ) from exc
        if length > limit:
            raise _Refused(
                ApiError(
                    413,
                    "too_large",
                    "Requête trop volumineuse.",
                    details={"limit": limit, "size": length},
                ).reply()
            )
        return self.rfile.read(length) if length else b""

    # -- the wire -----------------------------------------------------------------------------

    def _send(self, reply: Reply, *, close: bool = False) -> None:
        if close:
            self.close_connection = True
        content_type = reply.content_type
        if reply.is_json or content_type == "application/json":
            content_type += "; charset=utf-8"
        lines = [
            f"{self.protocol_version} {reply.status} {_phrase(reply.status)}",
            f"Server: {self.server_version}",
            f"Date: {_http_date()}",
            f"Content-Type: {content_type}",
            f"Content-Length: {len(reply.body)}",
        ]
        lines += [f"{name}: {value}" for name, value in reply.headers.items()]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        try:
            self.wfile.write(head + reply.body)
        except OSError:  # the client went away
            self.close_connection = True
        log.debug("portal-sim %s %s -> %d", self.command, self.path, reply.status)

    def _reset(self) -> None:
        """Drop the connection with a TCP reset, without a response."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.rfile.close()
        self.connection.close()  # with linger 0, closing sends RST


_date_cache: tuple[int, str] = (0, "")


def _http_date() -> str:
    """The Date header, formatted once a second."""
    global _date_cache
    now = int(time.time())
    if _date_cache[0] != now:
        _date_cache = (now, email.utils.formatdate(now, usegmt=True))
    return _date_cache[1]


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Status"


def _flip(body: bytes) -> bytes:
    """The same length, a few bytes changed: only the SHA-256 check notices."""
    spoiled = bytearray(body)
    for position in {0, len(body) // 3, (2 * len(body)) // 3, len(body) - 1}:
        spoiled[position] ^= 0x5A
    return bytes(spoiled)
