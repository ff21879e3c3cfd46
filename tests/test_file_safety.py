"""Files the app reads but did not write, and files it replaces: what a user is told, and what is left on disk."""

from __future__ import annotations

import errno
import os
import signal
import socket
import stat
import threading
from pathlib import Path

import pytest

from core import atomic_write
from core.atomic_write import real_target, terminating_cleanly, write_atomically
from core.safe_files import MEGABYTE, UnsafeFile, folder_problem, read_regular, reason, shown_path

ROOT_ONLY = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")


def refused(path: Path, limit: int = 4 * MEGABYTE) -> UnsafeFile:
    with pytest.raises(UnsafeFile) as caught:
        read_regular(path, limit)
    return caught.value


def test_a_regular_file_is_read_whole_also_through_a_link(tmp_path: Path) -> None:
    file = tmp_path / "areas.yaml"
    data = bytes(range(256)) * 12_000  # 3 MB: more than one read
    file.write_bytes(data)
    (tmp_path / "link.yaml").symlink_to(file)
    assert read_regular(file) == data and read_regular(str(tmp_path / "link.yaml")) == data
    assert read_regular(file, len(data)) == data


def test_a_file_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    file = tmp_path / "huge.yaml"
    file.write_bytes(b"x" * (5 * MEGABYTE + 10))
    error = refused(file)
    assert (error.errno, error.strerror) == (errno.EFBIG, "is larger than 4 MB (5 MB)")
    assert reason(error) == "is larger than 4 MB (5 MB)"
    assert refused(file, 5 * MEGABYTE + 9).strerror == "is larger than 5 MB (5 MB)"
    assert len(read_regular(file, 5 * MEGABYTE + 10)) == 5 * MEGABYTE + 10


def test_what_is_in_place_of_a_file_is_named(tmp_path: Path) -> None:
    fifo, folder = tmp_path / "fifo", tmp_path / "folder"
    os.mkfifo(fifo)
    folder.mkdir()
    assert refused(fifo).strerror == "is a pipe (FIFO), not a regular file"
    assert refused(fifo).errno == errno.EINVAL
    assert refused(folder).strerror == "is a folder, not a regular file"
    assert refused(Path("/dev/null")).strerror == "is a device, not a regular file"
    (tmp_path / "to-zero").symlink_to("/dev/zero")
    assert refused(tmp_path / "to-zero").strerror == "is a device, not a regular file"


def test_a_socket_in_place_of_a_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(OSError) as caught:  # a socket cannot be opened as a file at all
            read_regular(path)
        assert reason(caught.value).startswith("cannot be read (")
    finally:
        server.close()


def test_a_loop_of_links_is_named_and_a_missing_file_is_not_an_unsafe_one(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    error = refused(tmp_path / "a")
    assert (error.errno, error.strerror, reason(error)) == (
        errno.ELOOP,
        "is a loop of symbolic links",
        "is a loop of symbolic links",
    )
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "missing.yaml")


def test_each_kind_of_unreadable_file_has_its_reason() -> None:
    assert reason(FileNotFoundError(errno.ENOENT, "No such file")) == "does not exist"
    assert reason(PermissionError(errno.EACCES, "Permission denied")) == "cannot be read (permission denied)"
    assert reason(IsADirectoryError(errno.EISDIR, "Is a directory")) == "is a folder, not a file"
    assert reason(OSError(errno.EIO, "Input/output error")) == "cannot be read (Input/output error)"
    assert reason(OSError("disk gone")) == "cannot be read (disk gone)"


