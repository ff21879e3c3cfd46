"""The kiosk's lock in this process and a second one: held, refused, and free again once its holder is
killed (SIGKILL leaves the file, never the lock)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from core.single_instance import InstanceLock, already_running_message
from tests.conftest import ROOT

HOLD = """
import sys
from pathlib import Path
from core.single_instance import InstanceLock
print("held" if InstanceLock(Path(sys.argv[1])).acquire() else "refused", flush=True)
sys.stdin.read()
"""


def _holder(lock: Path) -> subprocess.Popen[str]:
    """A process that takes the lock and keeps it until its standard input closes (or it is killed)."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline() == "held\n"
    return child


def test_a_lock_held_by_another_process_is_refused_and_a_killed_holder_s_lock_is_free(tmp_path) -> None:
    path = tmp_path / "state" / "kiosk.lock"
    child = _holder(path)
    lock = InstanceLock(path)
    assert not lock.acquire()
    assert lock.holder() == str(child.pid)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert path.exists()  # the file stays behind, as after a power cut
    assert lock.acquire()
    assert lock.holder() == str(os.getpid())
    assert not InstanceLock(path).acquire()  # held by this process now, even against itself
    lock.release()
    assert InstanceLock(path).acquire()


def test_the_message_names_the_holder_and_the_lock_file(tmp_path) -> None:
    path = tmp_path / "kiosk.lock"
    assert already_running_message(InstanceLock(path)) == (
        "A kiosk of this app is already running on this computer; this one exits. "
        f"Exit that one from its staff panel first. Lock file: {path}"
    )
    path.write_text("4242\n")
    assert "running on this computer (process 4242); this one exits." in already_running_message(InstanceLock(path))
    path.write_text("not a pid")
    assert InstanceLock(path).holder() == ""


def test_a_lock_in_a_folder_that_cannot_be_made_lets_the_kiosk_run(tmp_path, capsys) -> None:
    (tmp_path / "file").write_text("")
    assert InstanceLock(tmp_path / "file" / "kiosk.lock").acquire()
    assert capsys.readouterr().err.startswith(f"Cannot lock {tmp_path / 'file' / 'kiosk.lock'} (")
