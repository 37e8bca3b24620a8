"""Words of search: the register's search box and filters, look-alike mails at the counter."""

from __future__ import annotations

from typing import Any

_ = "*"
ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    ("FilterBar", "Search: number, subject, correspondent, reference…"): {
        "fr": "Rechercher : numéro, objet, correspondant, référence…",
        "ar": "بحث: الرقم، الموضوع، المراسل، المرجع…",
    },
    ("FilterBar", "By relevance"): {"fr": "Par pertinence", "ar": "حسب درجة التطابق"},
    ("FilterBar", "Best matches first instead of the newest first"): {
        "fr": "Les résultats les plus pertinents d'abord, au lieu des plus récents",
        "ar": "النتائج الأكثر تطابقا أولا بدل الأحدث",
    },
    ("FilterBar", "All types"): {"fr": "Tous les types", "ar": "جميع الأصناف"},
    ("FilterBar", "All channels"): {"fr": "Tous les canaux", "ar": "جميع طرق الإيصال"},
    (
        "SimilarMails",
        "Recent mail from this correspondent with a similar subject (already registered?):",
    ): {
        "fr": "Courriers récents de ce correspondant au même objet (déjà enregistré ?) :",
        "ar": "مراسلات حديثة من نفس المراسل في موضوع مشابه (هل سبق تسجيلها؟):",
    },
}
