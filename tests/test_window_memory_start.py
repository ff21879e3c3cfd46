"""main.py as a user runs it, with a window memory in the state folder: a damaged one never stops a start, and
--screenshot reads the memory but leaves the file as it was."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_app


def memory_file(state: Path) -> Path:
    folder = state / "microcurrent-atlas"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "window.txt"


def test_a_damaged_memory_is_named_in_one_line_and_the_app_starts(tmp_path: Path) -> None:
    file = memory_file(tmp_path / "state")
    file.write_bytes(b"view face\n\x00\xff oops")
    result = run_app(
        "--screenshot", str(tmp_path / "shot.png"), "--size", "800x600", XDG_STATE_HOME=str(tmp_path / "state")
    )
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert said == [f"{file}: the window's memory is damaged (not UTF-8 text); starting afresh"]
    assert (tmp_path / "shot.png").stat().st_size > 10_000


def test_a_screenshot_reads_the_memory_and_writes_nothing(tmp_path: Path) -> None:
    file = memory_file(tmp_path / "state")
    text = "text_percent 200\nrecent area:neck\nview body-back\nmaximized 3\n"
    file.write_text(text)
    before = file.stat().st_mtime_ns
    result = run_app(
        "--screenshot", str(tmp_path / "shot.png"), "--size", "800x600", XDG_STATE_HOME=str(tmp_path / "state")
    )
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert said == [f"{file}, line 4: maximized: must be yes or no; not used"]
    assert file.read_text() == text and file.stat().st_mtime_ns == before
