"""Seconds from a kiosk's start to its first heartbeat, which is what the watchdog's START_S limit (core.heartbeat)
must leave room for: with the start-up cache empty (the pack loaded and checked in full, as after a new pack
or on a first start) and filled, from source or from the one-file executable, on a real X screen (Xvfb).

Usage: .venv/bin/python bench/first_beat.py [--runs N] [--content DIR] [--exe dist/microcurrent-atlas]
       [--big N]   also a pack N times the built-in one's topics, made for the run (a big pack)"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.launch import clean_env  # noqa: E402
from core.heartbeat import HANG_S, HEARTBEAT_ENV, START_S  # noqa: E402
from tools.xvfb import virtual_display  # noqa: E402


def first_beat(command: list[str], env: dict[str, str], folder: Path) -> float:
    """Start the kiosk as the watchdog does, with a heartbeat file; seconds until the file first changes."""
    beat = folder / "heartbeat"
    beat.write_bytes(b"")
    started = time.perf_counter()
    child = subprocess.Popen(
        command, env={**env, HEARTBEAT_ENV: str(beat)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while not beat.read_bytes():
            if child.poll() is not None:
                raise SystemExit(f"{command} ended with {child.returncode} before it beat")
            time.sleep(0.01)
        return time.perf_counter() - started
    finally:
        child.kill()
        child.wait()


def big_pack(times: int, folder: Path) -> Path:
    """The built-in pack with every topic copied `times` times over (new ids and titles): a pack that is
    slow to check."""
    pack = folder / "big-pack"
    shutil.copytree(ROOT / "data", pack)
    text = (ROOT / "data" / "topics.yaml").read_text(encoding="utf-8")
    entries = re.split(r"(?m)^(?=- id: )", text)
    head, topics = entries[0], entries[1:]
    copies = [head, *topics]
    for number in range(2, times + 1):
        for topic in topics:
            topic = re.sub(r"^- id: (\S+)", rf"- id: \g<1>-{number}", topic, count=1)
            copies.append(re.sub(r'(?m)^  title: "(.*)"$', rf'  title: "\g<1> ({number})"', topic, count=1))
    (pack / "topics.yaml").write_text("".join(copies), encoding="utf-8")
    return pack


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--content", type=Path, help="a content pack folder (default: the built-in pack)")
    parser.add_argument("--exe", type=Path, help="the one-file executable, instead of main.py")
    parser.add_argument("--big", type=int, default=0, help="also a pack with the topics copied N times over")
    args = parser.parse_args()
    start = [str(args.exe)] if args.exe else [sys.executable, str(ROOT / "main.py")]
    with tempfile.TemporaryDirectory() as scratch, virtual_display(1920, 1080) as display:
        folder = Path(scratch)
        packs = {"pack": args.content}
        if args.big:
            packs[f"pack x{args.big} topics"] = big_pack(args.big, folder)
        print(f"limits: first beat within {START_S:.0f} s of the start, then a beat at least every {HANG_S:.0f} s")
        for label, content in packs.items():
            command = [*start, "--kiosk", *(["--content", str(content)] if content else [])]
            for cache in ("empty cache", "filled cache"):
                times = []
                for run in range(args.runs + 1):
                    cache_home = folder / "cache" / (cache if cache == "filled cache" else str(run))
                    env = {
                        **clean_env(),
                        "DISPLAY": display,
                        "XDG_CACHE_HOME": str(cache_home),
                        "XDG_STATE_HOME": str(folder / "state"),
                        "XDG_CONFIG_HOME": str(folder / "config"),
                    }
                    seconds = first_beat(command, env, folder)
                    if run:  # the first is a warm-up (and fills the cache)
                        times.append(seconds)
                print(
                    f"{label}, {cache}: first beat after {statistics.median(times):.2f} s median, "
                    f"{max(times):.2f} s at most ({args.runs} runs)"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
