"""The interface's words in French and Arabic, keyed by (Qt context or "*", English source).

One module per feature, each with an ``ENTRIES`` dict; they are merged here. A key defined in
two modules is an error, so two features never disagree silently on a translation.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

GLOSSARY: dict[tuple[str, str], dict[str, Any]] = {}

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    _entries = importlib.import_module(f"{__name__}.{_module}").ENTRIES
    _twice = GLOSSARY.keys() & _entries.keys()
    if _twice:
        raise ValueError(f"glossary entries defined twice ({_module}): {sorted(_twice)}")
    GLOSSARY.update(_entries)
