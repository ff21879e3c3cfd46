"""Starts a private Xvfb server for screenshots and benchmarks, and stops it afterwards."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator


@contextlib.contextmanager
def virtual_display(width: int, height: int) -> Iterator[str]:
    """Yields a DISPLAY value for a fresh Xvfb screen of the given size."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed: run tools/bootstrap.sh screens")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-dpi",
            "96",
            "+extension",
            "RANDR",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()  # Xvfb writes its display number once it accepts clients
    if not number:
        server.kill()
        raise SystemExit("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