def test_a_content_folder_that_cannot_be_used_says_why(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert folder_problem(tmp_path) == ""
    assert folder_problem(tmp_path / "file") == "is a file, not a folder"
    assert folder_problem(tmp_path / "missing") == "does not exist"
    assert folder_problem(tmp_path / "bad\0name") == "is not a name a folder can have"
    assert folder_problem(tmp_path / "loop") == "is a loop of symbolic links"
    assert folder_problem(tmp_path / ("x" * 300)) == "has a name too long for this system"
    assert folder_problem(tmp_path / "file" / "sub") == f"cannot be opened ({os.strerror(errno.ENOTDIR)})"


def test_a_path_in_a_message_is_printable_and_short(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(b"/media/caf\xe9"))
    assert shown_path(odd) == "/media/caf\\udce9"
    assert shown_path(Path("/srv/pack")) == "/srv/pack"
    long = Path("/" + "a" * 70 + "/" + "b" * 70)
    shown = shown_path(long)
    assert shown == str(long)[:60] + "…" + str(long)[-60:]
    assert len(shown) == 121
    exact = Path("/" + "c" * 119)
    assert shown_path(exact) == str(exact)
    assert shown_path(long, limit=10) == "/aaaa…bbbbb"


def test_a_new_file_is_written_with_the_usual_mode_in_a_new_folder(tmp_path: Path) -> None:
    target = tmp_path / "config" / "atlas" / "settings.yaml"
    umask = os.umask(0o022)
    try:
        assert write_atomically(target, b"kiosk: true\n") == target
    finally:
        os.umask(umask)
    assert target.read_bytes() == b"kiosk: true\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert os.listdir(target.parent) == ["settings.yaml"]


def test_replacing_keeps_the_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "settings.yaml"
    target.write_bytes(b"old\n" * 1000)
    target.chmod(0o640)
    write_atomically(target, b"new\r\n")
    assert target.read_bytes() == b"new\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["settings.yaml"]


def test_writing_through_a_link_changes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "settings.yaml"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "settings.yaml"
    link.symlink_to(real)
    assert write_atomically(link, b"new\n") == real
    assert link.is_symlink() and real.read_text() == "new\n"
    dangling = tmp_path / "later.yaml"
    dangling.symlink_to(tmp_path / "real" / "later.yaml")
    assert real_target(dangling) == tmp_path / "real" / "later.yaml"
    write_atomically(dangling, b"made\n")
    assert dangling.is_symlink() and (tmp_path / "real" / "later.yaml").read_text() == "made\n"


def test_something_else_in_place_of_the_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.yaml"
    os.mkfifo(fifo)
    with pytest.raises(OSError) as caught:
        write_atomically(fifo, b"new\n")
    assert (caught.value.errno, caught.value.strerror) == (errno.EINVAL, "is not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and os.listdir(tmp_path) == ["settings.yaml"]


def test_a_killed_write_s_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "settings.yaml"
    target.write_text("old\n")
    for name in (".settings.yaml.0123abcd.tmp", ".settings.yaml.deadbeef.tmp"):
        (tmp_path / name).write_text("half")
    kept = [".settings.yaml.0123abcd.tmp.keep", ".other.yaml.0123abcd.tmp", ".settings.yaml.0123.tmp", "notes.txt"]
    for name in kept:
        (tmp_path / name).write_text("someone else's")
    (tmp_path / ".settings.yaml.feedface.tmp").mkdir()  # not a file: not ours to remove
    write_atomically(target, b"new\n")
    assert sorted(os.listdir(tmp_path)) == sorted([*kept, ".settings.yaml.feedface.tmp", "settings.yaml"])


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "settings.yaml"
    target.write_text("old\n")

    def full_disk(descriptor: int, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_write.os, "write", full_disk)
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"new\n")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_text() == "old\n" and os.listdir(tmp_path) == ["settings.yaml"]


def test_a_folder_where_every_temporary_name_is_taken_is_refused(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "settings.yaml"
    target.write_text("old\n")
    (tmp_path / ".settings.yaml.00000000.tmp").mkdir()
    monkeypatch.setattr(atomic_write, "_random_hex", lambda: "0" * 8)
    with pytest.raises(FileExistsError) as caught:
        write_atomically(target, b"new\n")
    assert (caught.value.errno, caught.value.strerror) == (errno.EEXIST, "cannot make a temporary file beside it")
    assert target.read_text() == "old\n"


def test_a_temporary_name_already_taken_is_skipped_for_another(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "settings.yaml"
    target.write_text("old\n")
    (tmp_path / ".settings.yaml.00000000.tmp").mkdir()
    names = iter(["00000000", "11111111"])
    monkeypatch.setattr(atomic_write, "_random_hex", lambda: next(names))
    write_atomically(target, b"new\n")
    assert target.read_text() == "new\n"
    assert sorted(os.listdir(tmp_path)) == [".settings.yaml.00000000.tmp", "settings.yaml"]


def test_a_link_named_like_a_leftover_is_not_removed(tmp_path: Path) -> None:
    target = tmp_path / "settings.yaml"
    target.write_text("old\n")
    (tmp_path / "elsewhere").write_text("keep")
    (tmp_path / ".settings.yaml.0123abcd.tmp").symlink_to(tmp_path / "elsewhere")
    write_atomically(target, b"new\n")
    assert (tmp_path / ".settings.yaml.0123abcd.tmp").is_symlink()
    assert (tmp_path / "elsewhere").read_text() == "keep"


@ROOT_ONLY
def test_as_root_the_file_stays_its_owner_s(tmp_path: Path) -> None:
    target = tmp_path / "settings.yaml"
    target.write_text("old\n")
    os.chown(target, 12345, 23456)
    target.chmod(0o600)
    write_atomically(target, b"new\n")
    info = target.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (12345, 23456, 0o600)
    os.chown(target, 0, 23456)  # root's file with the kiosk group
    write_atomically(target, b"newer\n")
    info = target.stat()
    assert (info.st_uid, info.st_gid, target.read_text()) == (0, 23456, "newer\n")


def test_sigterm_while_writing_ends_through_system_exit_and_the_handler_comes_back() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(SystemExit) as caught, terminating_cleanly():
        assert signal.getsignal(signal.SIGTERM) is not before
        os.kill(os.getpid(), signal.SIGTERM)
    assert caught.value.code == 128 + signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) is before
    with pytest.raises(SystemExit) as hangup, terminating_cleanly():
        os.kill(os.getpid(), signal.SIGHUP)
    assert hangup.value.code == 128 + signal.SIGHUP


def test_outside_the_main_thread_nothing_changes() -> None:
    seen: list[object] = []

    def write() -> None:
        with terminating_cleanly():
            seen.append(signal.getsignal(signal.SIGTERM))

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    assert seen == [signal.getsignal(signal.SIGTERM)]


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs /proc")
def test_a_file_that_grows_past_the_limit_while_it_is_read_is_refused() -> None:
    # /proc files say they are empty and then give text: as if the file grew after it was checked.
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0 and len(read_regular(status)) > 100
    error = refused(status, 100)
    assert (error.errno, error.strerror) == (errno.EFBIG, "is larger than 0 MB")


def test_an_empty_folder_can_be_a_content_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert folder_problem(tmp_path / "empty") == ""
