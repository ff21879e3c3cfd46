"""Reading files the app did not write: only regular files, never more than a limit, never blocking.

A FIFO, a device (`/dev/zero`, `/dev/urandom`), a folder or a link to one in place of a file is refused
with a message naming what it is, before a byte is read."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MEGABYTE = 1024 * 1024
FILE_LIMIT = 4 * MEGABYTE  # far above any real pack file (the largest built-in one is under 30 KB)


class UnsafeFile(OSError):
    """A file that is not a regular file, or is larger than allowed; str() is a short reason."""


def _describe_kind(mode: int) -> str:
    """What a file that is not a regular one is, in words for its message."""
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a pipe (FIFO)"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "another kind of file"


def read_regular(path: Path | str, limit: int = FILE_LIMIT) -> bytes:
    """The bytes of a regular file (through symlinks), or UnsafeFile/OSError with a short reason."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnsafeFile(errno.ELOOP, "is a loop of symbolic links") from None
        raise
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(errno.EINVAL, f"is {_describe_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise UnsafeFile(errno.EFBIG, f"is larger than {limit // MEGABYTE} MB ({info.st_size // MEGABYTE} MB)")
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:  # it grew while being read
            raise UnsafeFile(errno.EFBIG, f"is larger than {limit // MEGABYTE} MB")
        return data
    finally:
        os.close(descriptor)


def reason(error: OSError) -> str:
    """A one-line reason for a file that cannot be read, without the path (the caller names the file)."""
    if isinstance(error, UnsafeFile):
        return str(error.strerror)
    if isinstance(error, FileNotFoundError):
        return "does not exist"
    if isinstance(error, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot be read ({error.strerror or error})"


def folder_problem(folder: Path) -> str:
    """Why `folder` cannot be used as a content folder, or '' when it can be."""
    try:
        info = os.stat(folder)
        if not stat.S_ISDIR(info.st_mode):
            return "is a file, not a folder"
        with os.scandir(folder) as entries:
            next(entries, None)
    except FileNotFoundError:
        return "does not exist"
    except ValueError:  # a NUL byte in the name, which no system allows
        return "is not a name a folder can have"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "is a loop of symbolic links"
        if error.errno == errno.ENAMETOOLONG:
            return "has a name too long for this system"
        if isinstance(error, PermissionError):
            return "cannot be opened (permission denied)"
        return f"cannot be opened ({error.strerror or error})"
    return ""


def shown_path(path: Path, limit: int = 120) -> str:
    """A path as a message shows it: printable whatever its bytes, and cut short when very long."""
    text = os.fsdecode(os.fsencode(path)).encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"
