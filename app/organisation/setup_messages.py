"""Messages of the office's set-up (merged into :data:`app.messages.MESSAGES`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "passwords_differ": {
        "fr": "Les deux mots de passe saisis sont différents.",
        "ar": "كلمتا المرور المدخلتان غير متطابقتين.",
    },
}
