"""Each setting is declared once (core/settings.py) and the README's table says what the declarations say."""

# No `from __future__ import annotations`: the records below are declared by their annotations, as objects.

import types
import typing
from pathlib import Path
from typing import Annotated, NamedTuple

import pytest

from core import settings
from core.settings import DEFAULTS, KINDS, SETTINGS, Setting, Settings, declared
from tests.conftest import ROOT
from tools import settings_table

# The Python type each kind of setting holds.
KIND_TYPES = {"bool": bool, "seconds": float, "folder": Path | None, "pin_hash": str}


def test_the_readme_table_is_the_declarations() -> None:
    """Key, default and help of every setting, in order; `tools/settings_table.py --write` fixes it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings_table.readme_rows(readme) == settings_table.rows()


def test_the_readme_rows_name_every_key_its_default_and_its_range() -> None:
    rows = settings_table.rows()
    assert rows[2] == "| `kiosk` | `false` | start in kiosk mode |"
    assert '| `idle_timeout_s` | `90` | seconds without a touch before "Still there?" (0.1 to 86400) |' in rows
    assert any(row.startswith("| `content` | built-in |") for row in rows)
    assert any(row.startswith("| `admin_pin_hash` | none |") for row in rows)
    assert len(rows) == 2 + len(Settings._fields)


def test_every_field_is_declared_once_with_a_known_kind_of_its_type() -> None:
    assert tuple(s.name for s in SETTINGS) == Settings._fields
    hints = typing.get_type_hints(Settings)
    for setting in SETTINGS:
        assert setting.kind in KINDS, setting.name
        assert hints[setting.name] == KIND_TYPES[setting.kind], setting.name
        assert setting.default == getattr(DEFAULTS, setting.name)
        assert setting.help and not setting.help.endswith("."), setting.name


def test_every_default_passes_its_own_check() -> None:
    for setting in SETTINGS:
        if setting.default in (None, ""):
            assert setting.unset, f"{setting.name}: say what no value means"
            continue
        assert settings._check(setting, setting.default, ROOT) == (setting.default, ""), setting.name


def _import_with(old: str, new: str) -> None:
    """core/settings.py with one declaration changed, imported as a module of its own."""
    source = (ROOT / "core" / "settings.py").read_text(encoding="utf-8")
    assert old in source
    module = types.ModuleType("settings_changed")
    exec(compile(source.replace(old, new), "settings_changed.py", "exec", dont_inherit=True), module.__dict__)


def test_a_kind_without_a_check_stops_the_import() -> None:
    with pytest.raises(TypeError, match=r"Settings\.hide_cursor needs .* a kind of \['bool'"):
        _import_with('Setting("bool", "hide the mouse pointer', 'Setting("colour", "hide the mouse pointer')


def test_a_field_without_a_declaration_stops_the_import() -> None:
    with pytest.raises(TypeError, match=r"Settings\.hide_cursor needs"):
        _import_with(
            'hide_cursor: Annotated[bool, Setting("bool", "hide the mouse pointer in kiosk mode")] = False',
            "hide_cursor: bool = False",
        )


class Stand(NamedTuple):
    lit: Annotated[bool, Setting("bool", "light the stand")] = True
    wait_s: Annotated[float, Setting("seconds", "seconds to wait", low=1, high=5, unset="never")] = 2.0


class Plain(NamedTuple):
    lit: Annotated[bool, Setting("bool", "light the stand")] = True
    wait_s: float = 2.0


class Noted(NamedTuple):
    lit: Annotated[bool, "a note, not a Setting"] = True


class Coloured(NamedTuple):
    colour: Annotated[str, Setting("colour", "the stand's colour")] = "red"


def test_each_declaration_gets_its_field_s_name_and_default_in_order() -> None:
    assert declared(Stand) == (
        Setting("bool", "light the stand", name="lit", default=True),
        Setting("seconds", "seconds to wait", 1, 5, "never", "wait_s", 2.0),
    )


@pytest.mark.parametrize(
    ("record", "field"), [(Plain, "Plain.wait_s"), (Noted, "Noted.lit"), (Coloured, "Coloured.colour")]
)
def test_a_field_undeclared_or_of_an_unknown_kind_is_refused_by_its_name(record: type, field: str) -> None:
    kinds = "['bool', 'seconds', 'folder', 'pin_hash']"
    with pytest.raises(TypeError) as caught:
        declared(record)
    assert str(caught.value) == f"{field} needs Annotated[type, Setting(kind, help)] with a kind of {kinds}"
