"""What the office accepts as typed text, the same at the desk, on the command line, from the
portal and in captured files' names: one length limit per field, and the characters refused
or neutralised.

**Limits.** :data:`LIMITS` gives each text field its one maximum, in characters (what
PostgreSQL's ``varchar(n)`` counts; SQLite counts nothing): the size of the column that keeps
it, or for ``text`` columns a size a clerk never needs to pass. It is checked before the
database is reached, so both databases refuse the same values with the same message, and the
forms limit their fields to it (``tests/app/domain/test_entry.py`` holds the limits to the
columns of :mod:`app.store.models`).

**Characters** (:func:`sanitise`), decided as follows:

- *Refused*, naming the field and the character's code point (never echoing the value):
  control characters (C0 but for tab, line feed, vertical tab, form feed and carriage
  return, which are white space; DEL; C1), Unicode non-characters, and lone surrogates —
  what bytes that are not UTF-8 become on the command line (``bad_encoding``). None of these
  is ever typed; they break spreadsheets, terminals and PostgreSQL (which refuses NUL).
- *Neutralised* (removed): the bidi embeddings, overrides and isolates (U+202A–U+202E,
  U+2066–U+2069), which only change how text is drawn and let a name show other than it is
  (``rtl<U+202E>fdp.exe`` looks like ``rtlexe.pdf``); invisible characters with no job in
  office text (zero width space, word joiner, BOM, soft hyphen, invisible operators, Hangul
  fillers, tags...).
- *Kept*: every letter and mark of every script, Arabic harakat, tatweel and Eastern digits
  included; the zero width non-joiner and joiner where they do their job, between two letters
  (a word's parts kept apart or joined) or, for the joiner, inside an emoji sequence — elsewhere
  they are removed; the left-to-right, right-to-left and Arabic letter marks (LRM, RLM, ALM),
  which a clerk uses to order a Latin reference inside Arabic text and which cannot hide or
  reorder anything else.
- White space of any kind becomes one space, and the value is trimmed (as
  :func:`app.domain.text.clean` always did); values are NFC.
- A value with nothing visible left (no letter, digit, punctuation or symbol: only marks,
  joiners, direction marks) counts as empty: a required field refuses it as missing.

File names (:func:`file_name`) are not typed by the clerk but come with the file: they are
never refused, only neutralised (invalid bytes replaced, control and format characters and
path separators dropped or replaced, shortened to :data:`LIMITS` keeping the extension).

Printing (:func:`printable`, :func:`json_printable`): what the command line writes to a
terminal never carries a control character or a bidi control from the data; they are shown
escaped (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import os
import re
import unicodedata

from app.errors import UserError

# One limit per field, in characters. The column each keeps to is named beside it; "text"
# columns have no size of their own and take the limit given here.
LIMITS: dict[str, int] = {
    # a mail (mail_entries)
    "subject": 2000,  # subject: text
    "reference": 200,  # letter_reference: varchar(200)
    "external-ref": 200,  # external_ref: varchar(200)
    "observations": 4000,  # observations: text
    "answers": 64,  # a number answered (mail_entries.number: varchar(64))
    "service": 32,  # services.code: varchar(32)
    # a correspondent: sender, recipient, depositor (correspondents)
    "correspondent": 300,  # name_latin, name_arabic: varchar(300)
    "recipient": 300,
    "identifier": 64,  # identifier: varchar(64)
    "phone": 64,  # phone: varchar(64)
    "email": 200,  # email: varchar(200)
    "address": 1000,  # address: text
    # what is said about a mail
    "reason": 1000,  # mail_events.reason, a discarded deposit's or tray document's reason: text
    "note": 2000,  # assignments.note: text
    "filename": 255,  # attachments.filename, capture_tray.filename: varchar(255)
    # the organisation
    "office-name": 300,  # offices.name_ar, name_fr: varchar(300)
    "ministry": 300,  # offices.ministry_ar, ministry_fr: varchar(300)
    "name-ar": 300,  # services.name_ar: varchar(300)
    "name-fr": 300,  # services.name_fr: varchar(300)
    "name": 200,  # users.full_name: varchar(200)
    "label-ar": 200,  # instructions.label_ar: varchar(200)
    "label-fr": 200,  # instructions.label_fr: varchar(200)
    # dispatch
    "ar-number": 64,  # return_receipts.ar_number: varchar(64)
    "receiver": 200,  # deliveries.receiver: varchar(200)
    # the mailboxes (mailbox_accounts)
    "mailbox-name": 64,  # mailbox_accounts.name: varchar(64)
}

_WHITESPACE_CONTROLS = frozenset("\t\n\v\f\r")
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_INVISIBLE = (
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u2060-\u2064\u206a-\u206f\u3164"
    "\ufeff\uffa0\ufff9-\ufffb"
)
_INVISIBLE_ASTRAL = "\U000e0000-\U000e007f\U0001d173-\U0001d17a"  # tags, musical formats
_REMOVED = re.compile(f"[{_BIDI_CONTROLS}{_INVISIBLE}]")
_REMOVED_ASTRAL = re.compile(f"[{_INVISIBLE_ASTRAL}]")
# What a value is checked for before anything else: controls, surrogates, non-characters
# (one pass finds the first). Those of the other planes are looked for only in the rare text
# that has characters there (a class of scattered astral characters is slow to search).
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_ASTRAL_NONCHARACTER = re.compile(
    "[" + "".join(chr(p * 0x10000 + 0xFFFE) + chr(p * 0x10000 + 0xFFFF) for p in range(1, 17)) + "]"
)
_JOINERS = "\u200c\u200d"
_VISIBLE_CATEGORIES = ("L", "N", "P", "S")


def _refuse_bad(value: str, field: str) -> None:
    for match in _SUSPECT.finditer(value):
        char = match.group()
        if char in _WHITESPACE_CONTROLS:
            continue
        if "\ud800" <= char <= "\udfff":
            raise UserError("bad_encoding", field=field)
        raise UserError("bad_characters", field=field, char=f"U+{ord(char):04X}")
    if not value.isascii() and _ASTRAL.search(value):
        found = _ASTRAL_NONCHARACTER.search(value)
        if found:
            raise UserError("bad_characters", field=field, char=f"U+{ord(found.group()):04X}")


def _joins(before: str, after: str, joiner: str) -> bool:
    """Whether a ZWNJ/ZWJ between ``before`` and ``after`` does its job there."""
    if not before or not after:
        return False
    cats = unicodedata.category(before)[0], unicodedata.category(after)[0]
    if all(c in "LM" for c in cats):
        return True
    return joiner == "\u200d" and all(c in "LMS" for c in cats)  # emoji sequences


def _place_joiners(text: str) -> str:
    if "\u200c" not in text and "\u200d" not in text:
        return text
    out: list[str] = []
    for i, char in enumerate(text):
        if char in _JOINERS:
            before = out[-1] if out else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before in _JOINERS or not _joins(before, after, char):
                continue
        out.append(char)
    return "".join(out)


_SURROGATES = re.compile("[\ud800-\udfff]")


def undecodable(text: str) -> bool:
    """Whether ``text`` holds bytes that were not UTF-8 (Python keeps them, from the command
    line or the environment, as lone surrogates, which nothing can store or print)."""
    return _SURROGATES.search(text) is not None


def _removed(text: str) -> str:
    """``text`` without bidi controls and invisible characters (those of the other planes
    looked for only when there are such characters: their class is slow to search)."""
    text = _REMOVED.sub("", text)
    if not text.isascii() and _ASTRAL.search(text):
        text = _REMOVED_ASTRAL.sub("", text)
    return text


def visible(text: str) -> bool:
    """Whether ``text`` shows anything: a letter, digit, punctuation or symbol."""
    return any(unicodedata.category(c)[0] in _VISIBLE_CATEGORIES for c in text)


def sanitise(value: str, field: str) -> str:
    """``value`` as the office keeps it (see the module's rules), or a :class:`UserError`
    (``bad_characters``, ``bad_encoding``) naming ``field``. ``""`` if nothing visible."""
    _refuse_bad(value, field)
    text = _removed(unicodedata.normalize("NFC", value))
    text = " ".join(_place_joiners(text).split())
    return text if visible(text) else ""


def text(
    value: str | None,
    field: str,
    *,
    required: bool = False,
    missing: str = "missing_field",
) -> str | None:
    """``value`` sanitised and within ``LIMITS[field]``; ``None`` when empty and not
    ``required`` (a required one raises ``missing``, by default ``missing_field``)."""
    cleaned = sanitise(value, field) if value is not None else ""
    if not cleaned:
        if required:
            raise UserError(missing, field=field)
        return None
    maximum = LIMITS[field]
    if len(cleaned) > maximum:
        raise UserError("too_long", field=field, maximum=maximum)
    return cleaned


def required_text(value: str | None, field: str, *, missing: str = "missing_field") -> str:
    """:func:`text` for a field that must be given."""
    result = text(value, field, required=True, missing=missing)
    assert result is not None
    return result


_TYPED_AWAY = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}\ud800-\udfff]")


def without_controls(text: str) -> str:
    """``text`` as a form keeps it while it is typed or pasted: white-space controls (tab,
    line feed...) as spaces, other control characters, bidi controls and lone surrogates
    dropped — none of them can be seen in a field, so none is left for the clerk to find."""
    return _TYPED_AWAY.sub(lambda m: " " if m.group() in _WHITESPACE_CONTROLS else "", text)


# -- file names ------------------------------------------------------------------------------

_NAME_DROPPED = re.compile(
    f"[{_BIDI_CONTROLS}{_INVISIBLE}{_INVISIBLE_ASTRAL}\u200c\u200d\u200e\u200f\u061c]"
)
_NAME_REPLACED = re.compile("[\x00-\x1f\x7f-\x9f/\\\\\ufdd0-\ufdef\ufffe\uffff]")
_MAX_EXTENSION = 16


def file_name(name: str, *, fallback: str = "document") -> str:
    """A file's name as the office shows and keeps it: never refused, only made harmless.

    Bytes that were not UTF-8 (kept by Python as lone surrogates) become U+FFFD; bidi
    controls, invisible characters and direction marks are dropped; control characters and
    path separators become ``_``; white space is folded; a name longer than the limit is
    shortened before its extension."""
    if any("\ud800" <= c <= "\udfff" for c in name):
        name = os.fsencode(name).decode("utf-8", "replace")
    text = _NAME_DROPPED.sub("", unicodedata.normalize("NFC", name))
    text = " ".join(_NAME_REPLACED.sub("_", text).split()).strip(". ") or fallback
    maximum = LIMITS["filename"]
    if len(text) > maximum:
        stem, dot, ext = text.rpartition(".")
        if dot and stem and 0 < len(ext) <= _MAX_EXTENSION:
            text = stem[: maximum - len(ext) - 2] + "…." + ext
        else:
            text = text[: maximum - 1] + "…"
    return text


# -- printing ----------------------------------------------------------------------------------

_UNPRINTABLE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CONTROLS}\u2028\u2029\ud800-\udfff]")
_UNPRINTABLE_IN_JSON = re.compile(f"[\x7f-\x9f{_BIDI_CONTROLS}\u2028\u2029\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe for a terminal: every control character but line feed and tab, the bidi
    controls, the line separators and lone surrogates shown escaped (``\\x1b``, ``\\u202e``)."""
    return _UNPRINTABLE.sub(_escaped, text)


def one_line(text: str) -> str:
    """:func:`printable`, with line feeds and tabs escaped too (a one-line message)."""
    return printable(text).replace("\n", "\\n").replace("\t", "\\t")


def json_printable(dumped: str) -> str:
    """JSON text (``ensure_ascii=False``) whose strings carry no character a terminal acts
    on: C1 controls, DEL, bidi controls, line separators and lone surrogates are written as
    ``\\uXXXX`` escapes, which a JSON reader turns back into the same characters. (C0
    controls are always escaped by the JSON writer itself.)"""
    return _UNPRINTABLE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
