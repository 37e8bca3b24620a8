"""A hostile portal on loopback: the contract's few calls a sync makes, answered badly on purpose.

Independent of the simulator (``app.portal.sim``), and deliberately small: a raw HTTP/1.1 server
(one thread per connection, ``Connection: close``) so that every byte it sends is under the
test's control and counted. It serves good deposits with real files, and, where the test asks,
misbehaves:

- :class:`Trickle` — a byte every ``interval`` seconds, in the headers or the body, for ever;
- :class:`Huge` — a JSON body of ``size`` bytes (announced or chunked), generated as it is sent;
- :class:`Redirect` — a 3xx to another origin (a :class:`Recorder` there notes what reaches it);
- :class:`Status` — an error status (a file that answers 404);
- :class:`Oversize` — a file longer than its deposit declares;
- ``stuck_cursor`` — a feed that always says "more" under the cursor it was given.

What happened is counted for the assertions: requests per path, bytes sent per path, and
answers the client cut before their end (``cut``).
"""

from __future__ import annotations

import hashlib
import json
import socketserver
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

MIB = 1024 * 1024
FILLER = b" " * MIB


@dataclass(frozen=True)
class Trickle:
    """One byte every ``interval`` seconds, for ever (``where``: "headers" or "body")."""

    interval: float = 0.05
    where: str = "body"


@dataclass(frozen=True)
class Huge:
    """A 200 whose JSON body is ``size`` bytes long (``declared``: with a Content-Length)."""

    size: int
    declared: bool = True


@dataclass(frozen=True)
class Redirect:
    location: str
    status: int = 307


@dataclass(frozen=True)
class Status:
    status: int
    error: str = "not_found"


@dataclass(frozen=True)
class Oversize:
    """The file's bytes, then filler up to ``total`` bytes (its deposit declares fewer)."""

    total: int


Behaviour = Trickle | Huge | Redirect | Status | Oversize


@dataclass
class ServedFile:
    data: bytes
    behaviour: Behaviour | None = None


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: Counter[str] = field(default_factory=Counter)
    sent: Counter[str] = field(default_factory=Counter)
    cut: Counter[str] = field(default_factory=Counter)
    acks: dict[str, Any] = field(default_factory=dict)
    seen: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)


class _Conn:
    """One answer being written, counted under ``path``."""

    def __init__(self, handler: socketserver.StreamRequestHandler, state: _State, path: str):
        self._wfile, self._state, self._path = handler.wfile, state, path

    def send(self, data: bytes) -> bool:
        try:
            self._wfile.write(data)
        except OSError:
            with self._state.lock:
                self._state.cut[self._path] += 1
            return False
        with self._state.lock:
            self._state.sent[self._path] += len(data)
        return True

    def head(self, status: int, headers: dict[str, str]) -> bool:
        lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
        lines.append("Connection: close")
        return self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        line = self.rfile.readline(65537)
        if not line:
            return
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while True:
            raw = self.rfile.readline(65537)
            if raw in (b"\r\n", b"\n", b""):
                break
            name, _, value = raw.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        body = self.rfile.read(int(headers.get("content-length") or 0))
        self.server.owner.answer(self, method, target, headers, body)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: Any


class _Base:
    def __init__(self) -> None:
        self.state = _State()
        self.stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def answer(
        self,
        handler: socketserver.StreamRequestHandler,
        method: str,
        target: str,
        headers: dict[str, str],
        body: bytes,
    ) -> None:
        raise NotImplementedError

    @contextmanager
    def running(self) -> Iterator[Any]:
        thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.stopping.set()
            self._server.shutdown()
            self._server.server_close()


