"""What the kiosk tells the usage counts: areas and topics opened (by view), visitor sessions from the
first touch to the reset and their length, attract loops that turned into a touch, resets. The counts
are queued (core.usage.UsageRecorder), never written on a click."""

from __future__ import annotations

from core.idle import Phase
from core.records import Pack
from core.refs import AREA, TOPIC, split
from core.usage import UsageRecorder


class UsageHooks:
    """Turns the kiosk's events into counts for `recorder`."""

    def __init__(self, recorder: UsageRecorder, pack: Pack) -> None:
        self.recorder = recorder
        self._pack = pack
        self._last_ref = ""
        self._session_began: float | None = None
        self._staff = False

    def page_shown(self, ref: str, view: str) -> None:
        """A page is shown; the same page shown again (its evidence notes toggled) is not opened again."""
        if ref == self._last_ref:
            return
        self._last_ref = ref
        kind, ident = split(ref)
        if kind == AREA and ident in self._pack.areas:
            self.recorder.record("area", self._pack.areas[ident].view, ident)
        elif kind == TOPIC and ident in self._pack.topics:
            self.recorder.record("topic", view, ident)

    def staff_took_over(self) -> None:
        """The staff panel was opened: this session is staff's, not a visitor's, and is not counted as one."""
        self._staff = True

    def phase(self, before: Phase | None, after: Phase, reset: str, now: float) -> None:
        """The kiosk went from phase `before` to `after` at `now`; `reset` names why it started over ('idle',
        'staff', 'error') or is ''. A session (and the attract loop's turning into it) is counted when it
        ends, unless staff took it over."""
        if reset:
            if self._session_began is not None and not self._staff:
                self.recorder.record("attract_touch")
                self.recorder.record("session")
                self.recorder.record("session_seconds", n=max(0, round(now - self._session_began)))
            self._session_began = None
            self._staff = False
            self.recorder.record("reset", "", reset)
            self._last_ref = ""
        if after is Phase.ATTRACT and before is not Phase.ATTRACT:
            self.recorder.record("attract_shown")
        elif before is Phase.ATTRACT and after is not Phase.ATTRACT:
            self._session_began = now
