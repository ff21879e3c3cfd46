"""Start-up benchmark: time from process start to first painted frame, and peak RSS,
for the app and for a bare PySide6 window showing one SVG, measured in the same run.

Usage: .venv/bin/python bench/startup.py [--runs N] [--offscreen]
Runs under a private Xvfb when it is installed (a real X window), else offscreen."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.xvfb import virtual_display  # noqa: E402

COMMANDS = {
    "bare PySide6 + one SVG": [sys.executable, str(ROOT / "bench" / "bare_window.py")],
    "Microcurrent Atlas": [sys.executable, str(ROOT / "main.py"), "--exit-after-first-paint"],
}


def measure_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the 'first-paint' line, and the child's peak RSS in MiB."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "first-paint":
            break
    elapsed = time.perf_counter() - start
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} exited with {child.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def run(runs: int, env: dict[str, str]) -> dict[str, tuple[list[float], list[float]]]:
    results: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in COMMANDS}
    for command in COMMANDS.values():
        measure_once(command, env)  # warm the file cache once, not counted
    for _ in range(runs):
        for name, command in COMMANDS.items():  # interleaved, so drift hits both alike
            seconds, rss = measure_once(command, env)
            results[name][0].append(seconds)
            results[name][1].append(rss)
    return results


def report(results: dict[str, tuple[list[float], list[float]]], runs: int, platform: str) -> None:
    print(f"Start-up to first painted frame, {runs} runs each, platform {platform}, PySide6 from .venv")
    print(f"{'':26} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'peak RSS MiB':>13}")
    medians = {}
    for name, (times, rss) in results.items():
        medians[name] = (statistics.median(times), statistics.median(rss))
        print(f"{name:26} {medians[name][0] * 1000:10.0f} {min(times) * 1000:8.0f} "
              f"{max(times) * 1000:8.0f} {medians[name][1]:13.1f}")
    (bare_t, bare_m), (app_t, app_m) = medians.values()
    print(f"ratio app/bare: start-up {app_t / bare_t:.2f}x (target <= 1.30x), peak RSS {app_m / bare_m:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform, not Xvfb")
    args = parser.parse_args()
    # A user's machine caches bytecode (and the frozen app ships it); this sandbox's
    # PYTHONDONTWRITEBYTECODE would make every run recompile the app's own modules.
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_") and k != "PYTHONDONTWRITEBYTECODE"}
    if args.offscreen:
        results = run(args.runs, {**env, "QT_QPA_PLATFORM": "offscreen"})
        report(results, args.runs, "offscreen")
        return 0
    with virtual_display(1920, 1080) as display:
        results = run(args.runs, {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
    report(results, args.runs, "xcb on Xvfb 1920x1080")
    return 0


if __name__ == "__main__":
    sys.exit(main())
