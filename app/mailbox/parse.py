"""Reading a message: its sender, subject, date, text and attachments, checked as the office
checks anything typed.

What comes from a message is text someone else wrote, so it passes the entry rules
(:mod:`app.domain.entry`) on the way in, never refused for them (the sender is not there to
retype it): control characters and bidi controls removed, white space folded, each field cut
to its limit; attachments' names made harmless (:func:`app.domain.entry.file_name`). The
body is kept as plain text (an HTML-only message through :mod:`app.mailbox.html_text`,
nothing loaded).

A message that cannot be read at all raises :class:`Unreadable` with the reason (not a
message, too many parts, nested too deep, a parser failure): it goes to the error folder.
A merely malformed one (a missing boundary, a bad charset, a broken header) is read as well
as it can be, its defects noted; the .eml kept with it holds every byte either way.

Two keys recognise a message already taken: ``message_key``, the SHA-256 of its Message-ID,
and ``content_key``, the SHA-256 of its sender, recipients, date, subject and body bytes (the
same letter delivered twice by different routes differs only in its trace headers).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import mimetypes
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from app.documents.inspect import PDF, sniff
from app.domain import entry
from app.mailbox import html_text

MAX_PARTS = 500
MAX_DEPTH = 20
MAX_BODY_CHARS = 200_000
MAX_MESSAGE_ID = 1000

PDF_KIND, IMAGE_KIND, OTHER_KIND = "pdf", "image", "other"


class Unreadable(Exception):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Part:
    """An attachment: its name as kept, its declared type, its bytes and what they are."""

    index: int
    name: str
    content_type: str
    data: bytes = field(repr=False)
    kind: str

    @property
    def size(self) -> int:
        return len(self.data)

    def summary(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "name": self.name,
            "type": self.content_type,
            "size": self.size,
            "kind": self.kind,
            "mime": sniff(self.data),  # what the bytes are, when the office can show them
        }


@dataclass(frozen=True)
class Parsed:
    message_id: str | None
    message_key: str | None
    content_key: str
    from_name: str | None
    from_address: str | None
    subject: str
    sent_at: datetime | None
    body: str
    html_only: bool
    attachments: tuple[Part, ...]
    defects: tuple[str, ...]


# -- text from the message, under the entry rules ----------------------------------------------

_NONCHARACTERS = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")
_BODY_REMOVED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff"
    "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)


def clean_line(value: str | None, field_name: str) -> str | None:
    """One line of text from a message, as a field of the office keeps it (cut to its limit)."""
    if not value:
        return None
    text = _NONCHARACTERS.sub("", entry.without_controls(value))
    text = entry.sanitise(text, field_name)
    if not text:
        return None
    limit = entry.LIMITS[field_name]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean_body(text: str) -> str:
    """A body as shown: lines kept, invisible and control characters (tab aside) removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BODY_REMOVED.sub("", unicodedata.normalize("NFC", text))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{4,}", "\n\n\n", text).strip("\n")
    return text if len(text) <= MAX_BODY_CHARS else text[: MAX_BODY_CHARS - 1] + "…"


# -- headers --------------------------------------------------------------------------------


def _header(msg: Message, name: str) -> str:
    """A header's decoded value; a header the parser cannot make sense of, as raw text."""
    try:
        value = msg.get(name)
        return "" if value is None else str(value)
    except Exception:
        raw = msg.get_all(name, failobj=[]) if hasattr(msg, "get_all") else []
        try:
            return str(raw[0]) if raw else ""
        except Exception:
            return ""


def raw_header(head: bytes, name: bytes) -> bytes:
    """A header's raw bytes from the head of the message, unfolded (the keys hash these)."""
    match = re.search(rb"(?im)^" + re.escape(name) + rb"[ \t]*:(.*(?:\r?\n[ \t].*)*)", head)
    return b" ".join(match.group(1).split()) if match else b""


def message_id_of(header_value: str | bytes) -> str | None:
    """The Message-ID in a header's value, as written (``<…>``), or None if there is none."""
    text = (
        header_value.decode("utf-8", "replace") if isinstance(header_value, bytes) else header_value
    )
    text = text.strip()
    if text.lower().startswith("message-id:"):
        text = text[len("message-id:") :]
    text = " ".join(text.split())
    found = re.search(r"<[^<>\s]+>", text)
    value = _BODY_REMOVED.sub("", found.group() if found else text)
    if not value or value in ("<>",) or len(value) < 3:
        return None
    return value[:MAX_MESSAGE_ID]


def message_key(message_id: str | None) -> str | None:
    return hashlib.sha256(message_id.encode("utf-8")).hexdigest() if message_id else None


def split_raw(raw: bytes) -> tuple[bytes, bytes]:
    """The head and the body of a raw message."""
    match = re.search(rb"\r?\n\r?\n", raw)
    if match is None:
        return raw, b""
    return raw[: match.start()], raw[match.end() :]


def content_key(raw: bytes) -> str:
    """The same letter, whatever route it took: its sender, recipients, date, subject, body."""
    head, body = split_raw(raw)
    digest = hashlib.sha256()
    for name in (b"from", b"to", b"cc", b"date", b"subject", b"message-id"):
        digest.update(name + b":" + raw_header(head, name) + b"\n")
    digest.update(b"\n")
    digest.update(body.replace(b"\r\n", b"\n").rstrip())
    return digest.hexdigest()


