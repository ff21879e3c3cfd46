"""The watchdog's heartbeat: an app that stops answering (stopped, deadlocked, never up) is killed and
started again, with the 'Restarting…' cover over the screen from its death until the new app beats.
Real child processes; only the waits are short."""

from __future__ import annotations

import io
import os
import signal
import sys
from pathlib import Path

from core.cover import Cover
from core.heartbeat import HEARTBEAT_ENV, Heartbeat, beat, heartbeat_file
from core.watchdog import Backoff, run_child, watch
from tests.conftest import ROOT, Clock

# A child that beats as the app does (every 0.05 s here), then does what argv[1] says after argv[2] beats.
CHILD = """
import os, signal, sys, threading, time
sys.path.insert(0, sys.argv[3])
from core.heartbeat import beat, heartbeat_file
path = heartbeat_file()
what, beats = sys.argv[1], int(sys.argv[2])
for count in range(1, beats + 1):
    beat(path, count)
    time.sleep(0.05)
if what == "stop":
    os.kill(os.getpid(), signal.SIGSTOP)
elif what == "deadlock":
    lock = threading.Lock()
    lock.acquire()
    lock.acquire()
elif what.startswith("exit"):
    sys.exit(int(what[4:]))
time.sleep(60)
"""


def child(tmp_path: Path, what: str, beats: int = 3) -> list[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    return [sys.executable, str(script), what, str(beats), str(ROOT)]


def heartbeat(tmp_path: Path, hang_s: float = 0.6, start_s: float = 20.0) -> Heartbeat:
    path = tmp_path / "heartbeat"
    path.write_bytes(b"")
    return Heartbeat(path, hang_s=hang_s, start_s=start_s)


def test_a_beat_is_a_change_of_content_and_silence_for_hang_s_is_a_hang(tmp_path) -> None:
    clock = Clock(100.0)
    path = tmp_path / "heartbeat"
    path.write_bytes(b"")
    watched = Heartbeat(path, hang_s=20, start_s=90, clock=clock)
    clock.now = 189.0
    assert watched.check() == "" and not watched.beaten
    beat(path, 1)
    assert watched.check() == "" and watched.beaten
    clock.now = 208.0
    assert watched.check() == ""
    os.utime(path, (0, 0))  # a time stamp is not a beat; the same content written again is not either
    beat(path, 1)
    clock.now = 209.0
    assert watched.check() == "the app stopped answering (no heartbeat for 20 s)"
    beat(path, 2)
    assert watched.check() == ""
    clock.now = 210.0
    watched.restart()
    assert path.read_bytes() == b"" and not watched.beaten
    clock.now = 299.0
    assert watched.check() == ""
    clock.now = 300.0
    assert watched.check() == "the app did not start answering within 90 s"


def test_the_app_beats_only_into_the_file_its_watchdog_made(tmp_path) -> None:
    path = tmp_path / "heartbeat"
    assert heartbeat_file({HEARTBEAT_ENV: str(path)}) == path
    assert heartbeat_file({}) is None and heartbeat_file({HEARTBEAT_ENV: ""}) is None
    beat(path, 5)
    assert not path.exists()  # never made by the app
    path.write_bytes(b"")
    beat(path, 12)
    assert path.read_bytes() == b"00000000000000000012\n"
    beat(path, 13)
    assert path.read_bytes() == b"00000000000000000013\n"
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elsewhere")
    beat(link, 1)
    assert not (tmp_path / "elsewhere").exists()


def test_a_stopped_app_is_killed(tmp_path) -> None:
    out = io.StringIO()
    code = run_child(child(tmp_path, "stop"), heartbeat(tmp_path), out=out)
    assert code == -signal.SIGKILL
    assert out.getvalue().startswith("watchdog: the app stopped answering (no heartbeat for ")
    assert out.getvalue().endswith(" s); stopping it\n")


def test_a_deadlocked_app_is_killed(tmp_path) -> None:
    out = io.StringIO()
    assert run_child(child(tmp_path, "deadlock"), heartbeat(tmp_path), out=out) == -signal.SIGKILL
    assert "stopped answering" in out.getvalue()


def test_an_app_that_never_comes_up_is_killed(tmp_path) -> None:
    out = io.StringIO()
    assert run_child(child(tmp_path, "wait", beats=0), heartbeat(tmp_path, start_s=0.5), out=out) == -signal.SIGKILL
    assert out.getvalue().startswith("watchdog: the app did not start answering within ")


def test_an_app_that_answers_is_left_to_end_by_itself(tmp_path) -> None:
    out = io.StringIO()
    assert run_child(child(tmp_path, "exit3", beats=30), heartbeat(tmp_path, hang_s=0.6), out=out) == 3
    assert out.getvalue() == ""


COVER = """
import sys
with open(sys.argv[1], "a") as log:
    for line in sys.stdin:
        log.write(line)
        log.flush()
    log.write("closed\\n")
"""


def test_the_cover_is_over_the_screen_from_a_death_until_the_next_app_beats(tmp_path) -> None:
    """The cover's process starts (hidden) once the first app is up; it is shown when that app dies, and
    hidden when the next one beats; it ends with the watchdog."""
    script = tmp_path / "cover.py"
    script.write_text(COVER)
    orders = tmp_path / "orders"
    cover = Cover([sys.executable, str(script), str(orders)])
    watched = heartbeat(tmp_path, hang_s=5)
    runs = iter(["exit1", "exit0"])
    seen: list[bool] = []

    def run(command: list[str]) -> int:
        seen.append(cover.shown)
        return run_child(child(tmp_path, next(runs), beats=8), watched, cover)

    out = io.StringIO()
    code = watch(["app"], run=run, sleep=lambda s: None, out=out, cover=cover, backoff=Backoff(first=0))
    assert code == 0
    cover.close()
    assert seen == [False, True]  # the second app starts under the cover
    assert orders.read_text() == "hide\nshow\nhide\nclosed\n"
    assert out.getvalue() == "watchdog: the app ended with code 1; starting it again in 0 s\n"


def test_a_cover_that_died_is_started_again(tmp_path) -> None:
    script = tmp_path / "cover.py"
    script.write_text(COVER)
    orders = tmp_path / "orders"
    cover = Cover([sys.executable, str(script), str(orders)])
    cover.hide()
    first = cover._process
    assert first is not None
    first.kill()
    first.wait()
    cover.show()
    cover.close()
    assert cover._process is None
    assert orders.read_text().endswith("show\nclosed\n")
    Cover([str(tmp_path / "no-such-program")]).show()  # no cover at all: the watchdog carries on
