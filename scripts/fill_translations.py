"""Fill the Linguist catalogues from the project's glossary (English source -> fr, ar).

    python scripts/fill_translations.py

Run after ``translations.py update``: entries the glossary knows are filled (and marked
finished); the ones it does not know are listed, to be added here or in Qt Linguist. Plural
entries (``%n``) take a list: French has two forms, Arabic six.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

from scripts.glossary import GLOSSARY
from scripts.translations import CATALOGUE, ROOT


def fill(lang: str) -> list[str]:
    path = ROOT / "translations" / f"{CATALOGUE}_{lang}.ts"
    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            entry = GLOSSARY.get((name, source)) or GLOSSARY.get(("*", source))
            tr = msg.find("translation")
            assert tr is not None
            if entry is None:
                if tr.get("type") == "unfinished":
                    missing.append(f"{name}: {source}")
                continue
            text = entry[lang]
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in text:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text
    ET.indent(tree)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return missing


if __name__ == "__main__":
    problems = {lang: fill(lang) for lang in ("fr", "ar")}
    for lang, missing in problems.items():
        for m in missing:
            print(f"{lang}: no translation for {m}")
    sys.exit(1 if any(problems.values()) else 0)
