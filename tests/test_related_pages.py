"""No page lists itself among its related pages: every page of the built-in pack, and a pack that asks for it."""

from __future__ import annotations

import re

from core.content_loader import load_pack
from core.pages import page_for, related_refs, topic_related
from core.refs import area_ref, topic_ref
from tests.conftest import DATA

LINK = re.compile(r"\]\(((?:area|topic):[a-z0-9-]+)\)")


def _related_links(ref: str) -> list[str]:
    page = page_for(load_pack(DATA), ref)
    related = [section for section in page.sections if section.heading == "Related"]
    return [link for section in related for link in LINK.findall(section.markdown)]


def test_no_page_of_the_built_in_pack_lists_itself_as_related() -> None:
    pack = load_pack(DATA)
    refs = [area_ref(a) for a in pack.areas] + [topic_ref(t) for t in pack.topics]
    shown = {ref: _related_links(ref) for ref in refs}
    assert {ref: links for ref, links in shown.items() if ref in links} == {}
    assert sum(bool(links) for links in shown.values()) >= len(pack.areas)  # the check saw real links


def test_thighs_lists_its_neighbours_but_not_itself() -> None:
    links = _related_links("area:thighs")
    assert "area:thighs" not in links
    assert "area:back-thighs" in links


def test_an_area_or_topic_that_names_itself_is_not_linked_to_itself() -> None:
    pack = load_pack(DATA)
    area = pack.areas["thighs"]._replace(related=("area:thighs", "topic:safety"))
    assert "area:thighs" not in related_refs(pack, area)
    assert "topic:safety" in related_refs(pack, area)
    topic = pack.topics["safety"]._replace(related=("topic:safety", "topic:devices"))
    assert topic_related(topic) == ["topic:devices"]
