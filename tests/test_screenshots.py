"""--screenshot as a user runs it: the PNG shows the state asked for, read by its colours (tests/pictures.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_app
from tests.pictures import Picture
from ui.theme import WINDOW_THEME

COLOURS = WINDOW_THEME.colours


def shot(tmp_path: Path, name: str, *args: str, **env: str) -> Picture:
    target = tmp_path / f"{name}.png"
    # A state folder of its own: no window memory another run left (a body view narrows the map panel).
    result = run_app("--screenshot", str(target), *args, **{"XDG_STATE_HOME": str(tmp_path / "state"), **env})
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line] == []
    return Picture(target)


def test_a_screenshot_of_an_area_shows_its_outline_hatching_and_safety_notes_first(tmp_path: Path) -> None:
    neck = shot(tmp_path, "neck", "--area", "neck", "--size", "1280x800")
    home = shot(tmp_path, "home", "--size", "1280x800")
    assert (neck.width, neck.height) == (1280, 800)
    switch_row, map_panel = neck.part(0, 0.07, 0.44, 0.17), neck.part(0, 0.17, 0.44, 1)
    top_of_page = neck.part(0.46, 0.07, 1, 0.4)
    # The map: the neck outlined, below the face, and the parts its notes forbid hatched inside the outline.
    outline = neck.box(COLOURS.accent_dark, map_panel)
    assert not outline.isEmpty() and home.box(COLOURS.accent_dark, map_panel).isEmpty()
    assert outline.top() > 0.6 * neck.height and outline.width() < 0.2 * neck.width, outline
    # Unlit, only the neck's small caution mark (on the neck itself, about 50 px of the colour) is left: no hatching.
    assert neck.count(COLOURS.warning, outline) > 300 and home.count(COLOURS.warning, outline) < 100
    # The page: the safety callout's warning border and its pale ground right at the top.
    assert neck.count(COLOURS.warning, top_of_page) > 500 and neck.count(COLOURS.warning_bg, top_of_page) > 20_000
    assert home.count(COLOURS.warning, top_of_page) == 0
    # The face view is the one chosen.
    chosen = neck.box(COLOURS.link, switch_row)
    assert not chosen.isEmpty() and chosen.center().x() < map_panel.center().x()


def test_a_screenshot_is_crisp_on_a_hidpi_screen(tmp_path: Path) -> None:
    picture = shot(tmp_path, "hidpi", "--view", "body-back", "--size", "800x600", QT_SCALE_FACTOR="2")
    assert (picture.width, picture.height) == (1600, 1200)
    map_panel = picture.part(0, 0.17, 0.44, 1)
    assert picture.detail(map_panel) > 0.02  # drawn at twice the size, not drawn small and doubled
    assert picture.count(COLOURS.canvas, map_panel) > 100_000
    # 800 logical pixels are too narrow for the toolbar on one row: it takes two, and the view switch comes below.
    chosen = picture.box(COLOURS.link, picture.part(0, 0.07, 0.44, 0.3))
    assert not chosen.isEmpty() and chosen.center().x() > map_panel.center().x()  # Body back, the last of three
