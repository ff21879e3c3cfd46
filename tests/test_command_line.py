"""Odd command lines and odd folders: each ends in one clear line and a running app, never a traceback."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, run_app

FALLBACK = "; showing the built-in content instead."
FIRST_AREA = "forehead"


def odd_folder(kind: str, tmp_path: Path) -> Path:
    """A --content folder that cannot be a pack at all."""
    if kind == "missing":
        return tmp_path / "no-such-pack"
    if kind == "a file":
        (tmp_path / "pack.txt").write_text("not a folder\n")
        return tmp_path / "pack.txt"
    if kind == "a symlink loop":
        (tmp_path / "loop").symlink_to(tmp_path / "loop")
        return tmp_path / "loop"
    if kind == "a name over 255 bytes":
        return tmp_path / ("p" * 300)
    if kind == "under a file":
        (tmp_path / "file").write_text("")
        return tmp_path / "file" / "pack"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["missing", "a file", "a symlink loop", "a name over 255 bytes", "under a file"])
def test_a_content_folder_that_cannot_be_read_is_one_line_and_the_built_in_pack(kind: str, tmp_path: Path) -> None:
    folder = odd_folder(kind, tmp_path)
    result = run_app("--content", str(folder), "--list-areas")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == FIRST_AREA
    [line] = result.stderr.splitlines()
    assert line.startswith("The content folder ") and line.endswith(FALLBACK)
    assert "Traceback" not in result.stderr


def test_each_odd_folder_says_what_is_wrong_with_it(tmp_path: Path) -> None:
    said = {kind: run_app("--content", str(odd_folder(kind, tmp_path)), "--list-areas").stderr
            for kind in ("missing", "a file", "a name over 255 bytes")}
    assert f"The content folder {tmp_path / 'no-such-pack'} does not exist{FALLBACK}" in said["missing"]
    assert f"The content folder {tmp_path / 'pack.txt'} is a file, not a folder{FALLBACK}" in said["a file"]
    assert "has a name too long" in said["a name over 255 bytes"]
    assert "…" in said["a name over 255 bytes"]  # the 300 letters are cut short


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_content_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    shutil.copytree(DATA, folder)
    folder.chmod(0)
    try:
        result = run_app("--content", str(folder), "--list-areas")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0
    assert result.stderr.strip() == f"The content folder {folder} cannot be opened (permission denied){FALLBACK}"


@pytest.mark.skipif(os.name == "nt" or os.uname().sysname == "Darwin", reason="names there are always Unicode")
def test_a_good_pack_in_a_folder_whose_name_is_not_utf8_is_used(tmp_path: Path) -> None:
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9"))  # a Latin-1 name from a USB stick
    shutil.copytree(DATA, folder)
    areas = folder / "areas.yaml"
    areas.write_text(areas.read_text().replace('title: "Forehead"', 'title: "Stirn"'))
    result = run_app("--content", os.fsdecode(folder), "--list-areas")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == [FIRST_AREA, "face", "Stirn"]
    assert result.stderr == ""


def test_a_broken_folder_under_the_watchdog_starts_once_and_does_not_loop(tmp_path: Path) -> None:
    result = run_app("--watchdog", "--content", str(tmp_path / "gone"), "--list-areas")
    assert result.returncode == 0
    assert "starting it again" not in result.stderr
    assert result.stderr.count("does not exist") == 1


def test_a_missing_folder_named_in_the_settings_is_reported_and_the_app_starts(tmp_path: Path) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text("content: no-such-pack\n")
    result = run_app("--settings", str(settings), "--list-areas")
    assert result.returncode == 0
    assert result.stdout.split()[0] == FIRST_AREA
    assert f"settings.yaml:1: content: no folder {tmp_path / 'no-such-pack'}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("size", ["99999x99999", "199x800", "800x7681"])
def test_a_size_beyond_the_limits_is_refused_saying_the_limits(size: str) -> None:
    result = run_app("--screenshot", "never.png", "--size", size)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"microcurrent-atlas: error: argument --size: '{size}': each side must be 200 to 7680 pixels, e.g. 1920x1080")
    assert not Path("never.png").exists()


def test_the_limits_are_in_the_help() -> None:
    assert "each side 200 to 7680" in " ".join(run_app("--help").stdout.split())


def test_the_smallest_size_renders_the_window_at_its_own_minimum(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "small.png"
    result = run_app("--screenshot", str(shot), "--size", "200x200")
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert 200 <= image.width() < 1000 and 200 <= image.height() < 1000
