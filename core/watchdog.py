"""The watchdog: runs the app as a child process and starts it again when it dies, with a back-off.

The child ending with 0 (staff chose 'Exit kiosk'), 2 (a wrong command line), 69 (no display to
open the window on) or 73 (another kiosk runs here), which a restart cannot fix, ends the watchdog
too. Process start, sleep and clock are arguments, so the loop is tested without processes or waiting."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import TextIO

from core.cli import EXIT_USAGE
from core.display import EXIT_NO_DISPLAY
from core.paths import app_command
from core.single_instance import EXIT_ALREADY_RUNNING

# What each final code means, for the watchdog's last line.
FINAL_CODES = {
    0: "",
    EXIT_USAGE: "a wrong command line",
    EXIT_NO_DISPLAY: "no display",
    EXIT_ALREADY_RUNNING: "another kiosk is running",
}


class Backoff:
    """Waits 1, 2, 4 … up to `longest` seconds between restarts; a child that ran for `healthy_after`
    seconds or more starts the sequence over."""

    def __init__(self, first: float = 1.0, longest: float = 60.0, healthy_after: float = 120.0) -> None:
        self.first = first
        self.longest = longest
        self.healthy_after = healthy_after
        self._next = first

    def delay_after(self, ran_for: float) -> float:
        if ran_for >= self.healthy_after:
            self._next = self.first
        delay = self._next
        self._next = min(self.longest, self._next * 2)
        return delay


def child_command(argv: Sequence[str]) -> list[str]:
    """The app's own command line without --watchdog: the frozen executable, or Python and main.py."""
    return [*app_command(), *(arg for arg in argv if arg != "--watchdog")]


def run_child(command: list[str]) -> int:
    """Run the app and wait for it; if the watchdog itself is stopped, the app is stopped too."""
    child = subprocess.Popen(command)
    try:
        return child.wait()
    finally:
        if child.poll() is None:
            child.terminate()
            child.wait(timeout=10)


def watch_app(argv: Sequence[str]) -> int:
    """`--watchdog`: keep the app running until staff exit it."""
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(128 + signal.SIGTERM))
    try:
        return watch(child_command(argv))
    except KeyboardInterrupt:
        return 130


def watch(
    command: list[str],
    run: Callable[[list[str]], int] = run_child,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    backoff: Backoff | None = None,
    out: TextIO = sys.stderr,
) -> int:
    """Run `command` until it ends with a final code; return that code."""
    backoff = backoff or Backoff()
    while True:
        started = clock()
        code = run(command)
        if code in FINAL_CODES:
            if FINAL_CODES[code]:
                print(
                    f"watchdog: the app ended with code {code} ({FINAL_CODES[code]}), which a restart cannot fix; "
                    "stopping",
                    file=out,
                    flush=True,
                )
            return code
        delay = backoff.delay_after(clock() - started)
        print(f"watchdog: the app ended with code {code}; starting it again in {delay:g} s", file=out, flush=True)
        sleep(delay)
