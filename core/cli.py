"""The command line: every option the app accepts, and the text-only commands."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, TextIO, cast

from core.pack_cache import load_pack_fast
from core.paths import cache_dir, data_dir
from core.problems import ContentError, count_problems
from core.records import VIEWS, Pack
from core.safe_files import folder_problem, reason, shown_path
from core.version import APP_NAME, VERSION

if TYPE_CHECKING:
    import argparse

# Set by bench/startup.py and bench/frozen.py: print 'first-paint' once the first frame is drawn, then quit.
FIRST_PAINT_PROBE = "MICROCURRENT_ATLAS_FIRST_PAINT_PROBE"

# What every option is when none is given: a plain start (a double-click) skips argparse, which
# costs several milliseconds of a start-up that is mostly Qt's. A test keeps this equal to parser().
DEFAULTS = {
    "content": None,
    "check_content": None,
    "self_test": False,
    "list_areas": False,
    "screenshot": None,
    "view": None,
    "area": None,
    "topic": None,
    "size": None,
    "settings": None,
    "kiosk": False,
    "set_pin": False,
    "watchdog": False,
    "kiosk_demo": None,
}

# Exit codes that a restart cannot fix, so the watchdog stops on them (70, five errors in a row, it does not).
EXIT_USAGE = 2  # a wrong command line: argparse's own code
EXIT_NO_DISPLAY = 69  # EX_UNAVAILABLE (sysexits.h): no display to open the window on

SIZE_LIMITS = (200, 7680)  # pixels a side: from a small window to an 8K screen (99999x99999 took 17.9 GB)


def _size(text: str) -> tuple[int, int]:
    import argparse

    match = re.fullmatch(r"(\d{1,6})x(\d{1,6})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1920x1080")
    low, high = SIZE_LIMITS
    width, height = int(match.group(1)), int(match.group(2))
    if not (low <= width <= high and low <= height <= high):
        raise argparse.ArgumentTypeError(f"'{text}': each side must be {low} to {high} pixels, e.g. 1920x1080")
    return width, height


_LOCALE_CATEGORIES = (
    "LC_CTYPE",
    "LC_NUMERIC",
    "LC_TIME",
    "LC_COLLATE",
    "LC_MONETARY",
    "LC_MESSAGES",
    "LC_PAPER",
    "LC_NAME",
    "LC_ADDRESS",
    "LC_TELEPHONE",
    "LC_MEASUREMENT",
    "LC_IDENTIFICATION",
)


def work_in_any_locale() -> None:
    """Under any locale (none set, C, POSIX, a Latin-1 one): printing never fails, and Qt finds the UTF-8
    LC_CTYPE it needs (it would warn that it switched, which fails the self-test). Run before anything
    prints and before Qt starts; child processes (the watchdog's) inherit the environment."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", "") == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # '…' prints as '?' on a Latin-1 terminal
    if os.name != "posix":
        return
    import _locale  # what `locale` wraps, without its 1.3 ms of imports on every start

    no_such_locale = _locale.Error  # type: ignore[attr-defined]  # typeshed lists it under `locale` only
    with contextlib.suppress(no_such_locale):  # a locale that is not installed: C, not UTF-8 either
        _locale.setlocale(_locale.LC_CTYPE, "")  # as Qt will: from LC_ALL, LC_CTYPE or LANG
    if _locale.nl_langinfo(_locale.CODESET).replace("-", "").lower() == "utf8":
        return
    for utf8 in ("C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"):  # the last one is macOS's
        try:
            _locale.setlocale(_locale.LC_CTYPE, utf8)
        except no_such_locale:
            continue
        # Only LC_CTYPE changes, as Qt itself would change it: LC_ALL would override it, so its value
        # moves to LANG, which then sets every other category as LC_ALL did.
        everything = os.environ.pop("LC_ALL", "")
        if everything:
            for name in _LOCALE_CATEGORIES:
                os.environ.pop(name, None)
            os.environ["LANG"] = everything
        os.environ["LC_CTYPE"] = utf8
        return


def parse_args(argv: list[str]) -> argparse.Namespace:
    if not argv:  # the same attributes as a Namespace, without importing argparse
        return cast("argparse.Namespace", SimpleNamespace(**DEFAULTS))
    return parser().parse_args(argv)


def first_paint_probe() -> bool:
    return os.environ.get(FIRST_PAINT_PROBE) == "1"


def parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="microcurrent-atlas",
        description=f"{APP_NAME}: an offline reference on microcurrent treatment, area by area.",
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {VERSION}")
    p.add_argument(
        "--content", metavar="DIR", type=Path, help="use the content pack in DIR instead of the built-in one"
    )
    p.add_argument(
        "--check-content",
        metavar="DIR",
        nargs="?",
        type=Path,
        const=data_dir(),
        help="validate a content pack (default: the built-in one), print the report, exit 0 or 1",
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check this copy works: validate the content, open and render every area and topic "
        "page offscreen, print one line, exit 0 or 1",
    )
    p.add_argument("--list-areas", action="store_true", help="print one line per area: id, view, title")
    p.add_argument("--screenshot", metavar="FILE.png", type=Path, help="render the window offscreen to a PNG and exit")
    p.add_argument("--view", choices=VIEWS, help="the diagram to show first")
    p.add_argument("--area", metavar="ID", help="the area to open first")
    p.add_argument("--topic", metavar="ID", help="the topic page to open first")
    p.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        help=f"window size, e.g. 1920x1080; each side {SIZE_LIMITS[0]} to {SIZE_LIMITS[1]} pixels",
    )
    from core.kiosk_cli import add_options as add_kiosk_options

    add_kiosk_options(p)
    return p


