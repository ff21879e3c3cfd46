"""The watchdog's side of the 'Restarting…' cover, with real processes standing in for the cover window:
one cover for the watchdog's whole life (a second would stay on the screen over the app), a cover that
stopped reading its orders is replaced, and one that will not end when the watchdog does is killed."""

from __future__ import annotations

import sys
from pathlib import Path

from core.cover import Cover
from tests.test_kiosk_screen_x11 import until

# Writes its process id into argv[1]'s "started", then each order into "orders"; with "deaf" in argv[2]
# the first one started closes its input at once (and says so in "deaf"), then sleeps; with "stuck", it
# never ends when its input closes.
COVER = """
import os, sys, time
notes, how = sys.argv[1], sys.argv[2]
with open(os.path.join(notes, "started"), "a") as log:
    log.write(f"{os.getpid()}\\n")
if how == "deaf" and not os.path.exists(os.path.join(notes, "deaf")):
    os.close(0)
    open(os.path.join(notes, "deaf"), "w").close()
    time.sleep(60)
with open(os.path.join(notes, "orders"), "a") as log:
    for line in sys.stdin:
        log.write(line)
        log.flush()
    log.write("closed\\n")
if how == "stuck":
    time.sleep(60)
"""


def cover(tmp_path: Path, how: str = "plain", end_within_s: float = 5.0) -> Cover:
    script = tmp_path / "cover.py"
    script.write_text(COVER)
    return Cover([sys.executable, str(script), str(tmp_path), how], end_within_s=end_within_s)


def test_one_cover_serves_every_restart_and_ends_with_the_watchdog(tmp_path) -> None:
    shown = cover(tmp_path)
    shown.hide()  # the first app is up: the cover starts, hidden
    for _restart in range(3):
        shown.show()
        assert shown.shown
        shown.hide()
        assert not shown.shown
    shown.hide()  # hidden already: nothing more to say
    shown.close()
    assert len((tmp_path / "started").read_text().splitlines()) == 1
    assert (tmp_path / "orders").read_text() == "hide\n" + "show\nhide\n" * 3 + "closed\n"
    shown.close()  # twice: nothing more happens


def test_a_cover_that_stopped_reading_is_replaced(tmp_path) -> None:
    shown = cover(tmp_path, "deaf")
    shown.hide()
    assert until(lambda: (tmp_path / "deaf").exists(), 10)
    shown.show()  # the first cover's input is closed: it is killed and a new one shown
    shown.close()
    assert len((tmp_path / "started").read_text().splitlines()) == 2
    assert (tmp_path / "orders").read_text() == "show\nclosed\n"


def test_a_cover_that_will_not_end_is_killed_when_the_watchdog_ends(tmp_path) -> None:
    shown = cover(tmp_path, "stuck", end_within_s=0.3)
    shown.show()
    process = shown._process
    assert process is not None
    shown.close()
    assert process.returncode is not None and process.returncode < 0  # killed, not waited for a minute
    assert (tmp_path / "orders").read_text() == "show\nclosed\n"
