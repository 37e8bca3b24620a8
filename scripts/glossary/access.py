"""Words of access control: waiting after wrong passwords, locked accounts."""

from __future__ import annotations

from typing import Any

_WAIT_FR = [
    "Trop de tentatives : réessayez dans %n seconde.",
    "Trop de tentatives : réessayez dans %n secondes.",
]
_WAIT_AR = [
    "تعددت المحاولات الخاطئة: أعيدوا المحاولة الآن.",
    "تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد ثانية واحدة.",
    "تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد ثانيتين.",
    "تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثوان.",
    "تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثانية.",
    "تعددت المحاولات الخاطئة: أعيدوا المحاولة بعد %n ثانية.",
]
_AGAIN = {"fr": "Vous pouvez réessayer.", "ar": "يمكنكم إعادة المحاولة."}

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    ("LoginDialog", "Too many attempts: try again in %n second(s)."): {
        "fr": _WAIT_FR,
        "ar": _WAIT_AR,
    },
    ("LoginDialog", "You may try again."): _AGAIN,
    ("LockDialog", "Too many attempts: try again in %n second(s)."): {
        "fr": _WAIT_FR,
        "ar": _WAIT_AR,
    },
    ("LockDialog", "You may try again."): _AGAIN,
    ("UsersPage", "Un&lock the account"): {
        "fr": "Débl&oquer le compte",
        "ar": "رفع الإيقاف &عن الحساب",
    },
    ("UsersPage", "Locked"): {"fr": "Bloqué", "ar": "موقوف"},
}
