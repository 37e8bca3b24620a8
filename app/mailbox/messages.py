"""The mailboxes' messages in French and Arabic (merged into :data:`app.messages.MESSAGES`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # The server: what is wrong, in words
    "mailbox_host_not_found": {
        "fr": "Serveur de messagerie introuvable : « {host} » n'existe pas (vérifiez l'adresse du serveur).",
        "ar": "خادم البريد غير موجود: «{host}» لا وجود له (تحقق من عنوان الخادم).",
    },
    "mailbox_connection_refused": {
        "fr": "Le serveur {host} refuse la connexion sur le port {port} (mauvais port, ou service arrêté).",
        "ar": "يرفض الخادم {host} الاتصال عبر المنفذ {port} (منفذ خاطئ أو خدمة متوقفة).",
    },
    "mailbox_unreachable": {
        "fr": "Le serveur {host} (port {port}) est injoignable depuis ce poste (réseau).",
        "ar": "يتعذر الوصول إلى الخادم {host} (المنفذ {port}) من هذا الجهاز (الشبكة).",
    },
    "mailbox_timeout": {
        "fr": "Le serveur {host} (port {port}) ne répond pas à temps. Rien n'est perdu : la lecture reprendra.",
        "ar": "الخادم {host} (المنفذ {port}) لا يجيب في الوقت المحدد. لم يضع شيء: ستستأنف القراءة لاحقا.",
    },
    "mailbox_connection_lost": {
        "fr": "La connexion au serveur {host} a été coupée. Rien n'est perdu : les messages non lus restent sur le serveur.",
        "ar": "انقطع الاتصال بالخادم {host}. لم يضع شيء: تبقى الرسائل غير المقروءة على الخادم.",
    },
    "mailbox_certificate_expired": {
        "fr": "Certificat refusé : le certificat du serveur {host} a expiré.",
        "ar": "شهادة مرفوضة: انتهت صلاحية شهادة الخادم {host}.",
    },
    "mailbox_certificate_wrong_host": {
        "fr": "Certificat refusé : le certificat présenté n'est pas celui de {host}.",
        "ar": "شهادة مرفوضة: الشهادة المقدمة ليست شهادة {host}.",
    },
    "mailbox_certificate_untrusted": {
        "fr": "Certificat refusé : le certificat du serveur {host} n'est pas reconnu ({detail}). Indiquez l'autorité de l'administration si elle a la sienne.",
        "ar": "شهادة مرفوضة: شهادة الخادم {host} غير معترف بها ({detail}). حدد سلطة الإدارة إن كانت لها سلطتها الخاصة.",
    },
    "mailbox_tls_failed": {
        "fr": "Échec de la connexion chiffrée (TLS) avec {host} : {detail}",
        "ar": "فشل الاتصال المشفر (TLS) مع {host}: {detail}",
    },
    "mailbox_no_starttls": {
        "fr": "Le serveur {host} ne propose pas STARTTLS : la connexion ne serait pas chiffrée, elle est refusée.",
        "ar": "لا يقترح الخادم {host} خاصية STARTTLS: لن يكون الاتصال مشفرا، لذا تم رفضه.",
    },
    "mailbox_login_refused": {
        "fr": "Connexion refusée : le serveur n'accepte pas l'identifiant « {login} » avec ce mot de passe.",
        "ar": "رفض تسجيل الدخول: لا يقبل الخادم اسم المستخدم «{login}» بكلمة المرور هذه.",
    },
    "mailbox_login_not_ascii": {
        "fr": "Ce serveur n'accepte que des identifiants et mots de passe sans accents ni lettres arabes.",
        "ar": "لا يقبل هذا الخادم إلا أسماء مستخدمين وكلمات مرور دون حروف معلمة أو عربية.",
    },
    "mailbox_folder_missing": {
        "fr": "Le dossier « {folder} » n'existe pas dans cette boîte aux lettres.",
        "ar": "المجلد «{folder}» غير موجود في صندوق البريد هذا.",
    },
    "mailbox_cannot_create_folder": {
        "fr": "Le dossier « {folder} » ne peut pas être créé sur le serveur : {detail}",
        "ar": "تعذر إنشاء المجلد «{folder}» على الخادم: {detail}",
    },
    "mailbox_server_said": {
        "fr": "Le serveur de messagerie a refusé l'opération : {detail}",
        "ar": "رفض خادم البريد العملية: {detail}",
    },
    "mailbox_protocol": {
        "fr": "Le serveur de messagerie ne respecte pas le protocole ({detail}) : connexion abandonnée.",
        "ar": "لا يحترم خادم البريد البروتوكول ({detail}): تم التخلي عن الاتصال.",
    },
    "mailbox_answer_too_big": {
        "fr": "Le serveur {host} envoie plus qu'annoncé : connexion coupée par précaution.",
        "ar": "يرسل الخادم {host} أكثر مما أعلن عنه: قطع الاتصال احتياطا.",
    },
    # Settings
    "mailbox_insecure": {
        "fr": "Une connexion non chiffrée n'est permise que vers ce poste lui-même ; pour {host}, choisissez TLS ou STARTTLS.",
        "ar": "لا يسمح بالاتصال غير المشفر إلا مع هذا الجهاز نفسه؛ بالنسبة لـ {host} اختر TLS أو STARTTLS.",
    },
    "mailbox_bad_security": {
        "fr": "Sécurité inconnue : {value} (tls, starttls ou none).",
        "ar": "نوع حماية غير معروف: {value} (tls أو starttls أو none).",
    },
    "mailbox_bad_port": {
        "fr": "Port invalide : {value}.",
        "ar": "منفذ غير صالح: {value}.",
    },
    "mailbox_bad_host": {
        "fr": "Adresse de serveur invalide : « {host} ».",
        "ar": "عنوان خادم غير صالح: «{host}».",
    },
    "mailbox_bad_login": {
        "fr": "Identifiant de messagerie invalide.",
        "ar": "اسم مستخدم البريد غير صالح.",
    },
    "mailbox_bad_folder": {
        "fr": "Nom de dossier invalide : « {folder} ».",
        "ar": "اسم مجلد غير صالح: «{folder}».",
    },
    "mailbox_same_folders": {
        "fr": "Le dossier lu, celui des messages traités et celui des messages refusés doivent être trois dossiers différents.",
        "ar": "يجب أن يكون المجلد المقروء ومجلد الرسائل المعالجة ومجلد الرسائل المرفوضة ثلاثة مجلدات مختلفة.",
    },
    "mailbox_bad_address": {
        "fr": "Adresse électronique invalide pour « {field} » : « {value} ».",
        "ar": "عنوان بريد إلكتروني غير صالح في «{field}»: «{value}».",
    },
    "mailbox_bad_interval": {
        "fr": "L'intervalle de lecture doit être compris entre 1 et {maximum} minutes.",
        "ar": "يجب أن تكون مدة القراءة بين 1 و{maximum} دقيقة.",
    },
    "mailbox_bad_ca_bundle": {
        "fr": "Fichier d'autorités de certification illisible : {path} {detail}",
        "ar": "ملف سلطات التصديق غير مقروء: {path} {detail}",
    },
    "mailbox_account_exists": {
        "fr": "Une boîte aux lettres nommée « {name} » existe déjà.",
        "ar": "يوجد صندوق بريد باسم «{name}» مسبقا.",
    },
    "mailbox_unknown_account": {
        "fr": "Aucune boîte aux lettres nommée « {name} ».",
        "ar": "لا يوجد صندوق بريد باسم «{name}».",
    },
    "mailbox_no_password": {
        "fr": "Aucun mot de passe n'est conservé pour la boîte « {name} » sur ce poste : saisissez-le dans l'administration (il sera gardé dans le trousseau du système) ou donnez-le dans {env}.",
        "ar": "لا توجد كلمة مرور محفوظة لصندوق «{name}» على هذا الجهاز: أدخلها في الإدارة (ستحفظ في خزنة أسرار النظام) أو مررها في {env}.",
    },
    "mailbox_keyring_unavailable": {
        "fr": "Le trousseau du système (keyring) n'est pas disponible : le mot de passe de la boîte aux lettres ne peut pas y être conservé ({detail}). Installez un trousseau (GNOME Keyring, KWallet) ou donnez BO_MAILBOX_PASSWORD à la lecture en ligne de commande.",
        "ar": "خزنة أسرار النظام (keyring) غير متاحة: لا يمكن حفظ كلمة مرور صندوق البريد فيها ({detail}). ثبّت خزنة أسرار (GNOME Keyring أو KWallet) أو مرّر BO_MAILBOX_PASSWORD إلى القراءة عبر سطر الأوامر.",
    },
    "mailbox_scanner_failed": {
        "fr": "L'antivirus n'a pas pu examiner le message ({detail}) : il reste sur le serveur.",
        "ar": "تعذر على مضاد الفيروسات فحص الرسالة ({detail}): تبقى على الخادم.",
    },
    # The basket
    "mailbox_unknown_message": {
        "fr": "Aucun message n° {id} dans la corbeille « à enregistrer ».",
        "ar": "لا توجد رسالة رقم {id} في سلة «في انتظار التسجيل».",
    },
    "mailbox_unknown_attachment": {
        "fr": "Le message n° {id} n'a pas de pièce jointe n° {index}.",
        "ar": "لا تحتوي الرسالة رقم {id} على المرفق رقم {index}.",
    },
    "mailbox_already_handled": {
        "fr": "Le message n° {id} n'attend plus : il a déjà été traité (enregistré, rattaché ou écarté), peut-être depuis un autre poste.",
        "ar": "الرسالة رقم {id} لم تعد في الانتظار: سبقت معالجتها (سجلت أو ألحقت أو استبعدت)، ربما من جهاز آخر.",
    },
    "mailbox_kept_type": {
        "fr": "type de fichier non repris par le registre (conservé dans le .eml)",
        "ar": "نوع ملف لا يقبله السجل (محفوظ في ملف .eml)",
    },
    # Acknowledgements
    "mailbox_no_smtp": {
        "fr": "La boîte « {name} » n'a pas de serveur d'envoi (SMTP) pour l'accusé de réception.",
        "ar": "ليس لصندوق «{name}» خادم إرسال (SMTP) لإشعار التوصل.",
    },
    "mailbox_smtp_refused": {
        "fr": "Le serveur d'envoi a refusé le message : {detail}",
        "ar": "رفض خادم الإرسال الرسالة: {detail}",
    },
    "mailbox_smtp_login_refused": {
        "fr": "Le serveur d'envoi refuse l'identifiant « {login} » avec ce mot de passe.",
        "ar": "يرفض خادم الإرسال اسم المستخدم «{login}» بكلمة المرور هذه.",
    },
    "mailbox_unknown_ack": {
        "fr": "Aucun accusé de réception n° {id}.",
        "ar": "لا يوجد إشعار بالتوصل رقم {id}.",
    },
    "mailbox_ack_already_sent": {
        "fr": "L'accusé de réception n° {id} est déjà parti.",
        "ar": "سبق إرسال الإشعار بالتوصل رقم {id}.",
    },
    # Why a message went to the error folder
    "mailbox_reason_too_large": {
        "fr": "trop volumineux ({detail} octets, plus que la limite du bureau)",
        "ar": "حجم كبير جدا ({detail} بايت، أكثر من الحد المسموح به في المكتب)",
    },
    "mailbox_reason_empty": {
        "fr": "message vide",
        "ar": "رسالة فارغة",
    },
    "mailbox_reason_not_a_message": {
        "fr": "illisible : ce n'est pas un message électronique",
        "ar": "غير مقروءة: ليست رسالة إلكترونية",
    },
    "mailbox_reason_too_many_parts": {
        "fr": "illisible : plus de {detail} parties",
        "ar": "غير مقروءة: أكثر من {detail} جزءا",
    },
    "mailbox_reason_too_deep": {
        "fr": "illisible : parties imbriquées sur plus de {detail} niveaux",
        "ar": "غير مقروءة: أجزاء متداخلة على أكثر من {detail} مستوى",
    },
    "mailbox_reason_parse_failed": {
        "fr": "illisible ({detail})",
        "ar": "غير مقروءة ({detail})",
    },
    "mailbox_reason_virus": {
        "fr": "virus signalé par l'antivirus : {detail}",
        "ar": "فيروس رصده مضاد الفيروسات: {detail}",
    },
    # The log
    "mailbox_log_read": {
        "fr": "{account} : {taken} message(s) reçu(s) dans la corbeille, {duplicates} doublon(s) écarté(s), {refused} refusé(s).",
        "ar": "{account}: {taken} رسالة وصلت إلى السلة، {duplicates} نسخة مكررة استبعدت، {refused} رسالة مرفوضة.",
    },
    "mailbox_log_failed": {
        "fr": "{account} : lecture impossible. {error}",
        "ar": "{account}: تعذرت القراءة. {error}",
    },
    "mailbox_log_refused": {
        "fr": "{account} : « {subject} » de {sender} refusé — {reason} ; placé dans le dossier « {folder} ».",
        "ar": "{account}: رفضت «{subject}» من {sender} — {reason}؛ وضعت في المجلد «{folder}».",
    },
    "mailbox_log_duplicates": {
        "fr": "{account} : {count} doublon(s) déjà reçu(s) {subject} — déplacé(s) dans le dossier des messages traités.",
        "ar": "{account}: {count} نسخة مكررة سبق توصلها {subject} — نقلت إلى مجلد الرسائل المعالجة.",
    },
    "mailbox_log_scanner_failed": {
        "fr": "{account} : le message {uid} n'a pas pu être examiné et reste sur le serveur. {error}",
        "ar": "{account}: تعذر فحص الرسالة {uid} وتبقى على الخادم. {error}",
    },
    "mailbox_log_ack_sent": {
        "fr": "Accusé de réception de {number} envoyé à {to}.",
        "ar": "أرسل الإشعار بالتوصل الخاص بـ {number} إلى {to}.",
    },
    "mailbox_log_ack_failed": {
        "fr": "Accusé de réception de {number} à {to} non parti (essai {attempts}) : {error} Il sera renvoyé.",
        "ar": "لم يرسل الإشعار بالتوصل الخاص بـ {number} إلى {to} (المحاولة {attempts}): {error} ستعاد المحاولة.",
    },
    "mailbox_log_ack_given_up": {
        "fr": "Accusé de réception de {number} à {to} abandonné après {attempts} essais : {error} Renvoyez-le depuis la corbeille des courriels.",
        "ar": "توقف إرسال الإشعار بالتوصل الخاص بـ {number} إلى {to} بعد {attempts} محاولة: {error} أعد إرساله من سلة البريد الإلكتروني.",
    },
    # The command line
    "mailbox_saved": {
        "fr": "Boîte aux lettres « {name} » enregistrée.",
        "ar": "تم حفظ صندوق البريد «{name}».",
    },
    "mailbox_test_ok": {
        "fr": "Connexion réussie à « {name} » : {count} message(s) dans « {folder} ».",
        "ar": "تم الاتصال بـ «{name}» بنجاح: {count} رسالة في «{folder}».",
    },
    "mailbox_test_created": {
        "fr": "Le dossier « {folder} » sera créé à la première lecture.",
        "ar": "سينشأ المجلد «{folder}» عند أول قراءة.",
    },
    "mailbox_test_smtp_ok": {
        "fr": "Serveur d'envoi {host} joint.",
        "ar": "تم الاتصال بخادم الإرسال {host}.",
    },
    "mailbox_fetch_done": {
        "fr": "{taken} message(s) reçu(s), {duplicates} doublon(s), {refused} refusé(s) en {seconds} s.",
        "ar": "{taken} رسالة واردة، {duplicates} نسخة مكررة، {refused} مرفوضة في {seconds} ثانية.",
    },
    "mailbox_registered": {
        "fr": "Message {id} enregistré sous le numéro {number}.",
        "ar": "سجلت الرسالة {id} تحت الرقم {number}.",
    },
    "mailbox_ack_queued": {
        "fr": "Accusé de réception à envoyer à {to}.",
        "ar": "إشعار بالتوصل في انتظار الإرسال إلى {to}.",
    },
    "mailbox_kept_in_eml": {
        "fr": "Pièce conservée seulement dans le .eml : {name} ({reason}).",
        "ar": "مرفق محفوظ في ملف .eml فقط: {name} ({reason}).",
    },
    "mailbox_discarded": {
        "fr": "Message {id} écarté.",
        "ar": "استبعدت الرسالة {id}.",
    },
    "mailbox_joined": {
        "fr": "Message {id} rattaché au courrier {number}.",
        "ar": "ألحقت الرسالة {id} بالمراسلة {number}.",
    },
    "mailbox_ack_retry": {
        "fr": "Accusé de réception {id} : nouvel envoi au prochain passage.",
        "ar": "الإشعار بالتوصل {id}: سيعاد إرساله في المرة القادمة.",
    },
    "action_read_mailbox": {"fr": "lire les boîtes aux lettres", "ar": "قراءة صناديق البريد"},
    "field_host": {"fr": "serveur", "ar": "الخادم"},
    "field_login": {"fr": "identifiant", "ar": "اسم المستخدم"},
    "field_folder": {"fr": "dossier lu", "ar": "المجلد المقروء"},
    "field_handled-folder": {"fr": "dossier des messages traités", "ar": "مجلد الرسائل المعالجة"},
    "field_error-folder": {"fr": "dossier des messages refusés", "ar": "مجلد الرسائل المرفوضة"},
    "field_smtp-host": {"fr": "serveur d'envoi (SMTP)", "ar": "خادم الإرسال (SMTP)"},
    "field_ack-from": {"fr": "expéditeur de l'accusé de réception", "ar": "مرسل الإشعار بالتوصل"},
    "field_mailbox-name": {"fr": "nom de la boîte aux lettres", "ar": "اسم صندوق البريد"},
}
