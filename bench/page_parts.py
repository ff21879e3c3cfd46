"""What the page's parts for assistive technology cost (ui.page_access): for every page, the time to find its
headings, links and callout (ui.page_structure) and to make and place their objects, as a page opens while a
screen reader is active (median and max over the pages, and the most parts on one page). Without a screen
reader none of it runs.

Usage: .venv/bin/python bench/page_parts.py [--rounds N]   (offscreen)"""

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

from PySide6.QtGui import QAccessible  # noqa: E402

from core.content_loader import load_pack  # noqa: E402
from core.navigator import Navigator  # noqa: E402
from core.pages import page_for  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.refs import HOME, area_ref, topic_ref  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.page_structure import structure  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    pack = load_pack(data_dir())
    window = MainWindow(Navigator(pack))
    window.resize(1600, 900)
    window.show()
    while not window.has_page() or not hasattr(window, "access"):
        app.processEvents()
    QAccessible.setActive(True)  # as with a screen reader running (offscreen there is none to talk to)
    page, parts = window.page, window.access.page_parts
    refs = [HOME, *(area_ref(a) for a in pack.areas), *(topic_ref(t) for t in pack.topics)]
    found: list[float] = []
    made: list[float] = []
    most = 0
    for _ in range(args.rounds):
        for ref in refs:
            page.show_page(page_for(pack, ref))
            app.processEvents()
            start = time.perf_counter()
            items = structure(page.document())
            found.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            page.page_shown.emit(page.current_title())  # made again, as for a page opened
            parts.sync()
            made.append((time.perf_counter() - start) * 1000)
            most = max(most, len(items))
    QAccessible.setActive(False)
    print(f"Page parts for assistive technology, {len(refs)} pages x {args.rounds} rounds, offscreen")
    for name, times in (("find (ui.page_structure)", found), ("make and place (PageAccess.sync)", made)):
        print(f"  {name:34} median {statistics.median(times):6.2f} ms   max {max(times):6.2f} ms")
    print(f"  most parts on one page: {most}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
