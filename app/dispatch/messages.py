"""Messages of dispatch (routing slips, the delivery book, registered letters' ARs), in French
and Arabic (merged into :data:`app.messages.MESSAGES`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Registered letters and their acknowledgements of receipt
    "ar_needs_registered_channel": {
        "fr": "Un numéro d'accusé de réception ne se donne qu'à un envoi recommandé avec AR.",
        "ar": "لا يسجل رقم الإشعار بالتسلم إلا لإرسالية مضمونة مع إشعار بالتسلم.",
    },
    "ar_not_registered_letter": {
        "fr": "{number} n'est pas un courrier de départ envoyé en recommandé avec AR.",
        "ar": "{number} ليست مراسلة صادرة أرسلت بالبريد المضمون مع إشعار بالتسلم.",
    },
    "ar_date_in_future": {
        "fr": "Le {date} est dans le futur : l'accusé de réception n'a pas pu revenir ce jour-là.",
        "ar": "تاريخ {date} لم يحل بعد: لا يمكن أن يكون الإشعار بالتسلم قد رجع فيه.",
    },
    "ar_date_before_sending": {
        "fr": "Le {date} précède l'envoi du courrier ({sent}).",
        "ar": "تاريخ {date} سابق لإرسال المراسلة ({sent}).",
    },
    "ar_already_returned": {
        "fr": "L'accusé de réception de {number} est déjà revenu le {date}.",
        "ar": "سبق تسجيل رجوع الإشعار بالتسلم الخاص بـ {number} بتاريخ {date}.",
    },
    "ar_returned_written": {
        "fr": "Retour de l'accusé de réception de {number} enregistré ({date}).",
        "ar": "سجل رجوع الإشعار بالتسلم الخاص بـ {number} ({date}).",
    },
    "no_ar_pending": {
        "fr": "Aucun recommandé n'attend son accusé de réception depuis {days:plural:# jour|# jours} ou plus.",
        "ar": "لا توجد أي مراسلة مضمونة تنتظر إشعارها بالتسلم منذ {days:plural:# يوم|يوم واحد|يومين|# أيام|# يوما|# يوم} أو أكثر.",
    },
    "f_ar": {"fr": "Accusé de réception", "ar": "الإشعار بالتسلم"},
    "ar_waiting": {"fr": "pas encore revenu", "ar": "لم يرجع بعد"},
    "ar_back_on": {"fr": "revenu le {date}", "ar": "رجع بتاريخ {date}"},
    "field_ar-number": {"fr": "numéro d'AR", "ar": "رقم الإشعار بالتسلم"},
    "action_record_ar": {
        "fr": "enregistrer le retour d'un accusé de réception",
        "ar": "تسجيل رجوع إشعار بالتسلم",
    },
    # The delivery book and the handing-over
    "bad_period": {
        "fr": "Période invalide : le {last} précède le {first}.",
        "ar": "فترة غير صالحة: تاريخ {last} سابق لتاريخ {first}.",
    },
    "period_too_long": {
        "fr": "Période trop longue : {days:plural:# jour|# jours} au plus.",
        "ar": "الفترة طويلة جدا: {days:plural:# يوم|يوم واحد|يومان|# أيام|# يوما|# يوم} على الأكثر.",
    },
    "nothing_to_deliver": {
        "fr": "Aucun courrier à remettre.",
        "ar": "لا توجد أي مراسلة للتسليم.",
    },
    "not_in_delivery_book": {
        "fr": "{number} ne figure pas au cahier de transmission de {service} pour cette période.",
        "ar": "{number} غير مدرجة في سجل التسليم الخاص بـ {service} لهذه الفترة.",
    },
    "already_delivered": {
        "fr": "{number} a déjà été remis à {service} le {at}.",
        "ar": "سبق تسليم {number} إلى {service} بتاريخ {at}.",
    },
    "delivery_book_written": {
        "fr": "Cahier de transmission écrit : {path} ({count:plural:# courrier|# courriers}, {sheets:plural:# feuille|# feuilles}).",
        "ar": "تمت كتابة سجل التسليم: {path} (عدد المراسلات: {count}، عدد الأوراق: {sheets}).",
    },
    "delivery_book_empty": {
        "fr": "Aucun courrier à remettre du {first} au {last}.",
        "ar": "لا توجد أي مراسلة للتسليم من {first} إلى {last}.",
    },
    "handover_recorded": {
        "fr": "Remise enregistrée : {count:plural:# courrier|# courriers} à {service}.",
        "ar": "سُجّل التسليم: {count:plural:لا مراسلة|مراسلة واحدة|مراسلتان|# مراسلات|# مراسلة|# مراسلة} إلى {service}.",
    },
    "receiver_needs_record": {
        "fr": "--receiver ne s'emploie qu'avec --record.",
        "ar": "لا يستعمل --receiver إلا مع --record.",
    },
    "field_receiver": {"fr": "réceptionnaire", "ar": "المتسلم"},
    "action_deliver": {
        "fr": "enregistrer la remise du courrier à un service",
        "ar": "تسجيل تسليم المراسلات إلى مصلحة",
    },
    # Routing slips
    "field_out-or-attach": {"fr": "--out ou --attach", "ar": "--out أو --attach"},
    "slips_attached": {
        "fr": "Fiche d'imputation jointe à {count:plural:# courrier|# courriers}.",
        "ar": "أُرفقت بطاقة الإحالة بـ{count:plural:أي مراسلة|مراسلة واحدة|مراسلتين|# مراسلات|# مراسلة|# مراسلة}.",
    },
    "slips_written": {
        "fr": "Fiches d'imputation écrites : {path} ({count:plural:# fiche|# fiches}).",
        "ar": "تمت كتابة بطائق الإحالة: {path} (عدد البطائق: {count}).",
    },
}
