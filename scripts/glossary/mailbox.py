"""Words of e-mail on the desk: the E-mail menu and its indicator, the basket of e-mail to
register, its form and dialogs, the administration's Mailboxes tab.

Mnemonics (&) of the Mailboxes tab avoid the other administration tabs' titles and each other
(checked by tests/ui/test_admin_dialog.py).
"""

from __future__ import annotations

from typing import Any

D, W, F, P = "MailboxDesk", "MailboxWindow", "EmailForm", "EmailPane"
X, J, A = "DiscardMessageDialog", "JoinEmailDialog", "MailboxPage"

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    # The main window and the desk
    ("MainWindow", "&E-mail"): {"fr": "Co&urriel", "ar": "البريد الإ&لكتروني"},
    (D, "E-mail to &register…"): {
        "fr": "Courriels à &enregistrer…",
        "ar": "رسائل إلكترونية في انتظار الت&سجيل…",
    },
    (D, "Read the &mailboxes now"): {
        "fr": "&Relever les boîtes maintenant",
        "ar": "&قراءة صناديق البريد الآن",
    },
    (D, "E-mail: no mailbox set up"): {
        "fr": "Courriel : aucune boîte configurée",
        "ar": "البريد الإلكتروني: لم يهيأ أي صندوق",
    },
    (D, "E-mail: %1 to register"): {
        "fr": "Courriel : %1 à enregistrer",
        "ar": "البريد الإلكتروني: %1 في انتظار التسجيل",
    },
    (D, "%n new e-mail(s) to register"): {
        "fr": ["%n nouveau courriel à enregistrer", "%n nouveaux courriels à enregistrer"],
        "ar": [
            "لا توجد رسالة إلكترونية جديدة",
            "رسالة إلكترونية جديدة واحدة في انتظار التسجيل",
            "رسالتان إلكترونيتان جديدتان في انتظار التسجيل",
            "%n رسائل إلكترونية جديدة في انتظار التسجيل",
            "%n رسالة إلكترونية جديدة في انتظار التسجيل",
            "%n رسالة إلكترونية جديدة في انتظار التسجيل",
        ],
    },
    # The basket's window
    (W, "E-mail to register (%n)"): {
        "fr": ["Courriels à enregistrer (%n)", "Courriels à enregistrer (%n)"],
        "ar": ["رسائل في انتظار التسجيل (%n)"] * 6,
    },
    (W, "given up — send it again"): {
        "fr": "abandonné — à renvoyer",
        "ar": "توقف الإرسال — أعد الإرسال",
    },
    (W, "will be tried again"): {"fr": "sera renvoyé", "ar": "ستعاد المحاولة"},
    (W, "Registered as %1."): {"fr": "Enregistré sous le n° %1.", "ar": "سجلت تحت الرقم %1."},
    (W, "Kept in the .eml only: %1."): {
        "fr": "Conservé seulement dans le .eml : %1.",
        "ar": "محفوظ في ملف .eml فقط: %1.",
    },
    (W, "Joined to %1."): {"fr": "Rattaché au courrier %1.", "ar": "ألحقت بالمراسلة %1."},
    (W, "Reading the mailboxes…"): {
        "fr": "Relève des boîtes aux lettres…",
        "ar": "جارٍ قراءة صناديق البريد…",
    },
    (W, "%n new message(s)"): {
        "fr": ["%n nouveau message", "%n nouveaux messages"],
        "ar": [
            "لا رسالة جديدة",
            "رسالة جديدة واحدة",
            "رسالتان جديدتان",
            "%n رسائل جديدة",
            "%n رسالة جديدة",
            "%n رسالة جديدة",
        ],
    },
    (W, "%n refused (see the log)"): {
        "fr": ["%n refusé (voir le journal)", "%n refusés (voir le journal)"],
        "ar": [
            "لا رسالة مرفوضة",
            "رسالة واحدة مرفوضة (انظر السجل)",
            "رسالتان مرفوضتان (انظر السجل)",
            "%n رسائل مرفوضة (انظر السجل)",
            "%n رسالة مرفوضة (انظر السجل)",
            "%n رسالة مرفوضة (انظر السجل)",
        ],
    },
    (W, "Read the mailboxes now (F5)"): {
        "fr": "Relever les boîtes maintenant (F5)",
        "ar": "قراءة صناديق البريد الآن (F5)",
    },
    (W, "&Register (Ctrl+Enter)"): {
        "fr": "&Enregistrer (Ctrl+Entrée)",
        "ar": "&تسجيل (Ctrl+Enter)",
    },
    (W, "Join to a mail… (Ctrl+J)"): {
        "fr": "Rattacher à un courrier… (Ctrl+J)",
        "ar": "إلحاق بمراسلة مسجلة… (Ctrl+J)",
    },
    (W, "Discard… (Del)"): {"fr": "Écarter… (Suppr)", "ar": "استبعاد… (Del)"},
    (W, "Send again"): {"fr": "Renvoyer", "ar": "إعادة الإرسال"},
    (W, "Acknowledgements not sent"): {
        "fr": "Accusés de réception non partis",
        "ar": "إشعارات بالتوصل لم ترسل",
    },
    (W, "Received"): {"fr": "Reçu le", "ar": "تاريخ التوصل"},
    (W, "From"): {"fr": "Expéditeur", "ar": "المرسل"},
    (W, "Files"): {"fr": "Fichiers", "ar": "الملفات"},
    # The message as read
    (P, "kept in the .eml only"): {
        "fr": "conservé seulement dans le .eml",
        "ar": "محفوظ في ملف .eml فقط",
    },
    (P, "attached to the mail"): {"fr": "joint au courrier", "ar": "يرفق بالمراسلة"},
    (P, "Written in HTML: shown as text, nothing is loaded from the Internet."): {
        "fr": "Écrit en HTML : affiché en texte, rien n'est chargé depuis Internet.",
        "ar": "مكتوبة بلغة HTML: تعرض نصا، ولا يحمل أي شيء من الإنترنت.",
    },
    (P, "The message is malformed; it is shown as well as it can be."): {
        "fr": "Le message est mal formé ; il est affiché du mieux possible.",
        "ar": "الرسالة غير سليمة البنية؛ تعرض بأفضل ما يمكن.",
    },
    (P, "From"): {"fr": "Expéditeur", "ar": "المرسل"},
    (P, "Received"): {"fr": "Reçu le", "ar": "تاريخ التوصل"},
    # The form
    (F, "Sender (Latin letters)"): {
        "fr": "Expéditeur (lettres latines)",
        "ar": "المرسل (بحروف لاتينية)",
    },
    (F, "Sender (Arabic)"): {"fr": "Expéditeur (en arabe)", "ar": "المرسل (بالعربية)"},
    (F, "Sender's e-mail"): {"fr": "Courriel de l'expéditeur", "ar": "البريد الإلكتروني للمرسل"},
    (F, "Sender is"): {"fr": "L'expéditeur est", "ar": "صفة المرسل"},
    (F, "Send the acknowledgement by e-mail"): {
        "fr": "Envoyer l'accusé de réception par courriel",
        "ar": "إرسال الإشعار بالتوصل بالبريد الإلكتروني",
    },
    # Discarding, joining
    (X, "Discard an e-mail"): {"fr": "Écarter un courriel", "ar": "استبعاد رسالة إلكترونية"},
    (
        X,
        "The e-mail will not be registered: it leaves the basket, and is kept with the "
        "reason. Say why (advertising, a duplicate of a letter already received...).",
    ): {
        "fr": "Le courriel ne sera pas enregistré : il quitte la corbeille et reste conservé "
        "avec le motif. Dites pourquoi (publicité, doublon d'une lettre déjà reçue...).",
        "ar": "لن تسجل الرسالة: تخرج من السلة وتبقى محفوظة مع السبب. اذكر السبب (إشهار، "
        "نسخة من رسالة سبق توصلها...).",
    },
    (X, "&Reason"): {"fr": "&Motif", "ar": "ال&سبب"},
    (X, "&Discard"): {"fr": "É&carter", "ar": "ا&ستبعاد"},
    (J, "Join an e-mail to a registered mail"): {
        "fr": "Rattacher un courriel à un courrier enregistré",
        "ar": "إلحاق رسالة إلكترونية بمراسلة مسجلة",
    },
    (
        J,
        "The e-mail and its files are attached to the mail already registered (a reminder, "
        "a second copy): it gets no number of its own.",
    ): {
        "fr": "Le courriel et ses fichiers sont joints au courrier déjà enregistré (une "
        "relance, un second exemplaire) : il ne reçoit pas de numéro propre.",
        "ar": "ترفق الرسالة وملفاتها بالمراسلة المسجلة سابقا (تذكير، نسخة ثانية): لا تمنح "
        "رقما خاصا بها.",
    },
    (J, "Mail &number"): {"fr": "&Numéro du courrier", "ar": "&رقم المراسلة"},
    (J, "&Join"): {"fr": "&Rattacher", "ar": "إ&لحاق"},
    # The administration's Mailboxes tab
    (A, "&Mailboxes"): {"fr": "Boîtes au&x lettres", "ar": "صناد&يق البريد"},
    (A, "The mailbox"): {"fr": "La boîte aux lettres", "ar": "صندوق البريد"},
    (A, "&Name"): {"fr": "&Nom", "ar": "الا&سم"},
    (A, "IMAP &server"): {"fr": "Serveur IM&AP", "ar": "خادم &IMAP"},
    (A, "P&ort"): {"fr": "P&ort", "ar": "المن&فذ"},
    (A, "Securit&y"): {"fr": "S&écurité", "ar": "ال&حماية"},
    (A, "&Login"): {"fr": "Identi&fiant", "ar": "اسم المست&عمل"},
    (A, "Pass&word"): {"fr": "Mot de &passe", "ar": "&كلمة المرور"},
    (A, "&Folder read"): {"fr": "Dossier &relevé", "ar": "المجلد المق&روء"},
    (A, "Folder for &handled messages"): {
        "fr": "Dossier des messages &traités",
        "ar": "مجلد الرسائل المعا&لجة",
    },
    (A, "Folder for &refused messages"): {
        "fr": "Dossier des messa&ges refusés",
        "ar": "مجلد الرسائل المرفو&ضة",
    },
    (A, "Certificate aut&horities (CA file)"): {
        "fr": "Autorités de certification (fic&hier CA)",
        "ar": "&شهادات جهات التصديق (ملف CA)",
    },
    (A, "Read e&very"): {"fr": "Fré&quence de relève", "ar": "ال&قراءة كل"},
    (A, "Sender's address"): {"fr": "Adresse de l'expéditeur", "ar": "عنوان المرسل"},
    (A, "SMTP server"): {"fr": "Serveur SMTP", "ar": "خادم SMTP"},
    (A, "SMTP port"): {"fr": "Port SMTP", "ar": "منفذ SMTP"},
    (A, "SMTP security"): {"fr": "Sécurité SMTP", "ar": "حماية SMTP"},
    (A, "SMTP login"): {"fr": "Identifiant SMTP", "ar": "اسم مستعمل SMTP"},
    (A, "SMTP password"): {"fr": "Mot de passe SMTP", "ar": "كلمة مرور SMTP"},
    (A, "TLS (IMAPS, SMTPS)"): {"fr": "TLS (IMAPS, SMTPS)", "ar": "TLS (IMAPS، SMTPS)"},
    (A, "STARTTLS"): {"fr": "STARTTLS", "ar": "STARTTLS"},
    (A, "None (this computer only)"): {
        "fr": "Aucune (cet ordinateur seulement)",
        "ar": "بدون (هذا الحاسوب فقط)",
    },
    (A, "usual"): {"fr": "habituel", "ar": "المعتاد"},
    (A, " min"): {"fr": " min", "ar": " دقيقة"},
    (A, "Desks read it automatically"): {
        "fr": "Les postes la relèvent automatiquement",
        "ar": "تقرؤه الأجهزة تلقائيا",
    },
    (A, "Acknowledge by e-mail, in Arabic and French"): {
        "fr": "Accuser réception par courriel, en arabe et en français",
        "ar": "الإشعار بالتوصل بالبريد الإلكتروني، بالعربية والفرنسية",
    },
    (A, "Optional: the office's own CA, PEM file"): {
        "fr": "Facultatif : l'autorité de certification propre au bureau, fichier PEM",
        "ar": "اختياري: جهة التصديق الخاصة بالمكتب، ملف PEM",
    },
    (A, "The mailbox's login"): {"fr": "L'identifiant de la boîte", "ar": "اسم مستعمل الصندوق"},
    (A, "&New mailbox"): {"fr": "Nouvelle &boîte", "ar": "إضافة &صندوق"},
    (A, "&Test the connection"): {"fr": "Tester la &connexion", "ar": "اختبار الاتص&ال"},
    (A, "Save the mail&box"): {"fr": "&Enregistrer la boîte", "ar": "حف&ظ الصندوق"},
    (A, "Kept in this computer's keyring — leave empty to keep it"): {
        "fr": "Conservé dans le trousseau de cet ordinateur — laisser vide pour le garder",
        "ar": "محفوظة في خزنة أسرار هذا الحاسوب — اتركها فارغة للإبقاء عليها",
    },
    (A, "Leave empty: the mailbox's password"): {
        "fr": "Laisser vide : le mot de passe de la boîte",
        "ar": "اتركه فارغا: كلمة مرور الصندوق",
    },
    (A, "not read"): {"fr": "non relevée", "ar": "لا تقرأ"},
    (A, "Connecting to the mailbox…"): {
        "fr": "Connexion à la boîte aux lettres…",
        "ar": "جارٍ الاتصال بصندوق البريد…",
    },
    (A, "Connected: %1 in the folder read."): {
        "fr": "Connexion réussie : %1 dans le dossier relevé.",
        "ar": "تم الاتصال بنجاح: %1 في المجلد المقروء.",
    },
    (A, "%n message(s)"): {
        "fr": ["%n message", "%n messages"],
        "ar": [
            "لا توجد أي رسالة",
            "رسالة واحدة",
            "رسالتان",
            "%n رسائل",
            "%n رسالة",
            "%n رسالة",
        ],
    },
    (A, "The folder %1 will be created at the first reading."): {
        "fr": "Le dossier %1 sera créé à la première relève.",
        "ar": "سينشأ المجلد %1 عند أول قراءة.",
    },
    (A, "SMTP server %1 reached: acknowledgements can leave."): {
        "fr": "Serveur SMTP %1 joint : les accusés de réception peuvent partir.",
        "ar": "تم الاتصال بخادم SMTP %1: يمكن إرسال الإشعارات بالتوصل.",
    },
}
