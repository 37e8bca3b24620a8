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
            "لا مراسلة قيد المعالجة",
            "مراسلة واحدة قيد المعالجة",
            "مراسلتان قيد المعالجة",
            "%n مراسلات قيد المعالجة",
            "%n مراسلة قيد المعالجة",
            "%n مراسلة قيد المعالجة",
        ],
    },
    (_, "%n overdue"): {
        "fr": ["%n en retard", "%n en retard"],
        "ar": [
            "لا مراسلة متأخرة",
            "مراسلة واحدة متأخرة",
            "مراسلتان متأخرتان",
            "%n مراسلات متأخرة",
            "%n مراسلة متأخرة",
            "%n مراسلة متأخرة",
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
        "ar": "تحديد أجل ال&معالجة",
    },
    ("AssignDialog", "&Assign"): {"fr": "I&mputer", "ar": "إ&حالة"},
    (_, "By default: %1 for normal mail, %2 for urgent, %3 for very urgent."): {
        "fr": "Par défaut : %1 pour le courrier normal, %2 pour l'urgent, %3 pour le très urgent.",
        "ar": "أجل المعالجة افتراضيا: %1 للمراسلات العادية، و%2 للمستعجلة، و%3 للمستعجلة جدا.",
    },
    (_, "Choose the service the mail is assigned to."): {
        "fr": "Choisissez le service auquel le courrier est imputé.",
        "ar": "يرجى اختيار المصلحة التي تحال إليها المراسلة.",
    },
    ("DelaysView", "Open mail"): {"fr": "Courrier en cours", "ar": "المراسلات الجارية"},
    ("DelaysView", "Overdue"): {"fr": "En retard", "ar": "المتأخرة"},
    ("DelaysView", "%n open mail(s) in the services"): {
        "fr": ["%n courrier en cours dans les services", "%n courriers en cours dans les services"],
        "ar": [
            "لا مراسلات جارية في المصالح",
            "مراسلة واحدة جارية في المصالح",
            "مراسلتان جاريتان في المصالح",
            "%n مراسلات جارية في المصالح",
            "%n مراسلة جارية في المصالح",
            "%n مراسلة جارية في المصالح",
        ],
    },
    ("DetailPane", "Assigned to"): {"fr": "Imputé à", "ar": "محال إلى"},
    ("DetailPane", "Copies to"): {"fr": "Copies à", "ar": "نسخ إلى"},
    ("DetailPane", "Due date"): {"fr": "Échéance", "ar": "أجل المعالجة"},
    ("DetailPane", "Instructions"): {"fr": "Instructions", "ar": "التعليمات"},
    ("DetailPane", "Answered by"): {"fr": "Réponse", "ar": "الجواب"},
    ("DetailPane", "overdue"): {"fr": "en retard", "ar": "متأخر"},
    ("ImputationActions", "&Assign…"): {"fr": "&Imputer…", "ar": "إ&حالة…"},
    ("ImputationActions", "&Hand on…"): {"fr": "&Réimputer…", "ar": "إعادة الإ&حالة…"},
    ("ImputationActions", "Send &back to the bureau d'ordre…"): {
        "fr": "&Renvoyer au bureau d'ordre…",
        "ar": "إرجاع إلى م&كتب الضبط…",
    },
    ("ImputationActions", "&Start the treatment"): {
        "fr": "&Commencer le traitement",
        "ar": "الشروع في ال&معالجة",
    },
    ("ImputationActions", "Mark ans&wered…"): {"fr": "Marquer ré&pondu…", "ar": "&تسجيل الجواب…"},
    ("ImputationActions", "&File (classer)…"): {"fr": "C&lasser…", "ar": "ح&فظ…"},
    ("MainWindow", "My tas&ks"): {"fr": "&Mes tâches", "ar": "&مهامي"},
    ("MainWindow", "Service &inbox"): {"fr": "Courrier du &service", "ar": "مراسلات ال&مصلحة"},
    ("MainWindow", "In treatme&nt"): {"fr": "En &traitement", "ar": "قيد ال&معالجة"},
    ("MainWindow", "Tr&eatment"): {"fr": "&Traitement", "ar": "ال&معالجة"},
    ("MainWindow", "Re&gister"): {"fr": "Re&gistre", "ar": "ال&سجل"},
    ("MainWindow", "&Delays by service"): {
        "fr": "&Retards par service",
        "ar": "الت&أخر حسب المصالح",
    },
    ("ReassignDialog", "Hand on mail %1"): {
        "fr": "Réimputer le courrier %1",
        "ar": "إعادة إحالة المراسلة %1",
    },
    ("ReassignDialog", "Now with: %1"): {
        "fr": "Actuellement chez : %1",
        "ar": "توجد حاليا لدى: %1",
    },
    ("ReassignDialog", "&Service"): {"fr": "&Service", "ar": "ال&مصلحة"},
    ("ReassignDialog", "&Agent"): {"fr": "&Agent", "ar": "ال&موظف"},
    ("ReassignDialog", "&Note"): {"fr": "&Note", "ar": "م&لاحظة"},
    ("ReassignDialog", "Change the &due date"): {
        "fr": "Modifier l'é&chéance",
        "ar": "تغيير أجل ال&معالجة",
    },
    ("ReassignDialog", "&Hand on"): {"fr": "&Réimputer", "ar": "إعادة الإ&حالة"},
    ("ReassignDialog", "— the service, no agent —"): {
        "fr": "— le service, sans agent —",
        "ar": "— المصلحة، دون تعيين موظف —",
    },
    ("ReassignDialog", "Choose another service or an agent."): {
        "fr": "Choisissez un autre service ou un agent.",
        "ar": "يرجى اختيار مصلحة أخرى أو موظف.",
    },
    ("StepDialog", "Return mail %1"): {"fr": "Renvoyer le courrier %1", "ar": "إرجاع المراسلة %1"},
    (
        "StepDialog",
        "The mail goes back to the bureau d'ordre, to be assigned again; say why it is not your service's.",
    ): {
        "fr": "Le courrier retourne au bureau d'ordre pour être imputé à nouveau ; indiquez pourquoi il ne relève pas de votre service.",
        "ar": "تعود المراسلة إلى مكتب الضبط لإحالتها من جديد؛ يرجى بيان سبب عدم اختصاص مصلحتكم.",
    },
    ("StepDialog", "&Reason"): {"fr": "&Motif", "ar": "ال&سبب"},
    ("StepDialog", "&Return it"): {"fr": "&Renvoyer", "ar": "إرجا&عها"},
    ("StepDialog", "Answer to mail %1"): {
        "fr": "Réponse au courrier %1",
        "ar": "الجواب عن المراسلة %1",
    },
    ("StepDialog", "Type or scan the number of the outgoing mail that answers it."): {
        "fr": "Saisissez ou scannez le numéro du courrier de départ qui y répond.",
        "ar": "أدخل أو امسح رقم المراسلة الصادرة التي تجيب عنها.",
    },
    ("StepDialog", "&Outgoing mail"): {"fr": "Courrier de &départ", "ar": "المراسلة ال&صادرة"},
    ("StepDialog", "&Mark answered"): {"fr": "Marquer &répondu", "ar": "&تسجيل الجواب"},
    ("StepDialog", "File mail %1"): {"fr": "Classer le courrier %1", "ar": "حفظ المراسلة %1"},
    ("StepDialog", "The mail is filed (classé): its treatment is over."): {
        "fr": "Le courrier est classé : son traitement est terminé.",
        "ar": "تحفظ المراسلة: انتهت معالجتها.",
    },
    ("StepDialog", "&Note"): {"fr": "&Note", "ar": "م&لاحظة"},
    ("StepDialog", "Optional"): {"fr": "Facultatif", "ar": "اختياري"},
    ("StepDialog", "&File it"): {"fr": "C&lasser", "ar": "&حفظ"},
    ("History", "status"): {"fr": "statut", "ar": "الحالة"},
    ("History", "copies"): {"fr": "copies", "ar": "النسخ"},
    ("History", "agent"): {"fr": "agent", "ar": "الموظف"},
    ("History", "instructions"): {"fr": "instructions", "ar": "التعليمات"},
    ("History", "due date"): {"fr": "échéance", "ar": "أجل المعالجة"},
    ("History", "answered by"): {"fr": "réponse", "ar": "الجواب"},
    ("History", "Attachment added"): {"fr": "Pièce jointe ajoutée", "ar": "إضافة مرفق"},
    ("History", "Label printed"): {"fr": "Étiquette imprimée", "ar": "طبع الملصقة"},
    ("History", "Receipt printed"): {"fr": "Récépissé imprimé", "ar": "طبع وصل الإيداع"},
    ("History", "Handed on"): {"fr": "Réimputé", "ar": "أعيدت إحالته"},
    ("History", "Sent back to the bureau d'ordre"): {
        "fr": "Renvoyé au bureau d'ordre",
        "ar": "أرجع إلى مكتب الضبط",
    },
    ("History", "Treatment started"): {"fr": "Traitement commencé", "ar": "بدء المعالجة"},
    ("History", "Filed"): {"fr": "Classé", "ar": "حفظ"},
    ("RegistrationForm", "In r&eply to"): {"fr": "En répons&e à", "ar": "جو&ابا عن"},
    ("MainWindow", "Register the &reply…"): {
        "fr": "Enregistrer la &réponse…",
        "ar": "&تسجيل الجواب الصادر…",
    },
}
