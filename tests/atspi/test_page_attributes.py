"""Emphasis, links and lists of a page as a screen reader finds them, from outside over AT-SPI
(tests/atspi/stack.py): the text attributes at a bold word, a link, an italic line and plain text, each run
ending where its formatting does, and each list with its items in order. Skips, saying why, only where that
stack cannot start."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import pytest

from core.content_loader import load_pack
from core.pages import area_page
from tests.atspi.stack import Stack, missing
from tests.conftest import DATA
from ui.theme import FONT_FAMILY, WINDOW_THEME

_why = missing()
pytestmark = pytest.mark.skipif(bool(_why), reason=f"AT-SPI cannot start here: {_why}")
PACK = load_pack(DATA)
BENEFITS = PACK.topics["therapy-benefits"]


def rgb(colour: str) -> str:
    """A theme colour as AT-SPI gives it ("31,111,139")."""
    return ",".join(str(int(colour[i : i + 2], 16)) for i in (1, 3, 5))


def points(pixels: int) -> str:
    """A size in pixels as AT-SPI gives it: in whole points (Qt rounds), at the display's 96 dots per inch."""
    return str(math.floor(pixels * 72 / 96 + 0.5))


def list_items(markdown: str) -> list[str]:
    """A Markdown text's list items in order, as their words read (emphasis and link marks taken out)."""
    items = [line.strip()[2:] for line in markdown.splitlines() if line.strip().startswith("- ")]
    return [re.sub(r"\*\*|\[([^\]]+)\]\([^)]+\)", lambda m: m.group(1) or "", item) for item in items]


@pytest.fixture(scope="module")
def benefits(stack: Stack) -> Iterator[dict[str, object]]:
    """What the Therapy benefits page offers a screen reader: its text attributes and its lists."""
    with stack.app("--topic", "therapy-benefits", name="benefits"):
        stack.query("activate")
        yield {
            "attributes": stack.query("text_attributes", "Scars", "collagen@2", " heal faster", "neck", "Not medical"),
            "lists": stack.query("lists"),
        }


def run(found: dict[str, object], word: str) -> dict[str, object]:
    return found["attributes"]["runs"][word]  # type: ignore[index]


def test_a_bold_word_is_told_bold_and_its_run_ends_where_the_bold_does(benefits: dict[str, object]) -> None:
    for word, bold in (("Scars", "Scars and blemishes"), ("collagen@2", "collagen")):
        found = run(benefits, word)
        assert found["attributes"]["weight"] == "bold", found  # type: ignore[index]
        assert found["text"] == bold  # the run: the bold words, no more
        assert found["attributes"]["style"] == "normal"  # type: ignore[index]
        assert found["attributes"]["size"] == points(WINDOW_THEME.scale.body)  # type: ignore[index]


def test_plain_text_is_told_without_weight_or_underline(benefits: dict[str, object]) -> None:
    found = run(benefits, " heal faster")
    attributes = found["attributes"]
    assert "weight" not in attributes and "underline" not in attributes, found  # type: ignore[operator]
    assert found["text"] == " heal faster, it says, and "  # between the two bold runs
    assert attributes["family-name"].strip('"') == FONT_FAMILY  # type: ignore[index]
    assert attributes["size"] == points(WINDOW_THEME.scale.body)  # type: ignore[index]
    assert attributes["fg-color"] == rgb(WINDOW_THEME.colours.text)  # type: ignore[index]  # Markdown's, drawn so


def test_a_link_is_told_underlined_in_the_link_colour(benefits: dict[str, object]) -> None:
    found = run(benefits, "neck")
    assert found["text"] == "neck"
    assert found["attributes"]["underline"] == "single", found  # type: ignore[index]
    assert found["attributes"]["fg-color"] == rgb(WINDOW_THEME.colours.link)  # type: ignore[index]


def test_the_footnote_is_told_italic(benefits: dict[str, object]) -> None:
    found = run(benefits, "Not medical")
    assert found["attributes"]["style"] == "italic", found  # type: ignore[index]
    assert str(found["text"]).startswith("Not medical advice.")
    assert found["attributes"]["size"] == points(WINDOW_THEME.scale.small)  # type: ignore[index]


def test_each_list_is_found_with_its_items_in_order(benefits: dict[str, object]) -> None:
    lists = benefits["lists"]
    first = lists[0]  # type: ignore[index]
    assert first["role"] == "list" and first["count"] == 3
    items = first["items"]
    assert [item["role"] for item in items] == ["list item"] * 3
    assert [item["name"] for item in items] == list_items(BENEFITS.body)
    assert [item["index"] for item in items] == [0, 1, 2]  # "n of m": its index in the list, of its count
    related = lists[-1]  # type: ignore[index]
    assert [item["name"] for item in related["items"]] == [
        PACK.topics[ref.split(":")[1]].title for ref in BENEFITS.related
    ]


def test_the_callouts_rules_are_a_list(stack: Stack) -> None:
    with stack.app("--area", "neck", name="rules"):
        stack.query("activate")
        lists = stack.query("lists")
    callout = area_page(PACK, "neck").callout
    assert callout is not None
    assert [item["name"] for item in lists[0]["items"]] == [rule for rule, _ in callout.rules]  # type: ignore[index]
