"""The client check's text-only commands: --list-conditions and --check-client ID[,ID…] (no Qt)."""

from __future__ import annotations

import sys
from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from core.client_check import NO_RULE, REMINDER, ClientCheck, Reason, UnknownCondition, check_client, known_conditions
from core.records import VIEW_TITLES
from core.terminal_text import printable

if TYPE_CHECKING:
    import argparse

    from core.records import Pack

EXIT_USAGE = 2  # as core.cli: a wrong command line


def add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--check-client",
        metavar="ID[,ID…]",
        help="print, for each area, 'ruled out', 'care' or 'no rule' for a client with these conditions "
        "(ids from --list-conditions), with the reason and source, and exit",
    )
    p.add_argument("--list-conditions", action="store_true", help="print one line per condition: id, label")


def _say(stream: TextIO, line: str) -> None:
    """Print a line as the terminal can show it (core.terminal_text)."""
    print(printable(line, stream), file=stream)


def condition_ids(args: argparse.Namespace) -> list[str]:
    """The ids --check-client names, each once, in the order given."""
    return list(dict.fromkeys(part.strip() for part in (args.check_client or "").split(",") if part.strip()))


def run(pack: Pack, args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int | None:
    """Run the command and give its exit code; None when the window should start instead (--check-client
    with --screenshot: a picture of the panel with those conditions ticked). `out` and `err` are standard
    output and standard error as they are when it runs."""
    out, err = out or sys.stdout, err or sys.stderr
    if args.list_conditions:
        list_conditions(pack, out)
        return 0
    ids = condition_ids(args)
    if not ids:
        _say(err, "--check-client needs condition ids, e.g. --check-client pregnancy,epilepsy")
        return EXIT_USAGE
    try:
        check = check_client(pack, ids)
    except UnknownCondition as error:
        _say(err, f"--check-client: {error}; see --list-conditions")
        return EXIT_USAGE
    if args.screenshot:
        return None
    print_check(pack, check, out)
    return 0


def list_conditions(pack: Pack, out: TextIO) -> None:
    conditions = known_conditions(pack)
    width = max((len(ident) for ident, _ in conditions), default=0)
    for ident, label in conditions:
        _say(out, f"{ident:<{width}}  {label}")


def _reason_line(reason: Reason) -> str:
    return f"{reason.verdict}: {' and '.join(reason.conditions)}: {reason.text} Source: {reason.sources}"


def print_check(pack: Pack, check: ClientCheck, out: TextIO) -> None:
    labels = [pack.conditions[c].label for c in check.conditions]
    _say(out, f"Client check for: {'; '.join(labels)}")
    for reason in check.general:
        _say(out, f"Every area, {_reason_line(reason)}")
    width = max(len(a.area) for a in check.areas)
    for view, areas in groupby(check.areas, key=lambda area: area.view):
        _say(out, f"\n{VIEW_TITLES[view]}")
        for area in areas:
            lines = [_reason_line(r) for r in area.reasons]
            if not lines and area.verdict != NO_RULE:
                lines = ["(the rule of every area, above)"]
            first = lines[0] if lines else ""
            _say(out, f"  {area.area:<{width}}  {area.verdict:<9}  {first}".rstrip())
            for line in lines[1:]:
                _say(out, f"  {'':<{width}}  {'':<9}  {line}")
    _say(out, f"\n{REMINDER}")
