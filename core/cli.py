"""The command line: every option the app accepts (and the same values without argparse, for a plain
start), and the text-only commands --check-content and --list-areas. main.py dispatches."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, TextIO

from core.problems import ContentError

if TYPE_CHECKING:
    import argparse

    from core.records import Pack

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
    "restart_cover": False,
    "usage_summary": False,
    "export_usage": None,
    "text_size": None,  # desk: the window's text size to start at, in percent (core.text_size)
    "search": None,
    "search_demo": None,
    "keys_demo": False,  # the gallery: the divider focused and a hover hint shown (ui/keys_demo.py)
    "page_nav_demo": None,  # the gallery: a heading gone to, or the headings and links (ui/page_nav_demo.py)
    "hover_demo": None,  # the gallery: the pointer on an area, its name shown (ui/hover_demo.py)
    # the handout (core/handout_cli.py)
    "handout": None,
    "output": None,
    "paper": None,
    "check_client": None,  # core/client_check_cli.py
    "list_conditions": False,
}

EXIT_USAGE = 2  # a wrong command line: argparse's own code; a restart cannot fix it (core.watchdog)

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


def parse_args(argv: list[str]) -> argparse.Namespace:
    if not argv:  # the same attributes as a Namespace, without importing argparse
        return SimpleNamespace(**DEFAULTS)  # type: ignore[return-value]  # the same attributes
    p = parser()
    args = p.parse_args(argv)
    given = [options for options, attributes in COMMANDS if any(_asked(args, name) for name in attributes)]
    if len(given) > 1:
        p.error(f"{' and '.join(given)} are separate commands: give one at a time")
    return args


# The commands that print something and end, each run on its own: --list-conditions and --check-client go
# together (the list first), and --check-client beside --screenshot is a picture of the panel, not a command.
COMMANDS = (
    ("--list-areas", ("list_areas",)),
    ("--search", ("search",)),
    ("--list-conditions/--check-client", ("list_conditions", "check_client")),
    ("--handout", ("handout",)),
    ("--usage-summary", ("usage_summary",)),
    ("--export-usage", ("export_usage",)),
)


def _asked(args: argparse.Namespace, attribute: str) -> bool:
    value = getattr(args, attribute, None)
    if attribute == "check_client" and getattr(args, "screenshot", None):
        return False
    return value is not None and value is not False


def first_paint_probe() -> bool:
    return os.environ.get(FIRST_PAINT_PROBE) == "1"


def parser() -> argparse.ArgumentParser:
    import argparse

    from core.kiosk_cli import add_options as add_kiosk_options
    from core.paths import data_dir
    from core.records import VIEWS
    from core.version import APP_NAME, VERSION

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
    add_kiosk_options(p)
    p.add_argument(
        "--usage-summary", action="store_true", help="print the kiosk's usage counts: today, the whole show, top areas"
    )
    p.add_argument(
        "--export-usage",
        metavar="DIR",
        type=Path,
        help="write the kiosk's usage counts to DIR: usage.csv (one row per day, kind and id) and heat-map PNGs",
    )
    _add_desk_options(p)
    p.add_argument(
        "--search",
        metavar="QUERY",
        help="print what the search field finds for QUERY, best first, one a line: page reference, title "
        "and snippet (matched words between *asterisks*); exit 0, or 1 when nothing is found",
    )
    p.add_argument("--search-demo", metavar="QUERY", help=argparse.SUPPRESS)  # the gallery: QUERY typed, results shown
    p.add_argument("--keys-demo", action="store_true", help=argparse.SUPPRESS)  # the gallery: divider focused, a hint
    p.add_argument(
        "--page-nav-demo", choices=("heading", "last", "list"), help=argparse.SUPPRESS
    )  # the gallery: see ui/page_nav_demo.py
    p.add_argument("--hover-demo", metavar="AREA", help=argparse.SUPPRESS)  # the gallery: the pointer on AREA
    from core.handout_cli import add_options as add_handout_options

    add_handout_options(p)
    from core.client_check_cli import add_options as add_client_check_options

    add_client_check_options(p)
    return p


def _add_desk_options(p: argparse.ArgumentParser) -> None:
    from core.text_size import STEPS

    p.add_argument(
        "--text-size",
        metavar="PERCENT",
        type=int,
        choices=STEPS,
        help=f"the window's text size to start at, one of {', '.join(map(str, STEPS))} "
        "(Ctrl+plus, Ctrl+minus and Ctrl+0 change it; a desk window remembers it)",
    )


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


def list_areas(pack: Pack, out: TextIO = sys.stdout) -> None:
    width = max(len(area.id) for area in pack.areas.values())
    for area in pack.areas.values():
        print(f"{area.id:<{width}}  {area.view:<10}  {area.title}", file=out)
