"""Digits and Hijri dates as the user chose them."""

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from ui import display
from ui.display import DisplayPrefs


@pytest.fixture(autouse=True)
def restore() -> Iterator[None]:
    yield
    display.configure(DisplayPrefs())


def test_western_digits_by_default() -> None:
    assert display.digits("A-2026/000123") == "A-2026/000123"
    assert display.count(42) == "42"


def test_eastern_digits_when_chosen() -> None:
    display.configure(DisplayPrefs(eastern_digits=True))
    assert display.digits("A-2026/000123") == "A-٢٠٢٦/٠٠٠١٢٣"
    assert display.day(date(2026, 11, 23)).endswith("٢٣/١١/٢٠٢٦")


def test_hijri_beside_the_gregorian_date(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "1448" not in display.day(date(2026, 11, 23))
    display.configure(DisplayPrefs(hijri=True))
    # 1 Ramadan 1447 fell on 18 February 2026 in the tabular calendar.
    assert display.hijri(date(2026, 2, 18), short=True).startswith("01/09/1447")
    text = display.moment(datetime(2026, 11, 23, 9, 30, tzinfo=UTC), short=True)
    assert "23/11/2026 10:30" in text and "/06/1448" in text  # day first, as the prints
    display.configure(DisplayPrefs(eastern_digits=True, hijri=True))
    assert "١٤٤٨" in display.day(date(2026, 11, 23))


def test_a_day_picker_reads_day_month_year_in_an_arabic_window(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QLocale, Qt

    from ui.widgets import day_edit

    before = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco))
    try:
        edit = day_edit(popup=True)
        edit.setDate(QDate(2026, 11, 23))
        assert edit.text() == "23/11/2026"  # left to right, as in a French window
    finally:
        qapp.setLayoutDirection(before)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Morocco))
