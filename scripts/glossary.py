"""The interface's words in French and Arabic, keyed by (Qt context or "*", English source)."""

from __future__ import annotations

from typing import Any

_ = "*"
GLOSSARY: dict[tuple[str, str], dict[str, Any]] = {
    # Register columns and values
    (_, "Number"): {"fr": "N° d'ordre", "ar": "رقم الترتيب"},
    (_, "Date and time"): {"fr": "Date et heure", "ar": "التاريخ والساعة"},
    (_, "Direction"): {"fr": "Sens", "ar": "النوع"},
    (_, "Correspondent"): {"fr": "Correspondant", "ar": "المراسل"},
    (_, "Subject"): {"fr": "Objet", "ar": "الموضوع"},
    (_, "Service"): {"fr": "Service", "ar": "المصلحة"},
    (_, "Status"): {"fr": "Statut", "ar": "الحالة"},
    (_, "Incoming"): {"fr": "Arrivée", "ar": "وارد"},
    (_, "Outgoing"): {"fr": "Départ", "ar": "صادر"},
    (_, "Internal"): {"fr": "Interne", "ar": "داخلي"},
    (_, "Registered"): {"fr": "Enregistré", "ar": "مسجل"},
    (_, "Assigned"): {"fr": "Imputé", "ar": "محال"},
    (_, "In progress"): {"fr": "En traitement", "ar": "قيد المعالجة"},
    (_, "Answered"): {"fr": "Répondu", "ar": "تم الرد"},
    (_, "Closed"): {"fr": "Classé", "ar": "محفوظ"},
    (_, "Cancelled"): {"fr": "Annulé", "ar": "ملغى"},
    (_, "Corrected"): {"fr": "Corrigé", "ar": "مصحح"},
    (_, "Letter"): {"fr": "Lettre", "ar": "رسالة"},
    (_, "Invoice"): {"fr": "Facture", "ar": "فاتورة"},
    (_, "Summons"): {"fr": "Convocation", "ar": "استدعاء"},
    (_, "Complaint"): {"fr": "Réclamation", "ar": "شكاية"},
    (_, "Request"): {"fr": "Demande", "ar": "طلب"},
    (_, "Note"): {"fr": "Note", "ar": "مذكرة"},
    (_, "Report"): {"fr": "Rapport", "ar": "تقرير"},
    (_, "Circular"): {"fr": "Circulaire", "ar": "دورية"},
    (_, "Decision"): {"fr": "Décision", "ar": "قرار"},
    (_, "Other"): {"fr": "Autre", "ar": "أخرى"},
    (_, "Counter"): {"fr": "Guichet", "ar": "الشباك"},
    (_, "Post"): {"fr": "Poste", "ar": "البريد"},
    (_, "Courier"): {"fr": "Porteur", "ar": "حامل"},
    (_, "Email"): {"fr": "Courriel", "ar": "بريد إلكتروني"},
    (_, "Fax"): {"fr": "Fax", "ar": "فاكس"},
    (_, "Portal"): {"fr": "Portail", "ar": "البوابة"},
    (_, "Normal"): {"fr": "Normal", "ar": "عادي"},
    (_, "Urgent"): {"fr": "Urgent", "ar": "مستعجل"},
    (_, "Very urgent"): {"fr": "Très urgent", "ar": "مستعجل جدا"},
    # Filters
    (_, "Search: number, subject, correspondent"): {
        "fr": "Rechercher : numéro, objet, correspondant",
        "ar": "بحث: الرقم، الموضوع، المراسل",
    },
    (_, "Today"): {"fr": "Aujourd'hui", "ar": "اليوم"},
    (_, "Period"): {"fr": "Période", "ar": "فترة"},
    (_, "All directions"): {"fr": "Tous les sens", "ar": "كل الأنواع"},
    (_, "All statuses"): {"fr": "Tous les statuts", "ar": "كل الحالات"},
    (_, "All services"): {"fr": "Tous les services", "ar": "كل المصالح"},
    # Detail pane
    (_, "Registered on"): {"fr": "Enregistré le", "ar": "تاريخ التسجيل"},
    (_, "Type"): {"fr": "Type", "ar": "الصنف"},
    (_, "Channel"): {"fr": "Canal", "ar": "طريقة الإيداع"},
    (_, "Priority"): {"fr": "Priorité", "ar": "الأولوية"},
    (_, "Pieces"): {"fr": "Pièces", "ar": "عدد الوثائق"},
    (_, "Reference"): {"fr": "Référence", "ar": "المرجع"},
    (_, "Letter date"): {"fr": "Date de la lettre", "ar": "تاريخ الرسالة"},
    (_, "Received / sent on"): {"fr": "Reçu / envoyé le", "ar": "تاريخ التوصل / الإرسال"},
    (_, "Observations"): {"fr": "Observations", "ar": "ملاحظات"},
    (_, "Attachments"): {"fr": "Pièces jointes", "ar": "المرفقات"},
    (_, "History"): {"fr": "Historique", "ar": "السجل"},
    (_, "No mail selected"): {"fr": "Aucun courrier sélectionné", "ar": "لم يتم اختيار أي مراسلة"},
    (_, "%n page(s)"): {
        "fr": ["%n page", "%n pages"],
        "ar": ["لا صفحات", "صفحة واحدة", "صفحتان", "%n صفحات", "%n صفحة", "%n صفحة"],
    },
    # Main window
    (_, "Bureau d'ordre — %1"): {"fr": "Bureau d'ordre — %1", "ar": "مكتب الضبط — %1"},
    (_, "&Register"): {"fr": "&Registre", "ar": "&السجل"},
    (_, "Search"): {"fr": "Rechercher", "ar": "بحث"},
    (_, "Refresh"): {"fr": "Actualiser", "ar": "تحديث"},
    (_, "&Language"): {"fr": "&Langue", "ar": "&اللغة"},
    (_, "Loading…"): {"fr": "Chargement…", "ar": "جار التحميل…"},
    (_, "%n mail(s)"): {
        "fr": ["%n courrier", "%n courriers"],
        "ar": ["لا مراسلات", "مراسلة واحدة", "مراسلتان", "%n مراسلات", "%n مراسلة", "%n مراسلة"],
    },
}
