"""Click-to-page latency: for every region of every view, the time from a click on the real
diagram to the window having painted the new page and highlight (median, p95, max).

Usage: .venv/bin/python bench/click_latency.py [--rounds N] [--kiosk]
Offscreen by default; set QT_QPA_PLATFORM=xcb and DISPLAY to measure a real X window. --kiosk measures
the window in kiosk mode, counting usage into a temporary database (what a stand does on each tap)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from bench.ready import wait_until_prepared  # noqa: E402
from core.content_loader import load_pack  # noqa: E402
from core.navigator import Navigator  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.records import VIEWS, Pack  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--kiosk", action="store_true", help="in kiosk mode, with usage counts")
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    pack = load_pack(data_dir())
    window = MainWindow(Navigator(pack))
    window.resize(1920, 1080)
    if args.kiosk:
        _make_kiosk(window, pack)
    window.show()
    wait_until_prepared(app, window)
    samples: list[float] = []
    for _ in range(args.rounds):
        for view in VIEWS:
            QTest.mouseClick(window.view_switch.button(view), Qt.MouseButton.LeftButton)
            app.processEvents()
            for region in window.diagram.region_ids():
                point = window.diagram.anchor_of(region).toPoint()
                start = time.perf_counter()
                QTest.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=point)
                app.processEvents()  # delivers the update requests: paints what the click changed
                samples.append((time.perf_counter() - start) * 1000)
                assert window.page.current_ref() == f"area:{region}"
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    print(
        f"Click to painted page, {len(samples)} clicks over {len(window.navigator.pack.areas)} regions, "
        f"1920x1080 window, Qt platform {app.platformName()}"
    )
    print(
        f"median {statistics.median(samples):.1f} ms   p95 {p95:.1f} ms   max {samples[-1]:.1f} ms   "
        f"(target p95 < 16 ms)"
    )
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
