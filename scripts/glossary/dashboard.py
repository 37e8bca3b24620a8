"""Words of the activity dashboard: its window, the figure shown in the register's filter bar,
and the desk's menu entry."""

from __future__ import annotations

from typing import Any

D = "DashboardWindow"

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    (D, "Activity dashboard"): {"fr": "Tableau de bord d'activité", "ar": "لوحة قيادة النشاط"},
    (D, "From"): {"fr": "Du", "ar": "من"},
    (D, "to"): {"fr": "au", "ar": "إلى"},
    (D, "This month"): {"fr": "Ce mois", "ar": "الشهر الجاري"},
    (D, "Last month"): {"fr": "Mois dernier", "ar": "الشهر الماضي"},
    (D, "This year"): {"fr": "Cette année", "ar": "السنة الجارية"},
    (D, "Report (PDF)…"): {"fr": "Rapport (PDF)…", "ar": "التقرير (PDF)…"},
    (D, "Report (Excel)…"): {"fr": "Rapport (Excel)…", "ar": "التقرير (Excel)…"},
    (D, "Overdue mail by agent"): {
        "fr": "Courrier en retard par agent",
        "ar": "المراسلات المتأخرة حسب الموظف",
    },
    (D, "By day"): {"fr": "Par jour", "ar": "حسب اليوم"},
    (D, "By week"): {"fr": "Par semaine", "ar": "حسب الأسبوع"},
    (D, "By month"): {"fr": "Par mois", "ar": "حسب الشهر"},
    (D, "By direction"): {"fr": "Par sens", "ar": "حسب الاتجاه"},
    (D, "By channel"): {"fr": "Par canal", "ar": "حسب قناة الإيداع"},
    (D, "By service"): {"fr": "Par service", "ar": "حسب المصلحة"},
    (D, "Volumes"): {"fr": "Volumes", "ar": "الحجم"},
    (D, "Delays"): {"fr": "Délais", "ar": "الآجال"},
    (D, "Stock and overdue mail"): {
        "fr": "Stock et retards",
        "ar": "المخزون والمراسلات المتأخرة",
    },
    (D, "Coverage and portal"): {"fr": "Taux de réponse et portail", "ar": "نسبة الرد والبوابة"},
    (D, "Registration → assignment"): {
        "fr": "Enregistrement → affectation",
        "ar": "التسجيل ← الإحالة",
    },
    (D, "Assignment → first action"): {
        "fr": "Affectation → première action",
        "ar": "الإحالة ← أول إجراء",
    },
    (D, "First action → answer"): {"fr": "Première action → réponse", "ar": "أول إجراء ← الرد"},
    (D, "Registration → answer"): {"fr": "Enregistrement → réponse", "ar": "التسجيل ← الرد"},
    (D, "Reading the figures…"): {"fr": "Lecture des chiffres…", "ar": "جارٍ احتساب الأرقام…"},
    (D, "(no service)"): {"fr": "(sans service)", "ar": "(بدون مصلحة)"},
    (D, "the whole office"): {"fr": "tout le bureau", "ar": "مكتب الضبط بأكمله"},
    (D, "%n mail(s) registered"): {
        "fr": ["%n courrier enregistré", "%n courriers enregistrés"],
        "ar": [
            "لا توجد أي مراسلة مسجلة",
            "مراسلة واحدة مسجلة",
            "مراسلتان مسجلتان",
            "%n مراسلات مسجلة",
            "%n مراسلة مسجلة",
            "%n مراسلة مسجلة",
        ],
    },
    (D, "as at %1"): {"fr": "au %1", "ar": "بتاريخ %1"},
    (D, "%n working day(s)"): {
        "fr": ["%n jour ouvré", "%n jours ouvrés"],
        "ar": [
            "%n يوم عمل",
            "يوم عمل واحد",
            "يوما عمل",
            "%n أيام عمل",
            "%n يوم عمل",
            "%n يوم عمل",
        ],
    },
    (D, "W%1"): {"fr": "S%1", "ar": "أسبوع %1"},
    (D, "Total"): {"fr": "Total", "ar": "المجموع"},
    (D, "Median"): {"fr": "Médiane", "ar": "الوسيط"},
    (D, "90th percentile"): {"fr": "90e centile", "ar": "المئين 90"},
    (D, "Mails"): {"fr": "Courriers", "ar": "المراسلات"},
    (D, "All"): {"fr": "Tous", "ar": "الكل"},
    (D, "Open"): {"fr": "En cours", "ar": "في طور المعالجة"},
    (D, "Overdue"): {"fr": "En retard", "ar": "متأخرة"},
    (D, "Agent"): {"fr": "Agent", "ar": "الموظف"},
    (D, "(no agent named)"): {"fr": "(aucun agent désigné)", "ar": "(لم يُعيَّن أي موظف)"},
    (D, "Received"): {"fr": "Reçus", "ar": "الواردة"},
    (D, "Coverage"): {"fr": "Taux de réponse", "ar": "نسبة الرد"},
    (D, "Portal: %n of the %1 incoming mails (%2)."): {
        "fr": [
            "Portail : %n des %1 courriers arrivés (%2).",
            "Portail : %n des %1 courriers arrivés (%2).",
        ],
        "ar": [
            "البوابة: %n من أصل %1 مراسلة واردة (%2).",
            "البوابة: مراسلة واحدة من أصل %1 مراسلة واردة (%2).",
            "البوابة: مراسلتان من أصل %1 مراسلة واردة (%2).",
            "البوابة: %n مراسلات من أصل %1 مراسلة واردة (%2).",
            "البوابة: %n مراسلة من أصل %1 مراسلة واردة (%2).",
            "البوابة: %n مراسلة من أصل %1 مراسلة واردة (%2).",
        ],
    },
    (D, "Acknowledged within %1 h (median), %2 h (90th percentile)."): {
        "fr": "Accusé de réception en %1 h (médiane), %2 h (90e centile).",
        "ar": "الإشعار بالتوصل داخل %1 ساعة (الوسيط) و%2 ساعة (المئين 90).",
    },
    (D, "%n not acknowledged yet."): {
        "fr": ["%n sans accusé de réception.", "%n sans accusé de réception."],
        "ar": [
            "لا توجد أي مراسلة بدون إشعار بالتوصل.",
            "مراسلة واحدة بدون إشعار بالتوصل بعد.",
            "مراسلتان بدون إشعار بالتوصل بعد.",
            "%n مراسلات بدون إشعار بالتوصل بعد.",
            "%n مراسلة بدون إشعار بالتوصل بعد.",
            "%n مراسلة بدون إشعار بالتوصل بعد.",
        ],
    },
    (D, "Dashboard"): {"fr": "Tableau de bord", "ar": "لوحة القيادة"},
    (D, "PDF (*.pdf)"): {"fr": "PDF (*.pdf)", "ar": "PDF (*.pdf)"},
    (D, "Excel (*.xlsx)"): {"fr": "Excel (*.xlsx)", "ar": "Excel (*.xlsx)"},
    (D, "Save the report"): {"fr": "Enregistrer le rapport", "ar": "حفظ التقرير"},
    (D, "Writing the report…"): {"fr": "Rédaction du rapport…", "ar": "جارٍ إعداد التقرير…"},
    (D, "Report saved: %1"): {"fr": "Rapport enregistré : %1", "ar": "تم حفظ التقرير: %1"},
    ("FilterBar", "Show the whole register again"): {
        "fr": "Revenir au registre complet",
        "ar": "الرجوع إلى السجل كاملا",
    },
    ("StatsDesk", "Activity &dashboard…"): {
        "fr": "&Tableau de bord d'activité…",
        "ar": "لوحة قيادة النشاط…",
    },
}
