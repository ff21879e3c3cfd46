"""Usage counts: what a scripted session leaves in the database, a SIGKILL mid-session (at most the
last second lost), and a database that is corrupt, locked, not a file or from a newer version (set
aside under a new name, never deleted, and counting starts afresh)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from core.usage import (
    SCHEMA_VERSION,
    Count,
    UsageRecorder,
    describe,
    iter_rows,
    open_database,
    summarise,
)
from tests.conftest import ROOT


def recorder(tmp_path: Path, day: str = "2026-12-01") -> tuple[UsageRecorder, list[str]]:
    told: list[str] = []
    return UsageRecorder(tmp_path / "usage.sqlite3", told.append, day=lambda: day), told


def test_a_session_s_counts_are_kept_per_day_kind_view_and_id(tmp_path) -> None:
    usage, told = recorder(tmp_path)
    usage.record("attract_shown")
    usage.record("attract_touch")
    usage.record("area", "face", "neck")
    usage.record("area", "face", "neck")
    usage.record("topic", "face", "safety")
    usage.record("session")
    usage.record("session_seconds", n=95)
    usage.record("reset", "", "idle")
    counts = usage.counts()
    usage.close()
    assert told == []
    assert counts == [
        Count("2026-12-01", "area", "face", "neck", 2),
        Count("2026-12-01", "attract_shown", "", "", 1),
        Count("2026-12-01", "attract_touch", "", "", 1),
        Count("2026-12-01", "reset", "", "idle", 1),
        Count("2026-12-01", "session", "", "", 1),
        Count("2026-12-01", "session_seconds", "", "", 95),
        Count("2026-12-01", "topic", "face", "safety", 1),
    ]
    connection = sqlite3.connect(tmp_path / "usage.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert list(iter_rows(counts))[:2] == [
        ["day", "kind", "view", "id", "count"],
        ["2026-12-01", "area", "face", "neck", "2"],
    ]


def test_the_summary_tells_today_the_show_and_the_top_areas() -> None:
    counts = [
        Count("2026-11-30", "area", "face", "neck", 4),
        Count("2026-11-30", "area", "body-back", "glutes", 1),
        Count("2026-11-30", "session", "", "", 3),
        Count("2026-11-30", "session_seconds", "", "", 300),
        Count("2026-12-01", "area", "face", "chin", 4),
        Count("2026-12-01", "area", "face", "neck", 1),
        Count("2026-12-01", "session", "", "", 1),
        Count("2026-12-01", "session_seconds", "", "", 40),
        Count("2026-12-01", "attract_shown", "", "", 2),
        Count("2026-12-01", "attract_touch", "", "", 1),
        Count("2026-12-01", "future_kind", "", "x", 9),
    ]
    summary = summarise(counts, "2026-12-01")
    assert summary.days == 2
    assert summary.top_areas == [("neck", 5), ("chin", 4), ("glutes", 1)]
    assert summary.areas == {"neck": 5, "glutes": 1, "chin": 4}
    assert describe(summary.today) == (
        "1 visitor session, 40 s on average; 5 areas and 0 topics opened; "
        "attract loop turned into a touch 1 of 2 times; 0 resets"
    )
    assert describe(summary.show).startswith("4 visitor sessions, 85 s on average; 10 areas")
    assert describe(summarise([], "2026-12-01").show).startswith("0 visitor sessions; 0 areas")


def test_a_new_day_counts_apart(tmp_path) -> None:
    days = iter(["2026-12-01", "2026-12-02"])
    usage = UsageRecorder(tmp_path / "usage.sqlite3", day=lambda: next(days))
    usage.record("area", "face", "neck")
    usage.record("area", "face", "neck")
    assert [count.day for count in usage.counts()] == ["2026-12-01", "2026-12-02"]
    usage.close()


def test_clear_counts_empties_the_database(tmp_path) -> None:
    usage, _ = recorder(tmp_path)
    usage.record("area", "face", "neck")
    assert usage.clear()
    assert usage.counts() == []
    usage.record("area", "face", "chin")
    assert [count.id for count in usage.counts()] == ["chin"]
    usage.close()


def _set_aside(tmp_path: Path) -> list[str]:
    return sorted(path.name for path in tmp_path.iterdir() if ".set-aside-" in path.name)


def test_a_corrupt_database_is_set_aside_and_counting_starts_afresh(tmp_path) -> None:
    (tmp_path / "usage.sqlite3").write_bytes(b"this is not a database" * 100)
    usage, told = recorder(tmp_path)
    usage.record("area", "face", "neck")
    assert [count.id for count in usage.counts()] == ["neck"]
    usage.close()
    [aside] = _set_aside(tmp_path)
    assert (tmp_path / aside).read_bytes() == b"this is not a database" * 100  # kept as it was
    [message] = told
    assert message.startswith(f"Usage counts: {tmp_path / 'usage.sqlite3'} is not a usage database or is damaged")
    assert message.endswith(f"; it was set aside as {aside} and counting starts afresh")


def test_a_database_from_a_newer_version_is_set_aside(tmp_path) -> None:
    connection = sqlite3.connect(tmp_path / "usage.sqlite3")
    connection.execute("PRAGMA user_version = 7")
    connection.close()
    connection, message = open_database(tmp_path / "usage.sqlite3")
    assert connection is not None
    assert "is from a newer version of this app (schema 7, this one knows 1)" in message
    assert len(_set_aside(tmp_path)) == 1


def test_an_empty_database_is_migrated_to_the_current_schema(tmp_path) -> None:
    sqlite3.connect(tmp_path / "usage.sqlite3").close()
    connection, message = open_database(tmp_path / "usage.sqlite3")
    assert connection is not None and message == ""
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("SELECT count(*) FROM counts").fetchone()[0] == 0


def test_a_locked_database_is_set_aside(tmp_path) -> None:
    connection, _ = open_database(tmp_path / "usage.sqlite3")
    assert connection is not None
    connection.execute("BEGIN EXCLUSIVE")  # another process keeps it locked
    try:
        second, message = open_database(tmp_path / "usage.sqlite3")
        assert second is not None
        assert "is locked by another process; it was set aside as usage.sqlite3.set-aside-" in message
    finally:
        connection.execute("ROLLBACK")


def test_a_folder_or_a_pipe_in_its_place_is_set_aside(tmp_path) -> None:
    (tmp_path / "usage.sqlite3").mkdir()
    connection, message = open_database(tmp_path / "usage.sqlite3")
    assert connection is not None and "is not a regular file; it was set aside" in message
    os.mkfifo(tmp_path / "other.sqlite3")
    connection, message = open_database(tmp_path / "other.sqlite3")
    assert connection is not None and "is not a regular file" in message


def test_a_folder_that_cannot_be_made_means_no_counting_and_no_stop(tmp_path) -> None:
    (tmp_path / "file").write_text("")
    usage = UsageRecorder(tmp_path / "file" / "usage.sqlite3")
    usage.record("area", "face", "neck")
    assert usage.counts() == []
    usage.close()
    assert usage.problem.startswith(f"Usage counts: cannot make the folder {tmp_path / 'file'}")


KIOSK = """
import sys, time
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from core.usage import UsageRecorder
usage = UsageRecorder(Path(sys.argv[1]))
for number in range(1, 100000):
    usage.record("area", "face", "neck")
    print(number, flush=True)
    time.sleep(0.02)
