import pytest

from app.domain.text import clean, fold, has_arabic, normalise_identifier


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("أحمد", "احمد"),  # hamza above alef
        ("إدريس", "ادريس"),  # hamza below alef
        ("آمنة", "امنه"),  # madda, and ta marbuta folded to ha
        ("ٱلرباط", "الرباط"),  # alef wasla
        ("مُحَمَّد", "محمد"),  # harakat
        ("مـــحـمـد", "محمد"),  # tatweel
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مسؤول", "مسوول"),  # hamza on waw
        ("رئيس", "رييس"),  # hamza on ya
        ("الملف ١٢٣", "الملف 123"),  # Eastern Arabic digits
        ("Fès", "fes"),
        ("ÉCOLE  Supérieure", "ecole superieure"),
        ("Commune de Fès-Médina", "commune de fes medina"),
        ("\u200fجماعة\u200e فاس", "جماعه فاس"),  # direction marks
    ],
)
def test_fold_makes_variants_equal(variant: str, canonical: str) -> None:
    assert fold(variant) == fold(canonical)


def test_fold_keeps_different_words_apart() -> None:
    assert fold("محمد") != fold("أحمد")
    assert fold("Fès") != fold("Fez")
    assert fold("مكتب") != fold("كتاب")


def test_fold_of_empty_is_empty() -> None:
    assert fold(None) == ""
    assert fold("   ") == ""


def test_script_detection() -> None:
    assert has_arabic("Commune de فاس")
    assert not has_arabic("Commune de Fès")
    # Eastern Arabic digits are numbers, not Arabic text: they read left to right in a number.
    assert not has_arabic("A-٢٠٢٦/٠٠٠١٢٣")
    assert has_arabic("١٢ جمادى الآخرة")


def test_clean_collapses_white_space_but_keeps_case() -> None:
    assert clean("  Demande   de\tcongé \n") == "Demande de congé"


def test_identifier_normalisation() -> None:
    assert normalise_identifier(" ab 123-456 ") == "AB123456"
    assert normalise_identifier("ab١٢٣") == "AB123"
