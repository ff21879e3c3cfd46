"""The 'Restarting…' cover ends without a word on its error output when the watchdog goes while the cover
is shown (the watchdog stopped during a restart): before, Qt called back into the gone screen hold and
every such end wrote "AttributeError: Slot 'ScreenHold::' not found." into the kiosk's log.
A real X screen with a window manager (Xvfb and openbox), the cover run from source."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.test_kiosk_screen_x11 import TOOLS, display, openbox, until, windows  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs Xvfb, xdotool, xprop and xwininfo (tools/bootstrap.sh screens)",
)


@pytest.mark.parametrize("orders", [["show"], ["show", "hide"], ["show", "hide", "show"]])
def test_the_cover_ends_silently_when_its_input_closes_shown_or_hidden(openbox, orders) -> None:  # noqa: F811
    env = {**os.environ, "DISPLAY": openbox}
    env.pop("QT_QPA_PLATFORM", None)
    cover = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--restart-cover"],
        env=env,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert cover.stdin is not None and cover.stderr is not None
    try:
        for order in orders:
            cover.stdin.write(f"{order}\n".encode())
            cover.stdin.flush()
            shown = order == "show"
            assert until(lambda: bool(windows(openbox, "Restarting")) == shown, 20), f"the cover did not obey '{order}'"  # noqa: B023
        cover.stdin.close()
        assert cover.wait(timeout=20) == 0
        assert cover.stderr.read().decode() == ""
    finally:
        if cover.poll() is None:
            cover.kill()
            cover.wait()
