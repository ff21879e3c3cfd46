"""Run under a real X server (tests/test_on_x.py starts Xvfb): the app's window as a start builds it, driven by
real X input from xdotool, printing what a user would find as one JSON object.

Not a test module: offscreen Qt makes its own key and pointer events, and misses what only X does (the keyboard
layout's Shift for +, a menu's pointer grab, the WM_CLASS a task bar reads)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core import cli
from core.content_loader import load_pack
from tests.conftest import DATA
from ui import app as atlas

found: dict[str, object] = {}


def xdotool(*args: object) -> None:
    subprocess.run(["xdotool", *map(str, args)], check=True, timeout=10)


def settle(until, seconds: float = 5.0) -> bool:
    """Let Qt take in what X sent until `until()` holds (or the time is up)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        if until():
            return True
        time.sleep(0.01)
    return False


def main() -> int:
    application = atlas.create_application(sys.argv[:1])
    window = atlas.build_window(load_pack(DATA), "", cli.parse_args(["--size", "1200x700"]))
    window.move(0, 0)
    window.show()
    settle(lambda: window.has_page() and window.isActiveWindow() is not None and window.windowHandle().isExposed())
    xprop = subprocess.run(["xprop", "-id", str(int(window.winId())), "WM_CLASS"], capture_output=True, text=True)
    found["wm_class"] = xprop.stdout.strip()
    centre = window.mapToGlobal(window.page.geometry().center())
    xdotool("mousemove", centre.x(), centre.y())
    xdotool("windowfocus", "--sync", int(window.winId()))
    settle(window.isActiveWindow)
    sizes = []
    for keys in ("ctrl+plus", "ctrl+equal", "ctrl+KP_Add", "ctrl+minus", "ctrl+KP_Subtract", "ctrl+0"):
        before = window.text_zoom.percent
        xdotool("key", keys)
        settle(lambda before=before: window.text_zoom.percent != before, 2.0)
        sizes.append(window.text_zoom.percent)
    found["text_sizes"] = sizes
    button, menu = window.toolbar.topics_button, window.toolbar.topics_menu

    def pick() -> None:  # runs inside the menu's own event loop, which the click on its button starts
        if not menu.isVisible():
            QTimer.singleShot(20, pick)
            return
        action = next(a for a in menu.actions() if a.text() == "Safety and contraindications")
        item = menu.mapToGlobal(menu.actionGeometry(action).center())
        subprocess.Popen(["xdotool", "mousemove", str(item.x()), str(item.y()), "click", "1"])

    QTimer.singleShot(0, pick)
    middle = button.mapToGlobal(button.rect().center())
    xdotool("mousemove", middle.x(), middle.y(), "click", "1")
    settle(lambda: not menu.isVisible() and window.page.current_ref() == "topic:safety")
    settle(lambda: False, 0.3)  # what the button shows once the menu is gone
    found["page"] = window.page.current_ref()
    found["topics_lit"] = button.underMouse() or button.isDown()
    print(json.dumps(found))
    window.close()
    application.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
