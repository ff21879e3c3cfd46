"""The watchdog loop with a fake child and clock: restarts with a growing pause, stops on exit 0."""

from __future__ import annotations

import io
import sys

from core.watchdog import Backoff, child_command, watch


def test_backoff_is_short_thrice_then_doubles_to_a_minute_and_starts_over_after_a_healthy_run() -> None:
    backoff = Backoff()
    assert [backoff.delay_after(1) for _ in range(11)] == [1, 1, 1, 1, 2, 4, 8, 16, 32, 60, 60]
    assert backoff.delay_after(600) == 1
    assert [backoff.delay_after(5) for _ in range(5)] == [1, 1, 1, 2, 4]


def test_the_child_is_started_again_until_it_exits_cleanly() -> None:
    codes = iter([1, -11, 1, 0])
    runs: list[list[str]] = []
    pauses: list[float] = []
    now = [0.0]

    def run(command: list[str]) -> int:
        runs.append(command)
        now[0] += 3
        return next(codes)

    out = io.StringIO()
    assert watch(["app"], run=run, sleep=pauses.append, clock=lambda: now[0], out=out) == 0
    assert len(runs) == 4 and pauses == [1, 1, 1]
    assert "the app ended with code -11; starting it again in 1 s" in out.getvalue()


def test_a_usage_error_is_not_restarted() -> None:
    assert watch(["app"], run=lambda c: 2, sleep=lambda s: None, out=io.StringIO()) == 2


def test_the_child_runs_the_same_app_without_the_watchdog_option() -> None:
    command = child_command(["--kiosk", "--watchdog", "--settings", "s.yaml"])
    assert command[0] == sys.executable and command[1].endswith("main.py")
    assert command[2:] == ["--kiosk", "--settings", "s.yaml"]


def test_no_display_is_not_restarted_and_the_watchdog_says_why() -> None:
    out = io.StringIO()
    assert watch(["app"], run=lambda c: 69, sleep=lambda s: None, out=out) == 69
    assert out.getvalue() == "watchdog: the app ended with code 69 (no display), which a restart cannot fix; stopping\n"
