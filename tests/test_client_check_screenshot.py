"""--screenshot --check-client as the gallery runs it: the panel open beside the diagram with those
conditions ticked, the reminder at its top, and the diagram marked (read by its colours: tests/pictures.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_app
from tests.pictures import Picture
from ui.theme import WINDOW_THEME

COLOURS = WINDOW_THEME.colours


def test_the_gallery_shot_shows_the_panel_ticked_and_the_diagram_marked(tmp_path: Path) -> None:
    target = tmp_path / "check.png"
    args = ("--screenshot", str(target), "--size", "1366x768", "--view", "face")
    result = run_app(*args, "--check-client", "recent-injections,cold-sore")
    assert result.returncode == 0, result.stderr
    plain = tmp_path / "plain.png"
    assert run_app("--screenshot", str(plain), "--size", "1366x768", "--view", "face").returncode == 0
    check, home = Picture(target), Picture(plain)
    map_panel, right = check.part(0, 0.15, 0.44, 1), check.part(0.46, 0.07, 1, 0.25)
    # The reminder's warning box at the top of the panel, where the page's text was.
    assert check.count(COLOURS.warning_bg, right) > 20_000 and home.count(COLOURS.warning_bg, right) == 0
    # The lips hatched in the dark warning colour; nothing like it without the check.
    assert check.count(COLOURS.warning_text, map_panel) > 100  # exact pixels: the rest are anti-aliased
    assert home.count(COLOURS.warning_text, map_panel) == 0


def test_an_unknown_condition_in_a_screenshot_is_refused(tmp_path: Path) -> None:
    result = run_app("--screenshot", str(tmp_path / "x.png"), "--check-client", "nothing")
    assert result.returncode == 2 and "unknown condition 'nothing'" in result.stderr
    assert not (tmp_path / "x.png").exists()
