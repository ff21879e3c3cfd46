"""On a portrait screen a standing body is drawn as large as the page's room allows: its map panel takes all but
the page's 42 % of the height, so the figure is more than a third of the screen's width in the kiosk too (under its
attract band), and the page below still has its room."""

from __future__ import annotations

import pytest

from tests.ui.conftest import make_window, show_ready, show_view
from tests.ui.test_figure_fill import fill


def shares(window) -> float:
    sizes = window.splitter.sizes()
    return sizes[1] / sum(sizes)


@pytest.mark.parametrize("view", ["body-front", "body-back"])
def test_a_standing_body_on_a_portrait_desk_window_is_drawn_larger(qtbot, view) -> None:
    window = show_ready(qtbot, make_window(qtbot, size=(1080, 1920)))
    show_view(qtbot, window, view)
    wide, high = fill(window)
    assert wide >= 0.385 and high >= 0.9
    assert 0.4 <= shares(window) <= 0.43  # the page keeps its room, and no more than that


@pytest.mark.parametrize("view", ["body-front", "body-back"])
def test_a_standing_body_on_a_portrait_kiosk_is_more_than_a_third_of_the_width(qtbot, make_kiosk, view) -> None:
    mode = make_kiosk(size=(1080, 1920))
    show_view(qtbot, mode.window, view)
    wide, _high = fill(mode.window)
    assert wide >= 0.355
    assert 0.4 <= shares(mode.window) <= 0.43
