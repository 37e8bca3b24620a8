"""The IMAP client, bounded in time and in memory against any server.

Built on the standard library's :mod:`imaplib`, whose commands and response parsing it keeps,
with its own reading underneath:

- **Time.** Every command has a deadline: a base (:attr:`Limits.command_seconds`) plus the
  time the bytes it expects take at a slow but honest rate (:attr:`Limits.min_rate`). The
  socket is read in steps of a quarter second at most, the deadline and the caller's
  ``cancelled`` flag checked between them: a server that trickles a byte now and then, or
  stops answering, ends the command at its deadline, and a cancel is heard within a quarter
  second. Connecting and the TLS handshake have their own deadline.
- **Memory.** A line is read up to 1 MB (as imaplib does); a literal (a message's bytes)
  larger than :attr:`Limits.max_message` is never kept: it is read and thrown away within the
  deadline, and the caller gets :data:`TOO_BIG` in its place (the message goes to the error
  folder). Each command may read :attr:`Limits.max_answer` bytes beyond what it expects; a
  server that sends more is cut off.
- **TLS.** ``tls`` (IMAPS) or ``starttls``, certificates always verified (against the
  system's authorities, or an office's own bundle), TLS 1.2 at least; ``none`` only to a
  loopback host. STARTTLS that the server does not offer is refused, never skipped.

Failures are :class:`MailboxError` (a :class:`~app.errors.UserError`) saying in words what is
wrong: host not found, connection refused, no answer, certificate expired or not trusted or
for another host, login refused, folder missing, connection lost.
"""

from __future__ import annotations

import errno
import imaplib
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.errors import UserError
from app.mailbox import utf7

TLS, STARTTLS, NONE = "tls", "starttls", "none"
SECURITIES = (TLS, STARTTLS, NONE)
DEFAULT_PORTS = {TLS: 993, STARTTLS: 143, NONE: 143}

TICK = 0.25  # longest single wait on the socket: how soon a cancel or a deadline is heard
MAX_LINE = 1_000_000
TOO_BIG = b"\x00bo:too-big\x00"  # stands for a literal past the size limit, never kept


class MailboxError(UserError):
    """Something went wrong with a mailbox's server, said in the user's language."""


class Cancelled(Exception):
    """The reading was asked to stop (the desk closing, the user)."""


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    security: str = TLS
    ca_bundle: str | None = None


@dataclass(frozen=True)
class Limits:
    connect_seconds: float = 20.0
    command_seconds: float = 60.0
    min_rate: int = 32 * 1024  # bytes a second an honest server keeps up at the least
    max_message: int = 50 * 1024 * 1024
    max_answer: int = 8 * 1024 * 1024

    def seconds_for(self, expected: int) -> float:
        return self.command_seconds + expected / self.min_rate


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_endpoint(endpoint: Endpoint) -> None:
    """Refuse what must never be used: an unknown security, plain IMAP beyond loopback."""
    if endpoint.security not in SECURITIES:
        raise MailboxError("mailbox_bad_security", value=endpoint.security)
    if endpoint.security == NONE and not is_loopback(endpoint.host):
        raise MailboxError("mailbox_insecure", host=endpoint.host)
    if not 0 < endpoint.port < 65536:
        raise MailboxError("mailbox_bad_port", value=endpoint.port)


