"""Words of imputation: the inbox, the assignment dialog, the workflow actions."""

from __future__ import annotations

from typing import Any

_ = "*"
ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    ("InboxModel", "Assigned on"): {"fr": "Imputé le", "ar": "تاريخ الإحالة"},
    ("InboxModel", "Due"): {"fr": "Échéance", "ar": "الأجل"},
    ("InboxModel", "copy"): {"fr": "copie", "ar": "نسخة"},
    ("InboxModel", "overdue"): {"fr": "en retard", "ar": "متأخر"},
    ("InboxView", "&Overdue only"): {"fr": "En &retard seulement", "ar": "المتأخرة &فقط"},
    ("InboxView", "%n open"): {
        "fr": ["%n en cours", "%n en cours"],
        "ar": [
            "لا شيء مفتوح",
            "واحدة مفتوحة",
            "اثنتان مفتوحتان",
            "%n مفتوحة",
            "%n مفتوحة",
            "%n مفتوحة",
        ],
    },
    ("InboxView", "%n overdue"): {
        "fr": ["%n en retard", "%n en retard"],
        "ar": [
            "لا تأخير",
            "واحدة متأخرة",
            "اثنتان متأخرتان",
            "%n متأخرة",
            "%n متأخرة",
            "%n متأخرة",
        ],
    },
    (_, "Assign mail %1"): {"fr": "Imputer le courrier %1", "ar": "إحالة المراسلة %1"},
    (_, "Assign %n mail(s)"): {
        "fr": ["Imputer %n courrier", "Imputer %n courriers"],
        "ar": [
            "إحالة %n مراسلة",
            "إحالة مراسلة واحدة",
            "إحالة مراسلتين",
            "إحالة %n مراسلات",
            "إحالة %n مراسلة",
            "إحالة %n مراسلة",
        ],
    },
    ("AssignDialog", "&Main service (for action)"): {
        "fr": "Service &principal (pour attribution)",
        "ar": "المصلحة ال&مختصة (للاختصاص)",
    },
    ("AssignDialog", "&Copies (for information)"): {
        "fr": "&Copies (pour information)",
        "ar": "&نسخ (للإخبار)",
    },
    ("AssignDialog", "&Instructions"): {"fr": "&Instructions", "ar": "ال&تعليمات"},
    ("AssignDialog", "&Note"): {"fr": "&Note", "ar": "م&لاحظة"},
    (_, "Optional: shown to the services"): {
        "fr": "Facultatif : visible des services",
        "ar": "اختياري: تطلع عليه المصالح",
    },
    ("AssignDialog", "Set a &due date"): {
        "fr": "&Fixer une échéance",
        "ar": "تحديد أ&جل المعالجة",
    },
    ("AssignDialog", "&Assign"): {"fr": "I&mputer", "ar": "إ&حالة"},
    (_, "By default: %1 days for normal mail, %2 for urgent, %3 for very urgent."): {
        "fr": "Par défaut : %1 jours pour le courrier normal, %2 pour l'urgent, "
        "%3 pour le très urgent.",
        "ar": "أجل المعالجة افتراضيا: %1 يوما للمراسلات العادية، و%2 للمستعجلة، و%3 للمستعجلة جدا.",
    },
    (_, "Choose the service the mail is assigned to."): {
        "fr": "Choisissez le service auquel le courrier est imputé.",
        "ar": "يرجى اختيار المصلحة التي تحال إليها المراسلة.",
    },
}
