"""`--usage-summary` and the export's usage.csv, in this process (tests/test_usage_commands.py runs main.py):
the summary's exact lines, what staff read when there are no counts or the file cannot be read, and the
CSV's exact bytes, written atomically into a folder made for it."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from core.content_loader import load_pack
from core.records import Pack
from core.usage import Count, UsageRecorder, read_counts, today
from core.usage_cli import csv_bytes, export_folder, print_summary, write_csv
from tests.conftest import MINIMAL_PACK


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL_PACK)


def summary(pack: Pack, path: Path, capsys) -> tuple[int, str, str]:
    out = io.StringIO()
    code = print_summary(pack, path, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_the_summary_tells_today_the_show_and_the_top_areas_by_title(pack, tmp_path, capsys) -> None:
    path = tmp_path / "usage.sqlite3"
    days = iter(["2026-11-30"] * 4 + [today()] * 9)
    usage = UsageRecorder(path, day=lambda: next(days))
    for kind, view, ident, n in [
        ("area", "face", "top", 3),
        ("session", "", "", 2),
        ("session_seconds", "", "", 100),
        ("reset", "", "idle", 2),
        ("area", "face", "top", 1),
        ("area", "body-front", "middle", 4),
        ("area", "body-back", "gone", 1),  # an area the pack no longer has: named by its id
        ("topic", "face", "t", 2),
        ("session", "", "", 1),
        ("session_seconds", "", "", 31),
        ("attract_shown", "", "", 5),
        ("attract_touch", "", "", 1),
        ("reset", "", "staff", 1),
    ]:
        usage.record(kind, view, ident, n)
    usage.close()
    assert summary(pack, path, capsys) == (
        0,
        "Today: 1 visitor session, 31 s on average; 6 areas and 2 topics opened; "
        "attract loop turned into a touch 1 of 5 times; 1 reset.\n"
        "The whole show (2 days): 3 visitor sessions, 44 s on average; 9 areas and 2 topics opened; "
        "attract loop turned into a touch 1 of 5 times; 3 resets.\n"
        "Top areas: Middle 4, Top 4, gone 1.\n",
        "",
    )


def test_with_no_counts_yet_the_summary_says_so_and_shows_zeros(pack, tmp_path, capsys) -> None:
    path = tmp_path / "usage.sqlite3"
    assert summary(pack, path, capsys) == (
        0,
        f"No usage counts yet ({path} does not exist)\n"
        "Today: 0 visitor sessions; 0 areas and 0 topics opened; attract loop turned into a touch 0 of 0 times; "
        "0 resets.\n"
        "The whole show (0 days): 0 visitor sessions; 0 areas and 0 topics opened; "
        "attract loop turned into a touch 0 of 0 times; 0 resets.\n"
        "Top areas: none yet.\n",
        "",
    )


def test_a_database_that_cannot_be_read_is_reported_on_stderr_with_code_1(pack, tmp_path, capsys) -> None:
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"not a database" * 100)
    code, out, err = summary(pack, path, capsys)
    assert (code, out) == (1, "")
    assert err == f"Usage counts: {path} cannot be read (file is not a database)\n"
    assert path.read_bytes() == b"not a database" * 100  # staff's command never moves or changes it
    path.unlink()
    path.mkdir()
    assert summary(pack, path, capsys) == (1, "", f"Usage counts: {path} is not a regular file\n")


def test_the_counts_are_read_from_a_folder_whose_name_has_uri_characters(tmp_path) -> None:
    path = tmp_path / "show #1? 100%" / "usage.sqlite3"
    usage = UsageRecorder(path, day=lambda: "2026-12-01")
    usage.record("area", "face", "top")
    assert usage.counts() == [Count("2026-12-01", "area", "face", "top", 1)]
    usage.close()
    assert read_counts(path) == ([Count("2026-12-01", "area", "face", "top", 1)], "")


def test_a_kiosk_counting_meanwhile_does_not_stop_the_summary(pack, tmp_path, capsys) -> None:
    path = tmp_path / "usage.sqlite3"
    usage = UsageRecorder(path, day=today)
    usage.record("area", "face", "top", 2)
    assert usage.sync()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a write in progress: WAL readers go on
    try:
        code, out, _ = summary(pack, path, capsys)
    finally:
        other.execute("ROLLBACK")
        other.close()
        usage.close()
    assert code == 0 and out.endswith("Top areas: Top 2.\n")


COUNTS = [
    Count("2026-11-30", "area", "face", "top", 3),
    Count("2026-11-30", "reset", "", "idle", 1),
    Count("2026-12-01", "topic", "body-back", "a,b", 2),  # quoted as CSV quotes it
]


def test_usage_csv_is_one_row_per_day_kind_view_and_id_under_a_header() -> None:
    assert csv_bytes(COUNTS) == (
        b'day,kind,view,id,count\n2026-11-30,area,face,top,3\n2026-11-30,reset,,idle,1\n2026-12-01,topic,body-back,"a,b",2\n'
    )
    assert csv_bytes([]) == b"day,kind,view,id,count\n"


def test_usage_csv_is_written_into_a_folder_made_for_it_and_replaces_the_last_one(tmp_path) -> None:
    folder = tmp_path / "usb" / "show"
    assert write_csv(folder, COUNTS[:1]) == folder / "usage.csv"
    assert (folder / "usage.csv").read_bytes() == b"day,kind,view,id,count\n2026-11-30,area,face,top,3\n"
    write_csv(folder, [])
    assert (folder / "usage.csv").read_bytes() == b"day,kind,view,id,count\n"
    assert sorted(path.name for path in folder.iterdir()) == ["usage.csv"]  # no temporary file left
    (tmp_path / "file").write_text("")
    with pytest.raises(OSError):
        write_csv(tmp_path / "file" / "x", COUNTS)


def test_export_goes_where_the_settings_say_or_to_the_state_folder(tmp_path, monkeypatch) -> None:
    assert export_folder(tmp_path / "stick") == tmp_path / "stick"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert export_folder(None) == tmp_path / "state" / "microcurrent-atlas" / "usage-export"
