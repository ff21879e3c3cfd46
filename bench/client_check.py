"""Tick-to-marks latency of the client check: the time from a click on a condition's checkbox to the
window having painted the diagram's marks and the list of reasons (median, p95, max), and the time the
panel takes to open the first time.

Usage: .venv/bin/python bench/client_check.py [--rounds N]
Offscreen by default; set QT_QPA_PLATFORM=xcb and DISPLAY to measure a real X window."""

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

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from bench.ready import wait_until_prepared  # noqa: E402
from core.content_loader import load_pack  # noqa: E402
from core.navigator import Navigator  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.records import VIEWS  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    window = MainWindow(Navigator(load_pack(data_dir())))
    window.resize(1366, 768)
    window.show()
    wait_until_prepared(app, window)
    start = time.perf_counter()
    window.client_check.open()
    app.processEvents()
    opened = (time.perf_counter() - start) * 1000
    panel = window.client_check.panel
    assert panel is not None
    samples: list[float] = []
    for _ in range(args.rounds):
        for view in VIEWS:
            QTest.mouseClick(window.view_switch.button(view), Qt.MouseButton.LeftButton)
            app.processEvents()
            for box in [*panel.boxes.values(), *reversed(panel.boxes.values())]:  # tick all, then untick all
                panel.conditions_scroll.ensureWidgetVisible(box)
                app.processEvents()
                start = time.perf_counter()
                QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(14, box.height() // 2))
                app.processEvents()  # delivers the update requests: paints the marks and the list
                samples.append((time.perf_counter() - start) * 1000)
            assert panel.ticked() == []
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    print(f"First open of the panel: {opened:.1f} ms")
    print(
        f"Tick to painted marks and reasons, {len(samples)} clicks over {len(panel.boxes)} conditions and "
        f"{len(VIEWS)} views, 1366x768 window, Qt platform {app.platformName()}"
    )
    print(f"median {statistics.median(samples):.1f} ms   p95 {p95:.1f} ms   max {samples[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
