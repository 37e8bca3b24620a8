import pytest

from app.domain.enums import Direction
from app.domain.numbering import (
    DEFAULT_FORMAT,
    format_number,
    normalise_typed_number,
    validate_format,
)


def test_default_format() -> None:
    assert format_number(DEFAULT_FORMAT, Direction.IN, 2026, 123) == "A-2026/000123"
    assert format_number(DEFAULT_FORMAT, Direction.OUT, 2026, 1) == "D-2026/000001"
    assert format_number(DEFAULT_FORMAT, Direction.INTERNAL, 2027, 45) == "I-2027/000045"


def test_custom_format() -> None:
    fmt = "BO/{year}/{prefix}{seq:05d}"
    validate_format(fmt)
    assert format_number(fmt, Direction.IN, 2026, 7) == "BO/2026/A00007"


@pytest.mark.parametrize(
    "fmt", ["{year}/{seq}", "{prefix}-{seq}", "{prefix}{year}{seq}{x}", "fixed"]
)
def test_format_must_name_prefix_year_and_seq(fmt: str) -> None:
    with pytest.raises(ValueError):
        validate_format(fmt)


def test_typed_number_is_normalised() -> None:
    assert normalise_typed_number(" a-2026/000123\n") == "A-2026/000123"
    assert normalise_typed_number("A-٢٠٢٦/٠٠٠١٢٣") == "A-2026/000123"
