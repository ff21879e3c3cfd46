"""Where the app's start-up goes beyond a bare window: the parts, each timed in a fresh process.

Usage: .venv/bin/python bench/startup_parts.py [--runs N]
Prints the median milliseconds of each part (offscreen; imports of PySide6's modules are done before
the clock starts, so each figure is only that part's own cost), and how fast zlib inflates Qt's
libraries, which is what a one-file executable does with everything it carries at every start."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# name: code timed in a fresh interpreter after `import PySide6.QtCore, QtGui, QtWidgets, QtSvg`.
PARTS = {
    "first touch of PySide6's Qt namespace (its enums)": "from PySide6.QtCore import Qt; Qt.AlignmentFlag",
    "our record classes (NamedTuples)": "import core.records",
    "the command line and settings modules": "import core.cli, core.kiosk_cli",
    "QApplication and the shipped font": (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from core.paths import font_files; from ui import theme; theme.load_fonts(font_files())"
    ),
}

PROBE = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets, PySide6.QtSvg
start = time.perf_counter()
{code}
print(time.perf_counter() - start)
"""


def part_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", PROBE.format(root=str(ROOT), code=code)],
                                capture_output=True, text=True, check=True)
        times.append(float(result.stdout.split()[-1]) * 1000)
    return statistics.median(times)


# Builds the real window offscreen, paints its first frame, and says whether PySide6 had to build
# its Qt namespace of enums for it (ui.lazy_qt keeps it out of the first frame).
FIRST_FRAME_CHECK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
import PySide6.QtCore
from core import cli
from ui.app import build_window, create_application
pack, notice = cli.load_content(None)
app = create_application([])
window = build_window(pack, notice, cli.parse_args([]))
window.show()
window.grab()
print("yes" if "Qt" in vars(PySide6.QtCore) else "no")
"""


def qt_namespace_in_first_frame() -> str:
    result = subprocess.run([sys.executable, "-c", FIRST_FRAME_CHECK.format(root=str(ROOT))],
                            capture_output=True, text=True, check=True)
    return result.stdout.split()[-1]


def inflate_ms_per_mib() -> float:
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6*.so.6"))[:8] or \
        [Path(PySide6.__file__).parent / "QtCore.abi3.so"]
    raw = b"".join(path.read_bytes() for path in libs)
    packed = zlib.compress(raw, 9)
    start = time.perf_counter()
    zlib.decompress(packed)
    return (time.perf_counter() - start) * 1000 / (len(raw) / 2**20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"Start-up parts, median of {args.runs} fresh processes each, offscreen")
    for name, code in PARTS.items():
        print(f"{part_ms(code, args.runs):7.1f} ms  {name}")
    print(f"Qt's enum namespace built for the app's first frame: {qt_namespace_in_first_frame()} "
          "(it costs the time on the first line)")
    print(f"{inflate_ms_per_mib():7.1f} ms  to inflate one MiB of Qt's libraries with zlib "
          "(what a one-file start does with all it carries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
