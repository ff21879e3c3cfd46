"""Moving by heading and listing the page's headings and links, from outside over AT-SPI, as a screen reader
meets them (tests/atspi/stack.py): after H the focused object is the heading, with its level; Ctrl+L opens a
modal dialog whose lists hold the headings and the links; an item's Press action goes there. Skips, saying
why, only where that stack cannot start."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from core.content_loader import load_pack
from core.pages import area_page
from tests.atspi.stack import SYSTEM_PYTHON, Stack, missing
from tests.atspi.test_page_structure import links_of
from tests.conftest import DATA

_why = missing()
pytestmark = pytest.mark.skipif(bool(_why), reason=f"AT-SPI cannot start here: {_why}")
PACK = load_pack(DATA)
NECK = area_page(PACK, "neck")
HEADINGS = ["Neck", "Safety notes", *(section.heading for section in NECK.sections if section.heading)]
CLIENT = Path(__file__).with_name("page_nav_client.py")


def ask(stack: Stack, command: str, *args: str) -> object:
    done = subprocess.run(
        [SYSTEM_PYTHON, "-E", "-s", str(CLIENT), command, *args],
        capture_output=True,
        text=True,
        env=stack.env,
        timeout=90,
    )
    if done.returncode != 0:
        raise AssertionError(f"AT-SPI client {command} {args} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def test_h_puts_the_reader_on_each_heading_with_its_level(stack: Stack) -> None:
    with stack.app("--area", "neck", name="headings"):
        stack.query("activate")
        events = ask(stack, "keys", "h", "h")
        on = ask(stack, "focused")
        events_back = ask(stack, "keys", "Shift+h", "Ctrl+h")
        back = ask(stack, "focused")
    focus = [(e[1], e[2]) for e in events if e[0] == "focus:"]  # type: ignore[attr-defined, index]
    assert focus == [("heading", HEADINGS[1]), ("heading", HEADINGS[2])]
    assert on["role"] == "heading" and on["name"] == HEADINGS[2]  # type: ignore[index]
    assert on["attributes"]["level"] == "2" and "focused" in on["states"]  # type: ignore[index]
    focus_back = [(e[1], e[2]) for e in events_back if e[0] == "focus:"]  # type: ignore[attr-defined, index]
    assert focus_back == [("heading", HEADINGS[1]), ("heading", HEADINGS[2])]  # Shift+H back; Ctrl+H on again
    assert back["name"] == HEADINGS[2]  # type: ignore[index]


def test_going_round_the_end_is_said_with_the_heading(stack: Stack) -> None:
    with stack.app("--area", "neck", name="round"):
        stack.query("activate")
        events = ask(stack, "keys", "Shift+h")
        on = ask(stack, "focused")
    focus = [(e[1], e[2]) for e in events if e[0] == "focus:"]  # type: ignore[attr-defined, index]
    assert focus == [("heading", HEADINGS[-1])]
    assert on["description"] == "At the last heading: that was the first one."  # type: ignore[index]


def test_ctrl_l_opens_a_modal_dialog_listing_the_headings_and_the_links(stack: Stack) -> None:
    with stack.app("--area", "neck", name="guide"):
        stack.query("activate")
        events = ask(stack, "keys", "Ctrl+l")
        guide = ask(stack, "guide")
    assert guide["role"] == "dialog" and "modal" in guide["states"]  # type: ignore[index]
    lists = guide["lists"]  # type: ignore[index]
    assert [item["name"] for item in lists["Headings"]] == HEADINGS
    assert [item["role"] for item in lists["Headings"]] == ["list item"] * len(HEADINGS)
    assert lists["Headings"][1]["description"] == "heading level 2"
    assert [item["name"] for item in lists["Links"]] == [text for text, _ref in links_of(NECK)]
    chin = next(item for item in lists["Links"] if item["name"] == "Chin")
    assert chin["description"] == "the Chin page" and chin["actions"] == ["Press"]
    focus = [(e[1], e[2]) for e in events if e[0] == "focus:"]  # type: ignore[attr-defined, index]
    assert focus[-1] == ("list item", "Neck")  # the reader lands on the first heading of the list


def test_an_items_press_through_assistive_technology_goes_there(stack: Stack) -> None:
    with stack.app("--area", "neck", name="press"):
        stack.query("activate")
        ask(stack, "keys", "Ctrl+l")
        heading = ask(stack, "press_item", "Headings", HEADINGS[3])
        ask(stack, "keys", "Ctrl+l")
        link = ask(stack, "press_item", "Links", "Chin")
    assert heading["focused"]["role"] == "heading" and heading["focused"]["name"] == HEADINGS[3]  # type: ignore[index]
    assert heading["page"]["name"] == "Neck"  # type: ignore[index]
    assert link["page"]["name"] == "Chin" and "focused" in link["page"]["states"]  # type: ignore[index]
    assert link["focused"]["role"] not in ("list item", "heading")  # type: ignore[index]  # out of the list, on the page


def test_down_from_a_heading_reads_on_from_there_without_naming_the_page_again(stack: Stack) -> None:
    with stack.app("--area", "neck", name="down"):
        stack.query("activate")
        events = ask(stack, "keys", "h", "Down")
    after = events[[e[:2] for e in events].index(["key", "Down"]) :]  # type: ignore[attr-defined, union-attr]
    assert [e for e in after if e[0] == "focus:"] == []  # Orca 43 said only "Neck label." on a focus event here
    assert any(e[0] == "object:text-caret-moved" and e[1:3] == ["label", "Neck"] for e in after)  # it reads the line
