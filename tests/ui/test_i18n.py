"""Both catalogues complete, current with the sources, and switched at run time."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scripts import translations
from ui.fonts import INTERFACE_FAMILIES, register_fonts
from ui.i18n import Languages

TS_DIR = Path(translations.ROOT) / "translations"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_entry_is_translated(lang: str) -> None:
    tree = ET.parse(TS_DIR / f"bureau_ordre_{lang}.ts")
    messages = list(tree.iter("message"))
    assert messages
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert unfinished == []


def test_catalogues_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lupdate"),
            *map(str, translations.sources()),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )

    def sources(path: Path) -> set[tuple[str, str]]:
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(path).iter("context")
            for m in c.iter("message")
        }

    assert sources(fresh) - sources(TS_DIR / "bureau_ordre_ar.ts") == set()
    assert sources(fresh) - sources(TS_DIR / "bureau_ordre_fr.ts") == set()


def test_switching_language_turns_the_layout(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    languages = Languages(app)
    from ui.register.model import tr

    languages.apply("ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert languages.loaded == 2  # ours and Qt's own (standard buttons, dialogs)
    assert tr("Number") == "رقم الترتيب"
    languages.apply("fr")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert tr("Number") == "N° d'ordre"


def test_bundled_fonts_are_registered(qtbot) -> None:  # type: ignore[no-untyped-def]
    families = register_fonts()
    assert set(INTERFACE_FAMILIES) <= families
    assert "Noto Naskh Arabic" in families
