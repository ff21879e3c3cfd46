"""The one-file executable's 'Restarting…' cover (`--restart-cover`), on a real X screen (Xvfb): told 'show',
it covers the whole screen with its words on it; told 'hide', it goes; when its input closes, it ends. And
under the frozen watchdog, a killed kiosk is covered until the next one is up, with the cover started
from the executable itself (core.paths.app_command when frozen).

Needs the file `make build` writes (dist/microcurrent-atlas); skipped, saying so, when it is not built."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_kiosk_screen_x11 import (  # noqa: F401 (display and openbox are fixtures)
    SIZE,
    TOOLS,
    display,
    geometry,
    openbox,
    until,
    windows,
)

EXE = ROOT / "dist" / ("microcurrent-atlas.exe" if sys.platform == "win32" else "microcurrent-atlas")
pytestmark = [
    pytest.mark.skipif(not EXE.is_file(), reason=f"the one-file build is not there: run `make build` ({EXE})"),
    pytest.mark.skipif(
        sys.platform != "linux" or any(shutil.which(tool) is None for tool in TOOLS),
        reason="needs Xvfb, xdotool, xprop and xwininfo (tools/bootstrap.sh screens)",
    ),
]
BACKGROUND = (0xF4, 0xF1, 0xEC)  # ui/restart_cover.py's page
TEXT = (0x3D, 0x46, 0x4D)  # and its words

# Grabs the whole X screen with Qt (the test's own Python) and says what share of it is the cover's page
# and how many pixels are near its text colour: a cover that is there but blank, or not there, shows.
GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
background = tuple(int(v, 16) for v in sys.argv[2].split(","))
text = tuple(int(v, 16) for v in sys.argv[3].split(","))
page = dark = 0
for y in range(0, image.height(), 2):
    for x in range(0, image.width(), 2):
        c = image.pixelColor(x, y)
        rgb = (c.red(), c.green(), c.blue())
        page += rgb == background
        dark += all(abs(a - b) <= 24 for a, b in zip(rgb, text))
print(page / ((image.width() // 2) * (image.height() // 2)), dark)
"""


def grab(screen: str, file: Path) -> tuple[float, int]:
    """The share of the screen that is the cover's page, and the text-coloured pixels (every other one)."""
    colours = [",".join(f"{value:x}" for value in colour) for colour in (BACKGROUND, TEXT)]
    result = subprocess.run(
        [sys.executable, "-c", GRAB, str(file), *colours],
        env={**os.environ, "DISPLAY": screen, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    share, dark = result.stdout.split()
    return float(share), int(dark)


def test_the_frozen_cover_covers_the_screen_with_its_words_and_goes_when_told(display, tmp_path) -> None:  # noqa: F811
    env = {**os.environ, "DISPLAY": display}
    env.pop("QT_QPA_PLATFORM", None)
    cover = subprocess.Popen([str(EXE), "--restart-cover"], env=env, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    assert cover.stdin is not None and cover.stderr is not None
    try:
        cover.stdin.write(b"show\n")
        cover.stdin.flush()
        assert until(lambda: bool(windows(display, "Restarting")), 20), "the frozen cover never showed"
        [window] = windows(display, "Restarting")
        assert geometry(display, window) == (0, 0, *SIZE)
        assert until(lambda: grab(display, tmp_path / "cover.png")[0] > 0.95, 10), "the screen is not the cover's page"
        _share, dark = grab(display, tmp_path / "cover.png")
        assert dark > 200, f"no words on the cover ({dark} text-coloured pixels)"  # 'Restarting…' at 40 px
        cover.stdin.write(b"hide\n")
        cover.stdin.flush()
        assert until(lambda: not windows(display, "Restarting"), 5), "the cover stayed after 'hide'"
        cover.stdin.close()
        assert cover.wait(timeout=20) == 0
        assert cover.stderr.read() == b""  # no Qt warning, no missing plugin or library
    finally:
        if cover.poll() is None:
            cover.kill()
            cover.wait()


def frozen_watchdog(screen: str, tmp_path: Path, **extra: str) -> subprocess.Popen[str]:
    """The one-file kiosk under its watchdog on `screen`, its folders in `tmp_path`; each kiosk it starts
    prints "page-shown" once its first page is drawn."""
    env = {
        **os.environ,
        "DISPLAY": screen,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "MICROCURRENT_ATLAS_FIRST_PAINT_PROBE": "1",
        **extra,
    }
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.Popen(
        [str(EXE), "--kiosk", "--watchdog"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def page_shown(watchdog: subprocess.Popen[str]) -> None:
    """Wait until the next kiosk under `watchdog` has drawn its first page."""
    assert watchdog.stdout is not None
    for line in watchdog.stdout:
        if line == "page-shown\n":
            return
    raise AssertionError(f"the frozen watchdog ended with {watchdog.wait()} before a page was shown")


def test_the_frozen_watchdog_covers_a_killed_kiosk_until_the_next_is_up(openbox, tmp_path) -> None:  # noqa: F811
    watchdog = frozen_watchdog(openbox, tmp_path)
    assert watchdog.stdout is not None and watchdog.stderr is not None
    try:
        page_shown(watchdog)
        lock = tmp_path / "state" / "microcurrent-atlas" / "kiosk.lock"
        first = int(lock.read_text())
        assert until(lambda: not windows(openbox, "Restarting"), 20)
        os.kill(first, signal.SIGKILL)
        assert until(lambda: bool(windows(openbox, "Restarting")), 2), "no cover within 2 s of the death"
        assert geometry(openbox, windows(openbox, "Restarting")[0]) == (0, 0, *SIZE)
        page_shown(watchdog)  # the next kiosk is up
        assert until(lambda: not windows(openbox, "Restarting"), 5), "the cover stayed over the new kiosk"
        assert int(lock.read_text()) != first
    finally:
        watchdog.terminate()
        watchdog.wait(timeout=30)
    assert "watchdog: the app ended with code -9; starting it again in 1 s" in watchdog.stderr.read()


def test_the_frozen_watchdog_replaces_a_hung_kiosk_whole(openbox, tmp_path) -> None:  # noqa: F811
    """A frozen kiosk that stops answering is killed and the next one comes up (the hung one kept no lock).
    The kiosk and its cover are one process each, run from the watchdog's unpacked copy (PyInstaller
    shares it with the processes an app starts from its own executable), so no other copy is left behind."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    watchdog = frozen_watchdog(openbox, tmp_path, TMPDIR=str(temporary))
    assert watchdog.stdout is not None and watchdog.stderr is not None

    def unpacked() -> set[str]:
        return {entry.name for entry in temporary.iterdir() if entry.name.startswith("_MEI")}

    try:
        page_shown(watchdog)
        lock = tmp_path / "state" / "microcurrent-atlas" / "kiosk.lock"
        hung = int(lock.read_text())
        before = unpacked()
        assert len(before) == 1, before
        [beats] = (tmp_path / "state" / "microcurrent-atlas").glob("heartbeat-*")
        assert until(lambda: beats.read_bytes() != b"", 20), "the kiosk never beat"  # not 'never came up'
        os.kill(hung, signal.SIGSTOP)  # it stops answering; its heartbeat stops
        page_shown(watchdog)  # the next kiosk is up, after the hang limit
        assert int(lock.read_text()) != hung
        assert not Path(f"/proc/{hung}").exists(), "the hung kiosk goes on, orphaned"
        assert unpacked() == before
    finally:
        watchdog.terminate()
        watchdog.wait(timeout=30)
    log = watchdog.stderr.read()
    assert "watchdog: the app stopped answering (no heartbeat for " in log and "; stopping it" in log
