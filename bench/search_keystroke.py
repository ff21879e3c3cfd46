"""Keystroke-to-results latency of the search field: the time from a key typed into the real window's field to
the window having painted the results and the diagram's lit areas (median, p95, max), on the built-in pack;
beside it the same keystrokes into a bare PySide6 line edit that fills a plain list with as many rows.

Usage: .venv/bin/python bench/search_keystroke.py [--rounds N]
Offscreen by default; set QT_QPA_PLATFORM=xcb and DISPLAY to measure a real X window. Focusing the field, which
builds the index and loads rapidfuzz before any key is typed, is reported apart, with the first keystroke and
the first typo after it. Beside the time on the
clock, the same keystrokes' CPU time in the app's thread, which other programs on a busy machine do not add to;
and the load average, which says how busy it was."""

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
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget  # noqa: E402

from bench.ready import wait_until_prepared  # noqa: E402
from core.content_loader import load_pack  # noqa: E402
from core.navigator import Navigator  # noqa: E402
from core.paths import data_dir  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

# What the desk types, typos included: each letter is one keystroke, then Escape clears the field.
QUERIES = ("cellulite", "pacemeker", "double chin", "crow's feet", "pregnant", "back pain", "celulite", "botox")


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def type_queries(app: QApplication, field: QLineEdit, rounds: int) -> list[tuple[float, float]]:
    """Milliseconds from each key to its painted results, on the clock and in CPU time."""
    samples = []
    for _ in range(rounds):
        for query in QUERIES:
            samples += [timed_key(app, field, letter) for letter in query]
            QTest.keyClick(field, Qt.Key.Key_Escape)
            field.clear()
            app.processEvents()
    return samples


def timed_key(app: QApplication, field: QLineEdit, letter: str) -> tuple[float, float]:
    """Milliseconds from typing `letter` to the window having painted what it changed: on the clock, and the
    CPU time of this thread in them."""
    start, cpu = time.perf_counter(), time.thread_time()
    QTest.keyClicks(field, letter)
    app.processEvents()  # delivers the update requests: paints what the keystroke changed
    return (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000


def bare_field(rows: int) -> tuple[QWidget, QLineEdit]:
    """A line edit that fills a plain list with `rows` rows at every keystroke: what any search field costs."""
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit(window)
    results = QListWidget(window)
    layout.addWidget(field)
    layout.addWidget(results)

    def fill(text: str) -> None:
        results.clear()
        results.addItems([f"{text} result {n}" for n in range(rows if text else 0)])

    field.textChanged.connect(fill)
    window.resize(1920, 1080)
    window.show()
    return window, field


def summary(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.2f} ms   p95 {p95(samples):.2f} ms   max {max(samples):.2f} ms"


def report(samples: list[tuple[float, float]], baseline: list[tuple[float, float]]) -> None:
    """Each side's figures, on the clock and in CPU time, and the app's ratio to the bare field."""
    for measure, which in (("clock", 0), ("cpu", 1)):
        app, bare = [s[which] for s in samples], [s[which] for s in baseline]
        target = "   (target p95 < 16 ms)" if measure == "clock" else ""
        print(f"{measure:5} app:  {summary(app)}{target}")
        print(f"{measure:5} bare: {summary(bare)}   (a QLineEdit filling a QListWidget with 8 plain rows)")
        print(
            f"{measure:5} ratio app/bare: median {statistics.median(app) / statistics.median(bare):.1f}x   "
            f"p95 {p95(app) / p95(bare):.1f}x"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    window = MainWindow(Navigator(load_pack(data_dir())))
    window.resize(1920, 1080)
    window.show()
    wait_until_prepared(app, window)
    assert window.search is not None
    field = window.search.field
    window.activateWindow()  # no window manager gives it the keyboard on Xvfb
    start = time.perf_counter()
    field.setFocus()  # prepares the search on the next turns: the index, then the fuzzy matcher
    while not window.search.prepared() and time.perf_counter() - start < 5:
        app.processEvents()
    focused = (time.perf_counter() - start) * 1000
    readied = f"{focused:.1f} ms" if window.search.prepared() else "never (the field got no focus)"
    first = timed_key(app, field, "c")
    QTest.keyClicks(field, "elu")
    app.processEvents()  # their results painted: the next key times the typo alone
    first_fuzzy = timed_key(app, field, "l")  # "celul": five letters no page has, so the first typo match
    field.clear()
    app.processEvents()
    samples = type_queries(app, field, args.rounds)
    window.hide()
    bare, bare_edit = bare_field(8)
    app.processEvents()
    bare_edit.setFocus()
    type_queries(app, bare_edit, 1)  # warm-up
    baseline = type_queries(app, bare_edit, args.rounds)
    bare.hide()
    print(
        f"Keystroke to painted results, {len(samples)} keystrokes ({len(QUERIES)} queries x {args.rounds} rounds), "
        f"built-in pack, 1920x1080 window, Qt platform {app.platformName()}"
    )
    report(samples, baseline)
    print(
        f"focus to a prepared search (the index built, rapidfuzz imported, over two turns): {readied}; "
        f"then the first keystroke: {first[0]:.1f} ms; the first typo match: {first_fuzzy[0]:.1f} ms"
    )
    print("load average (1, 5, 15 min): " + ", ".join(f"{load:.2f}" for load in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
