"""The visitor session on a made-up clock: attract, in use, 'still there?', reset."""

from __future__ import annotations

from core.idle import IdleSession, Phase


def test_the_kiosk_waits_in_attract_until_a_touch() -> None:
    session = IdleSession(90, 10, now=0)
    assert session.status(5000).phase is Phase.ATTRACT
    assert session.move(5001).phase is Phase.ATTRACT
    status = session.touch(5002)
    assert (status.phase, status.check_in_s) == (Phase.ACTIVE, 90)


def test_idle_then_warning_counts_down_then_resets() -> None:
    session = IdleSession(90, 10, now=0)
    session.touch(0)
    assert session.status(89.5).phase is Phase.ACTIVE
    warning = session.status(90)
    assert (warning.phase, warning.seconds_left, warning.check_in_s) == (Phase.WARNING, 10, 1)
    assert session.status(93.5).seconds_left == 7
    assert session.move(94).phase is Phase.WARNING  # a pointer drifting does not rescue the session
    end = session.status(100)
    assert (end.phase, end.reset) == (Phase.ATTRACT, True)
    assert session.status(200).phase is Phase.ATTRACT and not session.status(200).reset


def test_a_touch_during_the_warning_keeps_the_session() -> None:
    session = IdleSession(0.2, 0.3, now=0)
    session.touch(0)
    assert session.status(0.25).phase is Phase.WARNING
    assert session.touch(0.3).phase is Phase.ACTIVE
    assert session.status(0.45).phase is Phase.ACTIVE
    assert session.status(0.55).phase is Phase.WARNING


def test_movement_keeps_a_session_alive() -> None:
    session = IdleSession(10, 5, now=0)
    session.touch(0)
    session.move(8)
    assert session.status(17).phase is Phase.ACTIVE


def test_staff_reset_ends_the_session() -> None:
    session = IdleSession(10, 5, now=0)
    session.touch(0)
    assert session.end(3).reset
    assert session.status(30).phase is Phase.ATTRACT
