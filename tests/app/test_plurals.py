"""Counts in the core's messages agree with their noun, in Arabic (six forms) and French; what
an Arabic message quotes keeps its own direction."""

from __future__ import annotations

import re
import string

import pytest

from app.i18n import message, plural_form
from app.messages import MESSAGES

NOT_A_NOUN = ("s", "ث", "à", "au", "en", "pour", "إلى", "بالنسبة", "على")
COUNTED = {
    "count", "pages", "rows", "errors", "seconds", "days", "attached", "minimum", "maximum",
    "tries", "attempts", "mails", "users", "entries", "sheets", "files", "registered",
    "quarantined", "sent", "already",
}  # fmt: skip


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_the_cores_counts_agree_too(code: str) -> None:
    """A count followed by its noun in a core message goes through a plural form
    ({count:plural:...}); a count standing alone ("عدد الملصقات: 12", "de 1 à 24") needs none."""
    for lang, text in MESSAGES[code].items():
        parts = list(string.Formatter().parse(text))
        for (_lit, field, spec, _conv), (after, *_rest) in zip(
            parts, [*parts[1:], ("", None, None, None)], strict=True
        ):
            if field not in COUNTED or (spec or "").startswith("plural:"):
                continue
            noun = re.match(r"\s*(\w+)", after or "")
            # "{seconds} s", or a bound of a range ("de 1 à {count} pour", "من 1 إلى {n}")
            unit = noun is not None and noun.group(1) not in NOT_A_NOUN
            assert not unit, (code, lang, text)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "أحيلت مراسلة واحدة على RH."),
        (2, "أحيلت مراسلتان على RH."),
        (3, "أحيلت 3 مراسلات على RH."),
        (11, "أحيلت 11 مراسلة على RH."),
        (100, "أحيلت 100 مراسلة على RH."),
    ],
)
def test_a_core_message_says_the_count_in_arabic(n: int, expected: str) -> None:
    said = message("assigned_done", "ar", count=n, service="RH")
    assert said.replace("\u2068", "").replace("\u2069", "") == expected


def test_french_says_one_and_several() -> None:
    assert message("assigned_done", "fr", count=1, service="RH") == "1 courrier imputé à RH."
    assert message("assigned_done", "fr", count=4, service="RH") == "4 courriers imputés à RH."
    assert [plural_form("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103)] == [
        0, 1, 2, 3, 3, 4, 4, 5, 5, 3,
    ]  # fmt: skip


def test_what_an_arabic_message_quotes_keeps_its_direction() -> None:
    from pathlib import Path

    lri, fsi, pdi = "\u2066", "\u2068", "\u2069"
    # A file name with Arabic letters reads طلب.pdf, not pdf.طلب; a number as typed.
    assert message("file_not_found", "ar", name=Path("/tmp/طلب.pdf")) == (
        f"الملف غير موجود: {lri}/tmp/طلب.pdf{pdi}."
    )
    assert f"{lri}A-2026/000001{pdi}" in message("unknown_number", "ar", number="A-2026/000001")
    assert f"«{fsi}فاتورة الماء{pdi}»" in message("no_results", "ar", query="فاتورة الماء")
    # French lines need none of it.
    assert message("unknown_number", "fr", number="A-2026/000001").endswith("A-2026/000001.")
