"""Kiosk soak: thousands of simulated visitor actions and idle resets offscreen; prints memory and live Qt objects.

Usage: .venv/bin/python bench/kiosk_soak.py [--actions 10000] [--session 25] [--batches 20]
Each visitor does `--session` actions (taps on regions, touches, in-page links, view switches, Back and
Forward, scrolling, the evidence toggle, the topic menu, the staff key chord) and then leaves: every
tenth visitor lets the real idle timer run out (tiny timeouts), the rest are reset as the timer would.
Passes when resident memory grows by at most 10% after warm-up and the live object count is the same
after every reset."""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import shiboken6  # noqa: E402
from PySide6.QtCore import QObject, QPoint, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QPointingDevice, QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.ready import wait_until_prepared  # noqa: E402
from core.content_loader import load_pack  # noqa: E402
from core.idle import Phase  # noqa: E402
from core.navigator import Navigator  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.records import VIEWS  # noqa: E402
from core.settings import Settings  # noqa: E402
from core.site_settings import SiteSettings  # noqa: E402
from ui import theme  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.kiosk.start import start_kiosk  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def rss_mib() -> float:
    """Resident memory now (Linux /proc; falls back to the peak elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return peak_mib()


def peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def live_objects(app: QApplication, window: MainWindow) -> tuple[int, int, int]:
    """(widgets, QObjects under the window and the application, Python wrappers of live Qt objects).

    Wrappers are counted first and only while their Qt object lives: listing children makes wrappers for
    Qt's own short-lived helpers (an animation, say), which outlive them, and would count this probe."""
    gc.collect()
    wrappers = sum(1 for o in gc.get_objects() if isinstance(o, QObject) and shiboken6.isValid(o))
    qobjects = len(window.findChildren(QObject)) + len(app.findChildren(QObject))
    return len(QApplication.allWidgets()), qobjects, wrappers


def links_on_page(window: MainWindow) -> list[str]:
    hrefs = []
    block = window.page.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                hrefs.append(href)
            it += 1
        block = block.next()
    return hrefs


def toolbar_button(action):
    return next(w for w in action.associatedObjects() if hasattr(w, "click"))