def check_content(folder: Path, out: TextIO = sys.stdout) -> int:
    """Validate a pack and print the report; 0 when it is good, 1 otherwise."""
    from core.content_loader import load_pack

    try:
        pack = load_pack(folder)
    except ContentError as error:
        print(f"{folder}: {error.report()}", file=out)
        return 1
    print(
        f"{folder}: OK: {len(pack.areas)} areas, {len(pack.treatments)} treatments, "
        f"{len(pack.topics)} topics, {len(pack.notes)} notes, {len(pack.sources)} sources, "
        f"content version {pack.info.content_version}",
        file=out,
    )
    return 0


def self_test_pack(folder: Path | None, out: TextIO = sys.stdout) -> Pack | None:
    """The pack --self-test checks, loaded and validated in full (never from a cache), or None after
    printing the self-test's one-line failure."""
    from core.content_loader import load_pack

    folder = folder or data_dir()
    try:
        return load_pack(folder)
    except ContentError as error:
        print(f"self-test: FAILED: the content in {folder} does not validate: {error.report()}", file=out)
        return None


def list_areas(pack: Pack, out: TextIO = sys.stdout) -> None:
    width = max(len(area.id) for area in pack.areas.values())
    for area in pack.areas.values():
        print(f"{area.id:<{width}}  {area.view:<10}  {area.title}", file=out)


def load_content(folder: Path | None) -> tuple[Pack, str]:
    """The site's pack if it is good, else the built-in one with a notice saying why (also printed).
    A folder that cannot be read at all (missing, a file, a symlink loop, a name too long) is one line."""
    if folder is None:
        return load_pack_fast(data_dir(), cache_dir()), ""
    problem = folder_problem(folder)
    if not problem:
        try:
            return load_pack_fast(folder, cache_dir()), ""
        except ContentError as error:
            print(f"{shown_path(folder)}: {error.report()}", file=sys.stderr)
            notice = (
                f"The content in {shown_path(folder)} has {count_problems(len(error.problems))} "
                f"(first: {error.problems[0]}); showing the built-in content instead."
            )
            return load_pack_fast(data_dir(), cache_dir()), notice
        except OSError as error:  # a file of it vanished or turned unreadable while it was read
            problem = reason(error)
        except (UnicodeError, RuntimeError) as error:  # RuntimeError: pathlib's symlink loop, RecursionError
            problem = f"cannot be read ({error})"
    notice = f"The content folder {shown_path(folder)} {problem}; showing the built-in content instead."
    print(notice, file=sys.stderr)
    return load_pack_fast(data_dir(), cache_dir()), notice


def display_problem(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """Why Qt has no display to open a window on here, in one line with what to do, or '' when it has
    one (or was told where to draw). Without this Qt aborts, blaming a missing libxcb-cursor0."""
    if platform in ("win32", "darwin", "cygwin"):
        return ""
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if environ.get("DISPLAY") or qpa not in ("", "xcb") or (not qpa and environ.get("WAYLAND_DISPLAY")):
        return ""
    return (
        "There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run the app "
        "on the desktop, or on a virtual one with 'xvfb-run -a' (Debian package xvfb); "
        "--screenshot FILE.png and --self-test need no display."
    )


def start_problem(pack: Pack, area: str | None, topic: str | None) -> str:
    """Why the requested first page cannot be shown, or '' when it can."""
    if area and area not in pack.areas:
        return f"There is no area '{area}'. Areas: {', '.join(pack.areas)}"
    if topic and topic not in pack.topics:
        return f"There is no topic '{topic}'. Topics: {', '.join(pack.topics)}"
    return ""
