"""Once a visitor's first touch stops the attract loop, the band under the figure where the pill stood holds a quiet
line saying the map still answers a touch, on every view at every screen size: inside the map, under the figure,
over no area; the figure does not move for it, and the pill has the band back when the loop starts again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from core.records import VIEWS
from tests.ui.conftest import press, show_view
from tests.ui.manual_clock import ManualClock
from tests.ui.test_attract_pill import covered
from tests.ui.test_figure_fill import drawn_box
from tests.ui.test_kiosk import tap
from ui.kiosk.attract_band import GAP
from ui.kiosk.figure_caption import AREA_OPEN, NO_AREA

SMALL = [(1280, 720), (1366, 768)]
SIZES = [*SMALL, (1920, 1080), (1080, 1920)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_after_the_first_touch_the_band_says_the_map_still_answers(qtbot, make_kiosk, size) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, size=size, attract_interval_s=2)
    window = mode.window
    diagram = window.diagram
    caption = mode.caption
    assert mode.attract.hint.isVisible() and not caption.isVisible()  # the pill has the band while the loop runs
    for view in VIEWS:
        show_view(qtbot, window, view)
        area = diagram.region_ids()[0]
        before = diagram.region_rect(area).toAlignedRect()
        tap(qtbot, diagram, diagram.anchor_of(area).toPoint())
        assert window.page.current_ref() == f"area:{area}" and not mode.attract.hint.isVisible()
        assert diagram.region_rect(area).toAlignedRect() == before  # the figure stayed where the finger is
        figure = drawn_box(window)
        room = diagram.height() - figure.bottom()
        if not caption.isVisible():  # only where the figure leaves no room worth a line (not at the small screens)
            assert size not in SMALL and room < 2 * GAP + caption.fontMetrics().height() + 8, (view, size, room)
            continue
        assert caption.text() == AREA_OPEN and caption.accessibleName() == AREA_OPEN
        rect = QRectF(caption.geometry())
        assert QRectF(diagram.rect()).contains(rect), (view, rect)
        assert caption.height() >= caption.heightForWidth(caption.width()), view  # its whole text shows
        assert figure.bottom() < rect.top(), (view, figure, rect)  # under the figure, over none of it
        for region in diagram.region_ids():
            assert not covered(diagram, rect, region), (view, region)
        # In the middle of the room under the figure, so that room reads as meant, not as a gap.
        above, below = rect.top() - figure.bottom(), diagram.height() - rect.bottom()
        assert abs(above - below) <= 24, (view, above, below)


def test_the_pill_gets_the_band_back_when_the_loop_starts_again(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, size=(1280, 720), idle_timeout_s=30, warning_s=10, attract_interval_s=2)
    window = mode.window
    diagram = window.diagram
    tap(qtbot, diagram, diagram.anchor_of(diagram.region_ids()[0]).toPoint())
    assert mode.caption.isVisible()
    clock.advance(45)  # idle, 'still there?', then the reset to the attract loop
    assert window.page.current_ref() == "home"
    assert mode.attract.hint.isVisible() and not mode.caption.isVisible()


def test_beside_a_topic_it_does_not_say_another(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, size=(1366, 768), attract_interval_s=2)
    window = mode.window
    diagram = window.diagram
    tap(qtbot, diagram, diagram.anchor_of(diagram.region_ids()[0]).toPoint())
    press(qtbot, window, window.toolbar.home_action)
    assert window.page.current_ref() == "home"
    assert mode.caption.isVisible() and mode.caption.text() == NO_AREA and mode.caption.accessibleName() == NO_AREA
