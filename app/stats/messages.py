"""The dashboard's and the holidays' messages in French and Arabic (merged into
:data:`app.messages.MESSAGES`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "action_stats": {
        "fr": "consulter le tableau de bord d'activité",
        "ar": "الاطلاع على لوحة قيادة النشاط",
    },
    "action_manage_holidays": {
        "fr": "tenir les jours fériés de l'office",
        "ar": "ضبط العطل الرسمية للمكتب",
    },
    "stats_period_too_long": {
        "fr": "Période trop longue pour le tableau de bord : du {first} au {last} (trois ans au plus).",
        "ar": "الفترة طويلة جدا بالنسبة للوحة القيادة: من {first} إلى {last} (ثلاث سنوات على الأكثر).",
    },
    "holiday_exists": {
        "fr": "Un jour férié est déjà enregistré le {day} : {name}.",
        "ar": "سبق تسجيل عطلة رسمية يوم {day}: {name}.",
    },
    "holiday_unknown": {
        "fr": "Aucun jour férié enregistré le {day}.",
        "ar": "لا توجد عطلة رسمية مسجلة يوم {day}.",
    },
    "holiday_bad_hijri": {
        "fr": "Date hégirienne invalide : {value} (attendu AAAA-MM-JJ, par exemple 1447-10-01).",
        "ar": "تاريخ هجري غير صالح: {value} (الصيغة المنتظرة YYYY-MM-DD، مثلا 1447-10-01).",
    },
    "holiday_bad_kind": {
        "fr": "Type de jour férié inconnu : {kind} (fixed, religious ou other).",
        "ar": "نوع العطلة غير معروف: {kind} (fixed أو religious أو other).",
    },
    "holiday_bad_year": {
        "fr": "Année invalide : {year} (de 1900 à 2200).",
        "ar": "سنة غير صالحة: {year} (من 1900 إلى 2200).",
    },
    "report_bad_format": {
        "fr": "Format de rapport inconnu pour {path} : .pdf ou .xlsx.",
        "ar": "صيغة التقرير غير معروفة بالنسبة لـ {path}: ‎.pdf أو ‎.xlsx.",
    },
}
