"""Page contents and order: safety first, evidence optional, related links, sources named."""

from __future__ import annotations

from core.content_loader import load_pack
from core.navigator import Navigator
from core.pages import area_page, home_page, page_for, topic_page
from tests.conftest import MINIMAL_PACK

PACK = load_pack(MINIMAL_PACK)


def test_area_page_parts_come_in_the_designed_order() -> None:
    page = area_page(PACK, "bottom")
    assert (page.title, page.summary) == ("Bottom", "The bottom part.")
    assert [s.heading for s in page.sections] == [
        "What it may do here",
        "How it works here",
        "Suggested device",
        "Evidence and regulatory status",
        "Related",
        "Source",
    ]
    assert page.callout is not None and page.callout.heading == "Safety notes"


def test_safety_notes_start_with_the_do_not_use_rules_then_the_area_s_own_with_short_citations() -> None:
    callout = area_page(PACK, "bottom").callout
    assert callout is not None
    assert callout.rules_heading == "Do not use if you:"
    # Sources that state every rule are named once, under the rules.
    assert callout.rules == (("have an implanted electronic device", ""),)
    assert callout.rules_sources.startswith("Source for each: Device A manual · label; A regulation · regulation;")
    # The general rule heads the box already; the area's own list does not repeat it.
    assert callout.notes_heading == "On the bottom:"
    assert callout.notes == (("Keep the device off the eyes.", "Device A manual · label"),)
    assert "(topic:safety)" in callout.link


def test_evidence_can_be_hidden_but_safety_notes_cannot() -> None:
    page = area_page(PACK, "bottom", show_evidence=False)
    assert "Evidence and regulatory status" not in [s.heading for s in page.sections]
    assert page.callout is not None and len(page.callout.rules) == 1 and len(page.callout.notes) == 1


def test_related_links_include_areas_sharing_a_treatment() -> None:
    related = next(s for s in area_page(PACK, "bottom").sections if s.heading == "Related").markdown
    assert related.splitlines() == [
        "- [About](topic:about)",
        "- [Top](area:top)",
        "- [Middle](area:middle)",
        "- [Back](area:back)",
    ]


def test_device_claims_and_source_section() -> None:
    page = area_page(PACK, "top")
    devices = next(s for s in page.sections if s.heading == "Suggested device").markdown
    assert "**Gadget One**: Tones in a week, says the maker\\." in devices  # a text field: its dot escaped
    source = page.sections[-1].markdown
    assert "*A test article* (Nobody)" in source and "“Toning”" in source


def test_about_page_shows_version_reviewed_date_and_disclaimer() -> None:
    text = "\n".join(s.markdown for s in topic_page(PACK, "about").sections)
    assert "Content version: **0\\.0\\.1**" in text
    assert "Reviewed: **2026-01-02**" in text
    assert "**Not medical advice.** Test content only\\." in text


def test_safety_topic_shows_its_notes_as_a_callout() -> None:
    page = topic_page(PACK, "safety")
    assert page.callout is not None
    assert page.callout.notes[0][0] == "Not with an implanted electronic device."


def test_home_page_indexes_every_topic_and_area() -> None:
    text = "\n".join(s.markdown for s in home_page(PACK).sections)
    for topic in PACK.topics:
        assert f"(topic:{topic})" in text
    for area in PACK.areas:
        assert f"(area:{area})" in text


def test_unknown_reference_goes_home() -> None:
    assert page_for(PACK, "area:nowhere").ref == "home"


def test_navigator_back_forward_and_view_follow_the_area() -> None:
    nav = Navigator(PACK)
    assert nav.state().page.ref == "home" and not nav.state().can_go_back
    state = nav.open("area:middle")
    assert (state.view, state.selected) == ("body-front", "middle")
    state = nav.open("topic:faq")
    assert (state.view, state.selected) == ("body-front", "")
    state = nav.back()
    assert state.page.ref == "area:middle" and state.can_go_forward
    state = nav.open("area:back")
    assert state.view == "body-back" and not state.can_go_forward
    assert nav.back().page.ref == "area:middle"
    assert nav.back().page.ref == "home"
    assert nav.forward().page.ref == "area:middle"
    state = nav.choose_view("face")
    assert (state.view, state.selected, state.page.ref) == ("face", "middle", "area:middle")
    state = nav.reset()
    assert (state.page.ref, state.view, state.can_go_back, state.can_go_forward) == ("home", "face", False, False)


def test_opening_the_current_page_again_adds_no_history() -> None:
    nav = Navigator(PACK)
    nav.open("area:top")
    nav.open("area:top")
    assert nav.back().page.ref == "home"
    assert not nav.state().can_go_back


def test_rules_that_share_no_source_each_name_their_own(pack_copy) -> None:
    folder = pack_copy()
    with (folder / "notes.yaml").open("a", encoding="utf-8") as notes:
        notes.write(
            "- id: general-two\n  kind: caution\n  rule: are pregnant\n  text: Not in pregnancy.\n  sources: [reg-b]\n"
        )
    (folder / "pack.yaml").write_text(
        (folder / "pack.yaml")
        .read_text()
        .replace("do_not_use: [general-one]", "do_not_use: [general-one, general-two]")
    )
    with (folder / "conditions.yaml").open("a", encoding="utf-8") as conditions:  # each rule has its condition
        conditions.write("- id: two\n  label: Two\n  rules:\n    - {note: general-two, verdict: ruled-out}\n")
    (folder / "notes.yaml").write_text(
        (folder / "notes.yaml")
        .read_text()
        .replace("  sources: [label-a, reg-b]\n", "  sources: [label-a, reg-b]\n  rule_sources: [label-a]\n", 1)
    )
    callout = area_page(load_pack(folder), "top").callout
    assert callout.rules == (
        ("have an implanted electronic device", "Device A manual · label"),
        ("are pregnant", "A regulation · regulation"),
    )
    assert callout.rules_sources == ""
