"""The dashboard's words in French and Arabic, for the command line and the monthly report
(the desk translates its own through Qt Linguist)."""

from __future__ import annotations

from app.domain.enums import label as vocabulary

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Rapport d'activité", "تقرير النشاط"),
    "monthly_title": ("Rapport mensuel d'activité", "التقرير الشهري للنشاط"),
    "period": ("Période", "الفترة"),
    "from_to": ("du {first} au {last}", "من {first} إلى {last}"),
    "as_at": ("Situation au {day}", "الوضعية في {day}"),
    "scope_office": ("Tout le bureau d'ordre", "مجموع مكتب الضبط"),
    "scope_services": ("Services : {services}", "المصالح: {services}"),
    "service_filter": ("Service : {service}", "المصلحة: {service}"),
    "working_days": ("Jours ouvrés : {n}", "أيام العمل: {n}"),
    "workdays": ("Jours ouvrés", "أيام العمل"),
    "holidays": ("Jours fériés : {days}", "العطل الرسمية: {days}"),
    "volumes": ("Volumes", "الأحجام"),
    "registered": ("Courriers enregistrés", "المراسلات المسجلة"),
    "by_direction": ("Par sens", "حسب الاتجاه"),
    "by_channel": ("Par canal", "حسب قناة الورود"),
    "by_service": ("Par service", "حسب المصلحة"),
    "by_type": ("Par type", "حسب النوع"),
    "by_week": ("Par semaine", "حسب الأسبوع"),
    "by_day": ("Par jour", "حسب اليوم"),
    "by_month": ("Par mois", "حسب الشهر"),
    "delays": ("Délais de traitement (jours ouvrés)", "آجال المعالجة (بأيام العمل)"),
    "stage_assignment": ("Enregistrement → imputation", "التسجيل ← الإحالة"),
    "stage_action": ("Imputation → première action", "الإحالة ← أول إجراء"),
    "stage_answer": ("Première action → réponse", "أول إجراء ← الرد"),
    "stage_total": ("Enregistrement → réponse", "التسجيل ← الرد"),
    "total_median": ("Délai total, médiane", "الأجل الكلي، الوسيط"),
    "assignment_median": ("Délai d'imputation, médiane", "أجل الإحالة، الوسيط"),
    "answered_count": ("Répondus (délai total)", "المجاب عنها (الأجل الكلي)"),
    "median": ("Médiane", "الوسيط"),
    "p90": ("90e centile", "المئين 90"),
    "count": ("Courriers", "المراسلات"),
    "stock": ("Stock ouvert", "المخزون المفتوح"),
    "overdue": ("En retard", "المتأخرة"),
    "agent": ("Agent", "الموظف"),
    "no_agent": ("(service, sans agent)", "(المصلحة، دون موظف)"),
    "no_service": ("(sans service)", "(دون مصلحة)"),
    "coverage": ("Taux de couverture (répondus ÷ reçus)", "نسبة التغطية (المجاب عنها ÷ الواردة)"),
    "received": ("Reçus", "الواردة"),
    "answered": ("Répondus", "المجاب عنها"),
    "rate": ("Taux", "النسبة"),
    "portal": ("Portail", "البوابة"),
    "portal_share": ("Part du portail dans l'arrivée", "حصة البوابة من الوارد"),
    "ack_delay": (
        "Délai d'accusé de réception, heures (médiane / 90e centile)",
        "أجل الإشعار بالتسلم بالساعات (الوسيط / المئين 90)",
    ),
    "ack_waiting": ("Dépôts sans accusé", "إيداعات دون إشعار"),
    "total": ("Total", "المجموع"),
    "service": ("Service", "المصلحة"),
    "type": ("Type", "النوع"),
    "week": ("Semaine", "الأسبوع"),
    "day": ("Jour", "اليوم"),
    "month": ("Mois", "الشهر"),
    "generated": ("Édité le {at}", "حرر بتاريخ {at}"),
    "page": ("Page {page} / {count}", "صفحة {page} / {count}"),
    "none": ("—", "—"),
}


def word(key: str, lang: str, **params: object) -> str:
    fr, ar = WORDS[key]
    return (ar if lang == "ar" else fr).format(**params)


def both(key: str, **params: object) -> tuple[str, str]:
    return word(key, "fr", **params), word(key, "ar", **params)


def term(value: str, lang: str) -> str:
    """A direction, channel or mail type in ``lang``."""
    return vocabulary(value, lang)
