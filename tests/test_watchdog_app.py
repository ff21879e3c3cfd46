"""`--watchdog` as a whole, in this process: its heartbeat file in the state folder, named in the child's
environment and removed at the end; its 'Restarting…' cover (the app started with --restart-cover)
ready once the app is up, shown after a death, hidden when the next app beats; what it says when an app
hangs, as soon as it says it."""

from __future__ import annotations

import io
import signal
import sys
from pathlib import Path

from core import watchdog
from core.heartbeat import Heartbeat
from core.watchdog import Backoff, run_child, watch
from tests.conftest import ROOT
from tests.test_watchdog_restarts import FlushedLines

# Stands in for main.py: as the cover it writes down what it is told; as the app it writes down its
# heartbeat file, beats, and ends with 1 the first time and 0 the second.
APP = """
import os, sys, time
sys.path.insert(0, sys.argv[2])
notes = sys.argv[1]
if sys.argv[3:] == ["--restart-cover"]:
    with open(os.path.join(notes, "cover"), "a") as log:
        for line in sys.stdin:
            log.write(line)
            log.flush()
    sys.exit(0)
from core.heartbeat import HEARTBEAT_ENV, beat, heartbeat_file
path = heartbeat_file()
runs = os.path.join(notes, "runs")
with open(runs, "a") as log:
    log.write(os.environ[HEARTBEAT_ENV] + "\\n")
for count in range(1, 8):
    beat(path, count)
    time.sleep(0.05)
sys.exit(1 if len(open(runs).read().splitlines()) == 1 else 0)
"""


def test_the_watchdog_beats_covers_and_cleans_up(tmp_path, monkeypatch, capsys) -> None:
    script = tmp_path / "app.py"
    script.write_text(APP)
    notes = tmp_path / "notes"
    notes.mkdir()
    state = tmp_path / "deep" / "state"  # not there yet: made, with its parents
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    monkeypatch.setattr(watchdog, "app_command", lambda: [sys.executable, str(script), str(notes), str(ROOT)])
    before = signal.getsignal(signal.SIGTERM)
    try:
        assert watchdog.watch_app(["--kiosk", "--watchdog"]) == 0
    finally:
        signal.signal(signal.SIGTERM, before)
    first, second = (Path(line) for line in (notes / "runs").read_text().splitlines())
    assert first == second and first.parent == state / "microcurrent-atlas"
    assert first.name.startswith("heartbeat-") and not first.exists()  # removed when the watchdog ends
    assert (notes / "cover").read_text() == "hide\nshow\nhide\n"
    assert capsys.readouterr().err == "watchdog: the app ended with code 1; starting it again in 1 s\n"


def test_a_hang_is_told_at_once(tmp_path) -> None:
    script = tmp_path / "stop.py"
    script.write_text("import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\n")
    path = tmp_path / "heartbeat"
    path.write_bytes(b"")
    out = FlushedLines()
    assert run_child([sys.executable, str(script)], Heartbeat(path, start_s=0.3), out=out) == -signal.SIGKILL
    assert out.at_flush and out.at_flush[0].startswith("watchdog: the app did not start answering within")


def test_without_a_heartbeat_the_app_may_take_its_time() -> None:
    assert run_child([sys.executable, "-c", "import time; time.sleep(0.6); raise SystemExit(4)"]) == 4


def test_the_pauses_follow_how_long_each_run_lasted_whatever_the_clock_says_at_first() -> None:
    now = [1000.0]
    pauses: list[float] = []
    codes = iter([1, 1, 1, 0])

    def run(command: list[str]) -> int:
        now[0] += 5
        return next(codes)

    out = io.StringIO()
    assert watch(["app"], run=run, sleep=pauses.append, clock=lambda: now[0], backoff=Backoff(quick=0), out=out) == 0
    assert pauses == [1, 2, 4]
