"""The Arabic of the interface, as a reader sees it: counts that agree with their noun,
mnemonics that leave words whole, Latin key names that keep their place in Arabic lines (the
core's messages: tests/app/test_plurals.py)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from scripts.translations import CATALOGUE, ROOT
from tests.support.arabic import mnemonic_problem

ARABIC = re.compile(r"[\u0600-\u06FF]")
KEYS = re.compile(r"(?:Ctrl|Shift|Alt)\+\S+|\bF\d{1,2}\b|Page (?:Up|Down)")
LRI, PDI = "\u2066", "\u2069"


def _messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ROOT / "translations" / f"{CATALOGUE}_ar.ts")
    return [
        (context.findtext("name") or "", msg.findtext("source") or "", msg)
        for context in tree.iter("context")
        for msg in context.iter("message")
    ]


def test_every_count_agrees_with_its_noun() -> None:
    """Six forms (0, 1, 2, 3-10, 11-99, 100+): the noun is plural from 3 to 10 and singular
    from 11 on, and one and two are said with the noun alone (مراسلتان, not 2 مراسلة)."""
    wrong = []
    for context, source, msg in _messages():
        if msg.get("numerus") != "yes":
            continue
        forms = [f.text or "" for f in msg.iter("numerusform")]
        if len(forms) != 6 or forms[3] == forms[4] or "%n" in forms[1] or "%n" in forms[2]:
            wrong.append((context, source, forms))
    assert wrong == []


def test_mnemonics_leave_every_word_whole() -> None:
    wrong = [
        (context, source, (msg.findtext("translation") or ""), problem)
        for context, source, msg in _messages()
        if msg.get("numerus") != "yes"
        and (problem := mnemonic_problem(msg.findtext("translation") or ""))
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "spoilt"),
    [
        ("&بحث", True),  # the dot of ب under the line: ٮحث
        ("أ&جل", True),  # أجل would read أحل
        ("ال&رقم", True),  # ر goes below the line
        ("ال&إعدادات", True),  # the lam-alef ligature broken
        ("الر&قم", False),
        ("&تصحيح", False),
        ("إ&غلاق", False),
        ("P&DF…", False),
    ],
)
def test_the_mnemonic_rule(text: str, spoilt: bool) -> None:
    assert (mnemonic_problem(text) is not None) is spoilt


def test_key_names_in_arabic_lines_are_isolated_left_to_right() -> None:
    """ "(Ctrl+P)" in an Arabic line otherwise comes out as "(+CtrlP" or ",Ctrl+"."""
    wrong = []
    for context, source, msg in _messages():
        text = msg.findtext("translation") or ""
        if not ARABIC.search(text):
            continue
        for found in KEYS.finditer(text):
            before = text[: found.start()]
            if before.count(LRI) <= before.count(PDI):
                wrong.append((context, source, text))
                break
    assert wrong == []
