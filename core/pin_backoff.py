"""The staff PIN's back-off kept between runs, so a restart gives nobody fresh tries.

A small JSON file in the state folder (`core.paths.pin_backoff_file`): wrong PINs in a row, and the
wall-clock time the wait after the last one ends. A missing, unreadable or damaged file counts as no
back-off; a file that cannot be written leaves the back-off in memory only. Neither ever raises."""

from __future__ import annotations

import math
from pathlib import Path
from typing import NamedTuple

_LIMIT = 4096  # bytes: the file holds two numbers
_MOST_FAILURES = 1_000_000


class Backoff(NamedTuple):
    failures: int = 0
    locked_until: float = 0.0  # seconds since the epoch (time.time)


def read_backoff(path: Path) -> Backoff:
    import json

    from core.safe_files import read_regular

    try:
        data = json.loads(read_regular(path, _LIMIT).decode("utf-8"))
    except (OSError, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return Backoff()
    if not isinstance(data, dict):
        return Backoff()
    failures, until = data.get("failures"), data.get("locked_until")
    if not (isinstance(failures, int) and not isinstance(failures, bool) and 0 <= failures <= _MOST_FAILURES):
        return Backoff()
    if not (isinstance(until, int | float) and not isinstance(until, bool) and math.isfinite(until)):
        return Backoff()
    return Backoff(failures, float(until))


def write_backoff(path: Path, backoff: Backoff) -> bool:
    """Write it atomically; False when it could not be written."""
    import json

    from core.atomic_write import write_atomically

    text = json.dumps({"failures": backoff.failures, "locked_until": round(backoff.locked_until, 3)})
    try:
        write_atomically(path, (text + "\n").encode("utf-8"))
    except OSError:
        return False
    return True
