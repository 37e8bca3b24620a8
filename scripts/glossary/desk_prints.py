"""Words of dispatch: batch labels, routing slips, the delivery book, registered letters' ARs,
printing and saving from the page viewer, the sorting tray's preview and confirmation.

Arabic as a bureau d'ordre writes it: بطاقة الإحالة (fiche d'imputation), سجل التسليم
(cahier de transmission), رسالة مضمونة مع إشعار بالتسلم (recommandé avec AR). No mnemonic
in the Arabic texts: an underline under an Arabic letter changes how the word looks.
"""

from __future__ import annotations

from typing import Any

_ = "*"


def _ar(zero: str, one: str, two: str, few: str, many: str, other: str) -> list[str]:
    """Arabic's six plural forms: 0, 1, 2, 3-10, 11-99, 100 and more."""
    return [zero, one, two, few, many, other]


ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    # Stored values
    ("Labels", "Registered with AR"): {
        "fr": "Recommandé avec AR",
        "ar": "مضمون مع إشعار بالتسلم",
    },
    ("Labels", "For action"): {"fr": "Pour attribution", "ar": "للاختصاص"},
    ("Labels", "For information"): {"fr": "Pour information", "ar": "للإخبار"},
    # History
    ("History", "AR number"): {"fr": "n° d'AR", "ar": "رقم الإشعار بالتسلم"},
    ("History", "AR returned on"): {"fr": "AR revenu le", "ar": "تاريخ رجوع الإشعار"},
    ("History", "for"): {"fr": "pour", "ar": "الغرض"},
    ("History", "Routing slip printed"): {
        "fr": "Fiche d'imputation imprimée",
        "ar": "طبعت بطاقة الإحالة",
    },
    ("History", "Handed over to the service"): {
        "fr": "Remis au service",
        "ar": "سلمت إلى المصلحة",
    },
    ("History", "Acknowledgement of receipt returned"): {
        "fr": "Accusé de réception revenu",
        "ar": "رجع الإشعار بالتسلم",
    },
    # The registration form
    ("RegistrationForm", "AR number"): {"fr": "N° de l'AR", "ar": "رقم الإشعار بالتسلم"},
    # The labels dialog
    ("LabelsDialog", "Print labels"): {"fr": "Imprimer des étiquettes", "ar": "طباعة الملصقات"},
    ("LabelsDialog", "&Labels"): {"fr": "&Étiquettes", "ar": "الملصقات"},
    ("LabelsDialog", "&Print"): {"fr": "&Imprimer", "ar": "طباعة"},
    ("LabelsDialog", "Pre&view…"): {"fr": "&Aperçu…", "ar": "معاينة…"},
    ("LabelsDialog", "Save as P&DF…"): {"fr": "Enregistrer en P&DF…", "ar": "حفظ بصيغة PDF…"},
    ("LabelsDialog", "%n label(s): %1"): {
        "fr": ["%n étiquette : %1", "%n étiquettes : %1"],
        "ar": _ar(
            "لا توجد أي ملصقة: %1",
            "ملصقة واحدة: %1",
            "ملصقتان: %1",
            "%n ملصقات: %1",
            "%n ملصقة: %1",
            "%n ملصقة: %1",
        ),
    },
    ("LabelsDialog", "A label printer: one label a page."): {
        "fr": "Imprimante d'étiquettes : une étiquette par page.",
        "ar": "طابعة ملصقات: ملصقة واحدة في كل صفحة.",
    },
    ("LabelsDialog", "Printer: %1"): {"fr": "Imprimante : %1", "ar": "الطابعة: %1"},
    ("LabelsDialog", "Starts at sticker %1 (top left is 1, across then down)."): {
        "fr": "Début à l'étiquette %1 (1 en haut à gauche, puis en ligne et vers le bas).",
        "ar": "تبدأ الطباعة من الملصقة %1 (رقم 1 أعلى اليسار، ثم أفقيا فنزولا).",
    },
    ("LabelsDialog", "The labels go on over %n more sheet(s)."): {
        "fr": [
            "Les étiquettes continuent sur %n autre planche.",
            "Les étiquettes continuent sur %n autres planches.",
        ],
        "ar": _ar(
            "لا تحتاج الملصقات إلى أي ورقة أخرى.",
            "تتواصل الملصقات على ورقة أخرى.",
            "تتواصل الملصقات على ورقتين أخريين.",
            "تتواصل الملصقات على %n أوراق أخرى.",
            "تتواصل الملصقات على %n ورقة أخرى.",
            "تتواصل الملصقات على %n ورقة أخرى.",
        ),
    },
    ("LabelsDialog", "%n sticker(s) left on this sheet afterwards."): {
        "fr": [
            "Il restera %n étiquette sur cette planche.",
            "Il restera %n étiquettes sur cette planche.",
        ],
        "ar": _ar(
            "لن تبقى أي ملصقة في هذه الورقة.",
            "ستبقى ملصقة واحدة في هذه الورقة.",
            "ستبقى ملصقتان في هذه الورقة.",
            "ستبقى %n ملصقات في هذه الورقة.",
            "ستبقى %n ملصقة في هذه الورقة.",
            "ستبقى %n ملصقة في هذه الورقة.",
        ),
    },
    # Prints from the desk
    ("MailPrints", "%n label(s) printed: %1"): {
        "fr": ["%n étiquette imprimée : %1", "%n étiquettes imprimées : %1"],
        "ar": _ar(
            "لم تطبع أي ملصقة: %1",
            "طبعت ملصقة واحدة: %1",
            "طبعت ملصقتان: %1",
            "طبعت %n ملصقات: %1",
            "طبعت %n ملصقة: %1",
            "طبعت %n ملصقة: %1",
        ),
    },
    ("MailPrints", "%n routing slip(s) printed: %1"): {
        "fr": ["%n fiche d'imputation imprimée : %1", "%n fiches d'imputation imprimées : %1"],
        "ar": _ar(
            "لم تطبع أي بطاقة إحالة: %1",
            "طبعت بطاقة إحالة واحدة: %1",
            "طبعت بطاقتا إحالة: %1",
            "طبعت %n بطائق إحالة: %1",
            "طبعت %n بطاقة إحالة: %1",
            "طبعت %n بطاقة إحالة: %1",
        ),
    },
    # The desk's dispatch actions
    ("DispatchDesk", "&Labels of the selection…"): {
        "fr": "Éti&quettes de la sélection…",
        "ar": "ملصقات المراسلات المحددة…",
    },
    ("DispatchDesk", "Print the routing &slips"): {
        "fr": "Imprimer les &fiches d'imputation",
        "ar": "طباعة بطائق الإحالة",
    },
    ("DispatchDesk", "Preview the routing slips…"): {
        "fr": "Aperçu des fiches d'imputation…",
        "ar": "معاينة بطائق الإحالة…",
    },
    ("DispatchDesk", "Save the routing slips as PDF…"): {
        "fr": "Enregistrer les fiches d'imputation en PDF…",
        "ar": "حفظ بطائق الإحالة بصيغة PDF…",
    },
    ("DispatchDesk", "Attach the routing slips to the mails"): {
        "fr": "Joindre les fiches d'imputation aux courriers",
        "ar": "إرفاق بطائق الإحالة بالمراسلات",
    },
    ("DispatchDesk", "Routing slip attached to %n mail(s)."): {
        "fr": [
            "Fiche d'imputation jointe à %n courrier.",
            "Fiche d'imputation jointe à %n courriers.",
        ],
        "ar": _ar(
            "لم ترفق بطاقة الإحالة بأي مراسلة.",
            "أرفقت بطاقة الإحالة بمراسلة واحدة.",
            "أرفقت بطاقتا الإحالة بمراسلتين.",
            "أرفقت بطائق الإحالة بـ %n مراسلات.",
            "أرفقت بطائق الإحالة بـ %n مراسلة.",
            "أرفقت بطائق الإحالة بـ %n مراسلة.",
        ),
    },
    ("DispatchDesk", "&Delivery book…"): {
        "fr": "Cahier de &transmission…",
        "ar": "سجل التسليم…",
    },
    ("DispatchDesk", "AR &returned…"): {
        "fr": "Retour de l'&AR…",
        "ar": "رجوع الإشعار بالتسلم…",
    },
    ("DispatchDesk", "Registered letters awaiting their &AR…"): {
        "fr": "Recommandés en attente de leur A&R…",
        "ar": "الرسائل المضمونة في انتظار إشعارها بالتسلم…",
    },
    ("DispatchDesk", "Select one or more mails in the register first."): {
        "fr": "Sélectionnez d'abord un ou plusieurs courriers dans le registre.",
        "ar": "حدد أولا مراسلة أو أكثر في السجل.",
    },
    ("DispatchDesk", "Its AR came back on %1."): {
        "fr": "Son AR est revenu le %1.",
        "ar": "رجع إشعارها بالتسلم بتاريخ %1.",
    },
    ("DispatchDesk", "Only for an outgoing letter sent registered with AR."): {
        "fr": "Seulement pour un courrier de départ envoyé en recommandé avec AR.",
        "ar": "خاص بمراسلة صادرة أرسلت بالبريد المضمون مع إشعار بالتسلم.",
    },
    ("DispatchDesk", "Routing slips"): {"fr": "Fiches d'imputation", "ar": "بطائق الإحالة"},
    ("DispatchDesk", "Print the routing slip of the %n mail(s) assigned?"): {
        "fr": [
            "Imprimer la fiche d'imputation du courrier imputé ?",
            "Imprimer les fiches d'imputation des %n courriers imputés ?",
        ],
        "ar": _ar(
            "لم تتم إحالة أي مراسلة.",
            "هل تطبع بطاقة الإحالة الخاصة بالمراسلة المحالة؟",
            "هل تطبع بطاقتي الإحالة الخاصتين بالمراسلتين المحالتين؟",
            "هل تطبع بطائق الإحالة الخاصة بالمراسلات %n المحالة؟",
            "هل تطبع بطائق الإحالة الخاصة بـ %n مراسلة محالة؟",
            "هل تطبع بطائق الإحالة الخاصة بـ %n مراسلة محالة؟",
        ),
    },
    ("DispatchDesk", "&Print"): {"fr": "&Imprimer", "ar": "طباعة"},
    ("DispatchDesk", "&Not now"): {"fr": "&Pas maintenant", "ar": "ليس الآن"},
    # The delivery book
    ("DeliveryBookDialog", "Delivery book"): {
        "fr": "Cahier de transmission",
        "ar": "سجل التسليم",
    },
    ("DeliveryBookDialog", "&Service"): {"fr": "&Service", "ar": "المصلحة"},
    ("DeliveryBookDialog", "&Day"): {"fr": "&Jour", "ar": "اليوم"},
    ("DeliveryBookDialog", "All services (a sheet each)"): {
        "fr": "Tous les services (une feuille chacun)",
        "ar": "جميع المصالح (ورقة لكل مصلحة)",
    },
    ("DeliveryBookDialog", "to"): {"fr": "au", "ar": "إلى"},
    ("DeliveryBookDialog", "&Only mail not handed over yet"): {
        "fr": "&Seulement le courrier pas encore remis",
        "ar": "المراسلات التي لم تسلم بعد فقط",
    },
    ("DeliveryBookDialog", "Confidential"): {"fr": "Confidentiel", "ar": "سري"},
    ("DeliveryBookDialog", "For"): {"fr": "Pour", "ar": "الغرض"},
    ("DeliveryBookDialog", "Handed over on"): {"fr": "Remis le", "ar": "تاريخ التسليم"},
    ("DeliveryBookDialog", "Received by (&name):"): {
        "fr": "Reçu par (&nom) :",
        "ar": "تسلمها (الاسم):",
    },
    ("DeliveryBookDialog", "&Print"): {"fr": "&Imprimer", "ar": "طباعة"},
    ("DeliveryBookDialog", "Pre&view…"): {"fr": "&Aperçu…", "ar": "معاينة…"},
    ("DeliveryBookDialog", "Save as P&DF…"): {
        "fr": "Enregistrer en P&DF…",
        "ar": "حفظ بصيغة PDF…",
    },
    ("DeliveryBookDialog", "Record the &handing-over…"): {
        "fr": "Enregistrer la &remise…",
        "ar": "تسجيل التسليم…",
    },
    ("DeliveryBookDialog", "%n sheet(s)"): {
        "fr": ["%n feuille", "%n feuilles"],
        "ar": _ar("لا توجد أي ورقة", "ورقة واحدة", "ورقتان", "%n أوراق", "%n ورقة", "%n ورقة"),
    },
    ("DeliveryBookDialog", "%n not handed over yet"): {
        "fr": ["%n pas encore remis", "%n pas encore remis"],
        "ar": _ar(
            "سُلّمت كلها",
            "مراسلة واحدة لم تُسلّم بعد",
            "مراسلتان لم تُسلّما بعد",
            "%n مراسلات لم تُسلّم بعد",
            "%n مراسلة لم تُسلّم بعد",
            "%n مراسلة لم تُسلّم بعد",
        ),
    },
    ("DeliveryBookDialog", "Save it as a PDF instead."): {
        "fr": "Enregistrez-le plutôt en PDF.",
        "ar": "احفظه بصيغة PDF بدلا من ذلك.",
    },
    ("DeliveryBookDialog", "The delivery book went to the printer."): {
        "fr": "Le cahier de transmission est parti à l'imprimante.",
        "ar": "أرسل سجل التسليم إلى الطابعة.",
    },
    ("DeliveryBookDialog", "%n mail(s) to %1"): {
        "fr": ["%n courrier à %1", "%n courriers à %1"],
        "ar": _ar(
            "لا مراسلة إلى %1",
            "مراسلة واحدة إلى %1",
            "مراسلتان إلى %1",
            "%n مراسلات إلى %1",
            "%n مراسلة إلى %1",
            "%n مراسلة إلى %1",
        ),
    },
    ("DeliveryBookDialog", "Record the handing-over"): {
        "fr": "Enregistrer la remise",
        "ar": "تسجيل التسليم",
    },
    (
        "DeliveryBookDialog",
        "Record that these mails were handed over, signed for by the service?",
    ): {
        "fr": "Enregistrer la remise de ces courriers, signée par le service ?",
        "ar": "هل تسجل تسليم هذه المراسلات بعد توقيع المصلحة على تسلمها؟",
    },
    ("DeliveryBookDialog", "&Record"): {"fr": "&Enregistrer", "ar": "تسجيل"},
    ("DeliveryBookDialog", "Handed over to %1: %n mail(s)."): {
        "fr": ["Remis à %1 : %n courrier.", "Remis à %1 : %n courriers."],
        "ar": _ar(
            "لم تسلم أي مراسلة إلى %1.",
            "سلمت مراسلة واحدة إلى %1.",
            "سلمت مراسلتان إلى %1.",
            "سلمت %n مراسلات إلى %1.",
            "سلمت %n مراسلة إلى %1.",
            "سلمت %n مراسلة إلى %1.",
        ),
    },
    # Registered letters
    ("ArSection", "Acknowledgement of receipt: %1"): {
        "fr": "Accusé de réception : %1",
        "ar": "الإشعار بالتسلم: %1",
    },
    ("ArSection", "no number recorded"): {
        "fr": "numéro non saisi",
        "ar": "لم يسجل رقمه",
    },
    ("ArSection", "returned on %1"): {"fr": "revenu le %1", "ar": "رجع بتاريخ %1"},
    ("ArSection", "not returned yet (sent today)"): {
        "fr": "pas encore revenu (envoyé aujourd'hui)",
        "ar": "لم يرجع بعد (أرسلت اليوم)",
    },
    ("ArSection", "not returned yet (sent %n day(s) ago)"): {
        "fr": [
            "pas encore revenu (envoyé il y a %n jour)",
            "pas encore revenu (envoyé il y a %n jours)",
        ],
        "ar": _ar(
            "لم يرجع بعد (أرسلت اليوم)",
            "لم يرجع بعد (أرسلت منذ يوم واحد)",
            "لم يرجع بعد (أرسلت منذ يومين)",
            "لم يرجع بعد (أرسلت منذ %n أيام)",
            "لم يرجع بعد (أرسلت منذ %n يوما)",
            "لم يرجع بعد (أرسلت منذ %n يوم)",
        ),
    },
    ("ArReturnedDialog", "Acknowledgement of receipt returned"): {
        "fr": "Retour de l'accusé de réception",
        "ar": "رجوع الإشعار بالتسلم",
    },
    ("ArReturnedDialog", "The AR of the registered letter %1 came back:"): {
        "fr": "L'accusé de réception du recommandé %1 est revenu :",
        "ar": "رجع الإشعار بالتسلم الخاص بالرسالة المضمونة %1:",
    },
    ("ArReturnedDialog", "&Returned on"): {"fr": "&Revenu le", "ar": "تاريخ الرجوع"},
    ("ArReturnedDialog", "AR &number"): {"fr": "&N° de l'AR", "ar": "رقم الإشعار"},
    ("ArPendingDialog", "Registered letters awaiting their AR"): {
        "fr": "Recommandés en attente de leur accusé de réception",
        "ar": "الرسائل المضمونة في انتظار إشعارها بالتسلم",
    },
    ("ArPendingDialog", "&Sent at least this many days ago:"): {
        "fr": "&Envoyés depuis au moins (jours) :",
        "ar": "أرسلت منذ (عدد الأيام على الأقل):",
    },
    ("ArPendingDialog", "Sent on"): {"fr": "Envoyé le", "ar": "تاريخ الإرسال"},
    ("ArPendingDialog", "Days"): {"fr": "Jours", "ar": "الأيام"},
    ("ArPendingDialog", "AR number"): {"fr": "N° de l'AR", "ar": "رقم الإشعار"},
    ("ArPendingDialog", "Recipient"): {"fr": "Destinataire", "ar": "المرسل إليه"},
    ("ArPendingDialog", "&Open the mail"): {"fr": "&Ouvrir le courrier", "ar": "فتح المراسلة"},
    ("ArPendingDialog", "AR &returned…"): {"fr": "&Retour de l'AR…", "ar": "رجوع الإشعار…"},
    ("ArPendingDialog", "No registered letter is awaiting its AR."): {
        "fr": "Aucun recommandé n'attend son accusé de réception.",
        "ar": "لا توجد أي رسالة مضمونة في انتظار إشعارها بالتسلم.",
    },
    # The page viewer: print, save a copy
    ("PageViewer", "Print…"): {"fr": "Imprimer…", "ar": "طباعة…"},
    ("PageViewer", "Print the document (Ctrl+P)"): {
        "fr": "Imprimer le document (Ctrl+P)",
        "ar": "طباعة الوثيقة (\u2066Ctrl+P\u2069)",
    },
    ("PageViewer", "Save a copy…"): {"fr": "Enregistrer une copie…", "ar": "حفظ نسخة…"},
    ("PageViewer", "Save a copy of the file (Ctrl+S)"): {
        "fr": "Enregistrer une copie du fichier (Ctrl+S)",
        "ar": "حفظ نسخة من الملف (\u2066Ctrl+S\u2069)",
    },
    ("PageViewer", "Save a copy"): {"fr": "Enregistrer une copie", "ar": "حفظ نسخة"},
    ("PageViewer", "Save a copy instead."): {
        "fr": "Enregistrez plutôt une copie.",
        "ar": "احفظ نسخة بدلا من ذلك.",
    },
    ("PageViewer", "Printing…"): {"fr": "Impression…", "ar": "جارٍ الطبع…"},
    ("DocumentOutput", "%n page(s) sent to the printer."): {
        "fr": ["%n page envoyée à l'imprimante.", "%n pages envoyées à l'imprimante."],
        "ar": _ar(
            "لم ترسل أي صفحة إلى الطابعة.",
            "أرسلت صفحة واحدة إلى الطابعة.",
            "أرسلت صفحتان إلى الطابعة.",
            "أرسلت %n صفحات إلى الطابعة.",
            "أرسلت %n صفحة إلى الطابعة.",
            "أرسلت %n صفحة إلى الطابعة.",
        ),
    },
    ("DocumentOutput", "Copy saved: %1"): {
        "fr": "Copie enregistrée : %1",
        "ar": "حفظت النسخة: %1",
    },
    # The tray: confirming a number typed by hand
    ("TrayPanel", "Attach to this mail?"): {
        "fr": "Joindre à ce courrier ?",
        "ar": "إرفاق بهذه المراسلة؟",
    },
    ("TrayPanel", "Attach %1 (%2) to this mail?"): {
        "fr": "Joindre %1 (%2) à ce courrier ?",
        "ar": "هل ترفق %1 (%2) بهذه المراسلة؟",
    },
    ("TrayPanel", "Subject: %1"): {"fr": "Objet : %1", "ar": "الموضوع: %1"},
    ("TrayPanel", "Correspondent: %1"): {"fr": "Correspondant : %1", "ar": "المراسل: %1"},
    ("TrayPanel", "Registered on %1"): {"fr": "Enregistré le %1", "ar": "سجلت بتاريخ %1"},
}
