"""The page's structure as a screen reader finds it, from outside over AT-SPI (tests/atspi/stack.py): its links
listed and followed, its headings with their levels, the safety callout as "Safety notes" with its text, and
a callout character placed where it is drawn. Skips, saying why, only where that stack cannot start."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from core.content_loader import load_pack
from core.pages import Page, area_page
from tests.atspi.stack import Stack, missing
from tests.conftest import DATA

_why = missing()
pytestmark = pytest.mark.skipif(bool(_why), reason=f"AT-SPI cannot start here: {_why}")
PACK = load_pack(DATA)
NECK = area_page(PACK, "neck")
IN_APP_LINK = re.compile(r"\[([^\]]+)\]\(((?:area|topic):[a-z0-9-]+|home)\)")


@pytest.fixture(scope="module")
def neck(stack: Stack) -> Iterator[dict[str, object]]:
    """What the Neck page offers a screen reader: its parts, and where two of the callout's words are."""
    with stack.app("--area", "neck", name="neck"):
        stack.query("activate")
        yield {
            "parts": stack.query("parts"),
            "heading": stack.query("place", "Safety notes"),
            "rule": stack.query("place", "Keep off"),
        }


def links_of(page: Page) -> list[tuple[str, str]]:
    """A page's in-app links (text, address) in reading order, read from its Markdown."""
    callout = page.callout
    assert callout is not None
    markdown = [sources for _rule, sources in callout.rules]
    markdown += [callout.rules_sources]
    markdown += [part for note in callout.notes for part in note]
    markdown += [callout.link, *(section.markdown for section in page.sections)]
    return [(" ".join(text.split()), ref) for text, ref in IN_APP_LINK.findall("\n".join(markdown))]


def parts_of(found: dict[str, object], role: str) -> list[dict[str, object]]:
    return [part for part in found["parts"] if part["role"] == role]  # type: ignore[attr-defined, index]


def test_the_pages_links_are_listed_by_their_text_saying_where_they_go(neck: dict[str, object]) -> None:
    links = parts_of(neck, "link")
    assert [link["name"] for link in links] == [text for text, _ref in links_of(NECK)]
    chin = next(link for link in links if link["name"] == "Chin")
    assert chin["description"] == "the Chin page"
    assert chin["actions"][:2] == ["jump", "Press"]  # type: ignore[index]


def test_following_a_link_through_assistive_technology_opens_its_page_and_moves_the_reader_there(
    stack: Stack,
) -> None:
    with stack.app("--area", "neck", name="follow"):
        stack.query("activate")
        stack.query("keys", "F6")  # the keyboard on the toolbar, away from the page
        opened = stack.query("follow", "Chin")
        links = [part["name"] for part in stack.query("parts") if part["role"] == "link"]  # type: ignore[attr-defined, index]
    assert opened["page_title"] == "Chin"  # type: ignore[index]
    assert opened["page"]["name"] == "Chin"  # type: ignore[index]
    assert "focused" in opened["page"]["states"]  # type: ignore[index]
    assert links == [text for text, _ref in links_of(area_page(PACK, "chin"))]  # the Chin page's links now


def test_headings_are_found_with_their_text_and_level(neck: dict[str, object]) -> None:
    headings = [(part["name"], part["attributes"]["level"]) for part in parts_of(neck, "heading")]  # type: ignore[index]
    sections = [(section.heading, "2") for section in NECK.sections if section.heading]
    assert headings == [("Neck", "1"), ("Safety notes", "2"), *sections]


def test_the_safety_callout_is_one_object_named_safety_notes_holding_its_text(neck: dict[str, object]) -> None:
    callouts = parts_of(neck, "section")
    assert [callout["name"] for callout in callouts] == ["Safety notes"]
    text = str(callouts[0]["text"])
    assert text.startswith("\u26a0  Safety notes\n")
    callout = NECK.callout
    assert callout is not None
    rule = callout.rules[0][0]
    assert rule in text
    assert NECK.sections[0].heading not in text  # the callout ends where the box does


def test_a_callout_character_is_placed_where_it_is_drawn(neck: dict[str, object]) -> None:
    box = neck["heading"]["section_box"]  # type: ignore[index]
    for word in ("heading", "rule"):
        place = neck[word]
        page_box, section_box = place["page"], place["section"]  # type: ignore[index]
        assert all(abs(a - b) <= 2 for a, b in zip(page_box, section_box, strict=True)), place  # they agree
        x, y, width, height = place["page"]  # type: ignore[index]
        assert box[0] <= x and x + width <= box[0] + box[2] and box[1] <= y and y + height <= box[1] + box[3]
        colours = place["colours"]  # type: ignore[index]
        if colours is None:
            continue  # no Gdk to read the screen with: the place is checked against the callout's box only
        assert colours[0] == "#fdf3e7", place  # the callout's background around the character
        ink = {"heading": "#7a3a07", "rule": "#1d2327"}[word]  # the heading's colour, the body text's
        assert ink in colours[:3], place


def test_the_page_is_read_line_by_line_as_its_lines_are_drawn(stack: Stack) -> None:
    with stack.app("--area", "neck", name="lines"):
        stack.query("activate")
        lines = stack.query("lines", "30")
    assert [line["text"].strip() for line in lines[:3]] == ["Neck", NECK.summary, "\u26a0  Safety notes"]  # type: ignore[attr-defined, index]
    tops = [line["first"][1] for line in lines]  # type: ignore[index]
    assert all(line["first"][1] == line["last"][1] for line in lines), lines  # type: ignore[index]  # one drawn line each
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # one after the other, down the page
    callout = NECK.callout
    assert callout is not None
    note = callout.notes[0][0].replace("**", "")  # a wrapped paragraph: read over several lines, word for word
    read = " ".join(str(line["text"]).strip() for line in lines)  # type: ignore[index]
    assert note in read
    assert not any(note in str(line["text"]) for line in lines)  # type: ignore[index]


def test_tab_onto_a_link_tells_the_reader_it_is_on_that_link_and_where_it_goes(stack: Stack) -> None:
    with stack.app("--area", "neck", name="tab"):
        stack.query("activate")
        events = stack.query("keys", "Tab", "Tab", "Up")
    focus = [(e[1], e[2]) for e in events if e[0] == "focus:"]
    first, second = links_of(NECK)[:2]
    assert focus == [("link", first[0]), ("link", second[0]), ("label", "Neck")]  # Up: off the link, on the page
