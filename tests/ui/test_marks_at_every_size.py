"""On the narrower and taller body panels, at every screen size, in the window and the kiosk: each caution mark sits on
its own area, and an area's name shows beside the area hovered, inside the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF

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
            qtbot.mouseMove(diagram, QPoint(2, 2))  # from off the map: the last name, on top, would keep the pointer
            qtbot.mouseMove(diagram, anchor.toPoint())
            label = diagram.label_rect()
            assert diagram.label_text() == pack.areas[region].title, (view, region)
            assert QRectF(diagram.rect()).contains(label), (view, region, label)
            # Beside the area hovered: the name's box is joined to a point of its edge (ui.area_label).
            placement = diagram.label_placement()
            assert placement is not None and diagram.region_at(placement.entry) == region, (view, region)
            assert label.adjusted(-12, -12, 12, 12).contains(placement.entry), (view, region, label, placement.entry)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_marks_and_names_stay_on_their_areas_in_the_window(qtbot, size) -> None:
    check_marks_and_names(qtbot, show_ready(qtbot, make_window(qtbot, size=size)))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_marks_and_names_stay_on_their_areas_in_the_kiosk(qtbot, make_kiosk, size) -> None:
    check_marks_and_names(qtbot, make_kiosk(size=size).window)
