"""The watchdog's side of the 'Restarting…' cover: a small full-screen window in a process of its own,
started once and kept hidden, shown the moment the app dies and hidden once the new app answers, so
the desktop never shows during a restart.

It is told what to do one line at a time on its standard input ('show', 'hide'); when the watchdog
ends, the cover's input closes and it ends too. A cover that died is started again when next needed."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence

SHOW = b"show\n"
HIDE = b"hide\n"


class Cover:
    """Shows and hides the cover window; `close()` ends its process."""

    def __init__(self, command: Sequence[str], end_within_s: float = 5.0) -> None:
        self.command = list(command)
        self.end_within_s = end_within_s  # a cover still running this long after its input closed is killed
        self._process: subprocess.Popen[bytes] | None = None
        self.shown = False

    def show(self) -> None:
        self.shown = True
        self._tell(SHOW)

    def hide(self) -> None:
        """Hide the cover; the first call starts its process, hidden, so that showing it later is instant
        (the watchdog calls it once the app is up, not while both would start at once)."""
        if self.shown or self._process is None:
            self.shown = False
            self._tell(HIDE)

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout=self.end_within_s)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()

    def _tell(self, line: bytes) -> None:
        for _attempt in range(2):  # once more with a new process, when the last one had died
            process = self._running()
            if process is None or process.stdin is None:
                return
            try:
                process.stdin.write(line)
                process.stdin.flush()
                return
            except OSError:
                self._process = None
                process.kill()
                process.wait()

    def _running(self) -> subprocess.Popen[bytes] | None:
        if self._process is not None and self._process.poll() is None:
            return self._process
        try:
            self._process = subprocess.Popen(self.command, stdin=subprocess.PIPE)
        except OSError:
            self._process = None
        return self._process
