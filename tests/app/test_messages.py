"""Every message the core can raise exists in French and Arabic, with the same parameters."""

import re
import string
from pathlib import Path

import pytest

from app.errors import UserError
from app.messages import MESSAGES

APP = Path(__file__).resolve().parents[2] / "app"
RAISED = re.compile(
    r"(?:UserError|UsageError|NotFound|PermissionDenied|InvalidFile|DatabaseUnavailable|SchemaMismatch|MailboxError)"
    r"\(\s*\"([a-z_]+)\"|message\(\s*\"([a-z_]{3,})\"|info_stderr\(\s*\"([a-z_]+)\""
)


def _codes_in_source() -> set[str]:
    codes = set()
    for path in APP.rglob("*.py"):
        for match in RAISED.finditer(path.read_text(encoding="utf-8")):
            codes.add(next(g for g in match.groups() if g))
    return codes


def test_every_raised_code_has_a_message() -> None:
    codes = _codes_in_source()
    assert len(codes) > 30
    assert sorted(codes - MESSAGES.keys()) == []


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_with_the_same_parameters(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == {"fr", "ar"}
    fields = {
        lang: {f for _, f, _, _ in string.Formatter().parse(t) if f} for lang, t in texts.items()
    }
    assert fields["fr"] == fields["ar"]
    assert re.search(r"[\u0600-\u06FF]", texts["ar"]), "the Arabic text has no Arabic"


def test_field_names_are_translated_inside_messages() -> None:
    err = UserError("missing_field", field="subject")
    assert err.message("fr") == "Le champ « objet » est obligatoire."
    assert "الموضوع" in err.message("ar")
