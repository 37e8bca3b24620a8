"""Messages of access control: log-in throttling and locks, command roles, masked prints.

Merged into :data:`app.messages.MESSAGES` (one import line at its end).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Log-in throttling (app.organisation.throttle)
    "login_wait": {
        "fr": "Trop de tentatives de connexion : réessayez dans {seconds} s.",
        "ar": "محاولات دخول كثيرة: أعيدوا المحاولة بعد {seconds} ث.",
    },
    "login_locked": {
        "fr": (
            "Le compte {login} est bloqué après trop de mots de passe erronés : "
            "un administrateur doit le débloquer."
        ),
        "ar": (
            "الحساب {login} موقوف بعد محاولات كثيرة بكلمة مرور خاطئة: على مدير النظام رفع الإيقاف."
        ),
    },
    "user_unlocked": {
        "fr": "Compte {login} débloqué.",
        "ar": "تم رفع الإيقاف عن الحساب {login}.",
    },
    "user_not_locked": {
        "fr": "Le compte {login} n'était pas bloqué.",
        "ar": "الحساب {login} لم يكن موقوفا.",
    },
    # What the role of each command is about (permissions.Action)
    "action_view_portal": {
        "fr": "consulter l'état du portail",
        "ar": "الاطلاع على حالة البوابة",
    },
    "action_backup": {
        "fr": "sauvegarder la base de données",
        "ar": "إنجاز نسخة احتياطية لقاعدة البيانات",
    },
    "action_verify_audit": {
        "fr": "vérifier la chaîne d'audit",
        "ar": "التحقق من سلسلة التدقيق",
    },
    # The portal's address is an administrator's setting, from the command line too
    "portal_repoint_denied": {
        "fr": (
            "Refusé : seul un administrateur peut changer l'adresse ou l'identifiant client "
            "du portail (actuellement {url}) ; synchronisez sans --portal, ou avec la même adresse."
        ),
        "ar": (
            "مرفوض: لا يغير عنوان البوابة أو معرف العميل إلا مدير النظام (العنوان الحالي {url})؛ "
            "زامنوا دون ‎--portal أو بالعنوان نفسه."
        ),
    },
}
