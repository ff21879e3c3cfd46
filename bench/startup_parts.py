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

# name: (setup, code). Each runs in a fresh interpreter after `import PySide6.QtCore, QtGui, QtWidgets,
# QtSvg` and the setup; only the code is timed.
APP = "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
AS_DATACLASSES = (
    "import dataclasses, re, types; "
    "source = re.sub(r'^class (\\w+)\\(NamedTuple\\):', r'@dataclasses.dataclass(frozen=True)\\nclass \\1:', "
    "open('core/records.py').read(), flags=re.M).replace('= MappingProxyType({})', '= None'); "
    "module = types.ModuleType('records_as_dataclasses'); "
    "module.dataclasses = dataclasses; sys.modules[module.__name__] = module"
)
PARTS = {
    "first touch of PySide6's Qt namespace (its enums)": ("", "from PySide6.QtCore import Qt; Qt.AlignmentFlag"),
    "our record classes (NamedTuples)": ("", "import core.records"),
    "the same record classes as frozen dataclasses": (AS_DATACLASSES, "exec(source, module.__dict__)"),
    "the command line and settings modules": (
        "",
        "import core.any_locale, core.cli, core.site_settings, core.content_choice",
    ),
    "the user's folders a start needs (platformdirs: the settings file's and the cache's)": (
        "from core import paths, user_folders",
        "paths.settings_file(); user_folders.cache_dir()",
    ),
    "hashing the built-in pack's contents (the cache key: every file read and hashed)": (
        "from pathlib import Path; from core.pack_cache import fingerprint",
        "fingerprint(Path('data'))",
    ),
    "the same key from names, sizes and times, as before (one stat per file)": (
        "import os",
        "[(e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir('data') if e.is_file()]",
    ),
    "QApplication and the shipped font": (
        "",
        APP + "from core.paths import font_files; from ui import theme; theme.load_fonts(font_files())",
    ),
    "fetching a widget PySide6 did not make (a text view's viewport())": (
        APP + "from PySide6.QtWidgets import QTextBrowser; view = QTextBrowser()",
        "view.viewport()",
    ),
    "QPushButton(text, parent): its icon overload loads QIcon's theme names": (
        APP + "from PySide6.QtWidgets import QPushButton, QWidget; parent = QWidget()",
        "QPushButton('Face', parent)",
    ),
    "QPushButton(parent) and setText, as the app does": (
        APP + "from PySide6.QtWidgets import QPushButton, QWidget; parent = QWidget()",
        "QPushButton(parent).setText('Face')",
    ),
}

PROBE = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.chdir({root!r})
sys.path.insert(0, {root!r})
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets, PySide6.QtSvg
{setup}
start = time.perf_counter()
{code}
print(time.perf_counter() - start)
"""


def run_probe(script: str) -> str:
    """A script in a fresh interpreter; the last word it prints."""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return result.stdout.split()[-1]


def part_ms(setup: str, code: str, runs: int) -> float:
    script = PROBE.format(root=str(ROOT), setup=setup, code=code)
    return statistics.median(float(run_probe(script)) * 1000 for _ in range(runs))


# Builds the real window offscreen and paints its first frame, with the garbage collector on (main.py
# pauses it for the start): how long collections took, and whether PySide6 had to build its Qt namespace
# of enums for the first frame (ui.lazy_qt keeps it out), with how many enums that namespace holds.
FIRST_FRAME_CHECK = """
import gc, os, sys, time
collecting = [0.0, 0.0]
def timer(phase, info):
    if phase == "start":
        collecting[1] = time.perf_counter()
    else:
        collecting[0] += time.perf_counter() - collecting[1]
gc.callbacks.append(timer)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
import enum
import PySide6.QtCore
from core import cli
from core.content_choice import load_content
from ui.app import build_window, create_application
pack, notice = load_content(None)
app = create_application([])
window = build_window(pack, notice, cli.parse_args([]))
window.show()
window.grab()
gc.callbacks.remove(timer)
built = "yes" if "Qt" in vars(PySide6.QtCore) else "no"
enums = sum(isinstance(value, enum.EnumType) for value in vars(PySide6.QtCore.Qt).values())
print(built, enums, collecting[0] * 1000)
"""


def first_frame_facts() -> tuple[str, int, float]:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_CHECK.format(root=str(ROOT))], capture_output=True, text=True, check=True
    )
    built, enums, collecting_ms = result.stdout.split()[-3:]
    return built, int(enums), float(collecting_ms)


def inflate_ms_per_mib() -> float:
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6*.so.6"))[:8] or [
        Path(PySide6.__file__).parent / "QtCore.abi3.so"
    ]
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
    for name, (setup, code) in PARTS.items():
        print(f"{part_ms(setup, code, args.runs):7.1f} ms  {name}")
    built, enums, collecting_ms = first_frame_facts()
    print(f"{collecting_ms:7.1f} ms  collecting garbage during a start with the collector on (main.py pauses it)")
    print(
        f"Qt's namespace of {enums} enums built for the app's first frame: {built} "
        "(it costs the time on the first line)"
    )
    print(
        f"{inflate_ms_per_mib():7.1f} ms  to inflate one MiB of Qt's libraries with zlib "
        "(what a one-file start does with all it carries)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
