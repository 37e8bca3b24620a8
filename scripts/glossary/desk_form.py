"""Words of the desk's forms, dates, set-up, secrets file, help and session (desk-form)."""

from __future__ import annotations

from typing import Any

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    # The registration form once saved, and leaving it
    ("RegistrationForm", "Co&rrect…"): {"fr": "Co&rriger…", "ar": "&تصحيح…"},
    (
        "RegistrationForm",
        "The mail is registered: its number and details are fixed. A change now is a correction, kept in its history.",
    ): {
        "fr": "Le courrier est enregistré : son numéro et ses données sont arrêtés. Toute modification passe désormais par une correction, conservée dans son historique.",
        "ar": "سُجّلت المراسلة: رقمها وبياناتها ثابتة. كل تغيير بعد الآن يتم عن طريق تصحيح يُحفظ في سجلها.",
    },
    ("RegistrationForm", "Discard this mail? What you typed will be lost."): {
        "fr": "Abandonner ce courrier ? Ce que vous avez saisi sera perdu.",
        "ar": "التخلي عن هذه المراسلة؟ ستضيع البيانات التي أدخلتها.",
    },
    ("RegistrationForm", "&Discard"): {"fr": "A&bandonner", "ar": "ال&تخلي عنها"},
    ("RegistrationForm", "&Keep typing"): {"fr": "&Continuer la saisie", "ar": "مواصلة الإ&دخال"},
}
