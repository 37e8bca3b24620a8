"""Exact percentiles from a histogram: what the database counts, not the values themselves.

Delays are whole numbers (working days, minutes), so the database groups them and counts each
value (``GROUP BY delay``): a few dozen rows however many mails. The percentile is then read
from the counts, exactly as PostgreSQL's ``percentile_cont`` reads it from the sorted values
(linear interpolation between the two values around the rank ``p × (n - 1)``), on SQLite as on
PostgreSQL. Histograms of parts add up (a service's over all mail types is the sum of its
types'), so every total is exact too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from fractions import Fraction


def merge(histograms: Iterable[Mapping[int, int]]) -> Counter[int]:
    total: Counter[int] = Counter()
    for h in histograms:
        total.update(h)
    return total


def count(histogram: Mapping[int, int]) -> int:
    return sum(histogram.values())


def value_at(histogram: Mapping[int, int], rank: int) -> int:
    """The value at 0-based ``rank`` among the sorted values."""
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if rank < seen:
            return value
    raise IndexError(rank)


def percentile(histogram: Mapping[int, int], p: Fraction | float) -> Fraction | None:
    """The ``p``-th percentile (``p`` from 0 to 1) as ``percentile_cont`` gives it; None for
    no value."""
    n = count(histogram)
    if n == 0:
        return None
    position = Fraction(p) * (n - 1)
    below = int(position)
    low = value_at(histogram, below)
    fraction = position - below
    if fraction == 0:
        return Fraction(low)
    high = value_at(histogram, below + 1)
    return low + fraction * (high - low)


MEDIAN = Fraction(1, 2)
P90 = Fraction(9, 10)


def as_number(value: Fraction | None, digits: int = 2) -> float | int | None:
    """A percentile for people and JSON: an int when whole, else rounded to ``digits``."""
    if value is None:
        return None
    if value.denominator == 1:
        return int(value)
    return round(float(value), digits)
