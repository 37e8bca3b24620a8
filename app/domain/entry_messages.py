"""Messages of what is refused at entry (:mod:`app.domain.entry`, :mod:`app.domain.window`),
in French and Arabic (merged into :data:`app.messages.MESSAGES`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "bad_characters": {
        "fr": "Le champ « {field} » contient un caractère de contrôle ou interdit ({char}) : retirez-le.",
        "ar": "يحتوي الحقل «{field}» على حرف تحكم أو حرف غير مسموح به ({char}): يرجى حذفه.",
    },
    "bad_encoding": {
        "fr": "Le champ « {field} » contient des octets qui ne sont pas du texte UTF-8 valide.",
        "ar": "يحتوي الحقل «{field}» على بايتات ليست نصا صالحا بترميز UTF-8.",
    },
    "bad_encoding_argument": {
        "fr": "« {option} » contient des octets qui ne sont pas du texte UTF-8 valide (vérifiez l'encodage du terminal).",
        "ar": "يحتوي «{option}» على بايتات ليست نصا صالحا بترميز UTF-8 (تحققوا من ترميز الطرفية).",
    },
    "date_in_future": {
        "fr": "Date refusée pour « {field} » : {value} est dans le futur (au plus tard {latest}).",
        "ar": "تاريخ مرفوض في «{field}»: {value} تاريخ في المستقبل (آخر أجل {latest}).",
    },
    "date_too_old": {
        "fr": "Date refusée pour « {field} » : {value} est antérieure au {floor}.",
        "ar": "تاريخ مرفوض في «{field}»: {value} سابق لـ {floor}.",
    },
    "date_out_of_window": {
        "fr": "Date hors limites pour « {field} » : {value} (du {first} au {last}).",
        "ar": "تاريخ خارج الحدود في «{field}»: {value} (من {first} إلى {last}).",
    },
    "period_reversed": {
        "fr": "Période inversée : le début ({first}) est après la fin ({last}).",
        "ar": "فترة معكوسة: البداية ({first}) بعد النهاية ({last}).",
    },
    "limit_out_of_range": {
        "fr": "Nombre de résultats invalide : {value} (au moins 1, au plus {maximum}).",
        "ar": "عدد النتائج غير صالح: {value} (واحد على الأقل، و{maximum} على الأكثر).",
    },
    # Field names not named elsewhere
    "field_reference": {"fr": "référence", "ar": "المرجع"},
    "field_external-ref": {"fr": "référence externe", "ar": "المرجع الخارجي"},
    "field_observations": {"fr": "observations", "ar": "الملاحظات"},
    "field_answers": {"fr": "en réponse à", "ar": "جوابا على"},
    "field_service": {"fr": "service", "ar": "المصلحة"},
    "field_recipient": {"fr": "destinataire", "ar": "المرسل إليه"},
    "field_identifier": {
        "fr": "identifiant (CIN, ICE…)",
        "ar": "المعرف (رقم البطاقة الوطنية، ICE…)",
    },
    "field_phone": {"fr": "téléphone", "ar": "الهاتف"},
    "field_email": {"fr": "courriel", "ar": "البريد الإلكتروني"},
    "field_address": {"fr": "adresse", "ar": "العنوان"},
    "field_reason": {"fr": "motif", "ar": "السبب"},
    "field_note": {"fr": "note", "ar": "الملاحظة"},
    "field_ministry": {"fr": "ministère", "ar": "الوزارة"},
    # Why a deposit is in quarantine (app.portal.deposit_rules)
    "portal_reason_too_long": {
        "fr": "un champ dépasse la longueur admise",
        "ar": "حقل يتجاوز الطول المسموح به",
    },
    "portal_reason_bad_characters": {
        "fr": "caractères de contrôle ou interdits",
        "ar": "حروف تحكم أو حروف غير مسموح بها",
    },
    "portal_reason_bad_encoding": {
        "fr": "texte qui n'est pas de l'UTF-8 valide",
        "ar": "نص ليس بترميز UTF-8 صالح",
    },
    "portal_reason_date_in_future": {
        "fr": "date de dépôt dans le futur",
        "ar": "تاريخ إيداع في المستقبل",
    },
    "portal_reason_date_too_old": {
        "fr": "date de dépôt trop ancienne",
        "ar": "تاريخ إيداع قديم جدا",
    },
    "portal_reason_missing_field": {
        "fr": "donnée obligatoire manquante ou vide",
        "ar": "معطى إلزامي مفقود أو فارغ",
    },
    "portal_reason_database_refused": {
        "fr": "valeur refusée par la base de données",
        "ar": "قيمة رفضتها قاعدة البيانات",
    },
    "portal_log_deposit_bad_id": {
        "fr": "Un dépôt dont l'identifiant ne peut être conservé (trop long ou caractères interdits) a été ignoré : {deposit}.",
        "ar": "تم تجاهل إيداع يتعذر حفظ معرفه (طويل جدا أو بحروف غير مسموح بها): {deposit}.",
    },
}
