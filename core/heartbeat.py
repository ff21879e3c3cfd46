"""The app's heartbeat, which the watchdog watches: a small file whose content the app changes every second.

The watchdog makes the file and names it in the child's environment; the app writes a growing count
into it from its event loop, so a stopped (SIGSTOP) or deadlocked app stops changing it. The watchdog
compares the file's content, not its time stamp (a clock step or a coarse file system cannot fake a
beat), and calls an app hung when the content has not changed for `hang_s` seconds, or when no beat
came within `start_s` seconds of its start."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

HEARTBEAT_ENV = "MICROCURRENT_ATLAS_HEARTBEAT"
BEAT_EVERY_S = 1.0
HANG_S = 20.0  # no beat for this long: the app is hung and is restarted
START_S = 90.0  # a start on a slow, busy machine under the watchdog's cover may take this long
_READ_LIMIT = 64


def heartbeat_file(environ: dict[str, str] | os._Environ[str] = os.environ) -> Path | None:
    """The file this app beats into, when a watchdog gave one."""
    name = environ.get(HEARTBEAT_ENV)
    return Path(name) if name else None


def beat(path: Path, count: int) -> None:
    """Write the count over the file's start (the watchdog made it; never create one). Never raises: a
    full disk must not stop the kiosk, and a missed beat only counts towards a restart."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return
    try:
        os.write(fd, f"{count:020d}\n".encode())  # a fixed width, so one write covers the last
    except OSError:
        pass
    finally:
        os.close(fd)


class Heartbeat:
    """The watchdog's side: says whether the child started now has beaten, and whether it hangs."""

    def __init__(
        self,
        path: Path,
        hang_s: float = HANG_S,
        start_s: float = START_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self.hang_s = hang_s
        self.start_s = start_s
        self._clock = clock
        self._seen = b""  # the file's content at the last beat; none yet
        self._since = clock()

    @property
    def beaten(self) -> bool:
        """Whether the child started last has beaten at least once (its window is up)."""
        return self._seen != b""

    def restart(self) -> None:
        """A new child starts: it has not beaten yet, and has `start_s` to do so. The file is made again if
        it went (with its folder: a state folder cleared while the kiosk ran must not end the watchdog)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(b"")
        self._seen = b""
        self._since = self._clock()

    def check(self) -> str:
        """'' while the child answers; else why it is taken for hung, in words for the watchdog's log."""
        now = self._clock()
        content = self._read()
        if content and content != self._seen:
            self._seen = content
            self._since = now
            return ""
        quiet = now - self._since
        if self.beaten and quiet >= self.hang_s:
            return f"the app stopped answering (no heartbeat for {quiet:.0f} s)"
        if not self.beaten and quiet >= self.start_s:
            return f"the app did not start answering within {quiet:.0f} s"
        return ""

    def _read(self) -> bytes:
        try:
            with self.path.open("rb") as file:
                return file.read(_READ_LIMIT)
        except OSError:
            return b""
