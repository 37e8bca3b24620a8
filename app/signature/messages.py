"""Signature messages in French and Arabic (merged into :data:`app.messages.MESSAGES`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Keys
    "signature_wrong_password": {
        "fr": "Mot de passe du certificat (PKCS#12) incorrect. Rien n'a été signé ; ressaisissez-le.",
        "ar": "كلمة مرور الشهادة (PKCS#12) غير صحيحة. لم يوقَّع أي شيء؛ أعد إدخالها.",
    },
    "signature_pkcs12_missing": {
        "fr": "Fichier de certificat introuvable : {path}.",
        "ar": "ملف الشهادة غير موجود: {path}.",
    },
    "signature_pkcs12_unreadable": {
        "fr": "Le fichier de certificat {path} ne peut pas être lu : {detail}.",
        "ar": "تعذرت قراءة ملف الشهادة {path}: {detail}.",
    },
    "signature_pkcs12_bad": {
        "fr": "{path} n'est pas un certificat PKCS#12 (.p12, .pfx).",
        "ar": "{path} ليس شهادة من نوع PKCS#12 (.p12، .pfx).",
    },
    "signature_pkcs12_no_key": {
        "fr": "Le fichier {path} ne contient pas de clé privée avec son certificat.",
        "ar": "الملف {path} لا يتضمن مفتاحا خاصا مع شهادته.",
    },
    "signature_pin_required": {
        "fr": "Saisissez le code PIN de la carte ou du jeton.",
        "ar": "أدخل الرقم السري للبطاقة أو المفتاح.",
    },
    "signature_wrong_pin": {
        "fr": "Code PIN incorrect. Rien n'a été signé ; attention, la carte se bloque après plusieurs erreurs.",
        "ar": "الرقم السري غير صحيح. لم يوقَّع أي شيء؛ انتبه، تُقفل البطاقة بعد عدة محاولات خاطئة.",
    },
    "signature_pin_locked": {
        "fr": "Le code PIN de la carte est bloqué : adressez-vous à l'autorité qui l'a délivrée.",
        "ar": "الرقم السري للبطاقة مقفل: توجه إلى الجهة التي سلمتها.",
    },
    "signature_token_absent": {
        "fr": "Carte ou jeton « {token} » absent : insérez-le puis recommencez. Rien n'a été signé.",
        "ar": "البطاقة أو المفتاح «{token}» غير موجود: أدخله ثم أعد المحاولة. لم يوقَّع أي شيء.",
    },
    "signature_token_error": {
        "fr": "La carte ou le jeton a refusé l'opération ({detail}). Rien n'a été signé.",
        "ar": "رفضت البطاقة أو المفتاح العملية ({detail}). لم يوقَّع أي شيء.",
    },
    "signature_token_no_key": {
        "fr": "Aucune clé de signature avec son certificat sur la carte (clé : {key}).",
        "ar": "لا يوجد على البطاقة مفتاح توقيع مع شهادته (المفتاح: {key}).",
    },
    "signature_module_missing": {
        "fr": "Module PKCS#11 introuvable : « {path} ». Indiquez son chemin dans Paramètres › Signature.",
        "ar": "وحدة PKCS#11 غير موجودة: «{path}». حدد مسارها في الإعدادات › التوقيع.",
    },
    "signature_module_bad": {
        "fr": "{path} n'est pas un module PKCS#11 utilisable ({detail}).",
        "ar": "{path} ليس وحدة PKCS#11 صالحة للاستعمال ({detail}).",
    },
    "signature_pkcs11_unavailable": {
        "fr": "La signature par carte n'est pas disponible sur ce poste ({detail}).",
        "ar": "التوقيع بالبطاقة غير متاح على هذا الجهاز ({detail}).",
    },
    # Certificates
    "signature_no_certificate": {
        "fr": "Aucun certificat de signature trouvé avec la clé.",
        "ar": "لم يُعثر على شهادة توقيع مع المفتاح.",
    },
    "signature_cert_revoked": {
        "fr": "Le certificat de {subject} est révoqué : il ne peut plus signer.",
        "ar": "شهادة {subject} ملغاة: لم يعد بالإمكان التوقيع بها.",
    },
    "signature_cert_expired": {
        "fr": "Le certificat de {subject} n'est pas en cours de validité (il expirait le {until}).",
        "ar": "شهادة {subject} ليست سارية المفعول (انتهت صلاحيتها في {until}).",
    },
    "signature_cert_untrusted": {
        "fr": "Le certificat de {subject} ne se rattache à aucune autorité de confiance du bureau d'ordre (Administration › Signature).",
        "ar": "شهادة {subject} لا ترتبط بأي جهة موثوقة لدى مكتب الضبط (الإدارة › التوقيع).",
    },
    "signature_no_revocation_info": {
        "fr": "Impossible de vérifier que le certificat {subject} n'est pas révoqué (OCSP/CRL injoignables). Rien n'a été signé ; réessayez.",
        "ar": "تعذر التحقق من أن الشهادة {subject} غير ملغاة (خدمة OCSP/CRL غير متاحة). لم يوقَّع أي شيء؛ أعد المحاولة.",
    },
    "signature_cert_invalid": {
        "fr": "Le certificat de {subject} ne peut pas servir à signer : {detail}.",
        "ar": "لا يمكن استعمال شهادة {subject} للتوقيع: {detail}.",
    },
    # Documents
    "signature_not_pdf": {
        "fr": "Le document n'est pas un PDF lisible : il ne peut être ni signé ni vérifié.",
        "ar": "الوثيقة ليست ملف PDF مقروءا: لا يمكن توقيعها ولا التحقق منها.",
    },
    "signature_pdf_encrypted": {
        "fr": "Le PDF est chiffré : il ne peut pas être signé.",
        "ar": "ملف PDF مشفر: لا يمكن توقيعه.",
    },
    "signature_pdf_too_big": {
        "fr": "Le PDF est trop volumineux pour être signé.",
        "ar": "ملف PDF كبير جدا ولا يمكن توقيعه.",
    },
    "signature_document_locked": {
        "fr": "Le document n'admet plus de signature ({detail}).",
        "ar": "الوثيقة لا تقبل توقيعا إضافيا ({detail}).",
    },
    "signature_timestamp_failed": {
        "fr": "Le service d'horodatage {url} ne répond pas ({detail}). Rien n'a été signé ; réessayez.",
        "ar": "خدمة الختم الزمني {url} لا تستجيب ({detail}). لم يوقَّع أي شيء؛ أعد المحاولة.",
    },
    "signature_failed": {
        "fr": "La signature a échoué : {detail}. Le document est inchangé.",
        "ar": "فشل التوقيع: {detail}. الوثيقة لم تتغير.",
    },
    "signature_no_number_field": {
        "fr": "Le document n'a pas de champ « {field} » pour le numéro.",
        "ar": "الوثيقة لا تتضمن خانة «{field}» للرقم.",
    },
    "signature_number_already_filled": {
        "fr": "Le numéro est déjà inscrit sur le document ({number}).",
        "ar": "الرقم مسجل مسبقا على الوثيقة ({number}).",
    },
    # Verification: what each report says
    "signature_problem_altered": {
        "fr": "Le document a été modifié après la signature « {field} ».",
        "ar": "عُدّلت الوثيقة بعد التوقيع «{field}».",
    },
    "signature_problem_invalid": {
        "fr": "La signature « {field} » ne correspond pas au document (altéré).",
        "ar": "التوقيع «{field}» لا يطابق الوثيقة (وثيقة محرفة).",
    },
    "signature_problem_untrusted": {
        "fr": "Le certificat de la signature « {field} » ne se rattache à aucune autorité de confiance.",
        "ar": "شهادة التوقيع «{field}» لا ترتبط بأي جهة موثوقة.",
    },
    "signature_problem_revoked": {
        "fr": "Le certificat de la signature « {field} » est révoqué.",
        "ar": "شهادة التوقيع «{field}» ملغاة.",
    },
    "signature_problem_expired": {
        "fr": "Le certificat de la signature « {field} » n'était pas valide à la date de signature.",
        "ar": "شهادة التوقيع «{field}» لم تكن سارية عند التوقيع.",
    },
    "signature_problem_no_timestamp": {
        "fr": "La signature « {field} » n'est pas horodatée (niveau B-B) : sa date est celle de l'ordinateur du signataire.",
        "ar": "التوقيع «{field}» غير مختوم زمنيا (المستوى B-B): تاريخه هو تاريخ حاسوب الموقِّع.",
    },
    "signature_problem_indeterminate": {
        "fr": "La validité du certificat de la signature « {field} » n'a pas pu être établie : {detail}.",
        "ar": "تعذر التأكد من صلاحية شهادة التوقيع «{field}»: {detail}.",
    },
    "signature_none": {
        "fr": "Ce document ne porte aucune signature électronique.",
        "ar": "هذه الوثيقة لا تحمل أي توقيع إلكتروني.",
    },
    "signature_verify_cannot_read": {
        "fr": "Le fichier {path} ne peut pas être lu : {detail}.",
        "ar": "تعذرت قراءة الملف {path}: {detail}.",
    },
    "signature_no_document": {
        "fr": "Le courrier {number} n'a pas de document PDF.",
        "ar": "المراسلة {number} لا تتضمن وثيقة PDF.",
    },
    # Settings
    "signature_root_bad": {
        "fr": "{path} n'est pas un certificat X.509 (PEM ou DER).",
        "ar": "{path} ليس شهادة X.509 (PEM أو DER).",
    },
    "signature_root_not_ca": {
        "fr": "Le certificat « {subject} » n'est pas une autorité de certification.",
        "ar": "الشهادة «{subject}» ليست جهة تصديق.",
    },
    "signature_root_exists": {
        "fr": "L'autorité « {subject} » est déjà dans la liste de confiance.",
        "ar": "الجهة «{subject}» موجودة مسبقا في قائمة الثقة.",
    },
    "signature_root_unknown": {
        "fr": "Aucune autorité de confiance ne correspond à « {key} ».",
        "ar": "لا توجد جهة موثوقة تطابق «{key}».",
    },
    "signature_bad_timestamp_url": {
        "fr": "Adresse du service d'horodatage invalide : {url} (https://, ou http:// sur cette machine).",
        "ar": "عنوان خدمة الختم الزمني غير صالح: {url} (https://، أو http:// على هذا الجهاز).",
    },
    "signature_no_roots": {
        "fr": "Aucune autorité de confiance n'est déclarée : l'administrateur doit en ajouter une (Administration › Signature).",
        "ar": "لم يُصرَّح بأي جهة موثوقة: على المسؤول إضافة واحدة (الإدارة › التوقيع).",
    },
    # CLI
    "field_token": {"fr": "--token (libellé du jeton)", "ar": "--token (اسم المفتاح)"},
    "field_value": {"fr": "certificat ou empreinte", "ar": "الشهادة أو البصمة"},
    "signature_secret_required": {
        "fr": "Secret manquant : donnez-le dans {env} ou lancez la commande dans un terminal.",
        "ar": "السر مفقود: مرّره في {env} أو شغّل الأمر في طرفية.",
    },
    "signature_signed": {
        "fr": "{number} signé par {signer} ({level}).",
        "ar": "وُقّعت {number} من طرف {signer} ({level}).",
    },
    "signature_number_filled": {
        "fr": "Numéro {number} inscrit sur le document signé.",
        "ar": "سُجّل الرقم {number} على الوثيقة الموقعة.",
    },
    "signature_root_added": {
        "fr": "Autorité de confiance ajoutée : {subject} ({fingerprint}).",
        "ar": "أضيفت جهة موثوقة: {subject} ({fingerprint}).",
    },
    "signature_root_removed": {
        "fr": "Autorité de confiance retirée : {subject}.",
        "ar": "سُحبت الجهة الموثوقة: {subject}.",
    },
    "signature_timestamp_set": {
        "fr": "Service d'horodatage : {url}.",
        "ar": "خدمة الختم الزمني: {url}.",
    },
    "signature_timestamp_none": {
        "fr": "Aucun service d'horodatage : les signatures seront de niveau B-B (sans date certifiée).",
        "ar": "لا توجد خدمة ختم زمني: ستكون التوقيعات من المستوى B-B (بدون تاريخ موثق).",
    },
}
