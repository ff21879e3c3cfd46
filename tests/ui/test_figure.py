"""The figure as a reader meets it, in the window and the kiosk: the head on a body view opens the face, a click
on a hand, a foot or beside the figure does nothing and shows nothing, the outline always matches the page shown,
and each caution mark sits on its own area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from tests.ui.conftest import click_area, press, show_view
from ui.main_window import MainWindow

# Points on the drawings, in their viewBox units (600 x 1300): a hand, a foot, and beside the figure.
BLANK = {
    "body-front": {"left hand": (45, 750), "right hand": (555, 750), "left foot": (225, 1262), "beside": (60, 200)},
    "body-back": {"left hand": (45, 750), "right foot": (375, 1262), "beside": (540, 1100)},
}


def same_picture(a: QImage, b: QImage) -> bool:
    return a.convertToFormat(QImage.Format.Format_RGB32) == b.convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("view", ["body-front", "body-back"])
def test_tapping_the_head_on_a_body_view_opens_the_face(qtbot, shipped_window: MainWindow, view: str) -> None:
    window = shipped_window
    show_view(qtbot, window, view)
    head = window.diagram.view_link_rect("face")
    assert not head.isEmpty()
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=head.center().toPoint())
    assert window.view_switch.button("face").isChecked()
    assert "forehead" in window.diagram.region_ids()
    assert window.page.current_ref() == "home"  # the view changed; no page was opened


@pytest.mark.parametrize("view", ["face", "body-front", "body-back"])
def test_a_click_beside_the_regions_does_nothing_and_shows_nothing(qtbot, shipped_window: MainWindow, view) -> None:
    window = shipped_window
    show_view(qtbot, window, view)
    diagram = window.diagram
    points = BLANK.get(view, {"beside": (20, 20), "gap": (300, 1050)})  # face: a corner and the chin's side
    before = diagram.grab().toImage()
    for name, (x, y) in points.items():
        point = diagram.point_on_screen(x, y).toPoint()
        assert diagram.region_at(QPointF(point)) == "", name
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point)
        assert window.page.current_ref() == "home", name
        assert diagram.label_text() == "" and diagram.focused_region() == "", name
        assert same_picture(before, diagram.grab().toImage()), f"a click on {name} changed the figure"


def test_after_back_and_home_the_outline_matches_the_page(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    diagram = window.diagram
    plain = diagram.grab().toImage()
    click_area(qtbot, window, "cheeks")
    lit = diagram.grab().toImage()
    assert not same_picture(plain, lit)
    press(qtbot, window, window.toolbar.back_action)
    assert window.page.current_ref() == "home"
    assert same_picture(plain, diagram.grab().toImage()), "Back left the cheeks outlined"
    click_area(qtbot, window, "neck")
    press(qtbot, window, window.toolbar.home_action)
    assert same_picture(plain, diagram.grab().toImage()), "Home left the neck outlined"
    press(qtbot, window, window.toolbar.back_action)
    assert window.page.current_ref() == "area:neck" and diagram.selected() == "neck"


def test_each_caution_mark_sits_on_its_own_area_and_opens_it(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    areas = [a for a in window.navigator.pack.areas.values() if a.caution_mark]
    assert {a.id for a in areas} >= {"eye-area", "neck"}
    for area in areas:
        show_view(qtbot, window, area.view)
        marks = window.diagram.caution_marks(area.id)
        assert marks
        for mark in marks:
            for corner in (mark.center(), mark.topLeft(), mark.topRight()):
                assert window.diagram.region_at(corner) == area.id, (area.id, corner)
        qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=marks[-1].center().toPoint())
        assert window.page.current_ref() == f"area:{area.id}"
    show_view(qtbot, window, "face")
    eye_marks = window.diagram.caution_marks("eye-area")
    assert len(eye_marks) == 2  # one on each eye, neither on a temple
    assert all(window.diagram.region_at(m.center()) != "temples-head" for m in eye_marks)


def test_a_hand_is_a_hand_not_the_arm(qtbot, shipped_window: MainWindow) -> None:
    """The arms' hit area ends at the wrist in the window: a click on the palm opens nothing."""
    window = shipped_window
    show_view(qtbot, window, "body-front")
    palm = window.diagram.point_on_screen(*BLANK["body-front"]["left hand"]).toPoint()
    assert window.diagram.region_at(QPointF(palm)) == ""
    assert window.diagram.region_at(QPointF(palm - QPoint(0, 200))) in ("", "arms")


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_in_the_kiosk_a_tap_on_a_hand_or_foot_does_nothing_though_areas_grow(qtbot, make_kiosk, size) -> None:
    from tests.ui.test_kiosk import tap

    mode = make_kiosk(size=size)
    window = mode.window
    for view, points in BLANK.items():
        show_view(qtbot, window, view)
        diagram = window.diagram
        for name, (x, y) in points.items():
            point = diagram.point_on_screen(x, y).toPoint()
            tap(qtbot, diagram, point)
            assert window.page.current_ref() == "home", (view, name)
            assert diagram.label_text() == "" and diagram.selected() == "", (view, name)
        head = diagram.view_link_rect("face").center().toPoint()
        tap(qtbot, diagram, head)
        assert window.view_switch.button("face").isChecked(), view
