"""Update the Qt Linguist catalogues from the sources, and compile them.

    python scripts/translations.py update   # pyside6-lupdate ui/ -> translations/*.ts
    python scripts/translations.py build    # pyside6-lrelease translations/*.ts -> *.qm

The .ts files are committed (translators edit them); the .qm files are built by the set-up.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = "bureau_ordre"
TARGETS = {"ar": "ar_MA", "fr": "fr_MA"}


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    for lang, target in TARGETS.items():
        ts = ROOT / "translations" / f"{CATALOGUE}_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *map(str, sources()),
                "-no-obsolete",
                "-target-language",
                target,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )


def build() -> None:
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
