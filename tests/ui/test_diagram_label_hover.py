"""The diagram's area name, shown on hover and focus, as WCAG 1.4.13 asks of content on hover: the pointer can
move up onto it without it going, and Escape puts it away (doing nothing else) until another area is pointed at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def point_at(qtbot, window: MainWindow, area_id: str) -> str:
    diagram = window.diagram
    QTest.mouseMove(diagram, QPoint(2, 2))  # from outside the areas: the pointer moves
    QTest.mouseMove(diagram, diagram.anchor_of(area_id).toPoint())
    return diagram.label_text()


def clear_way_up(window: MainWindow) -> list[str]:
    """The face's areas whose name is drawn above them with no other area on the straight way up to it, nor
    beneath the name where the pointer rests on it."""
    diagram = window.diagram
    found = []
    for area_id in diagram.region_ids():
        point_at_area = diagram.anchor_of(area_id)
        QTest.mouseMove(diagram, QPoint(2, 2))
        QTest.mouseMove(diagram, point_at_area.toPoint())
        label = diagram.label_rect()
        if label.isEmpty() or label.bottom() >= point_at_area.y():
            continue
        ys = range(round(point_at_area.y()), round(label.center().y()) - 2, -2)  # up to the name's middle
        way = {diagram.region_at(QPoint(round(point_at_area.x()), y).toPointF()) for y in ys}
        if way <= {area_id, ""} and "" in way:
            found.append(area_id)
    return found


def test_the_pointer_can_move_up_onto_the_name_and_it_stays(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    clear = clear_way_up(shipped_window)
    assert clear  # a gap between area and name to cross, and nothing else on the way
    for area_id in clear:
        title = shipped_window.navigator.pack.areas[area_id].title
        assert point_at(qtbot, shipped_window, area_id) == title
        anchor = diagram.anchor_of(area_id).toPoint()
        label = diagram.label_rect()
        for y in range(anchor.y(), round(label.center().y()) - 1, -3):
            QTest.mouseMove(diagram, QPoint(anchor.x(), y))
            assert diagram.label_text() == title, (area_id, y)
        assert diagram.label_rect().contains(QPoint(anchor.x(), round(label.center().y())))


def test_the_name_goes_when_the_pointer_leaves_area_and_name(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    assert point_at(qtbot, shipped_window, "chin")
    QTest.mouseMove(diagram, QPoint(2, 2))
    assert diagram.label_text() == ""


def test_a_neighbour_beneath_the_name_takes_the_hover(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    point_at(qtbot, shipped_window, "chin")
    label = diagram.label_rect()
    beneath = diagram.region_at(label.center())
    assert beneath not in ("", "chin")  # the chin's name is drawn over the lips
    QTest.mouseMove(diagram, label.center().toPoint())
    assert diagram.label_text() == shipped_window.navigator.pack.areas[beneath].title


def test_escape_puts_the_name_away_and_does_nothing_else(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    diagram = window.diagram
    window.page.setFocus()
    assert point_at(qtbot, window, "neck")
    QTest.keyClick(window.page, Qt.Key.Key_Escape)
    assert diagram.label_text() == ""
    assert window.page.hasFocus() and window.page.current_ref() == "home" and diagram.selected() == ""
    QTest.mouseMove(diagram, diagram.anchor_of("neck").toPoint() + QPoint(1, 0))
    assert diagram.label_text() == ""  # still away while the pointer stays on the area
    assert point_at(qtbot, window, "chin") == window.navigator.pack.areas["chin"].title  # back for the next


def test_escape_puts_away_the_name_the_keyboard_shows(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    diagram.setFocus(Qt.FocusReason.TabFocusReason)
    first = diagram.region_ids()[0]
    assert diagram.label_text() == shipped_window.navigator.pack.areas[first].title
    QTest.keyClick(diagram, Qt.Key.Key_Escape)
    assert diagram.label_text() == "" and diagram.focused_region() == first
    QTest.keyClick(diagram, Qt.Key.Key_Right)
    assert diagram.label_text() == shipped_window.navigator.pack.areas[diagram.region_ids()[1]].title
