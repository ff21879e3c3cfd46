"""The kiosk's give-up rule and its log: five errors within ten seconds end the app (exit 70 in the window),
and the log keeps each entry, dated, rotating at 1 MB."""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path

from core.crash_log import LOG_LIMIT_BYTES, ErrorBurst, append_entry, describe, log_file
from tests.conftest import Clock

WHEN = datetime.datetime(2026, 12, 1, 9, 30, tzinfo=datetime.UTC)


def test_five_errors_within_ten_seconds_are_too_many() -> None:
    clock = Clock(100.0)
    burst = ErrorBurst(clock=clock)
    answers = []
    for _ in range(5):
        answers.append(burst.too_many())
        clock.now += 2.0
    assert answers == [False, False, False, False, True]


def test_errors_spread_out_never_add_up() -> None:
    clock = Clock(100.0)
    burst = ErrorBurst(clock=clock)
    answers = []
    for _ in range(20):
        answers.append(burst.too_many())
        clock.now += 2.5  # the fifth error is always ten seconds after the first
    assert not any(answers)


def test_an_error_exactly_ten_seconds_later_no_longer_counts_the_first() -> None:
    clock = Clock(0.0)
    burst = ErrorBurst(clock=clock)
    for now in (0.0, 1.0, 2.0, 3.0):
        clock.now = now
        assert not burst.too_many()
    clock.now = 10.0
    assert not burst.too_many()  # four in the last ten seconds: 1, 2, 3 and 10
    clock.now = 10.5
    assert burst.too_many()


def test_the_limit_and_the_window_can_be_set() -> None:
    clock = Clock(0.0)
    burst = ErrorBurst(limit=2, within_s=1.0, clock=clock)
    assert (burst.limit, burst.within_s) == (2, 1.0)
    assert not burst.too_many()
    clock.now = 0.5
    assert burst.too_many()
    clock.now = 5.0
    assert not burst.too_many()


def test_the_burst_uses_a_monotonic_clock_by_default() -> None:
    burst = ErrorBurst()
    assert [burst.too_many() for _ in range(5)] == [False, False, False, False, True]


def test_an_entry_is_dated_and_trailing_blank_lines_are_dropped(tmp_path: Path) -> None:
    log = tmp_path / "deep" / "state" / "kiosk.log"
    append_entry(log, "Traceback …\nValueError: boom\n\n\n", WHEN)
    assert log.read_text(encoding="utf-8") == "--- 2026-12-01T09:30:00+00:00\nTraceback …\nValueError: boom\n"


def test_an_entry_without_a_date_gets_the_local_time_now(tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    before = datetime.datetime.now().astimezone().replace(microsecond=0)
    append_entry(log, "something")
    stamp = log.read_text(encoding="utf-8").splitlines()[0].removeprefix("--- ")
    written = datetime.datetime.fromisoformat(stamp)
    assert written.tzinfo is not None and "." not in stamp
    assert before <= written <= datetime.datetime.now().astimezone()


def test_a_log_over_a_megabyte_moves_aside_and_a_new_one_starts(tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    log.write_text("x" * LOG_LIMIT_BYTES)
    append_entry(log, "at the limit: kept in the same file", WHEN)
    assert not (tmp_path / "kiosk.log.1").exists()
    append_entry(log, "over the limit: a new file", WHEN)
    assert (tmp_path / "kiosk.log.1").read_text(encoding="utf-8").endswith("at the limit: kept in the same file\n")
    assert log.read_text(encoding="utf-8") == "--- 2026-12-01T09:30:00+00:00\nover the limit: a new file\n"
    assert sorted(os.listdir(tmp_path)) == ["kiosk.log", "kiosk.log.1"]
    assert LOG_LIMIT_BYTES == 1_000_000


def test_the_entry_holds_the_whole_traceback() -> None:
    try:
        {}["area"]
    except KeyError as error:
        text = describe(type(error), error, error.__traceback__)
    assert text.startswith("Traceback (most recent call last):\n")
    assert "test_error_burst.py" in text and text.endswith("KeyError: 'area'\n")


def test_the_log_lives_in_the_state_folder() -> None:
    if sys.platform.startswith("linux"):
        assert log_file() == Path(os.environ["XDG_STATE_HOME"]) / "microcurrent-atlas" / "kiosk.log"
    assert log_file().name == "kiosk.log"
