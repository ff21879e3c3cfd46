"""The attract state is the map on its first page only: another page shown while attracting starts a session."""

from __future__ import annotations

from core.idle import IdleSession, Phase


def test_a_page_shown_while_attracting_starts_a_session_that_times_out() -> None:
    session = IdleSession(30, 10, now=0)
    assert not session.page_shown(True, 1)  # the first page: still attracting
    assert session.status(2).phase is Phase.ATTRACT
    assert session.page_shown(False, 5)
    assert session.status(6).phase is Phase.ACTIVE
    assert session.status(45).reset  # 30 s idle and 10 s of warning after the page opened


def test_a_page_shown_in_a_session_changes_nothing() -> None:
    session = IdleSession(30, 10, now=0)
    session.touch(0)
    assert not session.page_shown(False, 20)
    assert session.status(31).phase is Phase.WARNING  # the idle time still counts from the touch
