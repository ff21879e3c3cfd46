"""The watchdog's hang limits as shipped: an app that beat and then went quiet is restarted once it has been
quiet for HANG_S seconds, not a poll before; an app still starting (loading a big pack, no beat yet) is
given START_S; the README says both. The clock is made up; the file and its beats are real."""

from __future__ import annotations

import re
import shutil

from core.heartbeat import BEAT_EVERY_S, HANG_S, START_S, Heartbeat, beat
from core.watchdog import Backoff
from tests.conftest import ROOT, Clock

POLL_S = 0.25  # how often run_child looks at the heartbeat


def watched(tmp_path, clock: Clock) -> Heartbeat:
    path = tmp_path / "heartbeat"
    path.write_bytes(b"")
    return Heartbeat(path, clock=clock)


def test_a_hung_app_is_restarted_after_hang_s_and_not_before(tmp_path) -> None:
    clock = Clock(1000.0)
    heartbeat = watched(tmp_path, clock)
    for count in range(1, 31):  # half a minute of beats, one a second, never taken for a hang
        beat(heartbeat.path, count)
        assert heartbeat.check() == ""
        clock.now += BEAT_EVERY_S
    clock.now += HANG_S - BEAT_EVERY_S - POLL_S  # the last beat was HANG_S - POLL_S ago
    assert heartbeat.check() == ""
    clock.now += POLL_S
    assert heartbeat.check() == f"the app stopped answering (no heartbeat for {HANG_S:.0f} s)"


def test_an_app_busy_starting_is_given_start_s_not_hang_s(tmp_path) -> None:
    """A start loads and checks the pack before the window beats: a big pack on a slow machine may take
    far longer than a hang is allowed to."""
    clock = Clock(1000.0)
    heartbeat = watched(tmp_path, clock)
    clock.now += HANG_S * 2
    assert heartbeat.check() == ""
    clock.now = 1000.0 + START_S - POLL_S
    assert heartbeat.check() == ""
    beat(heartbeat.path, 1)  # up at last: from now on the hang limit counts
    assert heartbeat.check() == "" and heartbeat.beaten
    clock.now += HANG_S
    assert heartbeat.check().startswith("the app stopped answering")


def test_an_app_that_never_beats_is_restarted_after_start_s(tmp_path) -> None:
    clock = Clock(1000.0)
    heartbeat = watched(tmp_path, clock)
    clock.now += START_S
    assert heartbeat.check() == f"the app did not start answering within {START_S:.0f} s"


def test_a_heartbeat_file_that_vanished_is_no_beat_and_a_restart_makes_it_again(tmp_path) -> None:
    clock = Clock(1000.0)
    heartbeat = watched(tmp_path, clock)
    beat(heartbeat.path, 1)
    assert heartbeat.check() == ""
    clock.now += 10.0
    heartbeat.path.unlink()  # a clean-up of the state folder; the app cannot beat into it any more
    assert heartbeat.check() == ""
    clock.now += HANG_S - 10.0
    assert heartbeat.check().startswith("the app stopped answering")
    heartbeat.restart()
    assert heartbeat.path.read_bytes() == b"" and not heartbeat.beaten
    beat(heartbeat.path, 1)  # the next app's first beat, the same count as the last app's: a beat
    assert heartbeat.check() == "" and heartbeat.beaten


def test_a_hung_app_is_back_within_half_a_minute_for_the_first_restarts() -> None:
    """A hang is noticed after HANG_S and the first restarts follow at once, under the cover: the stand is dark
    (covered) for less than half the longest pause the watchdog ever makes (Backoff's 60 s)."""
    backoff = Backoff()
    assert HANG_S + backoff.delay_after(HANG_S) < backoff.longest / 2


def test_the_readme_states_the_limits_the_watchdog_uses() -> None:
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    watchdog = re.search(r"\*\*Watchdog\.\*\*.*?(?=- \*\*)", text)
    assert watchdog is not None
    assert f"stops answering for {HANG_S:.0f} s" in watchdog.group()
    assert f"does not answer within {START_S:.0f} s of its start" in watchdog.group()


def test_a_state_folder_cleared_while_the_kiosk_ran_is_made_again_at_the_next_start(tmp_path) -> None:
    heartbeat = Heartbeat(tmp_path / "state" / "microcurrent-atlas" / "heartbeat-x")
    heartbeat.restart()
    beat(heartbeat.path, 1)
    assert heartbeat.check() == "" and heartbeat.beaten
    shutil.rmtree(tmp_path / "state")
    heartbeat.restart()
    assert heartbeat.path.read_bytes() == b"" and not heartbeat.beaten
