"""Words of the portal's hardening: how many times a quarantined deposit was tried, and
whether the next sync tries it again by itself."""

from __future__ import annotations

from typing import Any

Q = "QuarantineList"

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    (Q, "Attempts"): {"fr": "Tentatives", "ar": "المحاولات"},
    (Q, "%n attempt(s)"): {
        "fr": ["%n tentative", "%n tentatives"],
        "ar": ["لا محاولة", "محاولة واحدة", "محاولتان", "%n محاولات", "%n محاولة", "%n محاولة"],
    },
    (Q, "%n of %1, automatic"): {
        "fr": ["%n sur %1, automatique", "%n sur %1, automatique"],
        "ar": [
            "لا محاولة من %1، تلقائيا",
            "محاولة واحدة من %1، تلقائيا",
            "محاولتان من %1، تلقائيا",
            "%n محاولات من %1، تلقائيا",
            "%n محاولة من %1، تلقائيا",
            "%n محاولة من %1، تلقائيا",
        ],
    },
    (
        Q,
        "The portal did not deliver its file: each sync tries it again by itself, %n times at most in all. You may also try it now.",
    ): {
        "fr": [
            "Le portail n'a pas livré son fichier : chaque synchronisation le réessaie d'elle-même, %n fois au plus en tout. Vous pouvez aussi le réessayer maintenant.",
            "Le portail n'a pas livré son fichier : chaque synchronisation le réessaie d'elle-même, %n fois au plus en tout. Vous pouvez aussi le réessayer maintenant.",
        ],
        "ar": [
            "لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، دون أي مرة في المجموع. يمكنك أيضا إعادة المحاولة الآن.",
            "لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، مرة واحدة على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.",
            "لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، مرتين على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.",
            "لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، %n مرات على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.",
            "لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، %n مرة على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.",
            "لم تسلم البوابة ملفه: تعيد كل مزامنة محاولته تلقائيا، %n مرة على الأكثر في المجموع. يمكنك أيضا إعادة المحاولة الآن.",
        ],
    },
    (Q, "Try it again once the cause is gone, or discard it with a reason."): {
        "fr": "Réessayez-le une fois la cause levée, ou écartez-le avec un motif.",
        "ar": "أعد المحاولة بعد زوال السبب، أو استبعده مع تعليل ذلك.",
    },
}
