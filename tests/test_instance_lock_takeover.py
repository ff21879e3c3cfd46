"""The kiosk's lock file itself, in this process: where it is, that a stale one left by a dead kiosk (another
process id, any content) is taken over and says the new holder, that a first start on a new machine makes
the folders it needs, and that only its owner may write it."""

from __future__ import annotations

import os
import stat

from core.single_instance import InstanceLock, already_running_message, kiosk_lock


def test_the_lock_is_kiosk_lock_in_the_state_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert kiosk_lock().path == tmp_path / "state" / "microcurrent-atlas" / "kiosk.lock"


def test_a_stale_lock_from_a_dead_process_is_taken_over_and_names_the_new_holder(tmp_path) -> None:
    path = tmp_path / "kiosk.lock"
    path.write_text("4194304\nsomething a power cut left behind\n")  # a longer process id than any real one
    lock = InstanceLock(path)
    assert lock.acquire()
    assert path.read_text() == f"{os.getpid()}\n"
    refused = InstanceLock(path)
    assert not refused.acquire()
    assert f"running on this computer (process {os.getpid()}); this one exits." in already_running_message(refused)
    refused.release()  # it holds nothing: nothing happens
    lock.release()
    lock.release()  # twice: nothing more happens
    assert refused.acquire()


def test_a_lock_file_of_garbage_names_no_process(tmp_path) -> None:
    path = tmp_path / "kiosk.lock"
    path.write_bytes(b"\xff\xfe\x00 12")
    assert InstanceLock(path).holder() == ""
    assert "already running on this computer; this one exits." in already_running_message(InstanceLock(path))
    assert InstanceLock(tmp_path / "missing.lock").holder() == ""


def test_a_first_start_makes_the_state_folders_and_the_lock_holds(tmp_path) -> None:
    path = tmp_path / "new" / "state" / "microcurrent-atlas" / "kiosk.lock"
    assert InstanceLock(path).acquire()
    assert not InstanceLock(path).acquire()  # really locked, not run unguarded


def test_only_its_owner_may_read_or_write_the_lock_file(tmp_path) -> None:
    before = os.umask(0o022)
    try:
        assert InstanceLock(tmp_path / "kiosk.lock").acquire()
    finally:
        os.umask(before)
    assert stat.S_IMODE(os.stat(tmp_path / "kiosk.lock").st_mode) == 0o600
