"""What the entry rules cost a registration. Not part of the test run.

    .venv/bin/python -m tests.benchmarks.bench_entry [--n 20000]

Times :meth:`MailDraft.checked` (every text field through :mod:`app.domain.entry`, the dates
through :mod:`app.domain.window`) on a realistic draft: an Arabic subject, a correspondent
named in both scripts with identifier, e-mail, phone and address, a reference, and 720
characters of observations. Compare with the same command run on a checkout without the rules.
"""

from __future__ import annotations

import argparse
import statistics
import timeit

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry.drafts import MailDraft


def draft() -> MailDraft:
    return MailDraft(
        direction=Direction.IN,
        subject="طلب الحصول على شهادة إدارية بخصوص ملف التقاعد رقم 2026/145",
        correspondent=CorrespondentInput(
            name_arabic="محمد العلوي",
            name_latin="Mohamed El Alaoui",
            identifier="BK123456",
            email="m.alaoui@menara.ma",
            phone="06 12 34 56 78",
            address="حي الرياض، شارع النخيل، رقم 12، الرباط",
        ),
        letter_reference="ر.ع/12/2026",
        observations="Madame, Monsieur, " * 40,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    n = parser.parse_args().n
    d = draft()
    runs = [timeit.timeit(d.checked, number=n) / n * 1e6 for _ in range(5)]
    print(f"MailDraft.checked(): median {statistics.median(runs):.1f} µs per draft (5 runs of {n})")


if __name__ == "__main__":
    main()
