"""Launching a program until its first painted frame: shared by the start-up benchmarks."""

from __future__ import annotations

import os
import statistics
import subprocess
import time


def measure_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the 'first-paint' line, and peak RSS in MiB of the process tree
    (a one-file executable is a small unpacking parent plus the app it starts)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "first-paint":
            break
    elapsed = time.perf_counter() - start
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)  # ru_maxrss covers the children it waited for too
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} exited with {child.returncode}")
    return elapsed, usage.ru_maxrss / 1024


Results = dict[str, tuple[list[float], list[float]]]  # per command: seconds and peak RSS of each run


def measure(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> Results:
    """Each command `runs` times, interleaved so drift hits all alike, after one uncounted warm-up each."""
    results: Results = {name: ([], []) for name in commands}
    for command in commands.values():
        measure_once(command, env)
    for _ in range(runs):
        for name, command in commands.items():
            seconds, rss = measure_once(command, env)
            results[name][0].append(seconds)
            results[name][1].append(rss)
    return results


def medians(results: Results) -> dict[str, tuple[float, float]]:
    return {name: (statistics.median(times), statistics.median(rss)) for name, (times, rss) in results.items()}


def clean_env() -> dict[str, str]:
    """The environment a user's machine has: no Qt overrides, and bytecode written and reused
    (this sandbox's PYTHONDONTWRITEBYTECODE would make every source run recompile the app)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("QT_") and k != "PYTHONDONTWRITEBYTECODE"}
