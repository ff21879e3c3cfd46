"""Page references are written, read and checked by core.refs alone."""

from __future__ import annotations

import re

from core import refs
from tests.conftest import ROOT


def test_a_reference_reads_back_as_it_was_written() -> None:
    assert refs.area_ref("neck") == "area:neck" and refs.topic_ref("faq") == "topic:faq"
    assert refs.split(refs.area_ref("neck")) == (refs.AREA, "neck")
    assert refs.split(refs.topic_ref("faq")) == (refs.TOPIC, "faq")
    for other in (refs.HOME, "", "neck", "https://example.com", "note:x", ":neck"):
        assert refs.split(other) == ("", ""), other
    assert refs.area_of("area:neck") == "neck"
    assert refs.area_of("topic:neck") == "" and refs.area_of(refs.HOME) == ""


def test_a_reference_names_a_page_only_of_its_own_kind() -> None:
    areas, topics = {"neck"}, {"faq"}
    assert refs.names_page("area:neck", areas, topics) and refs.names_page("topic:faq", areas, topics)
    for ref in ("topic:neck", "area:faq", "area:chin", refs.HOME, "area:", "area:neck:x"):
        assert not refs.names_page(ref, areas, topics), ref


def test_a_pack_must_write_area_or_topic_and_an_id() -> None:
    for good in ("area:neck", "topic:how-it-works", "area:a1-b2"):
        assert refs.written_right(good), good
    for bad in ("home", "area:Neck", "area:", "topic:faq ", "area:-x", "page:faq", "area:a--b", None, 3):
        assert not refs.written_right(bad), bad
    assert isinstance(refs.REF_PATTERN, re.Pattern) and refs.REF_PATTERN.match("topic:faq")
    assert refs.SCHEMES == ("area", "topic", "home")


def test_core_parses_and_writes_references_only_through_refs() -> None:
    """No module of core/ but refs.py splits a reference or spells out its kinds."""
    hand_made = re.compile(r"""partition\(":"\)|["'](?:area|topic):""")
    for path in sorted((ROOT / "core").glob("*.py")):
        if path.name != "refs.py":
            assert not hand_made.search(path.read_text(encoding="utf-8")), path.name
