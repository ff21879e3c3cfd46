"""`main.py --usage-summary` and `main.py --export-usage DIR`, as staff run them after a show."""

from __future__ import annotations

import csv

from core.usage import UsageRecorder
from tests.conftest import run_app


def seed(state) -> None:
    days = iter(["2026-11-30"] * 3 + ["2026-12-01"] * 3)
    usage = UsageRecorder(state / "microcurrent-atlas" / "usage.sqlite3", day=lambda: next(days))
    usage.record("area", "face", "neck", n=3)
    usage.record("session", n=2)
    usage.record("session_seconds", n=100)
    usage.record("area", "body-back", "calves")
    usage.record("session")
    usage.record("session_seconds", n=20)
    usage.close()


def test_the_summary_prints_the_show_s_totals_and_top_areas(tmp_path) -> None:
    seed(tmp_path / "state")
    result = run_app("--usage-summary", XDG_STATE_HOME=str(tmp_path / "state"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == (
        "The whole show (2 days): 3 visitor sessions, 40 s on average; 4 areas and 0 topics opened; "
        "attract loop turned into a touch 0 of 0 times; 0 resets."
    )
    assert lines[2] == "Top areas: Neck 3, Calves 1."


def test_with_no_counts_yet_the_summary_says_so(tmp_path) -> None:
    result = run_app("--usage-summary", XDG_STATE_HOME=str(tmp_path / "state"))
    assert result.returncode == 0
    assert result.stdout.startswith("No usage counts yet (")


def test_export_writes_the_csv_and_the_heat_maps(tmp_path) -> None:
    seed(tmp_path / "state")
    out = tmp_path / "usb" / "show"
    result = run_app("--export-usage", str(out), XDG_STATE_HOME=str(tmp_path / "state"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Wrote usage.csv, heat-map-face.png, heat-map-body-front.png, heat-map-body-back.png, heat-map.png to {out}"
    )
    rows = list(csv.reader((out / "usage.csv").open(encoding="utf-8")))
    assert rows == [
        ["day", "kind", "view", "id", "count"],
        ["2026-11-30", "area", "face", "neck", "3"],
        ["2026-11-30", "session", "", "", "2"],
        ["2026-11-30", "session_seconds", "", "", "100"],
        ["2026-12-01", "area", "body-back", "calves", "1"],
        ["2026-12-01", "session", "", "", "1"],
        ["2026-12-01", "session_seconds", "", "", "20"],
    ]
    assert (out / "heat-map.png").read_bytes()[:4] == b"\x89PNG"


def test_export_to_a_folder_that_cannot_be_made_says_so(tmp_path) -> None:
    seed(tmp_path / "state")
    (tmp_path / "file").write_text("")
    result = run_app("--export-usage", str(tmp_path / "file" / "x"), XDG_STATE_HOME=str(tmp_path / "state"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"Could not write the usage counts to {tmp_path / 'file' / 'x'}: ")
