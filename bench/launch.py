"""Launching a program until its first painted frame: shared by the start-up benchmarks."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from typing import NamedTuple


class Run(NamedTuple):
    """One launch: seconds to the first painted frame, seconds until the first page's text was shown
    (the app reports it a turn of the event loop after its first frame; None for the bare window),
    and peak RSS in MiB."""

    first_paint: float
    page_shown: float | None
    rss: float


def measure_once(command: list[str], env: dict[str, str]) -> Run:
    """Times from launch to the 'first-paint' and 'page-shown' lines, and peak RSS of the process tree
    (a one-file executable is a small unpacking parent plus the app it starts)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
        seen.setdefault(line.strip(), time.perf_counter() - start)
    _, status, usage = os.wait4(child.pid, 0)  # ru_maxrss covers the children it waited for too
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0 or "first-paint" not in seen:
        raise SystemExit(f"{command} exited with {child.returncode} and printed {sorted(seen)}")
    return Run(seen["first-paint"], seen.get("page-shown"), usage.ru_maxrss / 1024)


Results = dict[str, list[Run]]  # per command, every counted run


def measure(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> Results:
    """Each command `runs` times, interleaved so drift hits all alike, after one uncounted warm-up each."""
    results: Results = {name: [] for name in commands}
    for command in commands.values():
        measure_once(command, env)
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(measure_once(command, env))
    return results


def medians(results: Results) -> dict[str, Run]:
    """Each field's median over a command's runs (page_shown stays None when it never came)."""
    middle = {}
    for name, runs in results.items():
        pages = [run.page_shown for run in runs if run.page_shown is not None]
        middle[name] = Run(
            statistics.median(run.first_paint for run in runs),
            statistics.median(pages) if pages else None,
            statistics.median(run.rss for run in runs),
        )
    return middle


def clean_env() -> dict[str, str]:
    """The environment a user's machine has: no Qt overrides, and bytecode written and reused
    (this sandbox's PYTHONDONTWRITEBYTECODE would make every source run recompile the app)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("QT_") and k != "PYTHONDONTWRITEBYTECODE"}
