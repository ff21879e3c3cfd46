"""Click-to-page latency: for every region of every view, the time from a click on the real
diagram to the window having painted the new page and highlight (median, p95, max).

Usage: .venv/bin/python bench/click_latency.py [--rounds N] [--kiosk] [--regions] [--profile FILE]
Offscreen by default; set QT_QPA_PLATFORM=xcb and DISPLAY to measure a real X window. --kiosk measures
the window in kiosk mode, counting usage into a temporary database (what a stand does on each tap).
Beside the time on the clock, the same clicks' CPU time in the app's thread, which other programs on a
busy machine do not add to; and the load average, which says how busy it was. --regions adds each
region's figures; --profile FILE writes a cProfile of the timed clicks (read it with pstats)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.ready import wait_until_prepared  # noqa: E402
from core.content_loader import load_pack  # noqa: E402
from core.navigator import Navigator  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.records import VIEWS, Pack  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

Sample = tuple[float, float]  # milliseconds on the clock, and of the app thread's CPU time


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.1f} ms   p95 {p95(samples):.1f} ms   max {max(samples):.1f} ms"


def click_all(app: QApplication, window: MainWindow, rounds: int) -> dict[str, list[Sample]]:
    """Each region's clicks, every view in turn, `rounds` times: clock and CPU milliseconds to the painted page."""
    by_region: dict[str, list[Sample]] = defaultdict(list)
    for _ in range(rounds):
        for view in VIEWS:
            QTest.mouseClick(window.view_switch.button(view), Qt.MouseButton.LeftButton)
            app.processEvents()
            for region in window.diagram.region_ids():
                point = window.diagram.anchor_of(region).toPoint()
                start, cpu = time.perf_counter(), time.thread_time()
                QTest.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=point)
                app.processEvents()  # delivers the update requests: paints what the click changed
                by_region[region].append(((time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000))
                assert window.page.current_ref() == f"area:{region}"
    return by_region


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--kiosk", action="store_true", help="in kiosk mode, with usage counts")
    parser.add_argument("--regions", action="store_true", help="each region's figures too")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the timed clicks to FILE")
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    pack = load_pack(data_dir())
    window = MainWindow(Navigator(pack))
    window.resize(1920, 1080)
    if args.kiosk:
        _make_kiosk(window, pack)
    window.show()
    wait_until_prepared(app, window)
    load_before = os.getloadavg()
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        by_region = profiler.runcall(click_all, app, window, args.rounds)
        profiler.dump_stats(args.profile)
    else:
        by_region = click_all(app, window, args.rounds)
    samples = [sample for region in by_region.values() for sample in region]
    print(
        f"Click to painted page, {len(samples)} clicks over {len(window.navigator.pack.areas)} regions, "
        f"1920x1080 window, Qt platform {app.platformName()}{', kiosk with usage counts' if args.kiosk else ''}"
    )
    print(f"clock: {summary([s[0] for s in samples])}   (target p95 < 16 ms)")
    print(f"cpu:   {summary([s[1] for s in samples])}   (the app thread's CPU time in the same clicks)")
    if args.regions:
        for region, own in by_region.items():
            clock, cpu = [s[0] for s in own], [s[1] for s in own]
            print(
                f"  {region:24} clock median {statistics.median(clock):5.1f} max {max(clock):5.1f}   "
                f"cpu median {statistics.median(cpu):5.1f} max {max(cpu):5.1f} ms"
            )
    loads = ", ".join(f"{before:.2f}/{after:.2f}" for before, after in zip(load_before, os.getloadavg(), strict=True))
    print(f"load average (1, 5, 15 min), before/after the clicks: {loads}")
    return 0


def _make_kiosk(window: MainWindow, pack: Pack) -> None:
    import tempfile

    from core.settings import Settings
    from core.site_settings import SiteSettings
    from ui.kiosk.start import start_kiosk

    folder = Path(tempfile.mkdtemp(prefix="click-latency-"))
    site = SiteSettings(Settings(kiosk=True, idle_timeout_s=3600), folder / "settings.yaml")
    mode = start_kiosk(
        window, pack, "", site, fullscreen=False, log=folder / "kiosk.log", usage=folder / "usage.sqlite3"
    )
    mode.lock.release()


if __name__ == "__main__":
    sys.exit(main())
