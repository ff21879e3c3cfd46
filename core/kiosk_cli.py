"""The kiosk's command-line options: --kiosk, --settings, --set-pin, --watchdog, and reading the settings."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from core.paths import app_command, settings_file
from core.problems import Problem, report
from core.settings import DEFAULTS, SETTINGS, Settings, SettingsWriteError, load_settings, write_setting

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
        help="run the app as a child process and start it again if it dies (1, 2, 4 … 60 s apart)",
    )
    p.add_argument("--kiosk-demo", choices=DEMOS, help=argparse.SUPPRESS)


def settings_path(args: argparse.Namespace) -> Path:
    return args.settings if args.settings is not None else settings_file()


class SiteSettings(NamedTuple):
    """The settings as read: values (defaults where one was wrong), where from, what was wrong, and
    the command that sets the PIN for this file."""

    settings: Settings = DEFAULTS
    path: Path = Path("settings.yaml")
    problems: tuple[Problem, ...] = ()
    set_pin_command: str = "microcurrent-atlas --set-pin"

    def notice(self) -> str:
        """One line for the window: the first problem, and how many more."""
        if not self.problems:
            return ""
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"Settings: {self.problems[0]}{more}."

    def pin_unreadable(self) -> bool:
        """The file has a PIN hash that cannot be read: the PIN must be set again."""
        return any(problem.field == "admin_pin_hash" for problem in self.problems)


def read_settings(args: argparse.Namespace, err: TextIO = sys.stderr) -> SiteSettings:
    """Read the settings file and report every problem on `err`."""
    path = settings_path(args)
    settings, problems = load_settings(path)
    if problems:
        print(report(problems, "the settings"), file=err)
    return SiteSettings(settings, path, problems, set_pin_command(args))


def set_pin_command(args: argparse.Namespace) -> str:
    """The exact command that sets the PIN for these settings, as staff would type it."""
    program = app_command()
    if args.settings is not None:
        program += ["--settings", os.path.abspath(args.settings)]  # not resolve(): a symlink loop raises
    return shlex.join([*program, "--set-pin"])


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
