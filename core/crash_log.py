"""The kiosk's error log: what went wrong, when, with the full traceback, for staff and not visitors."""

from __future__ import annotations

import datetime
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from core.user_folders import log_dir

LOG_LIMIT_BYTES = 1_000_000  # then the log moves to kiosk.log.1 and a new one starts


def log_file() -> Path:
    return log_dir() / "kiosk.log"


def describe(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    return "".join(traceback.format_exception(kind, error, trace))


def append_entry(path: Path, text: str, when: datetime.datetime | None = None) -> None:
    """Add one dated entry; never raises, since it runs while something else has already failed."""
    stamp = (when or datetime.datetime.now().astimezone()).isoformat(timespec="seconds")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_LIMIT_BYTES:
            path.replace(path.with_name(path.name + ".1"))
        # A message may carry text that is not valid Unicode (a lone surrogate from a file name with
        # undecodable bytes): it is written as \udcff rather than lost with the entry.
        with path.open("a", encoding="utf-8", errors="backslashreplace") as out:
            out.write(f"--- {stamp}\n{text.rstrip()}\n")
    except OSError:
        pass


class ErrorBurst:
    """Says when errors come too fast to recover from (the app had better exit and be restarted)."""

    def __init__(self, limit: int = 5, within_s: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.within_s = within_s
        self._clock = clock
        self._times: list[float] = []

    def too_many(self) -> bool:
        now = self._clock()
        self._times = [t for t in self._times if now - t < self.within_s] + [now]
        return len(self._times) >= self.limit