"""


def test_a_kill_mid_session_loses_at_most_the_last_second(tmp_path) -> None:
    path = tmp_path / "usage.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", KIOSK, str(path), str(ROOT)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        recorded = int(line)
        if recorded == 150:  # about three seconds of taps, fifty a second
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    [(kept,)] = connection.execute("SELECT n FROM counts WHERE id = 'neck'").fetchall()
    assert 150 - 50 - 10 <= kept <= 150  # a second of taps, and a little for a busy machine


def test_a_database_locked_while_counting_is_set_aside_and_the_count_kept(tmp_path) -> None:
    usage, told = recorder(tmp_path)
    usage.record("area", "face", "neck")
    assert usage.sync()
    other = sqlite3.connect(tmp_path / "usage.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another process holds it: the next write waits, then gives up
    try:
        usage.record("area", "face", "chin")
        assert usage.sync(timeout_s=30)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [count.id for count in usage.counts()] == ["chin"]  # in the new database
    usage.close()
    aside, *sides = _set_aside(tmp_path)
    assert sides == [f"{aside}-shm", f"{aside}-wal"]  # its journal goes with it, under the name SQLite looks for
    assert told == [
        f"Usage counts: {tmp_path / 'usage.sqlite3'} failed while counting (database is locked); "
        f"it was set aside as {aside} and counting starts afresh"
    ]
    assert sqlite3.connect(tmp_path / aside).execute("SELECT id FROM counts").fetchall() == [("neck",)]
