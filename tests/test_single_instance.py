"""Two kiosks cannot run at once: a second start says one is running and exits; a killed kiosk's lock
never blocks the next start. Real processes, real locks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from core.single_instance import EXIT_ALREADY_RUNNING, InstanceLock
from tests.conftest import ROOT, run_app
from tests.test_instance_lock import _holder


def _kiosk(state: Path) -> subprocess.Popen[str]:
    """A real kiosk (offscreen), once its first page is up; it runs until killed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state)}
    env["MICROCURRENT_ATLAS_FIRST_PAINT_PROBE"] = "1"  # says when its page is up (a kiosk refuses the quit after)
    kiosk = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--kiosk"], env=env, stdout=subprocess.PIPE, text=True
    )
    assert kiosk.stdout is not None
    for line in kiosk.stdout:
        if line == "page-shown\n":
            return kiosk
    raise AssertionError(f"the kiosk ended with {kiosk.wait()} before its page was shown")


def test_a_second_kiosk_says_one_is_running_and_exits_and_a_killed_one_blocks_nothing(tmp_path) -> None:
    state = tmp_path / "state"
    kiosk = _kiosk(state)
    try:
        result = run_app("--kiosk", XDG_STATE_HOME=str(state))
        assert result.returncode == EXIT_ALREADY_RUNNING
        assert f"A kiosk of this app is already running on this computer (process {kiosk.pid}); this one exits." in (
            result.stderr
        )
        watched = run_app("--kiosk", "--watchdog", XDG_STATE_HOME=str(state))
        assert watched.returncode == EXIT_ALREADY_RUNNING
        assert "(another kiosk is running), which a restart cannot fix; stopping" in watched.stderr
        assert watched.stderr.count("already running") == 1  # not started again
    finally:
        kiosk.send_signal(signal.SIGKILL)
        kiosk.wait()
    lock = InstanceLock(state / "microcurrent-atlas" / "kiosk.lock")
    assert lock.path.exists() and lock.acquire()  # the killed kiosk's file is left; its lock is not


def test_a_picture_of_the_kiosk_needs_no_lock(tmp_path) -> None:
    state = tmp_path / "state"
    child = _holder(state / "microcurrent-atlas" / "kiosk.lock")
    try:
        result = run_app("--kiosk", "--screenshot", str(tmp_path / "k.png"), XDG_STATE_HOME=str(state))
        assert result.returncode == 0 and (tmp_path / "k.png").is_file(), result.stderr
    finally:
        child.kill()
        child.wait()
