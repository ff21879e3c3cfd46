"""The kiosk on a real X screen (Xvfb), with and without a window manager (openbox): it covers the whole
screen, and takes it back within a second after each of openbox's ways to hide it; under the watchdog,
a 'Restarting…' window covers the screen from the app's death until the new app is up.

These start real processes and look at the X server with xdotool and xprop; the only waits are polls
of the X server's state with a deadline (what a window manager does takes its own time)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

TOOLS = ("Xvfb", "xdotool", "xprop", "xwininfo")
pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs Xvfb, xdotool, xprop and xwininfo (tools/bootstrap.sh screens)",
)
SIZE = (1920, 1080)


def until(condition: Callable[[], bool], within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while True:
        if condition():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


@pytest.fixture
def display() -> Iterator[str]:
    from tools.xvfb import virtual_display

    with virtual_display(*SIZE) as name:
        yield name


@pytest.fixture
def openbox(display: str) -> Iterator[str]:
    if shutil.which("openbox") is None:
        pytest.skip("openbox is not installed (tools/bootstrap.sh screens installs it)")
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert until(lambda: "window id" in x(display, "xprop", "-root", "_NET_SUPPORTING_WM_CHECK"), 10)
        yield display
    finally:
        wm.terminate()
        wm.wait(timeout=10)


def x(display: str, *command: str) -> str:
    result = subprocess.run(command, env={**os.environ, "DISPLAY": display}, capture_output=True, text=True)
    return result.stdout


class Started:
    """The app started on `display`, and its output as it comes."""

    def __init__(self, display: str, tmp_path: Path, *args: str) -> None:
        env = {
            **os.environ,
            "DISPLAY": display,
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "MICROCURRENT_ATLAS_FIRST_PAINT_PROBE": "1",  # 'page-shown' when the page is up
        }
        env.pop("QT_QPA_PLATFORM", None)
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), *args], env=env, stdout=subprocess.PIPE, text=True
        )
        self.display = display

    def wait_for_page(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line == "page-shown\n":
                return
        raise AssertionError(f"the app ended with {self.process.wait()} before its page was shown")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


def windows(display: str, name: str) -> list[str]:
    return x(display, "xdotool", "search", "--onlyvisible", "--name", name).split()


def geometry(display: str, window: str) -> tuple[int, int, int, int]:
    info = x(display, "xwininfo", "-id", window)
    values = dict(line.strip().split(":", 1) for line in info.splitlines() if ":" in line)
    return tuple(int(values[key]) for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"))


def viewable(display: str, window: str) -> bool:
    return "IsViewable" in x(display, "xwininfo", "-id", window)


def holds_the_screen(display: str, window: str) -> bool:
    """Mapped, over the whole screen, on the desktop in view, full screen for the window manager, focused."""
    if not viewable(display, window) or geometry(display, window) != (0, 0, *SIZE):
        return False
    state = x(display, "xprop", "-id", window, "_NET_WM_STATE", "_NET_WM_DESKTOP")
    root = x(display, "xprop", "-root", "_NET_CURRENT_DESKTOP", "_NET_ACTIVE_WINDOW").split()
    desktop = (
        root[root.index("_NET_CURRENT_DESKTOP(CARDINAL)") + 2] if "_NET_CURRENT_DESKTOP(CARDINAL)" in root else "?"
    )
    active = root[-1] if "#" in root else "0"
    return "_NET_WM_STATE_FULLSCREEN" in state and f"= {desktop}" in state and int(active, 16) == int(window)


def came_back(display: str, window: str) -> bool:
    return until(lambda: holds_the_screen(display, window), 10)


def kiosk_window(display: str) -> str:
    found = [w for w in windows(display, "Microcurrent") if geometry(display, w)[2] > 1]
    assert len(found) == 1, found
    return found[0]


def test_without_a_window_manager_the_kiosk_covers_the_whole_screen(display, tmp_path) -> None:
    kiosk = Started(display, tmp_path, "--kiosk")
    try:
        kiosk.wait_for_page()
        window = kiosk_window(display)
        assert until(lambda: geometry(display, window) == (0, 0, *SIZE), 5)
    finally:
        kiosk.stop()


HIDE = {
    "show the desktop (Super+D)": [["xdotool", "key", "super+d"]],
    "another desktop (Ctrl+Alt+Right)": [["xdotool", "key", "ctrl+alt+Right"]],
    "another desktop (set by a program)": [["xdotool", "set_desktop", "2"]],
    "minimise": [["xdotool", "windowminimize", "{window}"]],
    "Alt+Space, then Iconify": [["xdotool", "key", "alt+space"], ["xdotool", "key", "--delay", "200", "i"]],
    "unmap": [["xdotool", "windowunmap", "{window}"]],
}


def test_with_openbox_the_kiosk_takes_the_screen_back_within_a_second(openbox, tmp_path) -> None:
    kiosk = Started(openbox, tmp_path, "--kiosk")
    try:
        kiosk.wait_for_page()
        window = kiosk_window(openbox)
        assert until(lambda: holds_the_screen(openbox, window), 5)
        for name, commands in HIDE.items():
            for command in commands:
                x(openbox, *(part.format(window=window) for part in command))
            started = time.monotonic()
            back = until(lambda: holds_the_screen(openbox, window), 1.0)
            late = "" if back else f"; back after {time.monotonic() - started:.1f} s: {came_back(openbox, window)}"
            assert back, f"not back within 1 s after: {name}{late}"
            assert kiosk.process.poll() is None
        other = subprocess.Popen(
            [sys.executable, "-c", OTHER_WINDOW], env={**os.environ, "DISPLAY": openbox, "QT_QPA_PLATFORM": "xcb"}
        )
        try:
            assert until(lambda: bool(windows(openbox, "another window")), 20)
            assert until(lambda: holds_the_screen(openbox, window), 1.5), "another window kept the focus"
        finally:
            other.kill()
            other.wait()
    finally:
        kiosk.stop()


OTHER_WINDOW = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.setWindowTitle("another window")
window.resize(600, 400)
window.show()
window.activateWindow()
app.exec()
"""


def test_the_watchdog_covers_the_screen_while_the_app_starts_again(openbox, tmp_path) -> None:
    watchdog = Started(openbox, tmp_path, "--kiosk", "--watchdog")
    try:
        watchdog.wait_for_page()
        lock = tmp_path / "state" / "microcurrent-atlas" / "kiosk.lock"
        first = int(lock.read_text())
        assert until(lambda: bool(windows(openbox, "Restarting")) is False, 5)
        os.kill(first, signal.SIGKILL)
        assert until(lambda: bool(windows(openbox, "Restarting")), 2), "no cover within 2 s of the death"
        cover = windows(openbox, "Restarting")[0]
        assert geometry(openbox, cover) == (0, 0, *SIZE)
        watchdog.wait_for_page()  # the new app is up
        assert until(lambda: not windows(openbox, "Restarting"), 5), "the cover stayed over the new app"
        assert int(lock.read_text()) != first
        assert until(lambda: holds_the_screen(openbox, kiosk_window(openbox)), 3)
    finally:
        watchdog.stop()
