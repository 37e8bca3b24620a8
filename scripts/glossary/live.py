"""Words of live updates: what a screen says when it stops following others' changes."""

from __future__ import annotations

from typing import Any

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    ("InboxView", "Live updates interrupted, reconnecting…"): {
        "fr": "Mise à jour en direct interrompue, reconnexion en cours…",
        "ar": "انقطع التحديث الفوري، جارٍ إعادة الاتصال…",
    },
}
