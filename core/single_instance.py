"""One kiosk at a time: a lock file in the state folder, held by an OS lock that ends with the process.

The lock is the operating system's (flock, or msvcrt's byte lock on Windows), not the file's presence:
a kiosk killed with SIGKILL or by a power cut leaves the file behind but no lock on it, so the next
start takes it at once. The file holds the holder's process id, for the message a second start gives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

EXIT_ALREADY_RUNNING = 73  # a kiosk already runs here; a restart cannot fix that (core.watchdog)


class InstanceLock:
    """An exclusive lock on `path`, held from `acquire()` until `release()` or the end of the process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)  # never a symlink planted in our place
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, flags, 0o600)  # not inherited by the processes this one starts
        except OSError as error:
            # A state folder that cannot be written must not keep the stand dark: run, unguarded, and say so.
            print(f"Cannot lock {self.path} ({error.strerror}); not checking for another kiosk.", file=sys.stderr)
            return True
        if not _lock(fd):
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor ends the lock
            self._fd = None

    def holder(self) -> str:
        """The process id written by whoever holds the lock, or '' when it cannot be read."""
        try:
            with self.path.open("rb") as file:
                text = file.read(32).decode("ascii", "replace").strip()
        except OSError:
            return ""
        return text if text.isdigit() else ""


def _lock(fd: int) -> bool:
    # Windows' byte lock is not mutated: mutation runs on Linux, where this branch never runs, so its
    # mutants could only survive; tests on Windows (CI) run it.
    if sys.platform == "win32":  # pragma: no mutate block
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def kiosk_lock() -> InstanceLock:
    from core.user_folders import log_dir

    return InstanceLock(log_dir() / "kiosk.lock")


def already_running_message(lock: InstanceLock) -> str:
    holder = lock.holder()
    process = f" (process {holder})" if holder else ""
    return (
        f"A kiosk of this app is already running on this computer{process}; this one exits. "
        f"Exit that one from its staff panel first. Lock file: {lock.path}"
    )