def _sent_at(value: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _sender(msg: Message) -> tuple[str | None, str | None]:
    value = _header(msg, "From") or _header(msg, "Sender") or _header(msg, "Reply-To")
    try:
        pairs = getaddresses([value])
    except Exception:
        pairs = [parseaddr(value)]
    name, address = next(((n, a) for n, a in pairs if a or n), ("", ""))
    address = address.strip()
    if address and ("@" not in address or any(c.isspace() for c in address)):
        address = ""
    return clean_line(name, "correspondent"), clean_line(address, "email")


# -- the parts ------------------------------------------------------------------------------


def _decoded(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    payload = part.get_payload()
    if isinstance(payload, str):
        return payload.encode("utf-8", "replace")
    return b""


def _text_of(part: Message, data: bytes) -> str:
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:  # a charset Python does not know
        return data.decode("utf-8", "replace")


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        try:
            name = part.get_param("name")  # type: ignore[assignment]
        except Exception:
            name = None
        if isinstance(name, tuple):  # an RFC 2231 value not decoded by the parser
            name = email.utils.collapse_rfc2231_value(name)
    return str(name) if name else None


def _kind(data: bytes) -> str:
    actual = sniff(data)
    if actual is None:
        return OTHER_KIND
    return PDF_KIND if actual == PDF else IMAGE_KIND


class _Walk:
    def __init__(self) -> None:
        self.count = 0
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Part] = []

    def visit(self, part: Message, depth: int) -> None:
        self.count += 1
        if self.count > MAX_PARTS:
            raise Unreadable("too_many_parts", str(MAX_PARTS))
        if depth > MAX_DEPTH:
            raise Unreadable("too_deep", str(MAX_DEPTH))
        ctype = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        name = _filename(part)
        if part.is_multipart() and ctype != "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list):
                if ctype == "multipart/alternative":
                    self._alternative(payload, depth)
                else:
                    for sub in payload:
                        self.visit(sub, depth + 1)
            return
        if ctype == "message/rfc822":
            self._attach(part, name or "message.eml", ctype, _embedded(part))
            return
        data = _decoded(part)
        if ctype.startswith("multipart/"):  # its boundary never came: its text is all there is
            self.plain.append(_text_of(part, data))
            return
        if disposition != "attachment" and name is None and ctype in ("text/plain", "text/html"):
            (self.plain if ctype == "text/plain" else self.html).append(_text_of(part, data))
            return
        if not data and name is None:
            return
        self._attach(part, name, ctype, data)

    def _alternative(self, payload: list[Message], depth: int) -> None:
        """One of the versions: the plain text if there is one, else the richest."""
        plain = [p for p in payload if p.get_content_type() == "text/plain"]
        chosen = plain[:1] or payload[-1:]
        for sub in payload:
            if any(sub is c for c in chosen):
                self.visit(sub, depth + 1)
            else:
                self.count += 1

    def _attach(self, part: Message, name: str | None, ctype: str, data: bytes) -> None:
        if name is None:
            ext = mimetypes.guess_extension(ctype) or ".bin"
            name = f"piece-{len(self.attachments) + 1}{ext}"
        self.attachments.append(
            Part(len(self.attachments), entry.file_name(name), ctype[:100], data, _kind(data))
        )


def _embedded(part: Message) -> bytes:
    payload = part.get_payload()
    if isinstance(payload, list) and payload:
        inner = payload[0]
        try:
            return bytes(inner.as_bytes(policy=email.policy.compat32))
        except Exception:
            return _decoded(part)
    return _decoded(part)


def read_message(raw: bytes) -> Parsed:
    """What a raw message says, checked; :class:`Unreadable` if nothing can be made of it."""
    if not raw.strip():
        raise Unreadable("empty")
    head, _ = split_raw(raw)
    if not re.match(rb"[!-9;-~]+[ \t]*:", head):  # the first line is no header
        raise Unreadable("not_a_message")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        walk = _Walk()
        walk.visit(msg, 0)
        defects = {type(d).__name__ for part in msg.walk() for d in getattr(part, "defects", [])}
        from_name, from_address = _sender(msg)
        subject = clean_line(_header(msg, "Subject"), "subject") or ""
        sent_at = _sent_at(_header(msg, "Date"))
    except Unreadable:
        raise
    except RecursionError as exc:
        raise Unreadable("too_deep", str(MAX_DEPTH)) from exc
    except Exception as exc:
        raise Unreadable("parse_failed", type(exc).__name__) from exc
    if walk.plain:
        body, html_only = "\n\n".join(walk.plain), False
    else:
        body = "\n\n".join(html_text.to_text(h) for h in walk.html)
        html_only = bool(walk.html)
    msgid = message_id_of(raw_header(head, b"message-id"))
    return Parsed(
        message_id=msgid,
        message_key=message_key(msgid),
        content_key=content_key(raw),
        from_name=from_name,
        from_address=from_address,
        subject=subject,
        sent_at=sent_at,
        body=clean_body(body),
        html_only=html_only,
        attachments=tuple(walk.attachments),
        defects=tuple(sorted(defects)),
    )
