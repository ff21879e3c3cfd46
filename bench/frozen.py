"""One-file executables: size, time to first painted frame and peak RSS, app against a bare PySide6
one-SVG window built in the same run with the same build.spec settings.

Usage: .venv/bin/python bench/frozen.py [--runs N] [--variants]
Builds into build/bench-frozen/, runs under a private Xvfb (a real X window). With --variants it
also builds and measures the experiments on the unpacking step that every one-file start pays for:
Qt's full ICU data, and storing the binaries, or everything, without compression.

Each start is split in two: until the bootloader has unpacked its last file (the newest file time in the run's
own _MEI folder, which TMPDIR puts under build/bench-frozen/, read when the first frame is reported), and from
there to the first frame (Python, Qt and the app's own start). On this machine unpacking is most of a start,
and it costs about 10 ms per MB the file unpacks."""

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

from bench.launch import Run, clean_env, medians  # noqa: E402
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


def unpacked_by(folder: Path, start: float) -> float:
    """Seconds from `start` (time.time) to the newest file of the one _MEI folder under `folder`."""
    (unpacked,) = folder.glob("_MEI*")
    return max(os.lstat(Path(root) / name).st_mtime for root, _, names in os.walk(unpacked) for name in names) - start


def measure_once(command: list[str], env: dict[str, str], folder: Path) -> tuple[Run, float]:
    """One start: as bench.launch.measure_once (first frame, first page, peak RSS), and when it was unpacked."""
    start, clock = time.time(), time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    seen: dict[str, float] = {}
    unpacked = None
    for line in child.stdout:
        seen.setdefault(line.strip(), time.perf_counter() - clock)
        if unpacked is None and line.startswith("first-paint"):
            unpacked = unpacked_by(folder, start)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or unpacked is None:
        raise SystemExit(f"{command} exited with {os.waitstatus_to_exitcode(status)} and printed {sorted(seen)}")
    return Run(seen["first-paint"], seen.get("page-shown"), usage.ru_maxrss / 1024), unpacked


def measure(
    commands: dict[str, list[str]], runs: int, env: dict[str, str]
) -> tuple[dict[str, list[Run]], dict[str, float]]:
    """Each command `runs` times, interleaved, after one uncounted warm-up each; with each run's unpacking time."""
    folder = OUT / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    env = {**env, "TMPDIR": str(folder)}
    results: dict[str, list[Run]] = {name: [] for name in commands}
    unpacking: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        measure_once(command, env, folder)
    for _ in range(runs):
        for name, command in commands.items():
            run, unpacked = measure_once(command, env, folder)
            results[name].append(run)
            unpacking[name].append(unpacked)
    return results, {name: statistics.median(times) for name, times in unpacking.items()}


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
            results, unpacked = measure(commands, args.runs, env)
        middle = medians(results)
        rows.append((variant, bare.stat().st_size, app.stat().st_size, middle, unpacked))

    print(f"One-file executables (build.spec), first paint median of {args.runs} runs, xcb on Xvfb 1920x1080")
    print(f"{'variant':15} {'':5} {'size MiB':>9} {'first paint ms':>15} {'unpacked by ms':>15} {'peak RSS MiB':>13}")
    for variant, bare_size, app_size, middle, unpacked in rows:
        for label, size in (("bare", bare_size), ("app", app_size)):
            run = middle[label]
            print(
                f"{variant:15} {label:5} {size / 2**20:9.1f} {run.first_paint * 1000:15.0f} "
                f"{unpacked[label] * 1000:15.0f} {run.rss:13.1f}"
            )
        size_ratio = app_size / bare_size
        time_ratio = middle["app"].first_paint / middle["bare"].first_paint
        print(
            f"{variant:15} ratio app/bare: size {size_ratio:.2f}x, first paint {time_ratio:.2f}x, "
            f"unpacking {unpacked['app'] / unpacked['bare']:.2f}x, "
            f"peak RSS {middle['app'].rss / middle['bare'].rss:.2f}x (targets: size and start <= {TARGET:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
