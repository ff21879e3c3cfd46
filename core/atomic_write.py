"""Replacing a file so that it is either the old one or the new one, never half of each, and still the user's.

The new bytes go to a temporary file in the same folder as the real target (a symlink is followed, and
stays a symlink), are flushed to disk, and take the old file's place in one rename. The file keeps its
mode, owner and group; a new file gets the mode the umask gives any new file. On any failure, a kill
by SIGTERM included (see `terminating_cleanly`), the temporary file is removed and the old file is
left as it was; a temporary file left by SIGKILL is removed by the next write."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
from collections.abc import Iterator
from pathlib import Path

_TEMP_SUFFIX = ".tmp"


def real_target(path: Path) -> Path:
    """The file a write to `path` must change: `path` with every symbolic link followed, even a dangling one."""
    return Path(os.path.realpath(path))


def _random_hex() -> str:
    """Eight random hex digits. os.urandom, not secrets: secrets loads OpenSSL (4 ms and 4.6 MiB at every
    start) for four random bytes."""
    return os.urandom(4).hex()


def _temp_name(target: Path) -> str:
    return f".{target.name}.{_random_hex()}{_TEMP_SUFFIX}"


def _remove_leftovers(target: Path) -> None:
    """Temporary files of an earlier write to this target that was killed before it could clean up."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}{re.escape(_TEMP_SUFFIX)}")
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _open_temp(target: Path, existing: os.stat_result | None) -> tuple[int, Path]:
    # A new file is created 0o666 less the umask, like any config file; an existing one's mode is set below.
    mode = 0o600 if existing else 0o666
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(10):
        temporary = target.parent / _temp_name(target)
        try:
            return os.open(temporary, flags, mode), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "cannot make a temporary file beside it")


def _keep_owner_and_mode(descriptor: int, temporary: Path, existing: os.stat_result) -> None:
    """Give the new file the old one's owner, group and mode. Root (sudo) can always; anyone else can keep a
    group they belong to, and is refused rather than take the file away from another owner."""
    if hasattr(os, "fchown"):
        made = os.fstat(descriptor)
        if made.st_uid != existing.st_uid:
            try:
                os.fchown(descriptor, existing.st_uid, existing.st_gid)
            except PermissionError:
                raise PermissionError(
                    errno.EPERM, f"it belongs to user {existing.st_uid}; run this as that user or as root"
                ) from None
        elif made.st_gid != existing.st_gid:
            with contextlib.suppress(PermissionError):  # not one of the writer's groups: it stays theirs
                os.fchown(descriptor, -1, existing.st_gid)
    os.chmod(temporary, stat.S_IMODE(existing.st_mode))


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder for this, and the file is in place."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_atomically(path: Path, data: bytes) -> Path:
    """Replace the file at `path` (or the file its symlink names) with `data`; returns the file written.

    Raises OSError, with a short `strerror`, when the file could not be replaced; it is then unchanged."""
    target = real_target(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise OSError(errno.EINVAL, "is not a regular file")
    _remove_leftovers(target)
    descriptor, temporary = _open_temp(target, existing)
    try:
        try:
            if existing is not None:
                _keep_owner_and_mode(descriptor, temporary, existing)
            _write_all(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)
    return target


@contextlib.contextmanager
def terminating_cleanly() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP end the process through SystemExit, so `finally` blocks (and
    `write_atomically`'s clean-up) still run. Only in the main thread; elsewhere it does nothing."""
    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {}
    try:
        for name in names:
            number = getattr(signal, name)
            previous[number] = signal.signal(number, _exit_on_signal)
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _exit_on_signal(number: int, _frame: object) -> None:
    raise SystemExit(128 + number)
