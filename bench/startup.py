"""Start-up benchmark: time from process start to first painted frame, and peak RSS,
for the app and for a bare PySide6 window showing one SVG, measured in the same run.

Usage: .venv/bin/python bench/startup.py [--runs N] [--offscreen]
Runs under a private Xvfb when it is installed (a real X window), else offscreen."""

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
    print(f"Start-up to first painted frame, {runs} runs each, platform {platform}, PySide6 from .venv")
    print(f"{'':26} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'peak RSS MiB':>13}")
    middle = medians(results)
    for name, (times, _rss) in results.items():
        print(f"{name:26} {middle[name][0] * 1000:10.0f} {min(times) * 1000:8.0f} "
              f"{max(times) * 1000:8.0f} {middle[name][1]:13.1f}")
    (bare_t, bare_m), (app_t, app_m) = middle.values()
    print(f"ratio app/bare: start-up {app_t / bare_t:.2f}x (target <= 1.30x), peak RSS {app_m / bare_m:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
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
