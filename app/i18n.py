"""Language selection and message look-up for the core (the GUI uses Qt Linguist).

The language is, in order: what the caller asks for, ``BO_LANG``, then the POSIX locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``); Arabic when it starts with ``ar``, otherwise French.
"""

from __future__ import annotations

import os

LANGUAGES = ("fr", "ar")


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
    try:
        return texts[lang].format(**params)
    except (KeyError, IndexError):
        return texts[lang]
