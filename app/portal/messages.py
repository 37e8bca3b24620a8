"""The portal's messages in French and Arabic (merged into :data:`app.messages.MESSAGES`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Connection
    "portal_bad_url": {
        "fr": "Adresse du portail invalide : {url}.",
        "ar": "عنوان البوابة غير صالح: {url}.",
    },
    "portal_insecure_url": {
        "fr": "Le portail doit être joint en https:// (http:// n'est admis que sur cette machine) : {url}.",
        "ar": "يجب الاتصال بالبوابة عبر https:// (لا يقبل http:// إلا على هذا الجهاز): {url}.",
    },
    "portal_unavailable": {
        "fr": "Le portail ne répond pas ({detail}). Rien n'est perdu : la synchronisation reprendra.",
        "ar": "البوابة لا تستجيب ({detail}). لم يضع شيء: ستستأنف المزامنة لاحقا.",
    },
    "portal_refused": {
        "fr": "Le portail a refusé la demande (HTTP {status}, {error}) : {detail}",
        "ar": "رفضت البوابة الطلب (HTTP {status}، {error}): {detail}",
    },
    "portal_auth_refused": {
        "fr": "Le portail refuse les identifiants du bureau d'ordre. Vérifiez l'identifiant client et le secret.",
        "ar": "ترفض البوابة بيانات اعتماد مكتب الضبط. تحقق من معرف العميل والرمز السري.",
    },
    "portal_tls": {
        "fr": "Certificat du portail non vérifié : {detail}",
        "ar": "تعذر التحقق من شهادة البوابة: {detail}",
    },
    "portal_no_credentials": {
        "fr": "Aucun identifiant pour le portail {url} : l'administrateur doit les saisir (Outils › Administration › Portail).",
        "ar": "لا توجد بيانات اعتماد للبوابة {url}: على المسؤول إدخالها (أدوات › الإدارة › البوابة).",
    },
    "portal_keyring_unavailable": {
        "fr": "Cet ordinateur n'a pas de trousseau système pour y conserver le secret du portail. Conservez-le dans le fichier de secrets chiffré de l'application (avec le mot de passe de ce fichier), ou demandez à un administrateur de définir les variables BO_PORTAL_CLIENT_ID et BO_PORTAL_CLIENT_SECRET pour l'application.",
        "ar": "لا يتوفر هذا الحاسوب على خزنة أسرار النظام لحفظ الرمز السري للبوابة فيها. احفظه في ملف الأسرار المشفر الخاص بالتطبيق (بكلمة مرور هذا الملف)، أو اطلب من أحد المسؤولين تعريف المتغيرين BO_PORTAL_CLIENT_ID و BO_PORTAL_CLIENT_SECRET للتطبيق.",
    },
    "field_client_id": {"fr": "identifiant client", "ar": "معرف العميل"},
    "portal_bad_interval": {
        "fr": "L'intervalle de synchronisation doit être compris entre 1 et {maximum:plural:# minute|# minutes}.",
        "ar": "يجب أن تكون مدة المزامنة بين دقيقة واحدة و{maximum:plural:# دقيقة|دقيقة واحدة|دقيقتين|# دقائق|# دقيقة|# دقيقة}.",
    },
    "portal_not_configured": {
        "fr": "Le portail n'est pas configuré pour ce bureau d'ordre.",
        "ar": "البوابة غير مهيأة لمكتب الضبط هذا.",
    },
    "portal_file_mismatch": {
        "fr": "Un fichier reçu du portail ne correspond pas à son empreinte ({sha256}).",
        "ar": "ملف مستلم من البوابة لا يطابق بصمته ({sha256}).",
    },
    "portal_too_slow": {
        "fr": "Le portail répond trop lentement : une demande n'a pas abouti en {seconds} s ({tries:plural:# essai|# essais}). Rien n'est perdu : la synchronisation reprendra.",
        "ar": "البوابة بطيئة جدا في الرد: لم يكتمل طلب في {seconds} ث ({tries:plural:لا محاولة|محاولة واحدة|محاولتان|# محاولات|# محاولة|# محاولة}). لم يضع شيء: ستستأنف المزامنة لاحقا.",
    },
    "portal_answer_too_big": {
        "fr": "Le portail a envoyé une réponse trop volumineuse ({size} ; au plus {limit}) : elle n'est pas lue. Signalez-le à l'exploitant du portail.",
        "ar": "أرسلت البوابة ردا كبير الحجم ({size}؛ الحد الأقصى {limit}): لم تتم قراءته. أبلغ الجهة المسيرة للبوابة.",
    },
    "portal_file_too_big": {
        "fr": "Le portail annonce un fichier trop volumineux ({size} ; au plus {limit}) : il n'est pas téléchargé.",
        "ar": "تعلن البوابة عن ملف كبير الحجم ({size}؛ الحد الأقصى {limit}): لن يتم تنزيله.",
    },
    "portal_redirected": {
        "fr": "Le portail renvoie vers une autre adresse (HTTP {status}, {location}) : les redirections ne sont jamais suivies, pour que les identifiants du bureau d'ordre n'aillent pas ailleurs. Vérifiez l'adresse du portail (Outils › Administration › Portail).",
        "ar": "تحيل البوابة إلى عنوان آخر (HTTP {status}، {location}): لا تتبع الإحالات أبدا حتى لا تذهب بيانات اعتماد مكتب الضبط إلى جهة أخرى. تحقق من عنوان البوابة (أدوات › الإدارة › البوابة).",
    },
    "portal_cursor_stuck": {
        "fr": "Le flux du portail n'avance plus (il renvoie une page déjà lue) : la synchronisation s'arrête après avoir traité ce qu'il a envoyé. Signalez-le à l'exploitant du portail.",
        "ar": "تدفق البوابة لم يعد يتقدم (يعيد صفحة سبقت قراءتها): توقفت المزامنة بعد معالجة ما أرسله. أبلغ الجهة المسيرة للبوابة.",
    },
    "portal_files_undelivered": {
        "fr": "Le portail ne livre plus les fichiers des dépôts ({count:plural:# dépôt|# dépôts} de suite) : la synchronisation s'arrête. Ces dépôts seront essayés de nouveau aux prochaines synchronisations.",
        "ar": "لم تعد البوابة تسلم ملفات الإيداعات ({count:plural:لا إيداع|إيداع واحد|إيداعان متتاليان|# إيداعات متتالية|# إيداعا متتاليا|# إيداع متتال}): توقفت المزامنة. ستعاد محاولة هذه الإيداعات في المزامنات القادمة.",
    },
    "portal_cancelled": {
        "fr": "Synchronisation interrompue.",
        "ar": "توقفت المزامنة.",
    },
    # Sending
    "portal_unknown_office": {
        "fr": "Bureau d'ordre inconnu de l'annuaire du portail : {office}.",
        "ar": "مكتب ضبط غير موجود في دليل البوابة: {office}.",
    },
    "portal_send_to_self": {
        "fr": "Ce bureau d'ordre ne peut pas s'envoyer un courrier à lui-même.",
        "ar": "لا يمكن لمكتب الضبط أن يرسل مراسلة إلى نفسه.",
    },
    "portal_send_not_outgoing": {
        "fr": "Seul un courrier départ peut être envoyé par le portail ({number}).",
        "ar": "لا ترسل عبر البوابة إلا المراسلات الصادرة ({number}).",
    },
    "portal_send_cancelled": {
        "fr": "Le courrier {number} est annulé : il ne peut pas être envoyé.",
        "ar": "المراسلة {number} ملغاة: لا يمكن إرسالها.",
    },
    "portal_send_no_file": {
        "fr": "Joignez le document du courrier {number} avant de l'envoyer par le portail.",
        "ar": "أرفق وثيقة المراسلة {number} قبل إرسالها عبر البوابة.",
    },
    "portal_already_sent": {
        "fr": "Le courrier {number} est déjà envoyé à {office} par le portail.",
        "ar": "المراسلة {number} مرسلة سلفا إلى {office} عبر البوابة.",
    },
    "portal_not_quarantined": {
        "fr": "Le dépôt {deposit} n'est pas en quarantaine.",
        "ar": "الإيداع {deposit} ليس ضمن الإيداعات المعلقة.",
    },
    # Why a deposit is quarantined
    "portal_reason_no_id": {"fr": "dépôt sans identifiant", "ar": "إيداع بدون معرف"},
    "portal_reason_no_subject": {"fr": "objet manquant", "ar": "الموضوع مفقود"},
    "portal_reason_subject_too_long": {"fr": "objet trop long", "ar": "الموضوع طويل جدا"},
    "portal_reason_bad_date": {"fr": "date de dépôt invalide", "ar": "تاريخ الإيداع غير صالح"},
    "portal_reason_no_depositor": {"fr": "déposant manquant", "ar": "المودع مفقود"},
    "portal_reason_bad_depositor_kind": {
        "fr": "type de déposant inconnu",
        "ar": "صنف المودع غير معروف",
    },
    "portal_reason_no_depositor_name": {
        "fr": "nom du déposant manquant",
        "ar": "اسم المودع مفقود",
    },
    "portal_reason_bad_file_entry": {
        "fr": "description de fichier invalide",
        "ar": "وصف ملف غير صالح",
    },
    "portal_reason_file_too_big": {"fr": "fichier trop volumineux", "ar": "ملف كبير الحجم"},
    "portal_reason_file_hash_mismatch": {
        "fr": "fichier altéré : son empreinte SHA-256 ne correspond pas",
        "ar": "ملف معيب: بصمته SHA-256 لا تطابق",
    },
    "portal_reason_file_unavailable": {
        "fr": "fichier refusé par le portail (erreur à son téléchargement)",
        "ar": "ملف رفضته البوابة (خطأ عند تنزيله)",
    },
    "portal_reason_file_unreachable": {
        "fr": "fichier non reçu : le portail n'a pas répondu à temps",
        "ar": "ملف لم يصل: لم ترد البوابة في الوقت المحدد",
    },
    "portal_reason_file_refused": {
        "fr": "fichier refusé (illisible ou d'un type non admis)",
        "ar": "ملف مرفوض (غير مقروء أو من نوع غير مقبول)",
    },
    # The sync log
    "portal_log_synced": {
        "fr": "Synchronisation : {registered:plural:# dépôt enregistré|# dépôts enregistrés}, {quarantined} en quarantaine, {sent:plural:# envoi|# envois} au portail.",
        "ar": "مزامنة: الإيداعات المسجلة: {registered}، المعلقة: {quarantined}، الإرسالات إلى البوابة: {sent}.",
    },
    "portal_log_failed": {
        "fr": "Échec de la synchronisation : {error}",
        "ar": "فشلت المزامنة: {error}",
    },
    "portal_log_quarantined": {
        "fr": "Dépôt {deposit} mis en quarantaine : {reason}.",
        "ar": "عُلّق الإيداع {deposit}: {reason}.",
    },
    "portal_log_quarantined_again": {
        "fr": "Dépôt {deposit} toujours en quarantaine après {attempts:plural:# tentative|# tentatives} : {reason}.",
        "ar": "لا يزال الإيداع {deposit} معلقا بعد {attempts:plural:لا محاولة|محاولة واحدة|محاولتين|# محاولات|# محاولة|# محاولة}: {reason}.",
    },
    "portal_log_deposit_without_id": {
        "fr": "Un dépôt sans identifiant a été ignoré.",
        "ar": "تم تجاهل إيداع بدون معرف.",
    },
    "portal_log_ack_refused": {
        "fr": "Accusé de réception du dépôt {deposit} ({number}) refusé par le portail : {error}.",
        "ar": "رفضت البوابة إشعار التوصل بالإيداع {deposit} ({number}): {error}.",
    },
    "portal_log_status_refused": {
        "fr": "Statut du dépôt {deposit} refusé par le portail : {error}.",
        "ar": "رفضت البوابة وضعية الإيداع {deposit}: {error}.",
    },
    "portal_log_send_refused": {
        "fr": "Envoi du courrier {number} refusé par le portail : {error}.",
        "ar": "رفضت البوابة إرسال المراسلة {number}: {error}.",
    },
    "portal_log_retry_registered": {
        "fr": "Dépôt {deposit} enregistré après nouvel essai.",
        "ar": "سجل الإيداع {deposit} بعد محاولة جديدة.",
    },
    "portal_log_retry_quarantined": {
        "fr": "Dépôt {deposit} toujours en quarantaine après nouvel essai.",
        "ar": "الإيداع {deposit} لا يزال معلقا بعد محاولة جديدة.",
    },
    "portal_log_retry_known": {
        "fr": "Dépôt {deposit} déjà enregistré.",
        "ar": "الإيداع {deposit} مسجل سلفا.",
    },
    "portal_log_discarded": {
        "fr": "Dépôt {deposit} écarté.",
        "ar": "تم استبعاد الإيداع {deposit}.",
    },
    "portal_still_quarantined": {
        "fr": "Le dépôt {deposit} reste en quarantaine (voir « bureau-ordre portal quarantine »).",
        "ar": "الإيداع {deposit} لا يزال معلقا (انظر «\u2066bureau-ordre portal quarantine\u2069»).",
    },
    "sync_done": {
        "fr": "Synchronisé en {seconds} s : {registered:plural:# dépôt enregistré|# dépôts enregistrés}, {quarantined} en quarantaine, {already:plural:# déjà enregistré|# déjà enregistrés}, {sent:plural:# envoi|# envois} au portail.",
        "ar": "تمت المزامنة في {seconds} ث: الإيداعات المسجلة: {registered}، المعلقة: {quarantined}، المسجلة سلفا: {already}، الإرسالات إلى البوابة: {sent}.",
    },
    "portal_configured": {
        "fr": "Portail configuré ; le secret est conservé sur cet ordinateur (trousseau du système, ou à défaut fichier de secrets chiffré).",
        "ar": "تمت تهيئة البوابة؛ الرمز السري محفوظ على هذا الحاسوب (في خزنة أسرار النظام، أو في ملف الأسرار المشفر إن لم تتوفر).",
    },
    "portal_send_queued": {
        "fr": "Courrier {number} mis en partance pour {office} : il partira à la prochaine synchronisation.",
        "ar": "المراسلة {number} في انتظار الإرسال إلى {office}: سترسل عند المزامنة القادمة.",
    },
    "action_sync_portal": {
        "fr": "synchroniser avec le portail",
        "ar": "المزامنة مع البوابة",
    },
}
