"""The watchdog's restarts as staff read them in its output: which codes end it, how long it pauses."""

from __future__ import annotations

import io
import os
import signal
import sys

import pytest

from core import watchdog
from core.watchdog import Backoff, run_child, watch


def test_a_staff_exit_ends_the_watchdog_silently() -> None:
    out = io.StringIO()
    runs: list[list[str]] = []
    assert watch(["app", "--kiosk"], run=lambda c: runs.append(c) or 0, sleep=lambda s: None, out=out) == 0
    assert runs == [["app", "--kiosk"]] and out.getvalue() == ""


def test_a_wrong_command_line_is_named_and_not_restarted() -> None:
    out = io.StringIO()
    assert watch(["app"], run=lambda c: 2, sleep=lambda s: None, out=out) == 2
    assert out.getvalue() == (
        "watchdog: the app ended with code 2 (a wrong command line), which a restart cannot fix; stopping\n"
    )


def test_each_restart_is_told_with_its_pause_and_a_long_run_starts_the_pauses_over() -> None:
    codes = iter([70, 1, 70, 1, 0])
    durations = iter([5.0, 5.0, 200.0, 5.0, 5.0])
    now = [0.0]
    pauses: list[float] = []

    def run(command: list[str]) -> int:
        now[0] += next(durations)
        return next(codes)

    out = io.StringIO()
    assert watch(["app"], run=run, sleep=pauses.append, clock=lambda: now[0], out=out) == 0
    assert pauses == [1, 1, 1, 1]
    assert out.getvalue().splitlines() == [
        "watchdog: the app ended with code 70; starting it again in 1 s",
        "watchdog: the app ended with code 1; starting it again in 1 s",
        "watchdog: the app ended with code 70; starting it again in 1 s",
        "watchdog: the app ended with code 1; starting it again in 1 s",
    ]


def test_a_given_backoff_is_used() -> None:
    codes = iter([1, 1, 0])
    pauses: list[float] = []
    backoff = Backoff(first=0.5, longest=0.75, healthy_after=1000, quick=0)
    out = io.StringIO()
    assert (
        watch(["app"], run=lambda c: next(codes), sleep=pauses.append, clock=lambda: 0.0, backoff=backoff, out=out) == 0
    )
    assert out.getvalue().count("starting it again") == 2
    assert pauses == [0.5, 0.75]


def test_the_backoff_never_passes_its_longest_and_a_run_at_exactly_healthy_starts_over() -> None:
    backoff = Backoff(first=3, longest=10, healthy_after=50, quick=1)
    assert [backoff.delay_after(1) for _ in range(5)] == [3, 3, 6, 10, 10]
    assert backoff.delay_after(49.9) == 10
    assert backoff.delay_after(50) == 3
    assert [backoff.delay_after(1) for _ in range(3)] == [3, 6, 10]
    assert (backoff.first, backoff.longest, backoff.healthy_after, backoff.quick) == (3, 10, 50, 1)
    default = Backoff()
    assert (default.first, default.longest, default.healthy_after, default.quick) == (1.0, 60.0, 120.0, 3)
    none_quick = Backoff(first=2, quick=0)
    assert [none_quick.delay_after(1) for _ in range(3)] == [2, 4, 8]


def test_the_child_s_exit_code_is_what_the_watchdog_sees() -> None:
    assert run_child([sys.executable, "-c", "raise SystemExit(3)"]) == 3
    assert run_child([sys.executable, "-c", "pass"]) == 0


class FlushedLines(io.StringIO):
    """An output that keeps what had been written each time it was flushed (a log file read as it grows)."""

    def __init__(self) -> None:
        super().__init__()
        self.at_flush: list[str] = []

    def flush(self) -> None:
        self.at_flush.append(self.getvalue())


def test_each_line_reaches_the_log_as_soon_as_it_is_written() -> None:
    codes = iter([1, 2])
    out = FlushedLines()
    watch(["app"], run=lambda c: next(codes), sleep=lambda s: None, clock=lambda: 0.0, out=out)
    first = "watchdog: the app ended with code 1; starting it again in 1 s\n"
    assert out.at_flush[:2] == [first, out.getvalue()]
    assert out.getvalue().endswith("which a restart cannot fix; stopping\n")


CHILD = """
import os, signal, sys, time
open(sys.argv[1], "w").write(str(os.getpid()))
os.kill(os.getppid(), getattr(signal, sys.argv[2]))
time.sleep(60)
"""


def _watch_a_child_that_signals(tmp_path, monkeypatch, signal_name: str):
    """watch_app with a child that signals the watchdog, then would run for a minute; the child's pid file."""
    pid_file = tmp_path / "child.pid"
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    monkeypatch.setattr(watchdog, "app_command", lambda: [sys.executable, str(script), str(pid_file), signal_name])
    return pid_file


def _ended(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_watchdog_told_to_stop_stops_its_app_too(tmp_path, monkeypatch) -> None:
    pid_file = _watch_a_child_that_signals(tmp_path, monkeypatch, "SIGTERM")
    before = signal.getsignal(signal.SIGTERM)
    try:
        with pytest.raises(SystemExit) as caught:
            watchdog.watch_app(["--watchdog"])
    finally:
        signal.signal(signal.SIGTERM, before)
    assert caught.value.code == 128 + signal.SIGTERM
    assert _ended(int(pid_file.read_text()))


def test_ctrl_c_on_the_watchdog_stops_its_app_and_ends_with_130(tmp_path, monkeypatch) -> None:
    pid_file = _watch_a_child_that_signals(tmp_path, monkeypatch, "SIGINT")
    before = signal.getsignal(signal.SIGTERM)
    try:
        assert watchdog.watch_app(["--watchdog"]) == 130
    finally:
        signal.signal(signal.SIGTERM, before)
    assert _ended(int(pid_file.read_text()))
