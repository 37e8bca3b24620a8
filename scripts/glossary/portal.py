"""Words of the portal on the desk: the indicator, the Portal menu, the portal window, sending a
départ, the administration's Portal tab.

Mnemonics (&) of the Portal tab avoid the other administration tabs' titles (checked by
tests/ui/test_admin_dialog.py); the Portal menu's avoid each other.
"""

from __future__ import annotations

from typing import Any

IND, D, W = "SyncIndicator", "PortalDesk", "PortalWindow"
LOG, Q, OUT = "LogList", "QuarantineList", "OutboxList"
X, S, V, P = "DiscardDialog", "SendDialog", "SendingsView", "PortalPage"

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    # The main window
    ("MainWindow", "&Portal"): {"fr": "&Portail", "ar": "البو&ابة"},
    (D, "&Sync now"): {"fr": "&Synchroniser maintenant", "ar": "&مزامنة الآن"},
    (D, "&Interrupt the sync"): {
        "fr": "&Interrompre la synchronisation",
        "ar": "إيقاف ال&مزامنة",
    },
    (D, "Sync &log and quarantine…"): {
        "fr": "&Journal et quarantaine…",
        "ar": "سجل المزامنة والإيداعات الم&علقة…",
    },
    (D, "Send through the &portal…"): {
        "fr": "Envoyer par le &portail…",
        "ar": "إرسال عبر البو&ابة…",
    },
    (D, "Sync interrupted."): {"fr": "Synchronisation interrompue.", "ar": "توقفت المزامنة."},
    # The indicator
    (IND, "Portal: syncing…"): {"fr": "Portail : synchronisation…", "ar": "البوابة: جارٍ المزامنة…"},
    (IND, "Portal…"): {"fr": "Portail…", "ar": "البوابة…"},
    (IND, "Portal not configured"): {"fr": "Portail non configuré", "ar": "البوابة غير مهيأة"},
    (IND, "Portal: sync interrupted"): {
        "fr": "Portail : synchronisation interrompue",
        "ar": "البوابة: توقفت المزامنة",
    },
    (IND, "Portal: error — %1"): {"fr": "Portail : erreur — %1", "ar": "البوابة: خطأ — %1"},
    (IND, "Portal: never synced"): {
        "fr": "Portail : jamais synchronisé",
        "ar": "البوابة: لم تتم أي مزامنة بعد",
    },
    (IND, "Portal: up to date (%1)"): {"fr": "Portail : à jour (%1)", "ar": "البوابة: محدّثة (%1)"},
    (IND, "%n pending"): {
        "fr": ["%n en attente", "%n en attente"],
        "ar": [
            "لا شيء في الانتظار",
            "عملية واحدة في الانتظار",
            "عمليتان في الانتظار",
            "%n عمليات في الانتظار",
            "%n عملية في الانتظار",
            "%n عملية في الانتظار",
        ],
    },
    (IND, "%n in quarantine"): {
        "fr": ["%n en quarantaine", "%n en quarantaine"],
        "ar": [
            "لا إيداع معلق",
            "إيداع واحد معلق",
            "إيداعان معلقان",
            "%n إيداعات معلقة",
            "%n إيداعا معلقا",
            "%n إيداع معلق",
        ],
    },
    (IND, "%n refused"): {
        "fr": ["%n refusé", "%n refusés"],
        "ar": [
            "لا شيء مرفوض",
            "عملية واحدة مرفوضة",
            "عمليتان مرفوضتان",
            "%n عمليات مرفوضة",
            "%n عملية مرفوضة",
            "%n عملية مرفوضة",
        ],
    },
    (IND, "Last successful sync: %1"): {
        "fr": "Dernière synchronisation réussie : %1",
        "ar": "آخر مزامنة ناجحة: %1",
    },
    (IND, "Last attempt: %1"): {"fr": "Dernière tentative : %1", "ar": "آخر محاولة: %1"},
    (IND, "Automatic sync every %n minute(s)"): {
        "fr": [
            "Synchronisation automatique chaque minute",
            "Synchronisation automatique toutes les %n minutes",
        ],
        "ar": [
            "مزامنة تلقائية دون انقطاع",
            "مزامنة تلقائية كل دقيقة",
            "مزامنة تلقائية كل دقيقتين",
            "مزامنة تلقائية كل %n دقائق",
            "مزامنة تلقائية كل %n دقيقة",
            "مزامنة تلقائية كل %n دقيقة",
        ],
    },
    (IND, "Automatic sync is turned off"): {
        "fr": "Synchronisation automatique désactivée",
        "ar": "المزامنة التلقائية معطلة",
    },
    (IND, "Click for the sync log, the quarantine and the outbox (Shift+F9)."): {
        "fr": "Cliquez pour le journal, la quarantaine et les envois (Maj+F9).",
        "ar": "انقر لعرض سجل المزامنة والإيداعات المعلقة والإرسالات (\u2066Shift+F9\u2069).",
    },
    (IND, "Stop"): {"fr": "Arrêter", "ar": "إيقاف"},
    (IND, "%1 of %2"): {"fr": "%1 / %2", "ar": "%1 من %2"},
    (IND, "Interrupt the sync"): {"fr": "Interrompre la synchronisation", "ar": "إيقاف المزامنة"},
    # The portal window
    (W, "Portal — sync log, quarantine, outbox"): {
        "fr": "Portail — journal, quarantaine, envois",
        "ar": "البوابة — سجل المزامنة والإيداعات المعلقة والإرسالات",
    },
    (W, "&Retry"): {"fr": "&Réessayer", "ar": "إعادة ال&محاولة"},
    (W, "Fetch the deposit from the portal again and register it if it is now right"): {
        "fr": "Redemander le dépôt au portail et l'enregistrer s'il est désormais correct",
        "ar": "طلب الإيداع من البوابة من جديد وتسجيله إن أصبح سليما",
    },
    (W, "Dis&card…"): {"fr": "É&carter…", "ar": "استب&عاد…"},
    (W, "Send the refused ones &again"): {
        "fr": "Re&mettre les refusés en file",
        "ar": "إعادة المرفوضة إلى ال&قائمة",
    },
    (W, "&Sync now"): {"fr": "&Synchroniser maintenant", "ar": "&مزامنة الآن"},
    (W, "Close"): {"fr": "Fermer", "ar": "إغلاق"},
    (W, "Sync &log"): {"fr": "&Journal", "ar": "ال&سجل"},
    (W, "&Quarantine"): {"fr": "&Quarantaine", "ar": "الإيداعات الم&علقة"},
    (W, "&Outbox"): {"fr": "&Envois", "ar": "الإر&سالات"},
    (W, "Fetching deposit %1 from the portal…"): {
        "fr": "Demande du dépôt %1 au portail…",
        "ar": "جارٍ طلب الإيداع %1 من البوابة…",
    },
    (W, "Deposit %1 is registered."): {
        "fr": "Le dépôt %1 est enregistré.",
        "ar": "تم تسجيل الإيداع %1.",
    },
    (W, "Deposit %1 was already registered."): {
        "fr": "Le dépôt %1 était déjà enregistré.",
        "ar": "الإيداع %1 كان مسجلا سلفا.",
    },
    (W, "Deposit %1 stays in quarantine: %2"): {
        "fr": "Le dépôt %1 reste en quarantaine : %2",
        "ar": "يبقى الإيداع %1 معلقا: %2",
    },
    (W, "Deposit %1 was discarded."): {
        "fr": "Le dépôt %1 est écarté.",
        "ar": "تم استبعاد الإيداع %1.",
    },
    (W, "%n operation(s) put back in line"): {
        "fr": ["%n opération remise en file", "%n opérations remises en file"],
        "ar": [
            "لم تُعد أي عملية إلى قائمة الانتظار",
            "أُعيدت عملية واحدة إلى قائمة الانتظار",
            "أُعيدت عمليتان إلى قائمة الانتظار",
            "أُعيدت %n عمليات إلى قائمة الانتظار",
            "أُعيدت %n عملية إلى قائمة الانتظار",
            "أُعيدت %n عملية إلى قائمة الانتظار",
        ],
    },
    (W, "Syncing with the portal…"): {
        "fr": "Synchronisation avec le portail…",
        "ar": "جارٍ المزامنة مع البوابة…",
    },
    (W, "Sync interrupted."): {"fr": "Synchronisation interrompue.", "ar": "توقفت المزامنة."},
    # Its lists
    (LOG, "When"): {"fr": "Date", "ar": "التاريخ"},
    (LOG, "What happened"): {"fr": "Événement", "ar": "ما حدث"},
    (Q, "Deposit"): {"fr": "Dépôt", "ar": "الإيداع"},
    (Q, "Deposited on"): {"fr": "Déposé le", "ar": "تاريخ الإيداع"},
    (Q, "Depositor"): {"fr": "Déposant", "ar": "المودع"},
    (Q, "Reason"): {"fr": "Motif", "ar": "السبب"},
    (Q, "Detail"): {"fr": "Détail", "ar": "التفاصيل"},
    (OUT, "Operation"): {"fr": "Opération", "ar": "العملية"},
    (OUT, "Mail"): {"fr": "Courrier", "ar": "المراسلة"},
    (OUT, "Deposit or addressee"): {"fr": "Dépôt ou destinataire", "ar": "الإيداع أو المرسل إليه"},
    (OUT, "State"): {"fr": "État", "ar": "الحالة"},
    (OUT, "Since"): {"fr": "Depuis le", "ar": "منذ"},
    (OUT, "Error"): {"fr": "Erreur", "ar": "الخطأ"},
    (OUT, "Acknowledgement of receipt"): {"fr": "Accusé de réception", "ar": "إشعار بالتوصل"},
    (OUT, "Status update"): {"fr": "Mise à jour du statut", "ar": "تحديث الوضعية"},
    (OUT, "Outgoing mail"): {"fr": "Envoi d'un courrier", "ar": "إرسال مراسلة"},
    (OUT, "Refused"): {"fr": "Refusé", "ar": "مرفوض"},
    (OUT, "Pending"): {"fr": "En attente", "ar": "في الانتظار"},
    (OUT, "%n attempt(s)"): {
        "fr": ["%n tentative", "%n tentatives"],
        "ar": ["لا محاولة", "محاولة واحدة", "محاولتان", "%n محاولات", "%n محاولة", "%n محاولة"],
    },
    # Discarding a deposit
    (X, "Discard deposit %1"): {"fr": "Écarter le dépôt %1", "ar": "استبعاد الإيداع %1"},
    (
        X,
        "The deposit will not be registered: it leaves the quarantine for good. Say why (a duplicate, a test, the depositor was told to deposit again...).",
    ): {
        "fr": "Le dépôt ne sera pas enregistré : il quitte la quarantaine définitivement. Dites pourquoi (un doublon, un essai, le déposant a été invité à déposer de nouveau…).",
        "ar": "لن يُسجَّل الإيداع، وسيُحذف نهائيا من الإيداعات المعلقة. اذكر السبب (إيداع مكرر، تجربة، طُلب من المودع إعادة الإيداع…).",
    },
    (X, "&Reason"): {"fr": "&Motif", "ar": "ال&سبب"},
    (X, "&Discard"): {"fr": "É&carter", "ar": "استب&عاد"},
    # Sending a départ
    (S, "Send %1 through the portal"): {
        "fr": "Envoyer %1 par le portail",
        "ar": "إرسال %1 عبر البوابة",
    },
    (S, "&To the bureau d'ordre of (type part of its name or code)"): {
        "fr": "&Au bureau d'ordre de (tapez une partie de son nom ou de son code)",
        "ar": "إ&لى مكتب الضبط لدى (اكتب جزءا من اسمه أو رمزه)",
    },
    (S, "Name in French or Arabic, or code"): {
        "fr": "Nom en français ou en arabe, ou code",
        "ar": "الاسم بالفرنسية أو بالعربية، أو الرمز",
    },
    (S, "Code"): {"fr": "Code", "ar": "الرمز"},
    (S, "Office"): {"fr": "Bureau d'ordre", "ar": "مكتب الضبط"},
    (S, "Ministry"): {"fr": "Ministère", "ar": "الوزارة"},
    (S, "City"): {"fr": "Ville", "ar": "المدينة"},
    (S, "&Send"): {"fr": "&Envoyer", "ar": "إر&سال"},
    (
        S,
        "The portal's directory is not known yet: it comes with the next sync (Portal › Sync now, F9).",
    ): {
        "fr": "L'annuaire du portail n'est pas encore connu : il arrive avec la prochaine synchronisation (Portail › Synchroniser maintenant, F9).",
        "ar": "دليل البوابة غير معروف بعد: يصل مع المزامنة القادمة (البوابة › مزامنة الآن، \u2066F9\u2069).",
    },
    (V, "Sent through the portal"): {"fr": "Envois par le portail", "ar": "الإرسال عبر البوابة"},
    (V, "waiting for the next sync"): {
        "fr": "en attente de la prochaine synchronisation",
        "ar": "في انتظار المزامنة القادمة",
    },
    (V, "refused by the portal: %1"): {
        "fr": "refusé par le portail : %1",
        "ar": "رفضته البوابة: %1",
    },
    (V, "delivered on %1"): {"fr": "remis le %1", "ar": "سُلّم في %1"},
    (V, "sent"): {"fr": "envoyé", "ar": "أُرسل"},
    # Administration › Portal
    (P, "&Portal"): {"fr": "Portai&l", "ar": "البواب&ة"},
    (P, "Connection to the Bureau d'Ordre Digital portal"): {
        "fr": "Connexion au portail Bureau d'Ordre Digital",
        "ar": "الاتصال ببوابة مكتب الضبط الرقمي",
    },
    (P, "Portal &address (URL)"): {
        "fr": "&Adresse du portail (URL)",
        "ar": "&عنوان البوابة (\u2066URL\u2069)",
    },
    (P, "&Client id"): {"fr": "Identifiant &client", "ar": "معر&ف العميل"},
    (P, "Client s&ecret"): {"fr": "S&ecret du client", "ar": "الرمز ال&سري"},
    (P, "Sync &frequency"): {"fr": "&Fréquence de synchronisation", "ar": "&دورية المزامنة"},
    (P, "Certificate aut&horities (CA file)"): {
        "fr": "Autorités de certification (fic&hier CA)",
        "ar": "&شهادات جهات التصديق (ملف \u2066CA\u2069)",
    },
    (P, " min"): {"fr": " min", "ar": " دقيقة"},
    (P, "Desks sync auto&matically"): {
        "fr": "Synchronisation auto&matique des postes",
        "ar": "مزامنة تل&قائية في كل مراكز العمل",
    },
    (P, "Optional: the office's own CA, PEM file"): {
        "fr": "Facultatif : l'autorité de certification propre au bureau, fichier PEM",
        "ar": "اختياري: جهة التصديق الخاصة بالمكتب، ملف \u2066PEM\u2069",
    },
    (P, "B&rowse…"): {"fr": "Pa&rcourir…", "ar": "اختيار الم&لف…"},
    (P, "&Test the connection"): {"fr": "&Tester la connexion", "ar": "اختبار الات&صال"},
    (P, "Save the portal settin&gs"): {
        "fr": "Enre&gistrer les réglages du portail",
        "ar": "&حفظ إعدادات البوابة",
    },
    (P, "Kept in this computer's keyring — leave empty to keep it"): {
        "fr": "Conservé dans le trousseau de cet ordinateur — laisser vide pour le garder",
        "ar": "محفوظ في خزنة أسرار هذا الحاسوب — اتركه فارغا للإبقاء عليه",
    },
    (P, "The secret the portal gave the office"): {
        "fr": "Le secret remis au bureau par le portail",
        "ar": "الرمز السري الذي سلمته البوابة للمكتب",
    },
    (P, "The portal knows this office as %1."): {
        "fr": "Le portail connaît ce bureau d'ordre sous le code %1.",
        "ar": "تعرف البوابة مكتب الضبط هذا بالرمز %1.",
    },
    (P, "The office's certificate authorities"): {
        "fr": "Autorités de certification du bureau",
        "ar": "جهات التصديق الخاصة بالمكتب",
    },
    (P, "Certificates (*.pem *.crt *.cer);;All files (*)"): {
        "fr": "Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)",
        "ar": "الشهادات (*.pem *.crt *.cer);;كل الملفات (*)",
    },
    (P, "Asking the portal…"): {"fr": "Interrogation du portail…", "ar": "جارٍ الاتصال بالبوابة…"},
    (P, "%n office(s) in its directory"): {
        "fr": ["%n bureau d'ordre dans son annuaire", "%n bureaux d'ordre dans son annuaire"],
        "ar": [
            "لا مكتب ضبط في دليلها",
            "مكتب ضبط واحد في دليلها",
            "مكتبا ضبط في دليلها",
            "%n مكاتب ضبط في دليلها",
            "%n مكتب ضبط في دليلها",
            "%n مكتب ضبط في دليلها",
        ],
    },
    (P, "Connected: the portal knows this office as %1 (%2)."): {
        "fr": "Connexion réussie : le portail connaît ce bureau d'ordre sous le code %1 (%2).",
        "ar": "نجح الاتصال: تعرف البوابة مكتب الضبط هذا بالرمز %1 (%2).",
    },
    (P, "Connected (%1), but the portal did not say which office we are."): {
        "fr": "Connexion réussie (%1), mais le portail n'a pas dit quel bureau d'ordre nous sommes.",
        "ar": "نجح الاتصال (%1)، لكن البوابة لم تذكر أي مكتب ضبط نحن.",
    },
}
