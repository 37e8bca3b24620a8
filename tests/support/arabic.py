"""What Arabic text must look like on screen: mnemonics that leave words whole, plural forms
that agree with the number.

A mnemonic underlines one letter. Under a letter with dots below (ب ج ي) the line swallows the
dots (بحث reads ٮحث); under a letter whose shape goes below the line (ر ز و, a final ن ل م س)
it cuts the stroke; before the alef of لا it breaks the ligature. :func:`mnemonic_problem` says
which of these a translation does; a letter sitting on the line is safe.
"""

from __future__ import annotations

import unicodedata

# Letters that join the next one (dual-joining); the others (ا د ذ ر ز و ة ء ...) do not.
_DUAL = set("بتثجحخسشصضطظعغفقكلمنهيئىـ")
_LETTERS = _DUAL | set("اأإآدذرزوؤةء")
# Safe to underline, by the form the letter takes in the word.
_SAFE_JOINED = set("تثحخعغسشصضطظفقكلمنهئ")  # initial or medial: nothing below the line
_SAFE_ALONE = set("اأآدذتثطظفكهةء")  # final or isolated


def _letter_before(text: str, index: int) -> str:
    i = index - 1
    while i >= 0 and unicodedata.combining(text[i]):
        i -= 1
    return text[i] if i >= 0 else ""


def _letter_after(text: str, index: int) -> str:
    i = index + 1
    while i < len(text) and unicodedata.combining(text[i]):
        i += 1
    return text[i] if i < len(text) else ""


def mnemonic_problem(text: str) -> str | None:
    """Why the mnemonic of ``text`` (an Arabic translation) spoils its word, or None."""
    at = 0
    while True:
        at = text.find("&", at)
        if at < 0 or at + 1 >= len(text):
            return None
        if text[at + 1] == "&":
            at += 2
            continue
        break
    plain = text[:at] + text[at + 1 :]
    letter = plain[at]
    if letter not in _LETTERS:
        return None  # a Latin letter or a digit: no shaping to spoil
    before = _letter_before(plain, at)
    if letter in "اأإآ" and before == "ل":
        return f"breaks the lam-alef ligature at {letter!r}"
    if letter in _DUAL and _letter_after(plain, at) in _LETTERS:  # initial or medial form
        return None if letter in _SAFE_JOINED else f"{letter!r} loses its dots or stroke"
    return None if letter in _SAFE_ALONE else f"{letter!r} (alone or final) loses its stroke"
