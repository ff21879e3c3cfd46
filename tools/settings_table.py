"""The README's settings table, written from the declarations in core/settings.py.

Usage: .venv/bin/python tools/settings_table.py [--write]
Prints the table's rows (key, default, what it does); --write puts them into README.md, section
"The settings file". tests/test_settings_table.py fails when the README and the declarations differ."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.settings import SETTINGS, Setting  # noqa: E402

README = ROOT / "README.md"
SECTION = "### The settings file"
HEADER = ("| key | default | |", "|---|---|---|")


def shown_default(setting: Setting) -> str:
    """The default as it would be written in the settings file (YAML), or what having no value means."""
    if setting.unset and setting.default in (None, ""):
        return setting.unset
    if isinstance(setting.default, bool):
        return f"`{str(setting.default).lower()}`"
    if isinstance(setting.default, float):
        return f"`{setting.default:g}`"
    return f"`{setting.default}`"


def shown_help(setting: Setting) -> str:
    """The setting's help, with its range for a number of seconds."""
    if setting.kind == "seconds":
        return f"{setting.help} ({setting.low:g} to {setting.high:g})"
    return setting.help


def rows() -> list[str]:
    """The table, header first, one row per setting in the order they are declared."""
    return [*HEADER, *(f"| `{s.name}` | {shown_default(s)} | {shown_help(s)} |" for s in SETTINGS)]


def table_span(lines: list[str]) -> tuple[int, int]:
    """Where the table of the settings section is in the README's lines: first line, one past the last."""
    start = lines.index(SECTION)
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("| key |"))
    end = next((i for i in range(first, len(lines)) if not lines[i].startswith("|")), len(lines))
    return first, end


def readme_rows(text: str) -> list[str]:
    lines = text.splitlines()
    first, end = table_span(lines)
    return lines[first:end]


def write_readme(path: Path = README) -> bool:
    """Put the rows into the README; True when it changed."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    first, end = table_span([line.rstrip("\n") for line in lines])
    new = "".join([*lines[:first], *(row + "\n" for row in rows()), *lines[end:]])
    if new == text:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write the rows into {README.name}")
    args = parser.parse_args()
    if args.write:
        print(f"{README.name}: {'updated' if write_readme() else 'already up to date'}")
    else:
        print("\n".join(rows()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