def quote(text: str) -> str:
    """``text`` as an IMAP quoted string (folder names, logins)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def folder_arg(name: str) -> str:
    return quote(utf7.encode(name))


def uid_set(uids: Iterable[int]) -> str:
    """``1:4,7,9:12``: a UID set as short as the UIDs allow."""
    ordered = sorted(set(uids))
    parts: list[str] = []
    start = prev = None
    for uid in ordered:
        if start is None:
            start = prev = uid
        elif uid == prev + 1:  # type: ignore[operator]
            prev = uid
        else:
            parts.append(f"{start}:{prev}" if start != prev else str(start))
            start = prev = uid
    if start is not None:
        parts.append(f"{start}:{prev}" if start != prev else str(start))
    return ",".join(parts)


class _Deadline(Exception):
    pass


class _TooMuch(Exception):
    pass


class _Closed(Exception):
    pass


def tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    try:
        context = ssl.create_default_context(cafile=ca_bundle or None)
    except (OSError, ssl.SSLError) as exc:
        raise MailboxError("mailbox_bad_ca_bundle", path=ca_bundle or "", detail=str(exc)) from exc
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class Connection(imaplib.IMAP4):
    """One IMAP session. Not thread-safe: one per reading."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        limits: Limits | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        check_endpoint(endpoint)
        self.endpoint = endpoint
        self.limits = limits or Limits()
        self._cancelled = cancelled
        self._buffer = bytearray()
        self._deadline = time.monotonic() + self.limits.connect_seconds
        self._allowance = self.limits.max_answer
        self._armed: tuple[float, int] | None = None
        self.bytes_read = 0
        super().__init__(endpoint.host, endpoint.port, timeout=self.limits.connect_seconds)

    # -- the bounded transport under imaplib ------------------------------------------------

    def _create_socket(self, timeout: float | None) -> socket.socket:
        return socket.create_connection((self.endpoint.host, self.endpoint.port), timeout)

    def open(self, host: str = "", port: int = 0, timeout: float | None = None) -> None:
        self.host, self.port = host, port
        self.sock = self._create_socket(timeout)
        self.file = None  # type: ignore[assignment]  # reading is ours, not a file's
        if self.endpoint.security == TLS:
            try:
                self.sock = self._wrap(self.sock)
            except BaseException:
                self.sock.close()
                raise

    def _wrap(self, sock: socket.socket) -> ssl.SSLSocket:
        context = tls_context(self.endpoint.ca_bundle)
        # The handshake as a whole within the deadline (Python counts it across its reads).
        sock.settimeout(max(0.01, self._deadline - time.monotonic()))
        return context.wrap_socket(sock, server_hostname=self.endpoint.host)

    def arm(self, seconds: float, allowance: int) -> None:
        """The next command's deadline and how many bytes its answer may bring."""
        self._armed = (seconds, allowance)

    def _command(self, name: str, *args: Any) -> bytes:
        seconds, allowance = self._armed or (
            self.limits.command_seconds,
            self.limits.max_answer,
        )
        self._armed = None
        self._deadline = time.monotonic() + seconds
        self._allowance = allowance
        # Answers left from before (unsolicited EXISTS, FLAGS...) are not kept growing.
        self.untagged_responses = {}
        return super()._command(name, *args)  # type: ignore[no-any-return]

    def _recv(self) -> bytes:
        while True:
            if self._cancelled():
                raise Cancelled
            left = self._deadline - time.monotonic()
            if left <= 0:
                raise _Deadline
            self.sock.settimeout(min(left, TICK))
            try:
                data = self.sock.recv(65536)
            except (TimeoutError, ssl.SSLWantReadError):
                continue
            if not data:
                raise _Closed
            self.bytes_read += len(data)
            self._allowance -= len(data)
            if self._allowance < 0:
                raise _TooMuch
            return data

    def readline(self) -> bytes:
        while True:
            end = self._buffer.find(b"\n")
            if end != -1:
                line = bytes(self._buffer[: end + 1])
                del self._buffer[: end + 1]
                return line
            if len(self._buffer) > MAX_LINE:
                raise _TooMuch
            self._buffer += self._recv()

    def read(self, size: int) -> bytes:
        if size > self.limits.max_message:
            self._drain(size)
            return TOO_BIG
        while len(self._buffer) < size:
            self._buffer += self._recv()
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def _drain(self, size: int) -> None:
        """Read ``size`` bytes and keep none (a literal too big to take)."""
        self._allowance += size  # announced: what it may bring is its own size
        left = size
        while left > 0:
            if not self._buffer:
                self._buffer += self._recv()
            taken = min(left, len(self._buffer))
            del self._buffer[:taken]
            left -= taken

    def send(self, data: bytes) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise _Deadline
        self.sock.settimeout(left)
        self.sock.sendall(data)

    def shutdown(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass

    # -- commands ---------------------------------------------------------------------------

    def starttls_checked(self) -> None:
        if "STARTTLS" not in self.capabilities:
            raise MailboxError("mailbox_no_starttls", host=self.endpoint.host)
        typ, dat = self._simple_command("STARTTLS")
        if typ != "OK":
            raise MailboxError("mailbox_no_starttls", host=self.endpoint.host)
        if self._buffer:  # bytes sent before the handshake are not to be trusted after it
            raise MailboxError("mailbox_protocol", detail="data before TLS")
        self._deadline = time.monotonic() + self.limits.connect_seconds
        self.sock = self._wrap(self.sock)
        self._get_capabilities()

    def authenticate_plain(self, login: str, password: str) -> None:
        if "AUTH=PLAIN" in self.capabilities:
            secret = f"\0{login}\0{password}".encode()
            self.authenticate("PLAIN", lambda _challenge: secret)
        else:
            if not (login.isascii() and password.isascii()):
                raise MailboxError("mailbox_login_not_ascii")
            typ, dat = self._simple_command("LOGIN", quote(login), quote(password))
            if typ != "OK":
                raise self.error(dat[-1].decode("utf-8", "replace") if dat else "LOGIN")
            self.state = "AUTH"
        self._get_capabilities()

    def folder_exists(self, name: str) -> bool:
        typ, data = self._simple_command("LIST", '""', folder_arg(name))
        self._check(typ, data)
        _, data = self._untagged_response(typ, data, "LIST")
        return any(item for item in data if item)

    def create_folder(self, name: str) -> None:
        typ, data = self._simple_command("CREATE", folder_arg(name))
        if typ != "OK" and not self.folder_exists(name):
            raise MailboxError("mailbox_cannot_create_folder", folder=name, detail=_said(data))

    def open_folder(self, name: str) -> int:
        """Select ``name`` for reading and moving; how many messages it holds."""
        typ, data = self._simple_command("SELECT", folder_arg(name))
        if typ != "OK":
            self.state = "AUTH"
            raise MailboxError("mailbox_folder_missing", folder=name, detail=_said(data))
        self.state = "SELECTED"
        exists = self.untagged_responses.get("EXISTS", [b"0"])[-1]
        try:
            return int(exists)
        except (TypeError, ValueError):
            return 0

    def search_uids(self) -> list[int]:
        typ, data = self.uid("SEARCH", "UNDELETED")
        self._check(typ, data)
        uids: list[int] = []
        for line in data:
            if isinstance(line, bytes):
                uids.extend(int(x) for x in line.split() if x.isdigit())
        return sorted(set(uids))

    def overview(self, uids: list[int]) -> dict[int, Overview]:
        """Size, arrival, Message-ID, subject and sender headers of each of ``uids`` still
        there."""
        if not uids:
            return {}
        self.arm(
            self.limits.seconds_for(1024 * len(uids)), self.limits.max_answer + 8192 * len(uids)
        )
        typ, data = self.uid(
            "FETCH",
            uid_set(uids),
            "(UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID SUBJECT FROM)])",
        )
        self._check(typ, data)
        found: dict[int, Overview] = {}
        for item in parse_fetch(data):
            uid, size = item.get("UID"), item.get("RFC822.SIZE")
            if not isinstance(uid, int) or not isinstance(size, int):
                continue
            header = next((v for k, v in item.items() if k.startswith("BODY[HEADER")), b"")
            found[uid] = Overview(
                uid,
                size,
                _internal_date(item.get("INTERNALDATE")),
                header if isinstance(header, bytes) else b"",
            )
        return found

    def fetch_raw(self, uids: list[int], expected: int) -> Iterator[tuple[int, bytes]]:
        """The whole message of each of ``uids`` (``TOO_BIG`` for one past the limit)."""
        if not uids:
            return
        self.arm(self.limits.seconds_for(expected), self.limits.max_answer + expected)
        typ, data = self.uid("FETCH", uid_set(uids), "(UID BODY.PEEK[])")
        self._check(typ, data)
        for item in parse_fetch(data):
            uid, raw = item.get("UID"), item.get("BODY[]")
            if isinstance(uid, int) and isinstance(raw, bytes):
                yield uid, raw

    def move(self, uids: list[int], folder: str) -> None:
        if not uids:
            return
        if "MOVE" in self.capabilities:
            typ, data = self.uid("MOVE", uid_set(uids), folder_arg(folder))
            self._check(typ, data)
            return
        typ, data = self.uid("COPY", uid_set(uids), folder_arg(folder))
        self._check(typ, data)
        typ, data = self.uid("STORE", uid_set(uids), "+FLAGS.SILENT", r"(\Deleted)")
        self._check(typ, data)
        if "UIDPLUS" in self.capabilities:
            typ, data = self.uid("EXPUNGE", uid_set(uids))
        else:
            typ, data = self._simple_command("EXPUNGE")
        self._check(typ, data)

    def add_keyword(self, uids: list[int], keyword: str) -> bool:
        """Mark ``uids`` with ``keyword`` (the reason a message was refused), if the server
        keeps keywords; whether it did."""
        if not uids:
            return True
        typ, _ = self.uid("STORE", uid_set(uids), "+FLAGS.SILENT", f"({keyword})")
        return typ == "OK"

    def wait_for_news(self, seconds: float) -> bool:
        """IDLE for up to ``seconds``: whether new mail came (False at once without IDLE)."""
        if "IDLE" not in self.capabilities:
            return False
        tag = self._new_tag()
        self._deadline = time.monotonic() + self.limits.command_seconds
        self._allowance = self.limits.max_answer
        self.send(tag + b" IDLE\r\n")
        while True:
            line = self.readline()
            if line.startswith(b"+"):
                break
            if line.startswith(tag):
                self.tagged_commands.pop(tag, None)
                return False  # refused: as if the server had no IDLE
        news = False
        self._deadline = time.monotonic() + seconds
        try:
            while not news:
                self._allowance = self.limits.max_answer
                line = self.readline()
                news = bool(re.match(rb"\* \d+ (EXISTS|RECENT)", line))
        except _Deadline:
            pass
        self._deadline = time.monotonic() + self.limits.command_seconds
        self.send(b"DONE\r\n")
        while not self.readline().startswith(tag):
            pass
        self.tagged_commands.pop(tag, None)
        return news

    def _check(self, typ: str, data: list[Any]) -> None:
        if typ == "OK":
            return
        said = _said(data)
        # Another session (a second desk) expunged some of them: what is left was done.
        if typ == "NO" and "EXPUNGEISSUED" in said.upper():
            return
        raise MailboxError("mailbox_server_said", detail=said)


@dataclass(frozen=True)
class Overview:
    uid: int
    size: int
    arrived: datetime | None
    headers: bytes  # Message-ID, Subject and From as written


def _said(data: list[Any] | None) -> str:
    for item in reversed(data or []):
        if isinstance(item, bytes):
            return item.decode("utf-8", "replace")[:300]
    return ""


def _internal_date(value: object) -> datetime | None:
    if not isinstance(value, bytes | str):
        return None
    text = value.decode("ascii", "replace") if isinstance(value, bytes) else value
    try:
        return datetime.strptime(text.strip(), "%d-%b-%Y %H:%M:%S %z").astimezone(UTC)
    except ValueError:
        return None


# -- a FETCH answer, as imaplib hands it: text parts and (text, literal) pairs ---------------

_TOKEN = re.compile(rb'\s*(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|([^\s()"\[]+(?:\[[^\]]*\][^\s()"]*)?))')


def parse_fetch(data: list[Any]) -> list[dict[str, Any]]:
    """Each message's items (``UID`` and sizes as ints, literals as bytes, the rest as bytes);
    unsolicited FETCH answers (flags changed) come out too, without the items asked for."""
    messages: list[dict[str, Any]] = []
    current: list[Any] = []  # the text pieces and literals of one message's answer
    for piece in data:
        if isinstance(piece, tuple):
            current.append(piece[0])
            current.append(_Literal(piece[1]))
            continue
        if not isinstance(piece, bytes):
            continue
        current.append(piece)
        if _balanced(current):
            messages.append(_items(current))
            current = []
    if current:
        messages.append(_items(current))
    return [m for m in messages if m]


class _Literal:
    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


def _balanced(pieces: list[Any]) -> bool:
    depth = 0
    for piece in pieces:
        if isinstance(piece, _Literal):
            continue
        text = re.sub(rb'"(?:[^"\\]|\\.)*"', b"", piece)
        text = re.sub(rb"\{\d+\}\s*$", b"", text)
        depth += text.count(b"(") - text.count(b")")
    return depth <= 0


def _items(pieces: list[Any]) -> dict[str, Any]:
    tokens: list[Any] = []
    for piece in pieces:
        if isinstance(piece, _Literal):
            tokens.append(piece)
            continue
        text = re.sub(rb"\{\d+\}\s*$", b"", piece)
        pos = 0
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            if match is None or match.end() == pos:
                break
            pos = match.end()
            if match.group(1):
                tokens.append("(")
            elif match.group(2):
                tokens.append(")")
            elif match.group(3) is not None:
                tokens.append(match.group(3))
            elif match.group(4):
                tokens.append(match.group(4))
    # "SEQ ( NAME VALUE NAME VALUE ... )"; values may be lists (FLAGS), kept as bytes
    try:
        start = tokens.index("(")
    except ValueError:
        return {}
    items: dict[str, Any] = {}
    i = start + 1
    while i < len(tokens) and tokens[i] != ")":
        name = tokens[i]
        if not isinstance(name, bytes):
            break
        key = name.decode("ascii", "replace").upper().replace(".PEEK", "")
        i += 1
        if i >= len(tokens):
            break
        value = tokens[i]
        if value == "(":
            depth, j = 1, i + 1
            while j < len(tokens) and depth:
                depth += 1 if tokens[j] == "(" else -1 if tokens[j] == ")" else 0
                j += 1
            items[key] = b" ".join(t for t in tokens[i + 1 : j - 1] if isinstance(t, bytes))
            i = j
            continue
        if isinstance(value, _Literal):
            items[key] = value.data
        elif key in ("UID", "RFC822.SIZE") and value.isdigit():
            items[key] = int(value)
        else:
            items[key] = b"" if value.upper() == b"NIL" else value
        i += 1
    return items


# -- connecting, with failures said in words ---------------------------------------------------


def connect(
    endpoint: Endpoint,
    login: str,
    password: str,
    *,
    limits: Limits | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Connection:
    """A session, logged in; or a :class:`MailboxError` that says what went wrong."""
    try:
        conn = Connection(endpoint, limits=limits, cancelled=cancelled)
    except MailboxError:
        raise
    except Cancelled:
        raise
    except Exception as exc:
        raise explain(exc, endpoint) from exc
    try:
        if endpoint.security == STARTTLS:
            conn.starttls_checked()
        conn.authenticate_plain(login, password)
    except imaplib.IMAP4.error as exc:
        conn.shutdown()
        if isinstance(exc, imaplib.IMAP4.abort):
            raise explain(exc, endpoint) from exc
        raise MailboxError("mailbox_login_refused", login=login) from exc
    except (MailboxError, Cancelled):
        conn.shutdown()
        raise
    except Exception as exc:
        conn.shutdown()
        raise explain(exc, endpoint) from exc
    return conn


def explain(exc: BaseException, endpoint: Endpoint) -> MailboxError:
    """What a failure of the connection means, in words."""
    host, port = endpoint.host, endpoint.port
    if isinstance(exc, MailboxError):
        return exc
    if isinstance(exc, socket.gaierror):
        return MailboxError("mailbox_host_not_found", host=host)
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = getattr(exc, "verify_code", None)
        detail = getattr(exc, "verify_message", "") or str(exc)
        if code == 10:  # X509_V_ERR_CERT_HAS_EXPIRED
            return MailboxError("mailbox_certificate_expired", host=host)
        if code == 62 or "hostname" in detail.lower() or "ip address" in detail.lower():
            return MailboxError("mailbox_certificate_wrong_host", host=host)
        return MailboxError("mailbox_certificate_untrusted", host=host, detail=detail)
    if isinstance(exc, ssl.SSLError):
        return MailboxError("mailbox_tls_failed", host=host, detail=str(exc)[:300])
    if isinstance(exc, ConnectionRefusedError):
        return MailboxError("mailbox_connection_refused", host=host, port=port)
    if isinstance(exc, _Deadline | TimeoutError):
        return MailboxError("mailbox_timeout", host=host, port=port)
    if isinstance(exc, _TooMuch):
        return MailboxError("mailbox_answer_too_big", host=host)
    if isinstance(exc, _Closed | ConnectionResetError | BrokenPipeError | imaplib.IMAP4.abort):
        return MailboxError("mailbox_connection_lost", host=host)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return MailboxError("mailbox_unreachable", host=host, port=port)
        return MailboxError("mailbox_connection_lost", host=host)
    if isinstance(exc, imaplib.IMAP4.error):
        return MailboxError("mailbox_server_said", detail=str(exc)[:300])
    raise exc
