"""The site's settings file: its keys and defaults, read and checked like content.

A bad value is reported with file, line and key, and that key keeps its default, so a typo never
stops a kiosk from starting. Unknown keys are reported too. A missing file means every default."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

from core.problems import Problem, excerpt
from core.safe_files import MEGABYTE, read_regular, reason, shown_path

# No `from __future__ import annotations` here: the declarations below are read from the annotations
# of `Settings` (typing.Annotated), so they must be objects, not strings.
if TYPE_CHECKING:
    from core.yaml_entries import Entry
    from core.yaml_lines import LineDict


class Setting(NamedTuple):
    """How one key is checked and what it does: its kind (a key of KINDS), its help (as the README's
    settings table shows it, tools/settings_table.py), its limits for seconds, and what no value means
    (`unset`, for a default that is no value: the built-in pack, no PIN). `name` and `default`, the last
    two fields, come from its field of `Settings`."""

    kind: str
    help: str
    low: float = 0.1
    high: float = 86400.0
    unset: str = ""
    name: str = ""
    default: Any = None


class Settings(NamedTuple):
    """Every setting, each declared once, here: its key, type and default, and in `Annotated` its Setting
    (kind, help, limits). `content` is None for the built-in pack."""

    kiosk: Annotated[bool, Setting("bool", "start in kiosk mode")] = False
    idle_timeout_s: Annotated[float, Setting("seconds", 'seconds without a touch before "Still there?"')] = 90.0
    warning_s: Annotated[float, Setting("seconds", "seconds the countdown lasts", high=3600)] = 20.0
    attract_interval_s: Annotated[
        float, Setting("seconds", "seconds each area stays lit in the attract loop", high=60)
    ] = 2.5
    admin_hold_s: Annotated[
        float, Setting("seconds", "seconds to hold the top-left corner for the PIN prompt", high=60)
    ] = 3.0
    hide_cursor: Annotated[bool, Setting("bool", "hide the mouse pointer in kiosk mode")] = False
    show_evidence: Annotated[bool, Setting("bool", "evidence notes shown at the start (and after each reset)")] = True
    content: Annotated[
        Path | None,
        Setting("folder", "a content pack folder, relative to the settings file; `--content` wins", unset="built-in"),
    ] = None
    usage_counts: Annotated[
        bool, Setting("bool", "keep anonymous usage counts (per day; no personal data) for the staff panel")
    ] = True
    usage_export_dir: Annotated[
        Path | None,
        Setting(
            "export_folder",
            "where the staff panel's Export writes usage.csv and the heat maps (a USB stick, say), relative "
            "to the settings file; it need not exist until then",
            unset="usage-export in the state folder",
        ),
    ] = None
    admin_pin_hash: Annotated[
        str,
        Setting(
            "pin_hash",
            "written by `--set-pin`; never the PIN itself; a hash this app cannot check is reported and lets "
            "nobody in until the PIN is set again",
            unset="none",
        ),
    ] = ""
    kiosk_search: Annotated[
        bool,
        Setting(
            "bool",
            "offer search in kiosk mode, typed on Qt's on-screen keyboard; stays off (and the staff panel says "
            "why) where Qt Virtual Keyboard is not installed",
        ),
    ] = False
    # Branding (issue 12): shown small in the toolbar and on every handout.
    clinic_name: Annotated[str, Setting("text", "the clinic's name, on handouts and in the toolbar", unset="none")] = ""
    clinic_logo: Annotated[
        Path | None,
        Setting(
            "logo",
            "the clinic's logo on handouts and in the toolbar: a PNG or SVG file of at most 2 MB, relative to "
            "the settings file",
            unset="none",
        ),
    ] = None
    clinic_phone: Annotated[str, Setting("text", "the clinic's phone number, on handouts", unset="none")] = ""
    clinic_address: Annotated[str, Setting("text", "the clinic's address in one line, on handouts", unset="none")] = ""
    # Keyboard (issue 14): WCAG 2.1.4, a one-key shortcut can be turned off.
    single_key_shortcuts: Annotated[
        bool,
        Setting(
            "bool",
            "`/` opens search, as Ctrl+F does, except in a text field, and H and Shift+H move by heading in the "
            "page, as Ctrl+H and Ctrl+Shift+H do; `false` leaves only the Ctrl keys",
        ),
    ] = True


DEFAULTS = Settings()
SETTINGS_LIMIT = MEGABYTE  # a real settings file is well under a kilobyte

Check = Callable[[Setting, Any, Path], tuple[Any, str]]


def _bool(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    return (value, "") if isinstance(value, bool) else (None, f"{excerpt(value)} is not true or false")


def _seconds(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, f"{excerpt(value)} is not a number of seconds"
    if not setting.low <= value <= setting.high:
        return None, f"{excerpt(value)} is outside {setting.low:g} to {setting.high:g} seconds"
    return float(value), ""


def _folder(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    """A folder that exists, relative to the settings file's own folder `base`."""
    if not isinstance(value, str) or not value.strip():
        return None, f"{excerpt(value)} is not a folder name"
    try:
        folder = base / Path(value.strip()).expanduser()
        found = folder.is_dir()
    except (OSError, ValueError, RuntimeError) as error:  # a name too long, a NUL, an unknown ~user
        return None, f"{excerpt(value)} cannot be a folder ({getattr(error, 'strerror', None) or error})"
    return (folder, "") if found else (None, f"no folder {shown_path(folder, 1000)}")


