"""The core never imports the GUI: app/ has no ui/ import and no Qt widgets."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
FORBIDDEN = ("ui", "PySide6.QtWidgets")
QT_ALLOWED_IN = ("printing",)  # Qt's non-widget print engine, and only there


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_app_does_not_import_the_gui() -> None:
    offenders = []
    for path in APP.rglob("*.py"):
        rel = path.relative_to(APP)
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{rel}: {name}")
            elif name.startswith("PySide6") and rel.parts[0] not in QT_ALLOWED_IN:
                offenders.append(f"{rel}: {name} (Qt only in app/printing)")
    assert offenders == []


def test_the_checker_sees_imports() -> None:
    sample = APP / "cli" / "main.py"
    assert "app.cli.context" in _imports(sample)
