"""What a screen reader finds, from outside over AT-SPI (tests/atspi/stack.py), of the keys and of a link read out
of its sentence: the start page's keys, read line by line, each entry starting a line of its own; and the Neck
page's first link, a source's kind, named "label" and described by what it leads to. Skips, saying why, only
where that stack cannot start."""

from __future__ import annotations

import pytest

from core.key_help import HEADING
from core.key_list import KeyPlace, key_uses
from tests.atspi.stack import Stack, missing

_why = missing()
pytestmark = pytest.mark.skipif(bool(_why), reason=f"AT-SPI cannot start here: {_why}")


def test_the_start_pages_keys_are_read_line_by_line(stack: Stack) -> None:
    with stack.app(name="keys"):
        stack.query("activate")
        lines = [str(line["text"]).strip() for line in stack.query("lines", "400")]  # type: ignore[attr-defined, index]
    assert HEADING in lines, lines
    after = lines[lines.index(HEADING) + 1 :]
    read = " ".join(after)
    for use in key_uses(KeyPlace()):
        entry = f"{use.label}: {use.does}"
        assert entry in read, (entry, after)
        assert any(line.startswith(f"{use.label}:") for line in after), (use.label, after)  # a line of its own


def test_a_sources_kind_is_a_link_that_says_what_it_leads_to(stack: Stack) -> None:
    with stack.app("--area", "neck", name="kind"):
        stack.query("activate")
        links = [part for part in stack.query("parts") if part["role"] == "link"]  # type: ignore[attr-defined, index]
    assert links[0]["name"] == "label"
    assert links[0]["description"] == "what “label” means (Sources page)"
