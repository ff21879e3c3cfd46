"""What a desk window remembers between runs: where it was and how big, the split between diagram and page,
the diagram view, the text size and the pages opened last. Pure decisions and a small text file in the state
folder (core.paths.window_memory_file), written atomically; kiosk mode keeps none of it.

The file is one `key value…` line a field, values split at spaces (page references and view names have none):

    geometry 40 30 1200 700
    maximized no
    recent area:neck topic:faq

Not JSON: the json package compiles its regular expressions on import, a few milliseconds before the first
frame of every start. A missing file is a first run. An unreadable or damaged file, or a damaged line, is
ignored with one line naming the file, the line and the key; nothing here ever raises."""

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


# A rectangle in screen pixels, (x, y, width, height): the window's inside (without the window manager's frame),
# or a screen's available area. A plain tuple: each NamedTuple costs a start about 0.3 ms to define.
Rect = tuple[int, int, int, int]


def inside(rect: Rect, area: Rect) -> bool:
    """Whether `rect` lies wholly within `area`."""
    x, y, width, height = rect
    left, top, area_width, area_height = area
    return x >= left and y >= top and x + width <= left + area_width and y + height <= top + area_height


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
    return geometry if any(inside(geometry, area) for area in screens) else None


def share(first: int, second: int) -> int:
    """The first pane's share of a split, per mille, kept within SPLIT; 0 when there is nothing to measure."""
    total = first + second
    if first <= 0 or second <= 0:
        return 0
    return min(SPLIT[1], max(SPLIT[0], round(first * 1000 / total)))


def _whole(text: str, low: int, high: int) -> int:
    """A whole number from low to high, or ValueError."""
    if not text.lstrip("-").isdigit() or not text.isascii():
        raise ValueError
    value = int(text)
    if not low <= value <= high:
        raise ValueError
    return value


def _one(values: list[str]) -> str:
    if len(values) != 1:
        raise ValueError
    return values[0]


def _rect(values: list[str]) -> Rect:
    if len(values) != 4:
        raise ValueError("must be x y width height")
    try:
        x, y = (_whole(v, -100_000, 100_000) for v in values[:2])
    except ValueError:
        raise ValueError("x and y must be whole numbers of pixels") from None
    try:
        width, height = (_whole(v, *SIDE) for v in values[2:])
    except ValueError:
        raise ValueError(f"width and height must be whole numbers from {SIDE[0]} to {SIDE[1]}") from None
    return (x, y, width, height)


def _split(values: list[str]) -> int:
    message = f"must be a whole number from {SPLIT[0]} to {SPLIT[1]}, or 0"
    try:
        value = _whole(_one(values), 0, SPLIT[1])
    except ValueError:
        raise ValueError(message) from None
    if value and value < SPLIT[0]:
        raise ValueError(message)
    return value


def _flag(values: list[str]) -> bool:
    if values in (["yes"], ["no"]):
        return values == ["yes"]
    raise ValueError("must be yes or no")


def _view(values: list[str]) -> str:
    if len(values) <= 1 and all(len(v) <= 40 for v in values):
        return values[0] if values else ""
    raise ValueError("must be a view's name")


def _percent(values: list[str]) -> int:
    if values in ([str(step)] for step in text_size.STEPS):
        return int(values[0])
    raise ValueError(f"must be one of {', '.join(map(str, text_size.STEPS))}")


def _recent(values: list[str]) -> tuple[str, ...]:
    if all(len(ref) <= 100 for ref in values):
        return tuple(values[: MOST_RECENT * 2])
    raise ValueError("must be page references")


_FIELDS = {
    "geometry": _rect,
    "maximized": _flag,
    "split": _split,
    "split_stacked": _split,
    "view": _view,
    "text_percent": _percent,
    "recent": _recent,
}
HEADER = "# Microcurrent Atlas: how the desk window was left (the app rewrites this file when it closes)"


def read_memory(path: Path, err: TextIO | None = None) -> WindowMemory:
    """What the file holds; a damaged file or line is left out, with one line on `err` (stderr by default)."""
    import sys

    from core.safe_files import read_regular, reason, shown_path

    out = sys.stderr if err is None else err
    try:
        text = read_regular(path, LIMIT).decode("utf-8")
    except FileNotFoundError:
        return WindowMemory()
    except OSError as error:
        print(f"{shown_path(path)}: the window's memory {reason(error)}; starting afresh", file=out)
        return WindowMemory()
    except UnicodeDecodeError:
        print(f"{shown_path(path)}: the window's memory is damaged (not UTF-8 text); starting afresh", file=out)
        return WindowMemory()
    values: dict[str, object] = {}
    for number, line in enumerate(text.splitlines(), 1):
        key, *words = line.split() if line.strip() else ("#",)
        if key.startswith("#"):
            continue
        check = _FIELDS.get(key)
        where = f"{shown_path(path)}, line {number}"
        if check is None or key in values:
            problem = "not a key this file has" if check is None else "said twice"
            shown = key[:40].encode("unicode_escape").decode("ascii")  # no terminal control codes
            print(f"{where}: {shown}: {problem}; not used", file=out)
            continue
        try:
            values[key] = check(words)
        except ValueError as problem:
            print(f"{where}: {key}: {problem or 'not a value it can have'}; not used", file=out)
    return WindowMemory(**values)  # type: ignore[arg-type]


def _line(key: str, value: object) -> str:
    if isinstance(value, bool):
        words = ["yes" if value else "no"]
    elif isinstance(value, tuple):
        words = [str(v) for v in value]
    else:
        words = [str(value)]
    return " ".join([key, *words]).rstrip()


def write_memory(path: Path, memory: WindowMemory) -> bool:
    """Write it atomically; False (and nothing raised) when it could not be written."""
    from core.atomic_write import write_atomically

    lines = [HEADER] + [_line(key, value) for key, value in memory._asdict().items() if value is not None]
    try:
        write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError:
        return False
    return True
