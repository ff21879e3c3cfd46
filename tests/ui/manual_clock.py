"""A kiosk clock that moves only when a test says so: `advance(seconds)` fires every timer that falls due on the
way, in order, as the real clock would, without waiting (ui/kiosk/clock.py says what a kiosk clock is)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ui.kiosk.clock import ClockTimer, timer_ms


class ManualClock:
    def __init__(self, now: float = 100.0) -> None:
        self._now = now
        self._timers: list[_ManualTimer] = []

    def now(self) -> float:
        return self._now

    def timer(self, parent: QObject, fire: Callable[[], None], *, repeat: bool = False) -> ClockTimer:
        timer = _ManualTimer(self, fire, repeat)
        self._timers.append(timer)
        return timer

    def advance(self, seconds: float) -> None:
        """Move time on by `seconds`, firing each timer when its moment comes (a timer a firing one starts
        fires too, if it falls due before the end)."""
        end = self._now + seconds
        while True:
            due = [timer for timer in self._timers if timer.due is not None and timer.due <= end]
            if not due:
                break
            timer = min(due, key=lambda t: t.due or 0.0)
            assert timer.due is not None
            self._now = max(self._now, timer.due)
            timer.fire()
        self._now = end


class _ManualTimer:
    def __init__(self, clock: ManualClock, fire: Callable[[], None], repeat: bool) -> None:
        self._clock = clock
        self._fire = fire
        self._repeat = repeat
        self._every = 0.0
        self.due: float | None = None

    def start(self, seconds: float) -> None:
        self._every = timer_ms(seconds) / 1000  # what a QTimer would wait
        self.due = self._clock.now() + self._every

    def stop(self) -> None:
        self.due = None

    def is_active(self) -> bool:
        return self.due is not None

    def fire(self) -> None:
        self.due = self.due + self._every if self._repeat and self.due is not None else None
        self._fire()
