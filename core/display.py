"""Whether Qt has a display to open the window on, and the exit code when it has none."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

EXIT_NO_DISPLAY = 69  # EX_UNAVAILABLE (sysexits.h): no display to open the window on; a restart cannot fix it


def display_problem(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """Why Qt has no display to open a window on here, in one line with what to do, or '' when it has
    one (or was told where to draw). Without this Qt aborts, blaming a missing libxcb-cursor0."""
    if platform in ("win32", "darwin", "cygwin"):
        return ""
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if environ.get("DISPLAY") or qpa not in ("", "xcb") or (not qpa and environ.get("WAYLAND_DISPLAY")):
        return ""
    return (
        "There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run the app "
        "on the desktop, or on a virtual one with 'xvfb-run -a' (Debian package xvfb); "
        "--screenshot FILE.png and --self-test need no display."
    )
