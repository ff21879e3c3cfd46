"""On the narrower and taller body panels, at every screen size, in the window and the kiosk: each caution mark sits on
its own area, and an area's name shows over the area hovered, inside the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from core.records import VIEWS
from tests.ui.conftest import make_window, show_ready, show_view

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1080, 1920)]


def check_marks_and_names(qtbot, window) -> None:
    qtbot.waitUntil(window.has_desk_tools)  # the toolbar as it stays (its handout button comes a turn later)
    diagram = window.diagram
    pack = window.navigator.pack
    for view in VIEWS:
        show_view(qtbot, window, view)
        for region in diagram.region_ids():
            if pack.areas[region].caution_mark:
                for mark in diagram.caution_marks(region):
                    for point in (mark.center(), mark.topLeft(), mark.topRight()):
                        assert diagram.region_at(point) == region, (view, region, point)
            anchor = diagram.anchor_of(region)
            qtbot.mouseMove(diagram, anchor.toPoint())
            label = diagram.label_rect()
            assert diagram.label_text() == pack.areas[region].title, (view, region)
            assert QRectF(diagram.rect()).contains(label), (view, region, label)
            # Over the area hovered: the name's box spans the pointer's column, just above or below the area.
            assert label.left() <= anchor.x() <= label.right(), (view, region, label, anchor)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_marks_and_names_stay_on_their_areas_in_the_window(qtbot, size) -> None:
    check_marks_and_names(qtbot, show_ready(qtbot, make_window(qtbot, size=size)))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_marks_and_names_stay_on_their_areas_in_the_kiosk(qtbot, make_kiosk, size) -> None:
    check_marks_and_names(qtbot, make_kiosk(size=size).window)
