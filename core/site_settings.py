"""The site's settings as a start reads them: which file (--settings, or the one in the user's config
folder), its values and problems, and the exact command that sets the PIN in it.

No `from __future__ import annotations`: typing.NamedTuple would compile each string annotation of
SiteSettings at every start."""

import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from core.paths import app_command, settings_file
from core.problems import Problem, report
from core.settings import DEFAULTS, Settings, load_settings

if TYPE_CHECKING:
    import argparse  # a plain start never parses options (core.cli.parse_args)


def settings_path(args: "argparse.Namespace") -> Path:
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


def read_settings(args: "argparse.Namespace", err: TextIO = sys.stderr) -> SiteSettings:
    """Read the settings file and report every problem on `err`."""
    path = settings_path(args)
    settings, problems = load_settings(path)
    if problems:
        print(report(problems, "the settings"), file=err)
    return SiteSettings(settings, path, problems, set_pin_command(args))


def set_pin_command(args: "argparse.Namespace") -> str:
    """The exact command that sets the PIN for these settings, as staff would type it."""
    program = app_command()
    if args.settings is not None:
        program += ["--settings", os.path.abspath(args.settings)]  # not resolve(): a symlink loop raises
    return shlex.join([*program, "--set-pin"])
