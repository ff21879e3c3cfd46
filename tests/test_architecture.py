"""The tree is the architecture: core never imports Qt; ui never reads files or parses YAML."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt_or_ui() -> None:
    for path in sorted((ROOT / "core").glob("*.py")):
        bad = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6", "ui")}
        assert not bad, f"{path.name} imports {bad}"


def test_ui_never_parses_yaml_or_opens_files() -> None:
    for path in sorted((ROOT / "ui").rglob("*.py")):
        assert "yaml" not in imported_modules(path), path.name
        calls = {
            node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call)
        }
        bare_open = {
            node.func.id
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        assert "open" not in bare_open, f"{path.name} opens a file"
        assert not calls & {"read_text", "read_bytes", "load_pack", "safe_load"}, path.name


def test_every_module_starts_with_a_docstring() -> None:
    for folder in ("core", "ui", "bench", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), path
