"""The kiosk's visitor session: attract loop, in use, 'still there?' warning, and the reset after it.

Pure logic over times in seconds (any monotonic clock); the window asks it what to show and when
to ask again, so tests can drive it with made-up times."""

from __future__ import annotations

import enum
import math
from typing import NamedTuple


class Phase(enum.Enum):
    ATTRACT = "attract"  # nobody is using the kiosk: areas light up in turn
    ACTIVE = "active"  # a visitor is using it
    WARNING = "warning"  # nobody touched it for a while: 'still there?' counts down


class Status(NamedTuple):
    """What to show now, and when to ask again (None: only when something happens)."""

    phase: Phase
    seconds_left: int  # the countdown shown while warning, whole seconds rounded up
    check_in_s: float | None
    reset: bool = False  # this step ended a session: clear everything


class IdleSession:
    """ATTRACT -touch-> ACTIVE -idle_timeout-> WARNING -warning-> ATTRACT (reset); a touch in WARNING
    goes back to ACTIVE. Pointer movement keeps a session alive but neither starts nor rescues one."""

    def __init__(self, idle_timeout_s: float, warning_s: float, now: float) -> None:
        self.idle_timeout_s = idle_timeout_s
        self.warning_s = warning_s
        self.phase = Phase.ATTRACT
        self._last = now

    def touch(self, now: float) -> Status:
        """A press, tap or key: starts a session, or keeps it."""
        self._last = now
        self.phase = Phase.ACTIVE
        return self.status(now)

    def move(self, now: float) -> Status:
        if self.phase is Phase.ACTIVE:
            self._last = now
        return self.status(now)

    def page_shown(self, first_page: bool, now: float) -> bool:
        """A page is shown. The attract state is the map on its first page only: any other page shown while
        attracting (a kiosk started on one, or a page opened with no touch seen) is a visitor's session, which
        the idle timeout ends with the map again. True when this started one."""
        if self.phase is not Phase.ATTRACT or first_page:
            return False
        self.touch(now)
        return True

    def end(self, now: float) -> Status:
        """Staff pressed 'reset now', or the app recovered from an error."""
        self._last = now
        self.phase = Phase.ATTRACT
        return Status(Phase.ATTRACT, 0, None, reset=True)

    def status(self, now: float) -> Status:
        """Move on to the phase `now` calls for and say what to show."""
        idle = now - self._last
        if self.phase is Phase.ATTRACT:
            return Status(Phase.ATTRACT, 0, None)
        if self.phase is Phase.ACTIVE and idle < self.idle_timeout_s:
            return Status(Phase.ACTIVE, 0, self.idle_timeout_s - idle)
        left = self.idle_timeout_s + self.warning_s - idle
        if left <= 0:
            return self.end(now)
        self.phase = Phase.WARNING
        shown = math.ceil(left)
        return Status(Phase.WARNING, shown, left - (shown - 1))  # again when the number shown changes
