"""Odd command lines and odd folders: each ends in one clear line and a running app, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, run_app

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
    said = {
        kind: run_app("--content", str(odd_folder(kind, tmp_path)), "--list-areas").stderr
        for kind in ("missing", "a file", "a name over 255 bytes")
    }
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
        f"microcurrent-atlas: error: argument --size: '{size}': each side must be 200 to 7680 pixels, e.g. 1920x1080"
    )
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


def run_without_display(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """main.py as started from a console or a service with no desktop: no DISPLAY, no WAYLAND_DISPLAY, and no
    QT_QPA_PLATFORM."""
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**environment, **env},
        timeout=120,
    )


NO_DISPLAY = (
    "There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run the app on "
    "the desktop, or on a virtual one with 'xvfb-run -a' (Debian package xvfb); --screenshot FILE.png "
    "and --self-test need no display."
)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there is always a display there")
def test_with_no_display_the_app_says_so_in_one_line_and_ends_with_69() -> None:
    result = run_without_display()
    assert result.returncode == 69
    assert result.stderr.splitlines() == [NO_DISPLAY]
    assert result.stdout == ""


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there is always a display there")
def test_with_no_display_the_watchdog_stops_at_once() -> None:
    result = run_without_display("--kiosk", "--watchdog")
    assert result.returncode == 69
    assert result.stderr.splitlines() == [
        NO_DISPLAY,
        "watchdog: the app ended with code 69 (no display), which a restart cannot fix; stopping",
    ]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there is always a display there")
def test_with_no_display_the_screenshot_and_self_test_still_run(tmp_path: Path) -> None:
    assert run_without_display("--screenshot", str(tmp_path / "shot.png"), "--size", "800x600").returncode == 0
    assert (tmp_path / "shot.png").is_file()
    result = run_without_display("--self-test")
    assert result.returncode == 0 and result.stdout.startswith("self-test: OK"), result.stdout


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11 only")
def test_a_display_nobody_answers_on_is_one_line_and_no_abort() -> None:
    number = next(n for n in range(4242, 4300) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    result = run_without_display(DISPLAY=f":{number}")
    assert result.returncode == 1  # not final: under --watchdog the X server may yet come up
    assert result.stderr.splitlines() == [
        f"Cannot open the display ':{number}': no X server answers there, or this user may not use it. Start the app "
        "once the desktop is up, or on a virtual display with 'xvfb-run -a'."
    ]


@pytest.mark.parametrize(
    ("environ", "platform", "needs_one"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "eglfs"}, "linux", False),
        ({}, "freebsd14", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_a_display_is_needed_only_where_qt_would_look_for_one(environ: dict, platform: str, needs_one: bool) -> None:
    from core.display import display_problem

    assert bool(display_problem(environ, platform)) == needs_one
