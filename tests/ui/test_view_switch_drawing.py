"""Switching views and back shows each figure as it was drawn the first time (the window keeps what it drew at
this size): the same picture, regions, caution marks and hatched zones; a new window size draws it afresh, right."""

from __future__ import annotations

from PySide6.QtGui import QImage

from core.records import VIEWS
from tests.ui.conftest import click_area, make_window, show_ready, show_view


def snapshot(window) -> tuple[QImage, dict, dict, list]:
    diagram = window.diagram
    pack = window.navigator.pack
    rects = {r: diagram.region_rect(r) for r in diagram.region_ids()}
    marks = {r: diagram.caution_marks(r) for r in diagram.region_ids() if pack.areas[r].caution_mark}
    return diagram.grab().toImage(), rects, marks, [diagram.zone_rect(z) for z in diagram.zones_shown()]


def test_a_figure_shown_again_looks_and_answers_as_it_did(qtbot) -> None:
    window = show_ready(qtbot, make_window(qtbot))
    click_area(qtbot, window, "eye-area")  # its no-go zones are hatched
    face = VIEWS[0]
    first = snapshot(window)
    for view in VIEWS[1:]:
        show_view(qtbot, window, view)
    show_view(qtbot, window, face)
    click_area(qtbot, window, "eye-area")
    again = snapshot(window)
    assert again[1:] == first[1:]
    assert again[0] == first[0]


def test_a_new_size_draws_every_figure_afresh(qtbot) -> None:
    window = show_ready(qtbot, make_window(qtbot))
    diagram = window.diagram
    before = {}
    for view in VIEWS:  # each drawn, and kept, at the first size
        show_view(qtbot, window, view)
        before[view] = {r: diagram.region_rect(r) for r in diagram.region_ids()}
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: diagram.width() < 700)
    for view in VIEWS:
        show_view(qtbot, window, view)
        for region in diagram.region_ids():
            assert diagram.region_rect(region) != before[view][region], (view, region)
            assert diagram.region_at(diagram.anchor_of(region)) == region, (view, region)
