"""Language selection and message look-up for the core (the GUI uses Qt Linguist).

The language is, in order: what the caller asks for, ``BO_LANG``, then the POSIX locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``); Arabic when it starts with ``ar``, otherwise French.

In Arabic, what a message quotes keeps its own direction: a path, a file name, a number or a
code is isolated left to right (``/tmp/طلب.pdf`` and ``A-2026/000123`` read as typed, not
``pdf.طلب``), a search or a name in either script is isolated by its first letter (Unicode's
isolates, invisible).

A count agrees with its noun as Qt's plural forms do: a message writes
``{count:plural:FORM|FORM|...}``, ``#`` standing for the number. French takes two forms (one
for 0 and 1, one above); Arabic six, in Qt's order: 0, 1, 2, 3 to 10, 11 to 99, and 100 and
above (``{count:plural:لا مراسلة|مراسلة واحدة|مراسلتان|# مراسلات|# مراسلة|# مراسلة}``).
"""

from __future__ import annotations

import os
import string

LANGUAGES = ("fr", "ar")
PLURAL = "plural:"
# Parameters quoted in an Arabic message, isolated left to right or by their first letter.
_LTR_PARAMS = frozenset(
    "path name url db backup log number code login deposit template printer env host format "
    "sha256 revision before after id answer program head option".split()
)
_OWN_DIRECTION_PARAMS = frozenset("query service office target parent children tables".split())


def plural_form(lang: str, n: int) -> int:
    """Which of the language's plural forms a count ``n`` takes (Qt's rules)."""
    n = abs(n)
    if lang != "ar":
        return 0 if n <= 1 else 1
    if n <= 2:
        return n
    rest = n % 100
    if 3 <= rest <= 10:
        return 3
    if 11 <= rest <= 99:
        return 4
    return 5


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        if not format_spec.startswith(PLURAL):
            return super().format_field(value, format_spec)
        forms = format_spec[len(PLURAL) :].split("|")
        count = int(value)  # type: ignore[call-overload]
        form = forms[min(plural_form(self._lang, count), len(forms) - 1)]
        return form.replace("#", str(count))


def current_language() -> str:
    for var in ("BO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ar" if value.lower().startswith("ar") else "fr"
    return "fr"


def message(code: str, lang: str | None = None, /, **params: object) -> str:
    from app.messages import MESSAGES

    lang = lang if lang in LANGUAGES else current_language()
    texts = MESSAGES.get(code)
    if texts is None:
        return code if not params else f"{code}: {params}"
    for name, prefix in (
        ("field", "field_"),
        ("kind", "kind_"),
        ("role", "role_"),
        ("action", "action_"),
        ("status", "status_"),
    ):
        value = params.get(name)
        if isinstance(value, str) and prefix + value in MESSAGES:
            params[name] = MESSAGES[prefix + value][lang]
    if lang == "ar":
        for name, value in params.items():
            if isinstance(value, os.PathLike):
                value = os.fspath(value)
            if not isinstance(value, str) or not value:
                continue
            if name in _LTR_PARAMS:
                params[name] = f"\u2066{value}\u2069"
            elif name in _OWN_DIRECTION_PARAMS:
                params[name] = f"\u2068{value}\u2069"
    try:
        return _Formatter(lang).format(texts[lang], **params)
    except (KeyError, IndexError, ValueError, TypeError):
        return texts[lang]
