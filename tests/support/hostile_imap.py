"""A small IMAP server that misbehaves on purpose, on loopback, in plain text.

It speaks enough IMAP for a reading (CAPABILITY, AUTHENTICATE PLAIN, LIST, CREATE, SELECT,
UID SEARCH/FETCH/STORE/MOVE, LOGOUT) over the messages it is given, and can:

- ``trickle``: send its greeting a byte at a time, slowly, for ever;
- ``silent``: never say anything;
- ``flood``: answer SELECT with an endless stream of lines;
- ``huge``: announce a message of a terabyte and send bytes until the client leaves;
- ``liar``: announce small sizes and send each message padded past the client's limit.
"""

from __future__ import annotations

import base64
import re
import socketserver
import threading
from typing import Any

CAPS = b"IMAP4rev1 AUTH=PLAIN MOVE UIDPLUS IDLE"


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def _send(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()

    def handle(self) -> None:
        fake = self.server.fake
        try:
            if fake.behaviour == "silent":
                while not fake.stopping.wait(0.1):
                    pass
                return
            if fake.behaviour == "trickle":
                for byte in b"* OK " + b"x" * 100000:
                    if fake.stopping.wait(0.2):
                        return
                    self._send(bytes([byte]))
                return
            self._send(b"* OK [CAPABILITY " + CAPS + b"] fake\r\n")
            while not fake.stopping.is_set():
                line = self.rfile.readline(65536)
                if not line:
                    return
                if not self._command(line.rstrip(b"\r\n")):
                    return
        except (BrokenPipeError, ConnectionResetError, OSError):
            return

    def _command(self, line: bytes) -> bool:
        fake = self.server.fake
        tag, _, rest = line.partition(b" ")
        name, _, args = rest.partition(b" ")
        name = name.upper()
        if name == b"UID":
            name, _, args = args.partition(b" ")
            name = b"UID " + name.upper()
        ok = tag + b" OK done\r\n"
        if name == b"CAPABILITY":
            self._send(b"* CAPABILITY " + CAPS + b"\r\n" + ok)
        elif name == b"AUTHENTICATE":
            self._send(b"+ \r\n")
            base64.b64decode(self.rfile.readline().strip() or b"")
            self._send(ok)
        elif name == b"LIST":
            folder = args.split(b" ", 1)[1]
            self._send(b'* LIST () "/" ' + folder + b"\r\n" + ok)
        elif name == b"CREATE":
            self._send(ok)
        elif name == b"SELECT":
            if fake.behaviour == "flood":
                while not fake.stopping.is_set():
                    self._send(b"* OK [ALERT] " + b"noise " * 100 + b"\r\n")
                return False
            self._send(b"* %d EXISTS\r\n" % len(fake.messages) + ok)
        elif name == b"UID SEARCH":
            uids = b" ".join(b"%d" % u for u in fake.messages if u not in fake.moved)
            self._send(b"* SEARCH " + uids + b"\r\n" + ok)
        elif name == b"UID FETCH":
            return self._fetch(tag, args)
        elif name == b"UID STORE":
            self._send(ok)
        elif name == b"UID MOVE":
            uid_text, _, folder = args.partition(b" ")
            for uid in _uids(uid_text):
                fake.moved[uid] = folder.strip(b'"').decode()
            self._send(ok)
        elif name == b"LOGOUT":
            self._send(b"* BYE\r\n" + ok)
            return False
        else:
            self._send(tag + b" BAD unknown\r\n")
        return True

    def _fetch(self, tag: bytes, args: bytes) -> bool:
        fake = self.server.fake
        uid_text, _, items = args.partition(b" ")
        for seq, uid in enumerate(_uids(uid_text), 1):
            raw = fake.messages.get(uid)
            if raw is None or uid in fake.moved:
                continue
            if b"RFC822.SIZE" in items:
                head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
                size = fake.announced.get(uid, len(raw))
                self._send(
                    b"* %d FETCH (UID %d RFC822.SIZE %d INTERNALDATE "
                    b'"07-Dec-2026 10:00:00 +0000" BODY[HEADER.FIELDS (MESSAGE-ID SUBJECT FROM)]'
                    b" {%d}\r\n" % (seq, uid, size, len(head)) + head + b")\r\n"
                )
            elif fake.behaviour == "huge":
                self._send(b"* %d FETCH (UID %d BODY[] {1000000000000}\r\n" % (seq, uid))
                chunk = b"x" * 65536
                while not fake.stopping.is_set():
                    self._send(chunk)
                return False
            else:
                body = raw + b" " * fake.padding
                self._send(b"* %d FETCH (UID %d BODY[] {%d}\r\n" % (seq, uid, len(body)))
                self._send(body + b")\r\n")
        self._send(tag + b" OK done\r\n")
        return True


def _uids(text: bytes) -> list[int]:
    found: list[int] = []
    for part in text.split(b","):
        a, _, b = part.partition(b":")
        if b:
            found.extend(range(int(a), int(b) + 1))
        elif re.fullmatch(rb"\d+", a):
            found.append(int(a))
    return found


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: HostileImap


class HostileImap:
    def __init__(
        self,
        behaviour: str = "",
        messages: dict[int, bytes] | None = None,
        *,
        announced: dict[int, int] | None = None,
        padding: int = 0,
    ) -> None:
        self.behaviour = behaviour
        self.messages = messages or {}
        self.announced = announced or {}
        self.padding = padding
        self.moved: dict[int, str] = {}
        self.stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> HostileImap:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=30)
