"""The site's settings file: its keys and defaults, read and checked like content.

A bad value is reported with file, line and key, and that key keeps its default, so a typo never
stops a kiosk from starting. Unknown keys are reported too. A missing file means every default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from core.problems import Problem

if TYPE_CHECKING:
    from core.yaml_lines import LineDict


class Settings(NamedTuple):
    """Every setting with its default; `content` is None for the built-in pack."""

    kiosk: bool = False
    idle_timeout_s: float = 90.0
    warning_s: float = 10.0
    attract_interval_s: float = 2.5
    admin_hold_s: float = 3.0
    hide_cursor: bool = False
    show_evidence: bool = True
    content: Path | None = None
    admin_pin_hash: str = ""


class Setting(NamedTuple):
    """One key: its kind (bool, seconds, folder, pin_hash), its limits for seconds, and what it does."""

    name: str
    kind: str
    help: str
    low: float = 0.1
    high: float = 86400.0


SETTINGS = (
    Setting("kiosk", "bool", "start in kiosk mode (fullscreen, locked, idle reset)"),
    Setting("idle_timeout_s", "seconds", "seconds without a touch before the 'Still there?' warning"),
    Setting("warning_s", "seconds", "seconds the 'Still there?' countdown lasts before the reset", high=3600),
    Setting("attract_interval_s", "seconds", "seconds each area stays lit while nobody uses the kiosk", high=60),
    Setting("admin_hold_s", "seconds", "seconds to hold the top-left corner to open the staff PIN prompt", high=60),
    Setting("hide_cursor", "bool", "hide the mouse pointer in kiosk mode"),
    Setting("show_evidence", "bool", "show evidence and regulatory notes on area pages at the start"),
    Setting("content", "folder", "a content pack folder (relative to this file) instead of the built-in one"),
    Setting("admin_pin_hash", "pin_hash", "the staff PIN, salted and hashed; written by --set-pin"),
)
DEFAULTS = Settings()


def _check(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    """The checked value and '' or (None, why it is refused)."""
    if setting.kind == "bool":
        return (value, "") if isinstance(value, bool) else (None, f"{value!r} is not true or false")
    if setting.kind == "seconds":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None, f"{value!r} is not a number of seconds"
        if not setting.low <= value <= setting.high:
            return None, f"{value} is outside {setting.low:g} to {setting.high:g} seconds"
        return float(value), ""
    if setting.kind == "folder":
        if not isinstance(value, str) or not value.strip():
            return None, f"{value!r} is not a folder name"
        folder = base / Path(value.strip()).expanduser()
        return (folder, "") if folder.is_dir() else (None, f"no folder {folder}")
    from core.pin import is_pin_hash

    if not (isinstance(value, str) and is_pin_hash(value)):
        return None, "not a PIN hash; set the PIN with --set-pin"
    return value, ""


def _mapping(text: str) -> LineDict:
    """The settings text as a mapping of keys to values (empty for an empty file). Raises YamlProblem,
    or ValueError when the file holds something other than a mapping."""
    from core.yaml_lines import LineDict, load_yaml

    data = load_yaml(text) if text.strip() else None
    if data is None:
        return LineDict()
    if not isinstance(data, LineDict):
        raise ValueError("needs a mapping of keys to values")
    return data


def load_settings(path: Path) -> tuple[Settings, tuple[Problem, ...]]:
    """The settings in `path` (defaults for anything missing or wrong) and every problem found."""
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return DEFAULTS, ()  # the usual case: no YAML parser imported at start-up
    except (OSError, UnicodeDecodeError) as error:
        return DEFAULTS, (Problem(file, 1, "(file)", f"cannot read it ({error}); using every default"),)
    from core.yaml_lines import YamlProblem

    try:
        data = _mapping(text)
    except YamlProblem as problem:
        return DEFAULTS, (Problem(file, problem.line, "(file)", f"{problem.message}; using every default"),)
    except ValueError as error:
        return DEFAULTS, (Problem(file, 1, "(file)", f"{error}; using every default"),)
    known = {setting.name: setting for setting in SETTINGS}
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        setting = known.get(key) if isinstance(key, str) else None
        if setting is None:
            problems.append(Problem(file, data.line_of(key), str(key),
                                    f"unknown key, ignored (known keys: {', '.join(known)})"))
            continue
        checked, why = _check(setting, value, path.parent)
        if why:
            default = getattr(DEFAULTS, key)
            problems.append(Problem(file, data.line_of(key), key, f"{why}; using the default ({default!r})"))
        else:
            values[key] = checked
    return DEFAULTS._replace(**values), tuple(problems)


class SettingsWriteError(Exception):
    """The settings file could not be updated; it was left exactly as it was."""


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_setting(path: Path, key: str, value: str) -> None:
    """Set one text key in the settings file and leave every other line, comment included, as it was.

    The new file is checked before it replaces the old one: same keys and values, only `key` changed."""
    import tempfile

    from core.yaml_lines import YamlProblem, load_yaml

    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        before = _mapping(text)
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsWriteError(f"{path}: cannot read it ({error})") from None
    except YamlProblem as problem:
        raise SettingsWriteError(f"{path}:{problem.line}: {problem.message}; fix it first") from None
    except ValueError as error:
        raise SettingsWriteError(f"{path}: {error}; fix it first") from None
    lines = text.splitlines(keepends=True)
    if key in before:
        index = before.line_of(key) - 1
        comment = ""
        if "#" in lines[index]:
            head, _, tail = lines[index].partition(" #")
            comment = f"  #{tail.rstrip()}" if tail else ""
        lines[index] = f"{key}: {_quoted(value)}{comment}\n"
    else:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.append(f"{key}: {_quoted(value)}\n")
    new_text = "".join(lines)
    try:
        after = load_yaml(new_text)
    except YamlProblem:
        after = None
    expected = {**before, key: value}
    if not isinstance(after, dict) or dict(after) != expected:
        raise SettingsWriteError(f"{path}: the line with '{key}' is not a simple 'key: value' line; "
                                 f"remove that key and try again")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(new_text)
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise SettingsWriteError(f"{path}: cannot write it ({error})") from None
