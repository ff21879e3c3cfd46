"""The kiosk's clock: what time it is, and timers that fire after so many seconds of it.

The idle check, the "still there?" countdown, the attract loop, the staff corner's hold and the PIN's
back-off all read one clock object, so what drives it decides how time passes. `QtClock` is the real
one (time.monotonic and QTimer); a test passes a clock it moves on itself (tests/ui/manual_clock.py)
instead of waiting."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer


class ClockTimer(Protocol):
    def start(self, seconds: float) -> None:
        """(Re)start: fire once `seconds` from now (and every `seconds` after that, for a repeating timer)."""

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


class KioskClock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that never goes back (any origin)."""

    def timer(self, parent: QObject, fire: Callable[[], None], *, repeat: bool = False) -> ClockTimer:
        """A stopped timer that calls `fire`; it lives as long as `parent`."""


def timer_ms(seconds: float) -> int:
    """Whole milliseconds for a timer, never early and never zero (zero would mean the next turn of the loop)."""
    return max(1, math.ceil(seconds * 1000))


class QtClock:
    """The real clock: time.monotonic and QTimer."""

    def now(self) -> float:
        return time.monotonic()

    def timer(self, parent: QObject, fire: Callable[[], None], *, repeat: bool = False) -> ClockTimer:
        return _QtTimer(parent, fire, repeat)


class _QtTimer:
    def __init__(self, parent: QObject, fire: Callable[[], None], repeat: bool) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(not repeat)
        self._timer.timeout.connect(fire)

    def start(self, seconds: float) -> None:
        self._timer.start(timer_ms(seconds))

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()
