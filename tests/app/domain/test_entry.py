"""The entry rules (app/domain/entry.py): one limit per field, characters refused, removed or
kept, file names made harmless, terminal-safe printing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import String

from app.domain import entry
from app.errors import UserError
from app.store import models

# Every column a limited field is written to: the declared limit must fit in each.
COLUMNS = {
    "reference": [models.MailEntry.letter_reference],
    "external-ref": [models.MailEntry.external_ref],
    "answers": [models.MailEntry.number],
    "service": [models.Service.code],
    "correspondent": [
        models.Correspondent.name_latin,
        models.Correspondent.name_arabic,
        models.MailboxMessage.from_name,
    ],
    "recipient": [models.Correspondent.name_latin, models.Correspondent.name_arabic],
    "identifier": [models.Correspondent.identifier],
    "phone": [models.Correspondent.phone],
    "email": [models.Correspondent.email, models.MailboxMessage.from_address],
    "filename": [models.Attachment.filename, models.TrayItem.filename],
    "office-name": [models.Office.name_ar, models.Office.name_fr],
    "ministry": [models.Office.ministry_ar, models.Office.ministry_fr],
    "name-ar": [models.Service.name_ar],
    "name-fr": [models.Service.name_fr],
    "name": [models.User.full_name],
    "label-ar": [models.Instruction.label_ar],
    "label-fr": [models.Instruction.label_fr],
    "ar-number": [models.ReturnReceipt.ar_number],
    "receiver": [models.Delivery.receiver, models.MailEvent.reason],
    "mailbox-name": [models.MailboxAccount.name],
    # text columns: no size of their own
    "subject": [models.MailEntry.subject, models.MailboxMessage.subject],
    "observations": [models.MailEntry.observations],
    "address": [models.Correspondent.address],
    "reason": [models.MailEvent.reason, models.MailboxMessage.reason],
    "note": [models.Assignment.note],
}


@pytest.mark.parametrize("field", sorted(entry.LIMITS))
def test_each_limit_fits_its_columns(field: str) -> None:
    assert field in COLUMNS, f"say which columns {field!r} is written to"
    for column in COLUMNS[field]:
        kind = column.property.columns[0].type
        if isinstance(kind, String) and kind.length is not None:
            assert entry.LIMITS[field] <= kind.length, column


def test_names_keys_are_cut_to_their_column() -> None:
    from app.directory.correspondents import KEY_LENGTH, name_key

    assert KEY_LENGTH <= models.Correspondent.key_latin.property.columns[0].type.length
    ligatures = "ﷺ" * entry.LIMITS["correspondent"]  # one character, 18 once folded
    assert len(name_key(ligatures)) == KEY_LENGTH


@pytest.mark.parametrize(
    ("typed", "char"),
    [
        ("Demande\x1b[31m urgente", "U+001B"),
        ("nul\x00", "U+0000"),
        ("bell\x07", "U+0007"),
        ("del\x7f", "U+007F"),
        ("csi\x9b2J", "U+009B"),
        ("sep\x1c", "U+001C"),
        ("non\ufdd0char", "U+FDD0"),
        ("non\U0010fffechar", "U+10FFFE"),
    ],
)
def test_control_characters_are_refused_naming_the_code_point(typed: str, char: str) -> None:
    with pytest.raises(UserError) as caught:
        entry.text(typed, "subject")
    assert caught.value.code == "bad_characters"
    assert char in caught.value.message("fr") and "objet" in caught.value.message("fr")
    assert "\x1b" not in caught.value.message("ar")


def test_undecodable_bytes_from_the_command_line_are_refused() -> None:
    typed = b"caf\xe9".decode("utf-8", "surrogateescape")  # what Python makes of Latin-1 argv
    with pytest.raises(UserError) as caught:
        entry.text(typed, "correspondent")
    assert caught.value.code == "bad_encoding"


def test_white_space_of_any_kind_becomes_one_space() -> None:
    assert entry.text(" Demande\tde\n\r congé\u00a0 ", "subject") == "Demande de congé"


@pytest.mark.parametrize("typed", ["\u200b\u200b", "\u200c", "\ufeff \u200d", "\u200e\u200f", "َ"])
def test_nothing_visible_counts_as_empty(typed: str) -> None:
    assert entry.text(typed, "subject") is None
    with pytest.raises(UserError) as caught:
        entry.required_text(typed, "correspondent")
    assert caught.value.code == "missing_field"


def test_bidi_controls_and_invisible_characters_are_removed() -> None:
    assert entry.text("rtl\u202efdp.exe", "reference") == "rtlfdp.exe"
    assert entry.text("a\u2066b\u2069c\u200bd\u00ade\u2060f", "subject") == "abcdef"


def test_legitimate_arabic_is_kept_intact() -> None:
    # harakat, tatweel, shadda; a ZWNJ and a ZWJ between letters; RLM/LRM/ALM; Eastern digits
    arabic = "جَمَاعَةُ فــاس مي\u200cخواهم ك\u200dـ \u200fرقم ١٢٣\u200e A-12 \u061c"
    assert entry.text(arabic, "subject") == arabic.strip()
    # a joiner that joins nothing goes
    assert entry.text("\u200cفاس\u200c \u200d\u200dمكناس", "subject") == "فاس مكناس"


def test_emoji_sequences_keep_their_joiners() -> None:
    family = "👨\u200d👩\u200d👧"
    assert entry.text(family, "subject") == family


def test_too_long_is_refused_with_the_limit() -> None:
    limit = entry.LIMITS["correspondent"]
    assert entry.text("a" * limit, "correspondent") == "a" * limit
    with pytest.raises(UserError) as caught:
        entry.text("a" * (limit + 1), "correspondent")
    assert caught.value.code == "too_long"
    assert str(limit) in caught.value.message("fr") and str(limit) in caught.value.message("ar")


def test_file_names_are_made_harmless_never_refused() -> None:
    assert entry.file_name("rtl\u202efdp.exe") == "rtlfdp.exe"
    assert entry.file_name("b\u200fad\u200b.pdf") == "bad.pdf"
    assert entry.file_name("a\x1b[2Jb.pdf") == "a_[2Jb.pdf"
    assert entry.file_name("../../etc/passwd") == "_.._etc_passwd"
    assert entry.file_name(b"r\xe9sum\xe9.pdf".decode("utf-8", "surrogateescape")) == (
        "r\ufffdsum\ufffd.pdf"
    )
    assert entry.file_name("\u200b") == "document"
    long = entry.file_name("x" * 400 + ".pdf")
    assert len(long) == entry.LIMITS["filename"] and long.endswith("….pdf")
    assert entry.file_name("طلب.pdf") == "طلب.pdf"


def test_printing_escapes_what_a_terminal_acts_on() -> None:
    shown = entry.printable("evil\x1b[31mRED\x07 \u202eexe.pdf \x9b2J bad\udcff\nnext\tcol")
    assert shown == "evil\\x1b[31mRED\\x07 \\u202eexe.pdf \\x9b2J bad\\udcff\nnext\tcol"
    assert entry.one_line("a\nb\tc\x1b") == "a\\nb\\tc\\x1b"
    assert entry.printable("مكتب الضبط \u200f(RH)") == "مكتب الضبط \u200f(RH)"


def test_json_stays_json_and_the_same_data() -> None:
    data = {"subject": "x\x1b\x9b\u202e\u2028 عربي"}
    dumped = entry.json_printable(json.dumps(data, ensure_ascii=False))
    assert not any(c in dumped for c in "\x1b\x9b\u202e\u2028")
    assert "عربي" in dumped
    assert json.loads(dumped) == data


def test_what_a_form_takes_out_as_it_is_pasted() -> None:
    assert entry.without_controls("a\tb\nc\x1b[2Jd\u202ee\x9b\udcff") == "a b c[2Jde"
    arabic = "مي\u200cخواهم \u200fA-12"
    assert entry.without_controls(arabic) == arabic
