"""The navigator as the window uses it: which page, view and selection each action leads to."""

from __future__ import annotations

from core.content_loader import load_pack
from core.navigator import Navigator
from tests.conftest import MINIMAL_PACK

PACK = load_pack(MINIMAL_PACK)
EVIDENCE = "Evidence and regulatory status"


def headings(nav: Navigator) -> list[str]:
    return [section.heading for section in nav.state().page.sections]


def test_a_fresh_navigator_shows_home_on_the_face_with_nothing_selected() -> None:
    state = Navigator(PACK).state()
    assert (state.page.ref, state.view, state.selected, state.can_go_back, state.can_go_forward) == (
        "home",
        "face",
        "",
        False,
        False,
    )


def test_opening_an_area_selects_it_and_shows_its_diagram() -> None:
    nav = Navigator(PACK)
    state = nav.open("area:back")
    assert (state.page.ref, state.page.title, state.view, state.selected) == ("area:back", "Back", "body-back", "back")
    assert state.can_go_back and not state.can_go_forward


def test_a_topic_page_selects_no_area_and_keeps_the_view() -> None:
    nav = Navigator(PACK)
    nav.open("area:middle")
    state = nav.open("topic:safety")
    assert (state.page.ref, state.page.title, state.view, state.selected) == (
        "topic:safety",
        "Safety",
        "body-front",
        "",
    )


def test_an_unknown_area_or_topic_or_kind_goes_home() -> None:
    for ref in ("area:elbow", "topic:elbow", "region:top", "top", "area:", "topic:top", "area:faq"):
        nav = Navigator(PACK)
        nav.open("area:top")
        state = nav.open(ref)
        assert (state.page.ref, state.selected) == ("home", ""), ref
        assert state.can_go_back


def test_home_after_an_area_is_one_step_back_from_it() -> None:
    nav = Navigator(PACK)
    nav.open("area:bottom")
    state = nav.home()
    assert (state.page.ref, state.selected, state.view) == ("home", "", "face")
    assert nav.back().selected == "bottom"


def test_back_and_forward_show_the_diagram_of_the_area_they_land_on() -> None:
    nav = Navigator(PACK)
    nav.open("area:middle")
    nav.open("area:back")
    nav.choose_view("face")
    state = nav.back()
    assert (state.page.ref, state.view, state.selected) == ("area:middle", "body-front", "middle")
    state = nav.forward()
    assert (state.page.ref, state.view, state.selected) == ("area:back", "body-back", "back")
    nav.choose_view("face")
    nav.back()
    state = nav.back()
    assert (state.page.ref, state.view, state.selected) == ("home", "body-front", "")  # home keeps the view


def test_choosing_a_view_keeps_the_page_and_an_unknown_view_is_ignored() -> None:
    nav = Navigator(PACK)
    nav.open("area:top")
    assert nav.choose_view("body-back").view == "body-back"
    state = nav.choose_view("legs")
    assert (state.view, state.page.ref, state.selected) == ("body-back", "area:top", "top")


def test_the_evidence_setting_shows_or_hides_the_evidence_section() -> None:
    nav = Navigator(PACK)
    nav.open("area:bottom")
    assert EVIDENCE in headings(nav)
    hidden = nav.set_show_evidence(False)
    assert EVIDENCE not in [s.heading for s in hidden.page.sections]
    assert hidden.page.ref == "area:bottom"
    assert all(EVIDENCE not in [s.heading for s in page.sections] for page in nav.likely_pages())
    assert EVIDENCE in [s.heading for s in nav.set_show_evidence(True).page.sections]


def test_a_kiosk_that_starts_without_evidence_shows_none() -> None:
    nav = Navigator(PACK, show_evidence=False)
    nav.open("area:bottom")
    assert EVIDENCE not in headings(nav)


def test_reset_returns_to_the_start_with_the_evidence_setting_it_began_with() -> None:
    for start in (True, False):
        nav = Navigator(PACK, show_evidence=start)
        nav.open("area:back")
        nav.open("topic:faq")
        nav.back()
        nav.set_show_evidence(not start)
        state = nav.reset()
        assert (state.page.ref, state.view, state.selected, state.can_go_back, state.can_go_forward) == (
            "home",
            "face",
            "",
            False,
            False,
        )
        assert nav.show_evidence is start
        assert (EVIDENCE in [s.heading for s in nav.open("area:bottom").page.sections]) is start


def test_likely_pages_are_every_area_then_every_topic() -> None:
    pages = Navigator(PACK).likely_pages()
    assert [page.ref for page in pages] == [f"area:{a}" for a in PACK.areas] + [f"topic:{t}" for t in PACK.topics]
    assert [page.title for page in pages][:4] == ["Top", "Bottom", "Middle", "Back"]
    assert EVIDENCE in [s.heading for s in pages[1].sections]


def test_an_unknown_page_asked_for_on_the_home_page_adds_no_step_back() -> None:
    nav = Navigator(PACK)
    state = nav.open("area:elbow")
    assert (state.page.ref, state.can_go_back, state.can_go_forward) == ("home", False, False)
