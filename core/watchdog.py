"""The watchdog: runs the app as a child process and starts it again when it dies, with a back-off.

The child ending with 0 (staff chose 'Exit kiosk'), 2 (a wrong command line), 69 (no display to
open the window on) or 73 (another kiosk runs here), which a restart cannot fix, ends the watchdog
too. Process start, sleep and clock are arguments, so the loop is tested without processes or waiting."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TextIO

from core.cli import EXIT_USAGE
from core.cover import Cover
from core.display import EXIT_NO_DISPLAY
from core.heartbeat import HEARTBEAT_ENV, Heartbeat
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
    """First `quick` restarts `first` seconds apart (a restart most often works, and the cover hides the
    desktop meanwhile), then 1, 2, 4 … times `first`, up to `longest`; a child that ran for
    `healthy_after` seconds or more starts the sequence over."""

    def __init__(self, first: float = 1.0, longest: float = 60.0, healthy_after: float = 120.0, quick: int = 3) -> None:
        self.first = first
        self.longest = longest
        self.healthy_after = healthy_after
        self.quick = quick
        self._quick_left = quick
        self._next = first

    def delay_after(self, ran_for: float) -> float:
        if ran_for >= self.healthy_after:
            self._quick_left = self.quick
            self._next = self.first
        if self._quick_left > 0:
            self._quick_left -= 1
            return self.first
        delay = self._next
        self._next = min(self.longest, self._next * 2)
        return delay


def child_command(argv: Sequence[str]) -> list[str]:
    """The app's own command line without --watchdog: the frozen executable, or Python and main.py."""
    return [*app_command(), *(arg for arg in argv if arg != "--watchdog")]


def child_environment(heartbeat: Heartbeat | None) -> dict[str, str]:
    """The watchdog's own environment, and the heartbeat file the child is to beat into."""
    environment = dict(os.environ)
    if heartbeat is not None:
        environment[HEARTBEAT_ENV] = str(heartbeat.path)
    return environment


def run_child(
    command: list[str],
    heartbeat: Heartbeat | None = None,
    cover: Cover | None = None,
    out: TextIO = sys.stderr,
    poll_s: float = 0.25,
) -> int:
    """Run the app and wait for it; if the watchdog itself is stopped, the app is stopped too. With a
    heartbeat, an app that stops answering is killed (its code is then -9 on Linux), and the cover is
    hidden once the new app has beaten for the first time (its window is up)."""
    if heartbeat is not None:
        heartbeat.restart()
    child = subprocess.Popen(command, env=child_environment(heartbeat))
    try:
        while True:
            try:
                return child.wait(timeout=poll_s if heartbeat is not None else None)
            except subprocess.TimeoutExpired:
                pass
            assert heartbeat is not None  # only a heartbeat's poll times out
            hung = heartbeat.check()
            if heartbeat.beaten and cover is not None:
                cover.hide()
            if hung:
                print(f"watchdog: {hung}; stopping it", file=out, flush=True)
                child.kill()  # a stopped process takes no other signal
                return child.wait()
    finally:
        if child.poll() is None:
            child.terminate()
            child.wait(timeout=10)


def watch_app(argv: Sequence[str]) -> int:
    """`--watchdog`: keep the app running until staff exit it, restarting it when it dies or hangs, with a
    'Restarting…' cover over the screen meanwhile."""
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(128 + signal.SIGTERM))
    import tempfile

    from core.user_folders import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix="heartbeat-", dir=folder)
    os.close(fd)
    heartbeat = Heartbeat(Path(name))
    cover = Cover([*app_command(), "--restart-cover"])
    try:
        out = sys.stderr  # as it is now (a test may have replaced it), not as it was at import
        run = partial(run_child, heartbeat=heartbeat, cover=cover, out=out)
        return watch(child_command(argv), run=run, out=out, cover=cover)
    except KeyboardInterrupt:
        return 130
    finally:
        cover.close()
        heartbeat.path.unlink(missing_ok=True)


def watch(
    command: list[str],
    run: Callable[[list[str]], int] = run_child,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    backoff: Backoff | None = None,
    out: TextIO = sys.stderr,
    cover: Cover | None = None,
) -> int:
    """Run `command` until it ends with a final code; return that code. Between a death and the next
    start the cover, when there is one, hides the screen."""
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
        if cover is not None:
            cover.show()
        delay = backoff.delay_after(clock() - started)
        print(f"watchdog: the app ended with code {code}; starting it again in {delay:g} s", file=out, flush=True)
        sleep(delay)
