"""One-file executables: size, time to first painted frame and peak RSS, app against a bare PySide6
one-SVG window built in the same run with the same build.spec settings.

Usage: .venv/bin/python bench/frozen.py [--runs N] [--variants]
Builds into build/bench-frozen/, runs under a private Xvfb (a real X window). With --variants it
also builds and measures the experiments on the unpacking step that every one-file start pays for:
Qt's full ICU data, and storing the binaries, or everything, without compression."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.launch import clean_env, measure, medians  # noqa: E402
from core.cli import FIRST_PAINT_PROBE  # noqa: E402
from tools.xvfb import virtual_display  # noqa: E402

OUT = ROOT / "build" / "bench-frozen"
TARGET = 1.15
SUFFIX = ".exe" if sys.platform == "win32" else ""


# label: build.spec options. The first is what `make build` ships.
VARIANTS = {
    "shipped": ["--store", "none", "--icu", "english"],
    "full-icu": ["--store", "none", "--icu", "full"],
    "plain-binaries": ["--store", "binaries", "--icu", "english"],
    "plain-all": ["--store", "all", "--icu", "english"],
}


def build(variant: str, bare: bool) -> tuple[Path, float]:
    """Build one executable; its path and the seconds the build took."""
    name = "bare-window" if bare else "microcurrent-atlas"
    work = OUT / variant / ("bare" if bare else "app")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "ERROR",
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "work"),
        str(ROOT / "build.spec"),
        "--",
        *VARIANTS[variant],
        *(["--bare"] if bare else []),
    ]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"building {name} ({variant}) failed:\n{result.stderr[-3000:]}")
    return work / "dist" / f"{name}{SUFFIX}", time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--variants", action="store_true", help="also measure the unpacking experiments")
    args = parser.parse_args()
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_icon.py")], check=True, capture_output=True)
    rows = []
    for variant in list(VARIANTS) if args.variants else ["shipped"]:
        bare, bare_build = build(variant, bare=True)
        app, app_build = build(variant, bare=False)
        print(f"built {variant}: bare in {bare_build:.0f} s, app in {app_build:.0f} s", file=sys.stderr)
        commands = {"bare": [str(bare)], "app": [str(app)]}
        with virtual_display(1920, 1080) as display:
            env = {**clean_env(), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", FIRST_PAINT_PROBE: "1"}
            results = measure(commands, args.runs, env)
        middle = medians(results)
        rows.append((variant, bare.stat().st_size, app.stat().st_size, middle))

    print(f"One-file executables (build.spec), first paint median of {args.runs} runs, xcb on Xvfb 1920x1080")
    print(f"{'variant':15} {'':5} {'size MiB':>9} {'first paint ms':>15} {'peak RSS MiB':>13}")
    for variant, bare_size, app_size, middle in rows:
        for label, size in (("bare", bare_size), ("app", app_size)):
            run = middle[label]
            print(f"{variant:15} {label:5} {size / 2**20:9.1f} {run.first_paint * 1000:15.0f} {run.rss:13.1f}")
        size_ratio = app_size / bare_size
        time_ratio = middle["app"].first_paint / middle["bare"].first_paint
        print(
            f"{variant:15} ratio app/bare: size {size_ratio:.2f}x, first paint {time_ratio:.2f}x, "
            f"peak RSS {middle['app'].rss / middle['bare'].rss:.2f}x (targets: size and start <= {TARGET:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
