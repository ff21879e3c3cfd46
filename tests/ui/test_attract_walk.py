"""The attract loop walks every view (face, body front, body back), names the lit area under the map, and
the first touch opens the area touched, on whichever view the loop had reached."""

from __future__ import annotations

from core.idle import Phase
from core.records import VIEWS
from tests.ui.manual_clock import ManualClock
from tests.ui.test_kiosk import pixel_at, tap


def test_the_loop_walks_all_three_views_naming_each_lit_area(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, attract_interval_s=2)
    window = mode.window
    pack = window.navigator.pack
    seen: list[tuple[str, str, str]] = []
    for _ in range(len(pack.areas)):
        shown = next(view for view in VIEWS if window.view_switch.button(view).isChecked())
        lit = window.diagram.attract()
        assert lit in window.diagram.region_ids()  # lit on the diagram shown
        seen.append((shown, lit, " ".join(mode.attract.hint.text().split())))  # on one line or two, the same words
        clock.advance(2)
    assert [view for view, _, _ in seen] == sorted((area.view for area in pack.areas.values()), key=VIEWS.index)
    assert sorted(area for _, area, _ in seen) == sorted(pack.areas)  # every area, once
    assert ("face", "neck", "Neck: touch to explore") in seen
    for view, area, hint in seen:
        assert pack.areas[area].view == view and hint == f"{pack.areas[area].title}: touch to explore"
    assert window.diagram.attract() == seen[0][1] and window.view_switch.button(VIEWS[0]).isChecked()  # round again
    assert mode.attract.hint.isVisible() and mode.attract.hint.accessibleName() == seen[0][2]


def test_the_first_touch_on_the_body_back_opens_the_area_touched(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, attract_interval_s=2)
    window = mode.window
    pack = window.navigator.pack
    while not window.view_switch.button(VIEWS[2]).isChecked():
        clock.advance(2)
    lit = window.diagram.attract()
    touched = next(area.id for area in pack.areas_in(VIEWS[2]) if area.id != lit)
    before = pixel_at(window.diagram, lit)
    tap(qtbot, window.diagram, window.diagram.anchor_of(touched).toPoint())
    assert window.page.current_ref() == f"area:{touched}" and window.diagram.selected() == touched
    assert window.view_switch.button(VIEWS[2]).isChecked()
    assert window.diagram.attract() == "" and not mode.attract.hint.isVisible()
    assert pixel_at(window.diagram, lit) != before  # no longer lit
    clock.advance(60 + 1)  # idle timeout and warning: the stand starts over on the face, from its first area
    assert mode.phase() is Phase.ATTRACT
    assert window.view_switch.button(VIEWS[0]).isChecked()
    assert window.diagram.attract() == window.diagram.region_ids()[0]