class Visitor:
    """Random but repeatable visitor actions on the real widgets."""

    def __init__(self, app: QApplication, window: MainWindow, seed: int) -> None:
        self.app = app
        self.window = window
        self.random = random.Random(seed)
        self.touch = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
        self.actions = [
            self.tap_region,
            self.tap_region,
            self.touch_region,
            self.follow_link,
            self.switch_view,
            self.back,
            self.forward,
            self.scroll,
            self.evidence,
            self.topic,
            self.staff_chord,
        ]

    def act(self) -> None:
        self.random.choice(self.actions)()
        self.app.processEvents()

    def _region_point(self) -> QPoint | None:
        regions = self.window.diagram.region_ids()
        return self.window.diagram.anchor_of(self.random.choice(regions)).toPoint() if regions else None

    def tap_region(self) -> None:
        point = self._region_point()
        if point is not None:
            QTest.mouseClick(self.window.diagram, Qt.MouseButton.LeftButton, pos=point)

    def touch_region(self) -> None:
        point = self._region_point()
        if point is not None:
            QTest.touchEvent(self.window.diagram, self.touch).press(0, point, self.window.diagram).commit()
            QTest.touchEvent(self.window.diagram, self.touch).release(0, point, self.window.diagram).commit()

    def follow_link(self) -> None:
        links = links_on_page(self.window)
        if links:
            self.window.page.anchorClicked.emit(QUrl(self.random.choice(links)))

    def switch_view(self) -> None:
        QTest.mouseClick(self.window.view_switch.button(self.random.choice(VIEWS)), Qt.MouseButton.LeftButton)

    def back(self) -> None:
        QTest.mouseClick(toolbar_button(self.window.toolbar.back_action), Qt.MouseButton.LeftButton)

    def forward(self) -> None:
        QTest.mouseClick(toolbar_button(self.window.toolbar.forward_action), Qt.MouseButton.LeftButton)

    def scroll(self) -> None:
        bar = self.window.page.verticalScrollBar()
        bar.setValue(self.random.randint(0, bar.maximum()))
        self.window.page.moveCursor(QTextCursor.MoveOperation.End)

    def evidence(self) -> None:
        QTest.mouseClick(toolbar_button(self.window.toolbar.evidence_action), Qt.MouseButton.LeftButton)

    def topic(self) -> None:
        self.random.choice(self.window.toolbar.topics_menu.actions()).trigger()

    def staff_chord(self) -> None:
        QTest.keyClick(
            self.window,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--session", type=int, default=25, help="actions per visitor before the reset")
    parser.add_argument("--batches", type=int, default=20)
    args = parser.parse_args()
    app = create_application(sys.argv[:1], theme.KIOSK_THEME)
    pack = load_pack(data_dir())
    settings = Settings(kiosk=True, idle_timeout_s=3600, warning_s=0.02, attract_interval_s=0.05)
    window = MainWindow(Navigator(pack), "", theme.KIOSK_THEME)
    window.resize(1920, 1080)
    log = Path(os.environ.get("TMPDIR", "/tmp")) / "kiosk-soak.log"
    mode = start_kiosk(window, pack, "", SiteSettings(settings), fullscreen=False, log=log)
    window.show()
    wait_until_prepared(app, window)
    visitor = Visitor(app, window, seed=4)

    def visit(real_idle: bool) -> None:
        for _ in range(args.session):
            visitor.act()
        if real_idle:
            mode.session.idle_timeout_s = 0.02
            mode.reset_now()
            visitor.tap_region()  # a visitor starts a session, then walks away: warning, then reset
            deadline = time.monotonic() + 5
            while mode.phase() is not Phase.ATTRACT and time.monotonic() < deadline:
                app.processEvents()
            assert mode.phase() is Phase.ATTRACT, "the idle timer did not reset the kiosk"
            mode.session.idle_timeout_s = 3600
        else:
            mode.reset_now()
        app.processEvents()
        assert window.page.current_ref() == "home" and not window.toolbar.back_action.isEnabled()

    visits_per_batch = max(1, args.actions // args.session // args.batches)
    # Warm-up: one batch, so every page document and diagram mask that will ever exist has been built.
    for index in range(visits_per_batch):
        visit(real_idle=index % 10 == 0)
    start_rss, start_peak = rss_mib(), peak_mib()
    live_objects(app, window)  # the first count makes the wrappers every later count finds
    start_objects = live_objects(app, window)
    print(
        f"after warm-up ({visits_per_batch * args.session} actions): RSS {start_rss:.1f} MiB, "
        f"peak {start_peak:.1f} MiB, live widgets/QObjects/wrappers {start_objects}",
        flush=True,
    )
    actions = resets = 0
    started = time.perf_counter()
    counts = []
    for batch in range(1, args.batches + 1):
        for index in range(visits_per_batch):
            visit(real_idle=index % 10 == 0)
            actions += args.session
            resets += 1
        counts.append(live_objects(app, window))
        print(
            f"batch {batch:2}: {actions:6} actions, {resets:4} resets, RSS {rss_mib():6.1f} MiB, "
            f"live widgets/QObjects/wrappers after reset {counts[-1]}",
            flush=True,
        )
    end_rss, end_peak = rss_mib(), peak_mib()
    growth = (end_rss - start_rss) / start_rss * 100
    # Nothing may grow: widgets match exactly; QObjects may be one short while Qt has a helper of its own
    # (an animation) in flight; wrappers of diagram renderers depend on the view drawn last, a handful.
    steady = all(
        count[0] == start_objects[0] and count[1] <= start_objects[1] and count[2] <= start_objects[2] + 8
        for count in counts
    )
    print(
        f"{actions} actions and {resets} resets in {time.perf_counter() - started:.0f} s (Qt platform "
        f"{app.platformName()})"
    )
    print(
        f"RSS after warm-up {start_rss:.1f} MiB, at the end {end_rss:.1f} MiB ({growth:+.1f}%); "
        f"peak RSS {start_peak:.1f} -> {end_peak:.1f} MiB"
    )
    print(
        f"live objects after each reset: {'no growth' if steady else 'GREW'} ({start_objects} -> {counts[-1]}, "
        f"most {tuple(max(c[i] for c in counts) for i in range(3))})"
    )
    ok = growth <= 10 and steady and actions >= 10_000
    print("PASS" if ok else "FAIL")
    mode.stop()
    mode.lock.release()
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
