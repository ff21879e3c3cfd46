"""The app as a screen reader finds it: a real AT-SPI client (Debian's pyatspi) on a private D-Bus session
and accessibility bus, over an Xvfb display, querying the running app from outside (tests/atspi/stack.py).
Skips, saying why, only where that stack cannot start (tools/bootstrap.sh dev installs it)."""

from __future__ import annotations

import pytest

from core.content_loader import load_pack
from core.pin import hash_pin
from core.records import VIEWS
from tests.atspi.stack import Stack, missing
from tests.conftest import DATA

_why = missing()
pytestmark = pytest.mark.skipif(bool(_why), reason=f"AT-SPI cannot start here: {_why}")
PACK = load_pack(DATA)


@pytest.mark.parametrize("view", VIEWS)
def test_every_region_is_a_button_named_for_its_area_with_its_summary_and_a_press_action(
    stack: Stack, view: str
) -> None:
    with stack.app("--view", view, name=view):
        regions = stack.query("regions")
    areas = PACK.areas_in(view)
    assert [r["name"] for r in regions] == [a.title for a in areas]
    for region, area in zip(regions, areas, strict=True):
        assert region["role"] == "push button", region
        assert region["description"] == area.summary
        assert "Press" in region["actions"]
        assert {"focusable", "showing", "selectable"} <= set(region["states"])
        marks = [child["name"] for child in region["children"] if child["role"] == "image"]
        assert marks == (["caution"] if area.caution_mark else []), area.id


def test_pressing_a_region_opens_its_page_and_moves_the_reader_there(stack: Stack) -> None:
    with stack.app(name="press"):
        stack.query("activate")
        opened = stack.query("press", "Neck")
        regions = {r["name"]: r for r in stack.query("regions")}
    assert opened["page_title"] == "Neck"  # the page shown
    assert opened["page"]["name"] == "Neck"  # what a screen reader says as focus lands on it
    assert "focused" in opened["page"]["states"]
    assert "selected" in regions["Neck"]["states"]
    assert "selected" not in regions["Chin"]["states"]


def told(events: list[list[object]], after_key: int) -> list[list[object]]:
    """What the reader was told after the `after_key`-th key press (counting from 1) and before the next."""
    keys = [i for i, event in enumerate(events) if event[0] == "key"]
    start = keys[after_key - 1] + 1
    end = keys[after_key] if after_key < len(keys) else len(events)
    return events[start:end]


def test_keyboard_focus_walking_the_regions_is_told_region_by_region(stack: Stack) -> None:
    with stack.app(name="walk"):
        stack.query("activate")
        events = stack.query("keys", "F6", "F6", "Right", "Tab", "Left")
    focus = [(e[1], e[2]) for e in events if e[0] == "focus:"]
    assert focus == [
        ("push button", "Home"),  # F6: the toolbar
        ("filler", "face diagram"),  # F6: the diagram, then its first region
        ("push button", "Forehead"),
        ("push button", "Temples and head"),  # Right
        ("push button", "Eye area"),  # Tab
        ("push button", "Temples and head"),  # Left
    ]


def test_opening_an_area_from_the_diagram_moves_the_reader_to_its_page(stack: Stack) -> None:
    with stack.app(name="announce"):
        stack.query("activate")
        events = stack.query("keys", "F6", "F6", "Right", "Return", "Shift+F6")
    assert ["focus:", "label", "Temples and head", 0] in told(events, 4)
    assert ["focus:", "push button", "Temples and head", 0] in told(events, 5)  # Shift+F6: back on the area


def test_home_pressed_on_the_toolbar_announces_the_page(stack: Stack) -> None:
    with stack.app("--area", "chin", name="home"):
        stack.query("activate")
        events = stack.query("keys", "F6", "space")
    assert ["object:announcement", "label", "Microcurrent Atlas", "Microcurrent Atlas page opened"] in told(events, 2)


def test_following_a_link_moves_the_reader_to_the_new_page_by_its_title(stack: Stack) -> None:
    with stack.app(name="link"):
        stack.query("activate")
        events = stack.query("keys", "Tab", "Return")  # the start page's first link
    told_after = told(events, 2)
    assert [
        "object:property-change:accessible-name",
        "label",
        "How microcurrent is said to work",
        "How microcurrent is said to work",
    ] in told_after  # the focused page's new name
    # Tab put the reader on the link (tests/atspi/test_page_structure.py); it is gone, so the reader is back on
    # the page, by its new title: what Orca 43 says ("… label."), since it ignores a label's change of name.
    assert [e for e in told_after if e[0] == "focus:"] == [["focus:", "label", "How microcurrent is said to work", 0]]


@pytest.mark.parametrize(
    ("demo", "title", "says"),
    [
        ("warning", "Still there?", "Starting over in 7 s Touch anywhere to keep reading."),
        ("pin", "Staff PIN", "Wrong PIN. Try again in 4 seconds."),  # the demo has had four wrong PINs
        ("admin", "Staff panel", ""),
    ],
)
def test_each_kiosk_sheet_is_a_named_modal_dialog_holding_the_keyboard(
    stack: Stack, demo: str, title: str, says: str
) -> None:
    with stack.app("--kiosk", "--kiosk-demo", demo, name=f"kiosk-{demo}"):
        stack.query("activate")
        shown = stack.query("dialog")
        events = stack.query("keys", "Tab", "Tab", "Tab", "Tab")
    assert shown["name"] == title
    assert "modal" in shown["states"]
    assert shown["description"].startswith(says)
    assert shown["focus_inside"]
    outside = [e for e in events if e[0] == "focus:" and e[1] not in ("dialog", "push button")]
    if demo == "warning":  # any key keeps the session: the sheet goes, and the keyboard is back on the page
        assert outside[0] == ["focus:", "label", PACK.info.title, 0]
        assert {e[1] for e in outside[1:]} <= {"link"}  # and the next Tabs walk the page's links
    else:
        assert outside == []  # Tab never leaves the sheet