def _export_folder(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    """A folder name, relative to the settings file's own folder `base`; a stick may be plugged in later."""
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        return None, f"{excerpt(value)} is not a folder name"
    try:
        return base / Path(value.strip()).expanduser(), ""
    except RuntimeError as error:  # an unknown ~user
        return None, f"{excerpt(value)} cannot be a folder ({error})"


def _pin_hash(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    from core.pin import pin_hash_problem

    why = pin_hash_problem(value) if isinstance(value, str) else "not a PIN hash"
    return (None, f"{why}; set the PIN with --set-pin") if why else (value, "")


TEXT_LIMIT = 120  # characters of a clinic's name, phone or address: one line of a handout's header


def _text(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    """One line of text. A phone number YAML read as a number (0123456 is octal to it) is refused: quoted, it
    stays as written."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return None, f"{excerpt(value)} is read as a number; put it in quotes to keep it as written"
    if not isinstance(value, str):
        return None, f"{excerpt(value)} is not text"
    text = " ".join(value.split())
    if len(text) > TEXT_LIMIT:
        return None, f"{excerpt(value)} is longer than {TEXT_LIMIT} characters"
    return text, ""


def _logo(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    """A PNG or SVG file, relative to the settings file's folder, checked by its content (core.branding)."""
    from core.branding import logo_problem

    if not isinstance(value, str) or not value.strip():
        return None, f"{excerpt(value)} is not a file name"
    try:
        path = base / Path(value.strip()).expanduser()
    except RuntimeError as error:  # an unknown ~user
        return None, f"{excerpt(value)} cannot be a file ({error})"
    why = logo_problem(path)
    return (None, why) if why else (path, "")


# Each kind's check, and what stands in for a refused value where that is not the default (the end of
# its message). A kind not here stops the import (declared).
KINDS: dict[str, Check] = {
    "bool": _bool,
    "seconds": _seconds,
    "folder": _folder,
    "export_folder": _export_folder,
    "pin_hash": _pin_hash,
    "text": _text,
    "logo": _logo,
}
REFUSED = {"pin_hash": "until then nobody can open the staff panel", "logo": "no logo is shown"}


def declared(record: Any) -> tuple[Setting, ...]:
    """Each field of `record` (a NamedTuple declared as `Settings` is) with its Setting, its name and its
    default; a field without a declaration, or of a kind KINDS does not know, is a TypeError naming it, so
    a mistake in `Settings` stops the import (a test imports this module)."""
    settings = []
    for name, annotation in record.__annotations__.items():
        setting = getattr(annotation, "__metadata__", (None,))[0]
        if not isinstance(setting, Setting) or setting.kind not in KINDS:
            raise TypeError(
                f"{record.__name__}.{name} needs Annotated[type, Setting(kind, help)] with a kind of {list(KINDS)}"
            )
        settings.append(Setting(*setting[:-2], name, record._field_defaults[name]))
    return tuple(settings)


SETTINGS = declared(Settings)


def _check(setting: Setting, value: Any, base: Path) -> tuple[Any, str]:
    """The checked value and '' or (None, why it is refused)."""
    return KINDS[setting.kind](setting, value, base)


def _fallback(setting: Setting) -> str:
    """What a refused value is replaced with, as the end of its message."""
    return REFUSED.get(setting.kind) or f"using the default ({setting.default!r})"


def _mapping(text: str) -> "LineDict":
    """The settings text as a mapping of keys to values (empty for an empty file). Raises YamlProblem,
    or ValueError when the file holds something other than a mapping."""
    from core.yaml_lines import LineDict, load_yaml

    data = load_yaml(text) if text.strip() else None
    if data is None:
        return LineDict()
    if not isinstance(data, LineDict):
        raise ValueError("needs a mapping of keys to values")
    return data


def _entries(text: str) -> "list[Entry]":
    """Every key of the settings text, each with its value or why that value cannot be read. Raises
    YamlProblem or ValueError for a problem with the whole file (bad syntax, not a mapping, a repeated key)."""
    from core.yaml_entries import Entry, key_name, read_entries
    from core.yaml_lines import YamlProblem

    try:
        data = _mapping(text)
    except YamlProblem:
        entries = read_entries(text)  # one value PyYAML cannot build must cost only its own key
        if entries is None:
            raise
        return entries
    return [Entry(key, key_name(key), data.line_of(key), value, "") for key, value in data.items()]


def read_settings_text(path: Path) -> str:
    """The text of the settings file: a regular file of at most SETTINGS_LIMIT bytes, in UTF-8. Raises
    FileNotFoundError, OSError (core.safe_files.UnsafeFile for a pipe, a device, a folder, a huge file)
    or UnicodeDecodeError."""
    return read_regular(path, SETTINGS_LIMIT).decode("utf-8")


def load_settings(path: Path) -> tuple[Settings, tuple[Problem, ...]]:
    """The settings in `path` (defaults for anything missing or wrong) and every problem found."""
    file = shown_path(path, 1000)
    try:
        text = read_settings_text(path)
    except FileNotFoundError:
        return DEFAULTS, ()  # the usual case: no YAML parser imported at start-up
    except OSError as error:
        return DEFAULTS, (Problem(file, 1, "(file)", f"{reason(error)}; using every default"),)
    except UnicodeDecodeError as error:
        return DEFAULTS, (Problem(file, 1, "(file)", f"cannot read it ({error}); using every default"),)
    from core.yaml_lines import YamlProblem

    try:
        entries = _entries(text)
    except YamlProblem as problem:
        return DEFAULTS, (Problem(file, problem.line, "(file)", f"{problem.message}; using every default"),)
    except ValueError as error:
        return DEFAULTS, (Problem(file, 1, "(file)", f"{error}; using every default"),)
    known = {setting.name: setting for setting in SETTINGS}
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for entry in entries:
        setting = known.get(entry.key) if isinstance(entry.key, str) else None
        if setting is None:
            why = f"{entry.problem}; ignored" if entry.problem else "unknown key, ignored"
            problems.append(Problem(file, entry.line, entry.name, f"{why} (known keys: {', '.join(known)})"))
            continue
        checked, why = (None, entry.problem) if entry.problem else _check(setting, entry.value, path.parent)
        if why:
            problems.append(Problem(file, entry.line, setting.name, f"{why}; {_fallback(setting)}"))
        else:
            values[setting.name] = checked
    return DEFAULTS._replace(**values), tuple(problems)


class SettingsWriteError(Exception):
    """The settings file could not be updated; it was left exactly as it was. str() is one line."""


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _with_key(text: str, before: "LineDict", key: str, value: str) -> str:
    """`text` with `key` set on its own line, every other byte kept: comments, line endings (CRLF stays
    CRLF), and a missing final newline (it stays missing)."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if "\r\n" in text else "\r" if "\r" in text else "\n"
    entry = f"{key}: {_quoted(value)}"
    if key in before:
        index = before.line_of(key) - 1
        line = lines[index]
        body = line.splitlines()[0]
        comment = ""
        if "#" in body:
            _head, _, tail = body.partition(" #")
            comment = f"  #{tail.rstrip()}" if tail else ""
        bom = "\ufeff" if index == 0 and body.startswith("\ufeff") else ""
        lines[index] = f"{bom}{entry}{comment}{line[len(body) :]}"
    elif lines and lines[-1].splitlines()[0] == lines[-1]:
        lines[-1] += newline
        lines.append(entry)
    else:
        lines.append(entry + newline)
    return "".join(lines)


def _same(a: Any, b: Any, seen: set[tuple[int, int]]) -> bool:
    """Equal values, where an alias (`*a8`) shared many times is compared once, not once per use."""
    if isinstance(a, list | dict) and type(a) is type(b):
        if (id(a), id(b)) in seen:
            return True
        seen.add((id(a), id(b)))
        if isinstance(a, dict) and isinstance(b, dict):
            return a.keys() == b.keys() and all(_same(a[k], b[k], seen) for k in a)
        return len(a) == len(b) and all(_same(x, y, seen) for x, y in zip(a, b, strict=True))
    return bool(a == b) or (a != a and b != b)  # NaN is a value too


def write_setting(path: Path, key: str, value: str) -> None:
    """Set one text key in the settings file and leave every other line, comment included, as it was.

    The new file is checked before it replaces the old one: same keys and values, only `key` changed.
    It replaces the old one atomically (core.atomic_write): through a symlink, keeping owner and mode."""
    from core.atomic_write import write_atomically
    from core.yaml_lines import YamlProblem, load_yaml

    shown = shown_path(path, 1000)
    try:
        text = read_settings_text(path)
    except FileNotFoundError:
        text = ""
    except OSError as error:
        raise SettingsWriteError(f"{shown}: {reason(error)}") from None
    except UnicodeDecodeError as error:
        raise SettingsWriteError(f"{shown}: cannot read it ({error})") from None
    try:
        before = _mapping(text)
    except YamlProblem as problem:
        raise SettingsWriteError(f"{shown}:{problem.line}: {problem.message}; fix it first") from None
    except ValueError as error:
        raise SettingsWriteError(f"{shown}: {error}; fix it first") from None
    new_text = _with_key(text, before, key, value)
    try:
        after = load_yaml(new_text)
    except YamlProblem:
        after = None
    expected = {**before, key: value}
    if not (isinstance(after, dict) and _same(dict(after), expected, set())):
        raise SettingsWriteError(
            f"{shown}: the line with '{key}' is not a simple 'key: value' line; remove that key and try again"
        )
    try:
        write_atomically(path, new_text.encode("utf-8"))
    except OSError as error:
        raise SettingsWriteError(f"{shown}: cannot write it ({error.strerror or error})") from None
