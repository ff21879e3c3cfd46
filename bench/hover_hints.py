"""What the hover hints' application-wide event filter (ui/hover_hint.py) costs each event the app delivers:
the time to send a plain event to a widget with and without it, and the difference, in microseconds.

Usage: .venv/bin/python bench/hover_hints.py [--events N]   (offscreen)"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.app import create_application  # noqa: E402
from ui.hover_hint import HoverHints  # noqa: E402
from ui.theme import WINDOW_THEME  # noqa: E402


def per_event(app: QApplication, widget: QWidget, events: int) -> float:
    """Microseconds to deliver one event (a Move, which the filter passes on), best of five runs."""
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(events):
            app.sendEvent(widget, QEvent(QEvent.Type.Move))
        runs.append((time.perf_counter() - start) * 1e6 / events)
    return min(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    window = QWidget()
    window.show()
    without = per_event(app, window, args.events)
    hints = HoverHints(window, WINDOW_THEME)
    hints.owner = window  # the busier path: a hint is up
    with_hint_up = per_event(app, window, args.events)
    hints.owner = None
    with_filter = per_event(app, window, args.events)
    print(f"events: {args.events} x 5 runs, best run")
    print(f"without the filter:      {without:.2f} us/event")
    print(f"with it, no hint up:     {with_filter:.2f} us/event (+{with_filter - without:.2f})")
    print(f"with it, a hint up:      {with_hint_up:.2f} us/event (+{with_hint_up - without:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
