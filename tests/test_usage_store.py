"""The usage database's own promises (tests/test_usage.py has the session, the kill and the damaged files):
where it is, that each second's counts are kept all or not at all, that 'Clear counts' empties the same
file (not a new one beside a set-aside old one), what the summary counts and lists, and that a database
being written by someone else never holds up the kiosk longer than it asked to wait."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from core import usage as usage_store
from core.usage import (
    Count,
    UsageRecorder,
    add,
    all_counts,
    open_database,
    set_aside,
    summarise,
    summary_rows,
    summary_text,
    usage_file,
)
from tests.conftest import ROOT
from tests.test_kiosk_screen_x11 import until


def _set_aside(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".set-aside-" in path.name)


def test_the_counts_are_usage_sqlite3_in_the_state_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert usage_file() == tmp_path / "state" / "microcurrent-atlas" / "usage.sqlite3"


def test_every_commit_is_on_disk_before_it_returns(tmp_path) -> None:
    connection, message = open_database(tmp_path / "usage.sqlite3")
    assert connection is not None and message == ""
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    connection.close()


def test_a_second_s_counts_are_kept_all_or_not_at_all(tmp_path) -> None:
    connection, _ = open_database(tmp_path / "usage.sqlite3")
    assert connection is not None
    add(connection, {("2026-12-01", "area", "face", "neck"): 2})
    with pytest.raises(sqlite3.IntegrityError):
        add(connection, {("2026-12-01", "area", "face", "chin"): 1, ("2026-12-01", "area", "face", "neck"): None})  # type: ignore[dict-item]
    assert all_counts(connection) == [Count("2026-12-01", "area", "face", "neck", 2)]
    add(connection, {("2026-12-01", "area", "face", "neck"): 3})  # the connection is usable again
    assert all_counts(connection) == [Count("2026-12-01", "area", "face", "neck", 5)]
    connection.close()


def test_clear_counts_empties_the_same_file_and_reports_nothing(tmp_path) -> None:
    told: list[str] = []
    usage = UsageRecorder(tmp_path / "usage.sqlite3", told.append, day=lambda: "2026-12-01")
    usage.record("area", "face", "neck")
    assert usage.sync()
    assert usage.problem == ""
    assert usage.clear()
    assert usage.counts() == []
    usage.close()
    assert told == [] and usage.problem == ""
    assert _set_aside(tmp_path) == []


def test_a_database_written_by_another_process_holds_the_kiosk_no_longer_than_it_waits(tmp_path) -> None:
    usage = UsageRecorder(tmp_path / "usage.sqlite3", day=lambda: "2026-12-01")
    usage.record("area", "face", "neck")
    assert usage.sync()
    other = sqlite3.connect(tmp_path / "usage.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        usage.record("area", "face", "chin")
        assert not usage.sync(timeout_s=0.05)  # the writer is still waiting for the lock: so is nobody else
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert usage.sync(timeout_s=30)
    usage.close()


def test_the_summary_counts_every_known_kind_whatever_comes_between_and_lists_five_top_areas() -> None:
    counts = [
        Count("2026-12-01", "future_kind", "", "x", 9),  # a kind a newer version counts: left out, nothing more
        *(Count("2026-12-01", "area", "face", area, n) for area, n in [("a", 1), ("b", 6), ("c", 3), ("d", 4)]),
        Count("2026-12-01", "area", "body-back", "e", 5),
        Count("2026-12-01", "area", "body-front", "f", 2),
        Count("2026-12-01", "reset", "", "idle", 1),
    ]
    summary = summarise(counts, "2026-12-01")
    assert summary.show["area"] == 21 and summary.show["reset"] == 1
    assert summary.top_areas == [("b", 6), ("e", 5), ("d", 4), ("c", 3), ("f", 2)]
    assert summary.days == 1
    assert summary_rows(summary, {"b": "Brow"})[1:] == [
        (
            "The whole show (1 day)",
            "0 visitor sessions; 21 areas and 0 topics opened; attract loop turned into a touch 0 of 0 times; 1 reset",
        ),
        ("Top areas", "Brow 6, e 5, d 4, c 3, f 2"),
    ]
    assert summary_text(summarise([], "2026-12-01"), {}).splitlines()[-1] == "Top areas: none yet."


def _kept(path: Path) -> list[tuple[str, int]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT id, n FROM counts").fetchall()
    except sqlite3.Error:
        return []
    finally:
        connection.close()


def test_a_lone_tap_is_on_disk_within_about_a_second_with_nothing_after_it(tmp_path) -> None:
    """What a power cut can lose is the last second: a tap with no other after it is written by then."""
    usage = UsageRecorder(tmp_path / "usage.sqlite3", day=lambda: "2026-12-01")
    try:
        usage.record("area", "face", "neck")
        assert until(lambda: _kept(tmp_path / "usage.sqlite3") == [("neck", 1)], 15)
    finally:
        usage.close()


def test_a_burst_of_taps_is_written_in_one_transaction_not_one_each(tmp_path) -> None:
    """One write a second, whatever the visitors do: a hundred taps are not a hundred syncs to the disk."""
    path = tmp_path / "usage.sqlite3"
    usage = UsageRecorder(path, day=lambda: "2026-12-01", flush_every_s=60)
    try:
        assert usage.sync()
        before = path.with_name("usage.sqlite3-wal").stat().st_size
        for _tap in range(100):
            usage.record("area", "face", "neck")
        assert usage.sync()
        pages = (path.with_name("usage.sqlite3-wal").stat().st_size - before) / 4096
        assert _kept(path) == [("neck", 100)]
        assert pages < 10, f"{pages:.0f} pages written for 100 taps"
    finally:
        usage.close()


def test_a_kiosk_that_ends_without_closing_its_counts_still_ends(tmp_path) -> None:
    earlier = UsageRecorder(tmp_path / "usage.sqlite3", day=lambda: "2026-11-30")  # the last run's counts
    earlier.record("area", "face", "neck")
    earlier.close()
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
        "from core.usage import UsageRecorder; usage = UsageRecorder(Path(sys.argv[1]));"
        "usage.record('area', 'face', 'neck'); usage.sync()"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "usage.sqlite3"), str(ROOT)], capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert _kept(tmp_path / "usage.sqlite3") == [("neck", 1), ("neck", 1)]  # the last run's and this one's


def test_sets_aside_in_one_second_keep_every_file_under_its_own_name(tmp_path) -> None:
    path = tmp_path / "usage.sqlite3"
    for content in (b"first", b"second", b"third"):
        path.write_bytes(content)
        message = set_aside(path, "is damaged", stamp=lambda: "20261201-101500")
        assert message.startswith(f"Usage counts: {path} is damaged; it was set aside as usage.sqlite3.set-aside-")
    base = "usage.sqlite3.set-aside-20261201-101500"
    assert _set_aside(tmp_path) == [base, f"{base}-2", f"{base}-3"]
    assert [(tmp_path / name).read_bytes() for name in (base, f"{base}-2", f"{base}-3")] == [
        b"first",
        b"second",
        b"third",
    ]


def test_a_set_aside_file_is_named_by_the_date_and_time(tmp_path) -> None:
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"x")
    set_aside(path, "is damaged")
    [name] = _set_aside(tmp_path)
    assert re.fullmatch(r"usage\.sqlite3\.set-aside-20\d\d[01]\d[0-3]\d-[0-2]\d[0-5]\d[0-5]\d", name), name


def test_with_no_database_the_writer_keeps_answering_and_ends_cleanly(tmp_path, monkeypatch) -> None:
    failures: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    (tmp_path / "file").write_text("")
    usage = UsageRecorder(tmp_path / "file" / "usage.sqlite3")
    usage.record("area", "face", "neck")
    assert usage.sync()  # the count is dropped, the writer carries on
    assert usage.clear()
    usage.close()
    assert failures == []
    assert usage.problem.startswith("Usage counts: cannot make the folder")


def test_a_migration_is_all_or_nothing(tmp_path, monkeypatch) -> None:
    """A step that fails half-way (or a power cut in it) leaves the file at its old version with nothing of
    the step in it, so the next start can run the step again."""
    monkeypatch.setattr(usage_store, "MIGRATIONS", ((usage_store.MIGRATIONS[0][0], "CREATE TABLE broken ("),))
    connection, message = open_database(tmp_path / "usage.sqlite3")
    assert connection is None
    assert f"Usage counts: {tmp_path / 'usage.sqlite3'} cannot be used (" in message
    assert message.endswith("either; not counting")
    for name in ("usage.sqlite3", *_set_aside(tmp_path)):
        if name.endswith(("-wal", "-shm")):
            continue
        left = sqlite3.connect(tmp_path / name)
        assert left.execute("SELECT name FROM sqlite_master").fetchall() == [], name
        assert left.execute("PRAGMA user_version").fetchone()[0] == 0
        left.close()


def test_a_first_start_on_a_new_machine_makes_the_state_folders(tmp_path) -> None:
    usage = UsageRecorder(tmp_path / "new" / "state" / "microcurrent-atlas" / "usage.sqlite3", day=lambda: "2026-12-01")
    usage.record("area", "face", "neck")
    assert usage.counts() == [Count("2026-12-01", "area", "face", "neck", 1)]
    usage.close()
    assert usage.problem == ""


def test_the_counts_outlive_a_restart(tmp_path) -> None:
    first = UsageRecorder(tmp_path / "usage.sqlite3", day=lambda: "2026-12-01")
    first.record("area", "face", "neck")
    first.close()
    told: list[str] = []
    again = UsageRecorder(tmp_path / "usage.sqlite3", told.append, day=lambda: "2026-12-01")
    again.record("area", "face", "neck")
    assert again.counts() == [Count("2026-12-01", "area", "face", "neck", 2)]
    again.close()
    assert told == [] and _set_aside(tmp_path) == []