def test_the_app_gives_its_contents_language_not_the_systems(stack: Stack) -> None:
    with stack.app(name="german", LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8"):
        stack.query("activate")
        found = stack.query("locale")
    assert found["window"].startswith("en") and found["page"].startswith("en"), found


def test_the_arrow_keys_move_a_caret_through_the_page_line_by_line(stack: Stack) -> None:
    with stack.app("--area", "neck", name="caret"):
        stack.query("activate")
        first = stack.query("line")
        events = stack.query("keys", "Down", "Down")  # past the title, onto the summary
        later = stack.query("line")
    assert first == {"caret": 0, "line": "Neck"}
    assert later["caret"] > 0 and later["line"] != "Neck"
    assert ["object:text-caret-moved", "label", "Neck", later["caret"]] in events


@pytest.mark.parametrize("action", ["Press", "ShowMenu"])
def test_topics_opens_its_menu_through_assistive_technology(stack: Stack, action: str) -> None:
    with stack.app(name=f"topics-{action}"):
        stack.query("activate")
        opened = stack.query("act", "push button", "Topics", action)
    assert opened == "Topics"


def test_each_search_result_is_read_as_its_kind_title_and_snippet(stack: Stack) -> None:
    from core.search import build_index, search

    expected = search(build_index(PACK), "cellulite", 8)
    with stack.app("--view", "body-front", "--search-demo", "cellulite", name="search"):
        found = stack.query("search_results")
    assert found["list"]["role"] == "list"
    assert [row["role"] for row in found["rows"]] == ["list item"] * len(expected)
    assert [row["name"] for row in found["rows"]] == [f"{r.kind}: {r.title} — {r.snippet}" for r in expected]
    assert "selected" in found["rows"][0]["states"]  # Enter opens this one


def test_the_arrow_keys_in_the_search_field_tell_the_reader_each_result_they_reach(stack: Stack) -> None:
    from core.search import build_index, search

    expected = search(build_index(PACK), "cellulite", 8)
    with stack.app("--view", "body-front", "--search-demo", "cellulite", name="search-keys"):
        focused = stack.query("activate")
        stack.query("search_results")
        to_field = [] if focused["name"] == "Search the atlas" else ["slash"]  # / goes to the field
        events = stack.query("keys", *to_field, "Down", "Down", "Up")
        tree = stack.query("tree")
    names = [f"{r.kind}: {r.title} — {r.snippet}" for r in expected]
    for key, row in ((1, 1), (2, 2), (3, 1)):
        heard = told(events, key + len(to_field))
        assert ["focus:", "list item", names[row], 0] in heard, (key, heard)
    field = [line for line in tree if line.startswith("text:'Search the atlas'")]
    assert len(field) == 1 and "'focused'" in field[0], field  # the keyboard stays in the field: typing goes on


def test_the_pin_is_a_password_field_that_never_tells_its_digits(stack: Stack) -> None:
    settings = stack.folder / "with-pin.yaml"
    settings.write_text(f"admin_pin_hash: '{hash_pin('2468')}'\n")  # a PIN is set: the pad shows its keypad
    with stack.app("--kiosk", "--kiosk-demo", "pin", "--settings", str(settings), name="kiosk-pin-field"):
        stack.query("activate")
        before = stack.query("password")
        events = stack.query("keys", "7", "1", "BackSpace")
        after = stack.query("password")
    assert before["role"] == "password text" and before["name"] == "Staff PIN"
    assert "focused" in before["states"]  # where the keyboard is when the pad opens
    typed = [e for e in events if e[0].startswith("object:text-changed")]
    assert [e[3] for e in typed] == ["*", "*", "*"], events  # one star in, one in, one out: a reader hears each
    told = [str(e[3]) for e in typed] + [
        str(f[key]) for f in (before, after) for key in ("text", "characters", "value")
    ]
    assert not any(digit in said for said in told for digit in "257"), told
    assert before["count"] == 2 and after["count"] == 3  # "25", then 7, 1 and one taken back


def test_the_divider_is_a_separator_that_takes_the_keyboard_and_says_where_it_stands(stack: Stack) -> None:
    regions = len(PACK.areas_in("face"))
    with stack.app(name="divider"):
        found = stack.query("find", "separator", "Divider between diagram and page")
        stack.query("activate")
        events = stack.query("keys", "F6", "F6", *["Tab"] * regions, "Right")  # the diagram, its areas, the divider
    assert ["focus:", "separator", "Divider between diagram and page", 0] in told(events, 2 + regions)
    moved = [e for e in told(events, 3 + regions) if e[0] == "object:property-change:accessible-description"]
    assert moved and str(moved[0][3]).startswith("Diagram 50 %, page 50 %"), events
    assert "focusable" in found["states"] and "enabled" in found["states"]
    assert found["description"].startswith("Diagram ") and "Arrow keys move it" in found["description"]
