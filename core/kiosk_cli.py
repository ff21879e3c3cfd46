"""The kiosk's command-line options (--kiosk, --settings, --set-pin, --watchdog) and the --set-pin command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from core.paths import settings_file
from core.settings import SETTINGS, SettingsWriteError, write_setting
from core.site_settings import settings_path

if TYPE_CHECKING:
    import argparse  # a plain start never parses options (core.cli.parse_args)

DEMOS = ("attract", "warning", "pin", "admin")


def add_options(p: argparse.ArgumentParser) -> None:
    import argparse

    keys = ", ".join(setting.name for setting in SETTINGS)
    p.add_argument(
        "--settings",
        metavar="FILE",
        type=Path,
        default=None,
        help=f"the settings file (default: {settings_file()}); keys: {keys}",
    )
    p.add_argument(
        "--kiosk",
        action="store_true",
        help="fullscreen, locked, touch-first, reset after each visitor (or 'kiosk: true' in the settings)",
    )
    p.add_argument(
        "--set-pin",
        action="store_true",
        help="set the staff PIN (4 to 12 digits, typed twice, or one line on standard input) "
        "in the settings file, stored as a salted hash, and exit",
    )
    p.add_argument(
        "--watchdog",
        action="store_true",
        help="run the app as a child process and start it again if it dies or hangs (1, 2, 4 … 60 s apart, the "
        "first three 1 s apart), with a 'Restarting…' screen over the desktop meanwhile",
    )
    p.add_argument("--kiosk-demo", choices=DEMOS, help=argparse.SUPPRESS)
    p.add_argument("--restart-cover", action="store_true", help=argparse.SUPPRESS)  # the watchdog's own


def _read_pin(stdin: TextIO, err: TextIO) -> str:
    if stdin.isatty():
        import getpass

        first = getpass.getpass("New staff PIN (4 to 12 digits): ")
        if getpass.getpass("The same PIN again: ") != first:
            print("The two PINs differ; nothing was changed.", file=err)
            return ""
        return first
    return stdin.readline().strip()


def set_pin(
    args: argparse.Namespace, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Write a salted hash of a new PIN into the settings file, keeping every other line of it."""
    from core.pin import hash_pin, pin_problem

    path = settings_path(args)
    pin = _read_pin(stdin, err)
    if not pin:
        if not stdin.isatty():
            print("No PIN given on standard input; nothing was changed.", file=err)
        return 1
    problem = pin_problem(pin)
    if problem:
        print(f"Not a PIN: {problem}; nothing was changed.", file=err)
        return 1
    from core.atomic_write import terminating_cleanly

    try:
        with terminating_cleanly():  # a kill mid-write leaves neither a half file nor a temporary one
            write_setting(path, "admin_pin_hash", hash_pin(pin))
    except SettingsWriteError as error:
        print(f"The PIN was not set: {error}", file=err)
        return 1
    print(f"Staff PIN set in {path}", file=out)
    return 0
