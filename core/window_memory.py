"""What a desk window remembers between runs: where it was and how big, the split between diagram and page,
the diagram view, the text size and the pages opened last. Pure decisions and a small JSON file in the state
folder (core.paths.window_memory_file), written atomically; kiosk mode keeps none of it.

A missing file is a first run. An unreadable or damaged file, or a damaged field, is ignored with one line
naming the file and the field; nothing here ever raises."""

# No `from __future__ import annotations`: typing.NamedTuple would compile each string annotation into a
# ForwardRef at every start (see ui/theme.py).
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from core import text_size
from core.recent_pages import MOST as MOST_RECENT

if TYPE_CHECKING:
    from collections.abc import Iterable

LIMIT = 16 * 1024  # bytes: a few numbers and six page references
SIDE = (200, 20_000)  # a stored width or height outside this is not a window's
SPLIT = (100, 900)  # the diagram's share of the split, per mille: never a sliver either way


class Rect(NamedTuple):
    """A rectangle in screen pixels: the window's inside (without the window manager's frame), or a screen's
    available area."""

    x: int
    y: int
    width: int
    height: int

    def inside(self, area: "Rect") -> bool:
        return (
            self.x >= area.x
            and self.y >= area.y
            and self.x + self.width <= area.x + area.width
            and self.y + self.height <= area.y + area.height
        )


class WindowMemory(NamedTuple):
    geometry: Rect | None = None  # the window when not maximized
    maximized: bool = False
    split: int = 0  # the diagram's share, per mille, side by side (0: the window's own)
    split_stacked: int = 0  # the same, stacked (portrait)
    view: str = ""  # the diagram view shown last ("": the first)
    text_percent: int = text_size.NORMAL
    recent: tuple[str, ...] = ()


def fitting(geometry: Rect | None, screens: "Iterable[Rect]") -> Rect | None:
    """The stored geometry when it lies wholly inside one screen's available area; None when it no longer
    fits (a smaller screen, a screen gone), so the window is sized for the screen it opens on instead."""
    if geometry is None:
        return None
    return geometry if any(geometry.inside(area) for area in screens) else None


def share(first: int, second: int) -> int:
    """The first pane's share of a split, per mille, kept within SPLIT; 0 when there is nothing to measure."""
    total = first + second
    if first <= 0 or second <= 0:
        return 0
    return min(SPLIT[1], max(SPLIT[0], round(first * 1000 / total)))


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _rect(value: object) -> Rect | None:
    if not (isinstance(value, list) and len(value) == 4):
        raise ValueError("must be [x, y, width, height]")
    x, y, width, height = value
    if not (_whole(x, -100_000, 100_000) and _whole(y, -100_000, 100_000)):
        raise ValueError("x and y must be whole numbers of pixels")
    if not (_whole(width, *SIDE) and _whole(height, *SIDE)):
        raise ValueError(f"width and height must be whole numbers from {SIDE[0]} to {SIDE[1]}")
    return Rect(x, y, width, height)


def _split(value: object) -> int:
    if value == 0 or _whole(value, *SPLIT):
        return int(value)  # type: ignore[call-overload]
    raise ValueError(f"must be a whole number from {SPLIT[0]} to {SPLIT[1]}, or 0")


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError("must be true or false")


def _view(value: object) -> str:
    if isinstance(value, str) and len(value) <= 40:
        return value
    raise ValueError("must be a view's name")


def _percent(value: object) -> int:
    if text_size.valid(value):
        return int(value)  # type: ignore[call-overload]
    raise ValueError(f"must be one of {', '.join(map(str, text_size.STEPS))}")


def _recent(value: object) -> tuple[str, ...]:
    if isinstance(value, list) and all(isinstance(ref, str) and len(ref) <= 100 for ref in value):
        return tuple(value[: MOST_RECENT * 2])
    raise ValueError("must be a list of page references")


_FIELDS = {
    "geometry": _rect,
    "maximized": _flag,
    "split": _split,
    "split_stacked": _split,
    "view": _view,
    "text_percent": _percent,
    "recent": _recent,
}


def read_memory(path: Path, err: TextIO | None = None) -> WindowMemory:
    """What the file holds; a damaged file or field is left out, with one line on `err` (stderr by default)."""
    import json
    import sys

    from core.safe_files import read_regular, reason, shown_path

    out = sys.stderr if err is None else err
    try:
        text = read_regular(path, LIMIT).decode("utf-8")
        data = json.loads(text)
    except FileNotFoundError:
        return WindowMemory()
    except OSError as error:
        print(f"{shown_path(path)}: the window's memory {reason(error)}; starting afresh", file=out)
        return WindowMemory()
    except ValueError as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        line = f", line {error.lineno}" if isinstance(error, json.JSONDecodeError) else ""
        print(f"{shown_path(path)}{line}: the window's memory is damaged (not JSON); starting afresh", file=out)
        return WindowMemory()
    if not isinstance(data, dict):
        print(f"{shown_path(path)}: the window's memory is damaged (not a mapping); starting afresh", file=out)
        return WindowMemory()
    values: dict[str, object] = {}
    for key, check in _FIELDS.items():
        if key in data:
            try:
                values[key] = check(data[key])
            except ValueError as problem:
                print(f"{shown_path(path)}{_line_of(text, key)}: {key}: {problem}; not used", file=out)
    return WindowMemory(**values)  # type: ignore[arg-type]


def _line_of(text: str, key: str) -> str:
    """The line where the key is written (", line N"), or "" if it cannot be told."""
    for number, line in enumerate(text.splitlines(), 1):
        if f'"{key}"' in line:
            return f", line {number}"
    return ""


def write_memory(path: Path, memory: WindowMemory) -> bool:
    """Write it atomically; False (and nothing raised) when it could not be written."""
    import json

    from core.atomic_write import write_atomically

    data = memory._asdict()
    data["geometry"] = list(memory.geometry) if memory.geometry else None
    data["recent"] = list(memory.recent)
    if data["geometry"] is None:
        del data["geometry"]
    try:
        write_atomically(path, (json.dumps(data, indent=1) + "\n").encode("utf-8"))
    except OSError:
        return False
    return True
