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
    assert display.day(date(2026, 11, 23)).endswith("٢٠٢٦-١١-٢٣")


def test_hijri_beside_the_gregorian_date(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "1448" not in display.day(date(2026, 11, 23))
    display.configure(DisplayPrefs(hijri=True))
    # 1 Ramadan 1447 fell on 18 February 2026 in the tabular calendar.
    assert display.hijri(date(2026, 2, 18), short=True).startswith("1447/09/01")
    text = display.moment(datetime(2026, 11, 23, 9, 30, tzinfo=UTC), short=True)
    assert "2026-11-23" in text and "1448/06/" in text
    display.configure(DisplayPrefs(eastern_digits=True, hijri=True))
    assert "١٤٤٨" in display.day(date(2026, 11, 23))


def test_a_day_picker_reads_year_month_day_in_an_arabic_window(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QLocale, Qt

    from ui.widgets import day_edit

    before = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco))
    try:
        edit = day_edit(popup=True)
        edit.setDate(QDate(2026, 11, 23))
        assert edit.lineEdit().text() == "2026-11-23"
    finally:
        qapp.setLayoutDirection(before)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Morocco))
