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
    # Days: typed dd/mm/yyyy, checked as typed
    ("DayEdit", "dd/mm/yyyy"): {"fr": "jj/mm/aaaa", "ar": "يوم/شهر/سنة"},
    ("DayEdit", "Calendar (Alt+Down)"): {
        "fr": "Calendrier (Alt+Bas)",
        "ar": "اليومية (Alt+سهم لأسفل)",
    },
    ("DayChecks", "“%1” is not a day: type it as dd/mm/yyyy."): {
        "fr": "« %1 » n'est pas une date : tapez-la sous la forme jj/mm/aaaa.",
        "ar": "«%1» ليس تاريخا صحيحا: اكتبه على شكل يوم/شهر/سنة.",
    },
    ("DayChecks", "The letter is dated %1, after today: check its date."): {
        "fr": "La lettre est datée du %1, après aujourd'hui : vérifiez sa date.",
        "ar": "الرسالة مؤرخة في %1، أي بعد اليوم: تحقق من تاريخها.",
    },
    ("DayChecks", "Received on %1, after today: check the day."): {
        "fr": "Reçu le %1, après aujourd'hui : vérifiez la date.",
        "ar": "تاريخ التوصل %1 لاحق لليوم: تحقق من التاريخ.",
    },
    ("DayChecks", "Sent on %1, after today."): {
        "fr": "Envoyé le %1, après aujourd'hui.",
        "ar": "تاريخ الإرسال %1 لاحق لليوم.",
    },
    ("DetailPane", "%1 (overdue)"): {"fr": "%1 (en retard)", "ar": "%1 (متأخر)"},
    # The set-up wizard: the language first
    ("SetupWizard", "The language of the interface; it can be changed later."): {
        "fr": "La langue de l'interface ; elle peut être changée plus tard.",
        "ar": "لغة الواجهة، ويمكن تغييرها لاحقا.",
    },
    ("SetupWizard", "Français ou العربية: the next pages follow this choice at once."): {
        "fr": "Français ou العربية : les pages suivantes suivent ce choix aussitôt.",
        "ar": "العربية أو Français: تتبع الصفحات الموالية هذا الاختيار فورا.",
    },
    ("SetupWizard", "At least %n character(s)."): {
        "fr": ["Au moins %n caractère.", "Au moins %n caractères."],
        "ar": [
            "%n حرف على الأقل.",
            "حرف واحد على الأقل.",
            "حرفان على الأقل.",
            "%n أحرف على الأقل.",
            "%n حرفا على الأقل.",
            "%n حرف على الأقل.",
        ],
    },
}
