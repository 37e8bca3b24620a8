"""Messages of the encrypted secrets file (merged into :data:`app.messages.MESSAGES`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "secret_file_wrong_password": {
        "fr": "Mot de passe du fichier de secrets incorrect (ou fichier modifié depuis).",
        "ar": "كلمة مرور ملف الأسرار غير صحيحة (أو أن الملف عُدّل بعد ذلك).",
    },
    "secret_file_locked": {
        "fr": "Le secret est conservé dans le fichier de secrets chiffré, qui est verrouillé : déverrouillez-le (Outils › Déverrouiller le fichier de secrets…) ou définissez BO_SECRETS_PASSWORD.",
        "ar": "السر محفوظ في ملف الأسرار المشفر، وهو مقفل: افتحه (أدوات › فتح ملف الأسرار…) أو عرّف المتغير BO_SECRETS_PASSWORD.",
    },
    "secret_file_missing": {
        "fr": "Il n'y a pas de fichier de secrets sur cet ordinateur ({path}).",
        "ar": "لا يوجد ملف أسرار على هذا الحاسوب ({path}).",
    },
    "secret_file_damaged": {
        "fr": "Le fichier de secrets {path} est abîmé ou n'est pas celui de l'application : rien n'y a été lu.",
        "ar": "ملف الأسرار {path} تالف أو لا يخص التطبيق: لم تُقرأ منه أي معلومة.",
    },
    "secret_file_password_needed": {
        "fr": "Cet ordinateur n'a pas de trousseau système : choisissez un mot de passe pour le fichier de secrets chiffré de l'application, qui conservera le secret.",
        "ar": "لا يتوفر هذا الحاسوب على خزنة أسرار النظام: اختر كلمة مرور لملف الأسرار المشفر الخاص بالتطبيق، الذي سيحفظ السر.",
    },
}
