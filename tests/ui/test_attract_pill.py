"""The attract loop's pill ('Neck: touch to explore') covers no area on any view at any screen size, shows its
whole text inside the map, hides no foot on a body, and the figure stays where it is when the first touch stops
the loop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF

from core.records import VIEWS
from tests.ui.manual_clock import ManualClock
from tests.ui.test_figure_fill import drawn_box
from tests.ui.test_kiosk import tap

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1080, 1920)]


def covered(diagram, pill: QRectF, region: str) -> bool:
    """Whether any point of the region's shape lies under the pill (every other pixel looked at)."""
    box = diagram.region_rect(region).intersected(pill)
    y = box.top()
    while y < box.bottom():
        x = box.left()
        while x < box.right():
            if diagram.region_at(QPointF(x, y)) == region:
                return True
            x += 2
        y += 2
    return False


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_pill_covers_no_area_and_shows_its_whole_text(qtbot, make_kiosk, size) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, size=size, attract_interval_s=2)
    window = mode.window
    diagram = window.diagram
    pill = mode.attract.hint
    seen: set[str] = set()
    for _ in range(len(window.navigator.pack.areas)):
        view = window.navigator.view
        assert pill.isVisible()
        rect = QRectF(pill.geometry())
        assert QRectF(diagram.rect()).contains(rect), (view, pill.text())  # all of it inside the map
        wanted = pill.heightForWidth(pill.width()) if pill.wordWrap() else pill.sizeHint().height()
        assert pill.height() >= wanted and pill.width() >= min(pill.sizeHint().width(), diagram.width()), pill.text()
        for region in diagram.region_ids():
            assert not covered(diagram, rect, region), (view, region, pill.text())
        if view not in seen:
            seen.add(view)
            if view != "face":  # a standing body: the pill is under the feet, not over them
                assert drawn_box(window).bottom() < rect.top(), (view, pill.text())
        clock.advance(2)
    assert seen == set(VIEWS)


def test_the_figure_stays_put_when_the_first_touch_stops_the_loop(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, size=(1366, 768), attract_interval_s=2)
    window = mode.window
    diagram = window.diagram
    while window.navigator.view != "body-back":
        clock.advance(2)
    area = diagram.region_ids()[-1]
    before: QRect = diagram.region_rect(area).toAlignedRect()
    tap(qtbot, diagram, diagram.anchor_of(area).toPoint())
    assert window.page.current_ref() == f"area:{area}" and not mode.attract.hint.isVisible()
    assert diagram.region_rect(area).toAlignedRect() == before
