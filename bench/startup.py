"""Start-up benchmark: time from process start to first painted frame, and peak RSS,
for the app and for a bare PySide6 window showing one SVG, measured in the same run.

Usage: .venv/bin/python bench/startup.py [--runs N] [--offscreen]
Runs under a private Xvfb (a real X window; `make bench` installs it), or with --offscreen on Qt's
offscreen platform."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.launch import Results, clean_env, measure, medians  # noqa: E402
from core.cli import FIRST_PAINT_PROBE  # noqa: E402
from tools.xvfb import virtual_display  # noqa: E402

COMMANDS = {
    "bare PySide6 + one SVG": [sys.executable, str(ROOT / "bench" / "bare_window.py")],
    "Microcurrent Atlas": [sys.executable, str(ROOT / "main.py")],
}


def report(results: Results, runs: int, platform: str) -> None:
    print(f"Start-up, {runs} runs each, platform {platform}, PySide6 from .venv")
    print(f"{'':26} {'first paint ms':>14} {'min':>5} {'max':>5} {'page text ms':>13} {'peak RSS MiB':>13}")
    middle = medians(results)
    for name, every in results.items():
        times = [run.first_paint * 1000 for run in every]
        page = middle[name].page_shown
        page_text = f"{page * 1000:13.0f}" if page is not None else f"{'(none)':>13}"
        print(
            f"{name:26} {middle[name].first_paint * 1000:14.0f} {min(times):5.0f} {max(times):5.0f} "
            f"{page_text} {middle[name].rss:13.1f}"
        )
    bare, app = middle.values()
    print(
        f"ratio app/bare: first paint {app.first_paint / bare.first_paint:.2f}x (target <= 1.30x), "
        f"peak RSS {app.rss / bare.rss:.2f}x"
    )
    if app.page_shown is not None:
        follows = (app.page_shown - app.first_paint) * 1000
        print(
            f"the app's first page text follows its first frame by {follows:.0f} ms "
            f"(page shown at {app.page_shown / bare.first_paint:.2f}x the bare window's first paint)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform, not Xvfb")
    args = parser.parse_args()
    env = clean_env()
    if args.offscreen:
        results = measure(COMMANDS, args.runs, {**env, "QT_QPA_PLATFORM": "offscreen", FIRST_PAINT_PROBE: "1"})
        report(results, args.runs, "offscreen")
        return 0
    with virtual_display(1920, 1080) as display:
        env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", FIRST_PAINT_PROBE: "1"}
        results = measure(COMMANDS, args.runs, env)
    report(results, args.runs, "xcb on Xvfb 1920x1080")
    return 0


if __name__ == "__main__":
    sys.exit(main())
