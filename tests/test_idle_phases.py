"""The kiosk's visitor session after a reset and at its edges: what the screen shows, and when it asks again."""

from __future__ import annotations

import pytest

from core.idle import IdleSession, Phase, Status


def test_after_the_countdown_ends_a_pointer_moving_never_pops_still_there() -> None:
    session = IdleSession(90, 10, now=0)
    session.touch(0)
    assert session.status(100) == Status(Phase.ATTRACT, 0, None, reset=True)
    assert session.phase is Phase.ATTRACT
    for now in (101, 150, 500, 10_000):
        assert session.move(now) == Status(Phase.ATTRACT, 0, None)
    assert session.status(20_000) == Status(Phase.ATTRACT, 0, None)


def test_after_staff_reset_now_a_pointer_moving_never_pops_still_there() -> None:
    session = IdleSession(90, 10, now=0)
    session.touch(0)
    assert session.end(50) == Status(Phase.ATTRACT, 0, None, reset=True)
    assert session.phase is Phase.ATTRACT
    assert session.move(145) == Status(Phase.ATTRACT, 0, None)
    assert session.status(1000) == Status(Phase.ATTRACT, 0, None)


def test_the_next_visitor_after_a_reset_gets_the_whole_idle_time() -> None:
    session = IdleSession(90, 10, now=0)
    session.touch(0)
    session.status(100)  # reset
    assert session.touch(500) == Status(Phase.ACTIVE, 0, 90)
    assert session.status(589).phase is Phase.ACTIVE
    assert session.status(590) == Status(Phase.WARNING, 10, 1)


def test_the_active_session_says_when_to_look_again() -> None:
    session = IdleSession(90, 10, now=0)
    assert session.touch(10) == Status(Phase.ACTIVE, 0, 90)
    assert session.status(40) == Status(Phase.ACTIVE, 0, 60)
    assert session.move(70) == Status(Phase.ACTIVE, 0, 90)  # movement while in use counts as use
    assert session.status(159.75) == Status(Phase.ACTIVE, 0, 0.25)


@pytest.mark.parametrize(
    ("now", "shown", "again_in"),
    [(90, 10, 1), (90.25, 10, 0.75), (91, 9, 1), (99.5, 1, 0.5), (99.9, 1, pytest.approx(0.1))],
)
def test_the_countdown_shows_whole_seconds_rounded_up(now: float, shown: int, again_in: float) -> None:
    session = IdleSession(90, 10, now=0)
    session.touch(0)
    status = session.status(now)
    assert (status.phase, status.seconds_left, status.check_in_s, status.reset) == (
        Phase.WARNING,
        shown,
        again_in,
        False,
    )
    assert session.phase is Phase.WARNING


def test_the_countdown_ends_exactly_at_idle_plus_warning() -> None:
    session = IdleSession(90, 10, now=0)
    session.touch(0)
    assert session.status(99.99).phase is Phase.WARNING
    assert session.status(100).reset


def test_a_pointer_moving_during_the_warning_keeps_counting_down() -> None:
    session = IdleSession(90, 10, now=0)
    session.touch(0)
    session.status(92)
    assert session.move(95) == Status(Phase.WARNING, 5, 1)
    assert session.move(100) == Status(Phase.ATTRACT, 0, None, reset=True)


def test_a_touch_during_the_warning_starts_the_idle_time_over() -> None:
    session = IdleSession(90, 10, now=0)
    session.touch(0)
    session.status(95)
    assert session.touch(96) == Status(Phase.ACTIVE, 0, 90)
    assert session.status(185).phase is Phase.ACTIVE
    assert session.status(186).phase is Phase.WARNING


def test_a_session_waits_in_attract_from_its_start_whatever_the_clock_says() -> None:
    session = IdleSession(5, 5, now=1000)
    assert session.phase is Phase.ATTRACT
    assert session.status(0) == Status(Phase.ATTRACT, 0, None)
    assert session.idle_timeout_s == 5 and session.warning_s == 5
