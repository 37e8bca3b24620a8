"""Words of the entry rules: a field's length limit, said when typing is refused."""

from __future__ import annotations

from typing import Any

ENTRIES: dict[tuple[str, str], dict[str, Any]] = {
    ("FieldLimit", "At most %n character(s) here."): {
        "fr": ["%n caractère au plus ici.", "%n caractères au plus ici."],
        "ar": [
            "لا يقبل هذا الحقل أي حرف.",
            "لا يقبل هذا الحقل أكثر من حرف واحد.",
            "لا يقبل هذا الحقل أكثر من حرفين.",
            "لا يقبل هذا الحقل أكثر من %n أحرف.",
            "لا يقبل هذا الحقل أكثر من %n حرفا.",
            "لا يقبل هذا الحقل أكثر من %n حرف.",
        ],
    },
}