class Recorder(_Base):
    """Another origin: notes every request that reaches it, answers 200 ``{}``."""

    def answer(self, handler, method, target, headers, body):  # type: ignore[no-untyped-def]
        with self.state.lock:
            self.state.seen.append((method, target, headers, body))
        conn = _Conn(handler, self.state, urlsplit(target).path)
        if conn.head(200, {"Content-Type": "application/json", "Content-Length": "2"}):
            conn.send(b"{}")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class HostilePortal(_Base):
    """Good deposits and traps; ``routes`` maps a path to how it misbehaves."""

    def __init__(self, *, page_size_cap: int = 1000) -> None:
        super().__init__()
        self.deposits: list[dict[str, Any]] = []
        self.files: dict[str, ServedFile] = {}
        self.routes: dict[str, Behaviour] = {}
        self.stuck_cursor = False
        self.remaining: int | None = None  # what the feed says is left (None: the truth)
        self._page_size_cap = page_size_cap

    # -- what it serves ------------------------------------------------------------------

    def add_deposit(
        self,
        files: list[bytes],
        *,
        behaviour: Behaviour | None = None,
        declared: int | None = None,
        subject: str = "Demande d'attestation de travail",
        depositor: str = "Khadija Benali",
    ) -> str:
        """A deposit with ``files`` (PDFs); ``behaviour`` applies to its first file, whose
        declared size is ``declared`` if given. Its id."""
        number = len(self.deposits) + 1
        deposit_id = f"HOST-{number:05d}"
        refs = []
        for index, data in enumerate(files):
            file_id = f"{deposit_id}-F{index}"
            self.files[file_id] = ServedFile(data, behaviour if index == 0 else None)
            size = declared if declared is not None and index == 0 else len(data)
            refs.append(
                {
                    "id": file_id,
                    "name": f"piece-{index + 1}.pdf",
                    "size": size,
                    "content_type": "application/pdf",
                    "sha256": sha256(data),
                    "url": f"/v1/files/{file_id}",
                }
            )
        self.deposits.append(
            {
                "id": deposit_id,
                "deposited_at": f"2026-11-2{number % 8}T09:{number % 60:02d}:00+01:00",
                "depositor": {
                    "kind": "citizen",
                    "name": depositor,
                    "identifier_type": "cin",
                    "identifier": f"AB{100000 + number}",
                },
                "subject": f"{subject} n° {number}",
                "files": refs,
            }
        )
        return deposit_id

    # -- what it saw ---------------------------------------------------------------------

    def requests(self, path: str) -> int:
        with self.state.lock:
            return self.state.requests[path]

    def sent(self, path: str) -> int:
        with self.state.lock:
            return self.state.sent[path]

    def cut(self, path: str) -> int:
        with self.state.lock:
            return self.state.cut[path]

    def acknowledged(self) -> set[str]:
        with self.state.lock:
            return set(self.state.acks)

    # -- answering -----------------------------------------------------------------------

    def answer(self, handler, method, target, headers, body):  # type: ignore[no-untyped-def]
        parts = urlsplit(target)
        path = parts.path
        with self.state.lock:
            self.state.requests[path] += 1
            self.state.seen.append((method, target, headers, body))
        conn = _Conn(handler, self.state, path)
        behaviour = self.routes.get(path)
        if behaviour is not None:
            self._misbehave(conn, behaviour, b"")
            return
        if path == "/v1/oauth/token":
            self._json(
                conn,
                200,
                {
                    "access_token": "t0k",
                    "token_type": "Bearer",
                    "expires_in": 3600,
                    "office_code": "HOSTILE",
                },
            )
        elif path == "/v1/offices":
            self._json(
                conn,
                200,
                {"offices": [{"code": "MEF-RABAT", "name_fr": "Économie", "name_ar": "الاقتصاد"}]},
            )
        elif path == "/v1/deposits":
            self._feed(conn, parse_qs(parts.query))
        elif path.startswith("/v1/deposits/") and path.endswith("/acknowledgement"):
            deposit_id = path.split("/")[3]
            payload = json.loads(body or b"{}")
            with self.state.lock:
                self.state.acks.setdefault(deposit_id, payload)
            self._json(
                conn,
                200,
                {
                    "receipt_id": f"R-{deposit_id}",
                    "deposit_id": deposit_id,
                    "registry_number": payload.get("registry_number"),
                    "registered_at": payload.get("registered_at"),
                    "issued_at": "2026-11-23T10:00:00+00:00",
                },
            )
        elif path.startswith("/v1/deposits/") and path.endswith("/status"):
            self._json(conn, 200, {"ok": True})
        elif path.startswith("/v1/deposits/"):
            found = next((d for d in self.deposits if d["id"] == path.split("/")[3]), None)
            if found is None:
                self._json(conn, 404, {"error": "not_found", "message": "no such deposit"})
            else:
                self._json(conn, 200, found)
        elif path.startswith("/v1/files/"):
            self._file(conn, path.split("/")[3], headers.get("range"))
        else:
            self._json(conn, 404, {"error": "not_found", "message": path})

    def _json(self, conn: _Conn, status: int, obj: Any) -> None:
        data = json.dumps(obj, ensure_ascii=False).encode()
        if conn.head(
            status, {"Content-Type": "application/json", "Content-Length": str(len(data))}
        ):
            conn.send(data)

    def _feed(self, conn: _Conn, query: dict[str, list[str]]) -> None:
        cursor = (query.get("cursor") or ["c0"])[0]
        limit = min(int((query.get("limit") or ["100"])[0]), self._page_size_cap)
        start = int(cursor[1:]) if cursor.startswith("c") and cursor[1:].isdigit() else 0
        page = self.deposits[start : start + limit]
        end = start + len(page)
        if self.stuck_cursor:
            page = self.deposits[:limit]
            next_cursor, more = cursor, True
        else:
            next_cursor, more = f"c{end}", end < len(self.deposits)
        remaining = self.remaining if self.remaining is not None else len(self.deposits) - end
        self._json(
            conn,
            200,
            {
                "deposits": page,
                "next_cursor": next_cursor,
                "has_more": more,
                "remaining": remaining,
            },
        )

    def _file(self, conn: _Conn, file_id: str, wanted: str | None) -> None:
        served = self.files.get(file_id)
        if served is None:
            self._json(conn, 404, {"error": "not_found", "message": file_id})
            return
        if served.behaviour is not None:
            self._misbehave(conn, served.behaviour, served.data)
            return
        start = int(wanted.split("=")[1].split("-")[0]) if wanted else 0
        data = served.data[start:]
        head = {"Content-Type": "application/pdf", "Content-Length": str(len(data))}
        status = 200
        if start:
            status = 206
            head["Content-Range"] = f"bytes {start}-{len(served.data) - 1}/{len(served.data)}"
        if conn.head(status, head):
            conn.send(data)

    def _misbehave(self, conn: _Conn, behaviour: Behaviour, data: bytes) -> None:
        if isinstance(behaviour, Trickle):
            self._trickle(conn, behaviour)
        elif isinstance(behaviour, Huge):
            self._huge(conn, behaviour)
        elif isinstance(behaviour, Redirect):
            conn.head(behaviour.status, {"Location": behaviour.location, "Content-Length": "0"})
        elif isinstance(behaviour, Status):
            self._json(conn, behaviour.status, {"error": behaviour.error, "message": "gone"})
        elif isinstance(behaviour, Oversize):
            if conn.head(
                200, {"Content-Type": "application/pdf", "Content-Length": str(behaviour.total)}
            ) and conn.send(data):
                self._fill(conn, behaviour.total - len(data))

    def _trickle(self, conn: _Conn, trickle: Trickle) -> None:
        if trickle.where == "headers":
            if not conn.send(b"HTTP/1.1 200 OK\r\nX-Slow: "):
                return
        elif not conn.head(200, {"Content-Type": "application/json", "Content-Length": str(MIB)}):
            return
        while not self.stopping.wait(trickle.interval):
            if not conn.send(b"a" if trickle.where == "headers" else b" "):
                return

    def _fill(self, conn: _Conn, size: int) -> bool:
        while size > 0:
            chunk = FILLER[: min(len(FILLER), size)]
            if self.stopping.is_set() or not conn.send(chunk):
                return False
            size -= len(chunk)
        return True

    def _huge(self, conn: _Conn, huge: Huge) -> None:
        opening = b'{"deposits": [], "next_cursor": "c0", "has_more": false, "x": "'
        closing = b'"}'
        if huge.declared:
            if conn.head(
                200, {"Content-Type": "application/json", "Content-Length": str(huge.size)}
            ) and conn.send(opening):
                if self._fill(conn, huge.size - len(opening) - len(closing)):
                    conn.send(closing)
            return
        if not conn.head(200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}):
            return
        left = huge.size
        while left > 0 and not self.stopping.is_set():
            chunk = FILLER[: min(len(FILLER), left)]
            if not conn.send(b"%x\r\n" % len(chunk) + chunk + b"\r\n"):
                return
            left -= len(chunk)
        conn.send(b"0\r\n\r\n")
