"""Every part of an area, topic and home page as a reader sees it, on a pack with two treatments on one area,
a hatched zone, caveats, labelled sources and a Sources page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.content_loader import load_pack
from core.pages import Callout, area_page, citation, md_text, page_for, ref_title, source_names, topic_page
from core.records import Pack
from tests.conftest import MINIMAL_PACK


def _append(folder: Path, name: str, text: str) -> None:
    with (folder / name).open("a", encoding="utf-8") as file:
        file.write(text)


def rich_copy(target: Path) -> Path:
    folder = target / "rich"
    shutil.copytree(MINIMAL_PACK, folder)
    _append(
        folder,
        "sources.yaml",
        "- id: study-c\n  kind: STUDY\n  title: A long study title\n  label: Smith 2020\n"
        "  url: https://example.invalid/c\n"
        "- id: app-d\n  kind: APP\n  title: This app's advice\n",
    )
    _append(
        folder,
        "notes.yaml",
        "- id: lift-caveat\n  kind: caveat\n  text: No trial shows a lift.\n  sources: [study-c]\n"
        "- id: lift-evidence\n  kind: evidence\n  text: Two trials, mixed.\n  sources: [study-c, app-d]\n"
        "- id: not-on-belly\n  kind: caution\n  text: Not over the belly button.\n  sources: [app-d]\n",
    )
    _append(
        folder,
        "treatments.yaml",
        "- id: lifting\n  title: Lifting *fast*\n  article_section: Lift\n"
        "  claims: |\n    It is said to lift.\n\n    {{caveat:lift-caveat}}\n  how: By more current.\n"
        "  devices:\n    - device: gadget\n      claim: Tones in a week, says the maker.\n"
        "    - device: gadget\n      claim: Lifts too.\n"
        "  cautions: [keep-off-eyes, not-on-belly]\n  evidence: [weak-evidence, lift-evidence]\n",
    )
    _append(
        folder,
        "topics.yaml",
        "- id: sources\n  title: Sources\n  summary: Every source.\n  body: |\n    All of them.\n"
        "  notes: [weak-evidence]\n  related: [area:middle, topic:faq]\n",
    )
    areas = (folder / "areas.yaml").read_text(encoding="utf-8")
    middle = "  treatments: [toning]\n  cautions: []\n- id: back"
    assert middle in areas
    (folder / "areas.yaml").write_text(
        areas.replace(
            middle,
            "  treatments: [toning, lifting]\n  cautions: [not-on-belly]\n"
            "  no_go:\n    - {zone: belly, caution: not-on-belly}\n"
            "  here: |\n    In the middle.\n\n    {{caveat:lift-caveat}}\n- id: back",
        ),
        encoding="utf-8",
    )
    svg = folder / "body-front.svg"
    svg.write_text(
        svg.read_text(encoding="utf-8").replace(
            "</svg>", '  <g id="no-go" display="none"><circle id="belly" cx="100" cy="150" r="10"/></g>\n</svg>'
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return load_pack(rich_copy(tmp_path_factory.mktemp("pages")))


def text_of(page_sections: object) -> dict[str, str]:
    return {section.heading: section.markdown for section in page_sections}  # type: ignore[attr-defined]


RULES_SOURCES = (
    "Source for each: Device A manual · [label](topic:sources); A regulation · regulation; "
    "more on the [Safety page](topic:safety)."
)


def test_an_area_with_two_treatments_and_a_hatched_zone(rich: Pack) -> None:
    page = area_page(rich, "middle")
    assert (page.ref, page.title, page.summary, page.footnote) == (
        "area:middle",
        "Middle",
        "The middle.",
        "Test content only\\.",
    )
    assert page.callout == Callout(
        heading="Safety notes",
        notes=(
            (
                "Not over the belly button. The diagram hatches this part of the area.",
                "This app\\'s advice · app advice",
            ),
            ("Keep the device off the eyes.", "Device A manual · label"),
        ),
        link="Every rule, and when to ask a doctor first: [Safety](topic:safety).",
        rules=(("have an implanted electronic device", ""),),
        rules_heading="Do not use if you:",
        notes_heading="On the middle:",
        rules_sources=RULES_SOURCES,
    )
    assert text_of(page.sections) == {
        "What it may do here": "### Toning\n\nIt is said to tone.\n\n### Lifting \\*fast\\*\n\nIt is said to lift.\n\n"
        "**Evidence check:** No trial shows a lift. *(Smith 2020 · study)*",
        "How it works here": "In the middle.\n\n**Evidence check:** No trial shows a lift. *(Smith 2020 · study)*\n\n"
        "### Toning\n\nBy small currents.\n\n### Lifting \\*fast\\*\n\nBy more current.",
        "Suggested device": "- **Gadget One**: Tones in a week, says the maker\\.\n- **Gadget One**: Lifts too\\.\n\n"
        "More on each device: [Devices](topic:devices).",
        "Evidence and regulatory status": "One small study, no control arm.\n\n*Source: A regulation · regulation*\n\n"
        "Two trials, mixed.\n\n*Source: Smith 2020 · study; This app\\'s advice · app advice*",
        "Related": "- [Top](area:top)\n- [Bottom](area:bottom)\n- [Back](area:back)",
        "Source": "The article *A test article* (Nobody), sections “Toning”, “Lift”, retold in our own words. "
        "Safety notes and evidence come from the project's research notes; each names its sources, listed in full "
        "under [Sources](topic:sources).",
    }
    assert [s.heading for s in page.sections] == [
        "What it may do here",
        "How it works here",
        "Suggested device",
        "Evidence and regulatory status",
        "Related",
        "Source",
    ]


def test_an_area_with_one_treatment_has_no_treatment_headings(rich: Pack) -> None:
    page = area_page(rich, "top")
    sections = text_of(page.sections)
    assert sections["What it may do here"] == "It is said to tone."
    assert sections["How it works here"] == "By small currents."
    assert sections["Source"].startswith("The article *A test article* (Nobody), section “Toning”, retold")
    assert page.callout is not None and page.callout.notes_heading == "On the top:"
    assert page.callout.notes == (("Keep the device off the eyes.", "Device A manual · label"),)


def test_without_evidence_only_the_evidence_section_goes(rich: Pack) -> None:
    shown, hidden = area_page(rich, "middle"), area_page(rich, "middle", show_evidence=False)
    assert [s for s in shown.sections if s.heading != "Evidence and regulatory status"] == list(hidden.sections)
    assert shown.callout == hidden.callout
    assert "Evidence check" in text_of(hidden.sections)["What it may do here"]  # caveats are never hidden
    assert page_for(rich, "area:middle", show_evidence=False) == hidden
    assert page_for(rich, "topic:sources", show_evidence=False) == topic_page(rich, "sources", show_evidence=False)
    assert "Evidence and regulatory status" not in text_of(topic_page(rich, "sources", show_evidence=False).sections)


def test_the_sources_page_explains_each_kind_used_and_lists_every_source(rich: Pack) -> None:
    page = topic_page(rich, "sources")
    assert (page.ref, page.title, page.summary, page.callout) == ("topic:sources", "Sources", "Every source.", None)
    assert text_of(page.sections) == {
        "": "All of them.",
        "What the kinds mean": "- **label**: a device maker's own labeling: a user manual, instructions for use, or "
        "the summary filed with the FDA to have the device cleared (a 510(k) summary)\n"
        "- **regulation**: US regulation text, or a document or record of the FDA\n"
        "- **study**: a published study or a review of studies\n"
        "- **app advice**: this app's own general advice, where no source in the research says it",
        "Sources of the kind “label”": "- **Device A manual**: Device A manual  \n"
        "  Address (not opened by this app): https\\://example\\.invalid/a",
        "Sources of the kind “regulation”": "- **A regulation**: A regulation  \n"
        "  No address was recorded for it in the research.",
        "Sources of the kind “study”": "- **Smith 2020**: A long study title  \n"
        "  Address (not opened by this app): https\\://example\\.invalid/c",
        "Sources of the kind “app advice”": "- **This app\\'s advice**: This app\\'s advice  \n"
        "  No address was recorded for it in the research.",
        "Evidence and regulatory status": "One small study, no control arm.\n\n"
        "*Source: A regulation · [regulation](topic:sources)*",
        "Related": "- [Middle](area:middle)\n- [Faq](topic:faq)",
    }


def test_the_safety_page_leads_with_the_rules_and_says_more_is_below(rich: Pack) -> None:
    page = topic_page(rich, "safety")
    assert page.callout == Callout(
        heading="Safety notes",
        notes=(("Not with an implanted electronic device.", "Device A manual · label; A regulation · regulation"),),
        link="Device-specific instructions override this summary: always follow the label of the device in use.",
        rules=(("have an implanted electronic device", ""),),
        rules_heading="Do not use if you:",
        notes_heading="Every rule in full, with all its sources:",
        rules_sources="Source for each: Device A manual · [label](topic:sources); A regulation · regulation; "
        "more below.",
    )


def test_a_topic_with_cautions_other_than_safety_has_no_rules(pack_copy) -> None:
    folder = pack_copy()
    topics = (folder / "topics.yaml").read_text(encoding="utf-8")
    faq = "    Text of faq. Go to [Top](area:top).\n"
    (folder / "topics.yaml").write_text(topics.replace(faq, faq + "  notes: [keep-off-eyes, weak-evidence]\n"))
    page = topic_page(load_pack(folder), "faq")
    assert page.callout == Callout(
        "Safety notes",
        (("Keep the device off the eyes.", "Device A manual · label"),),
        "Device-specific instructions override this summary: always follow the label of the device in use.",
    )
    assert text_of(page.sections)["Evidence and regulatory status"] == (
        "One small study, no control arm.\n\n*Source: A regulation · regulation*"
    )


def test_the_home_page_lists_topics_then_areas_by_view(rich: Pack) -> None:
    page = page_for(rich, "home")
    assert (page.ref, page.title, page.callout, page.footnote) == ("home", "Mini Atlas", None, "Test content only\\.")
    assert page.summary == (
        "Touch or click an area of the diagram to read what microcurrent is said to do there, "
        "starting with its safety notes."
    )
    sections = text_of(page.sections)
    assert list(sections) == ["Topics", "Areas: Face", "Areas: Body front", "Areas: Body back"]
    assert sections["Topics"].splitlines()[-2:] == ["- [About](topic:about)", "- [Sources](topic:sources)"]
    assert sections["Areas: Face"] == "- [Top](area:top)\n- [Bottom](area:bottom)"
    assert sections["Areas: Body front"] == "- [Middle](area:middle)"
    assert sections["Areas: Body back"] == "- [Back](area:back)"


@pytest.mark.parametrize("ref", ["home", "", "area:nowhere", "topic:nowhere", "area:faq", "topic:top", "top", "x:y"])
def test_any_other_reference_shows_the_home_page(rich: Pack, ref: str) -> None:
    assert page_for(rich, ref) == page_for(rich, "home")


def test_titles_of_references_and_citations(rich: Pack) -> None:
    assert ref_title(rich, "area:middle") == "Middle"
    assert ref_title(rich, "topic:sources") == "Sources"
    assert ref_title(rich, "home") == "Mini Atlas"
    assert citation(rich, "study-c") == "Smith 2020 · study"
    assert citation(rich, "study-c", explain=True) == "Smith 2020 · [study](topic:sources)"
    assert source_names(rich, rich.notes["lift-evidence"]) == "Smith 2020 · study; This app\\'s advice · app advice"


def test_without_a_sources_page_the_kind_is_plain_and_the_source_section_says_less(pack_copy) -> None:
    pack = load_pack(pack_copy())
    assert citation(pack, "label-a", explain=True) == "Device A manual · label"
    assert text_of(area_page(pack, "top").sections)["Source"] == (
        "The article *A test article* (Nobody), section “Toning”, retold in our own words. Safety notes and "
        "evidence come from the project's research notes; each names its sources."
    )


def test_an_area_whose_treatment_names_no_device_says_so(pack_copy) -> None:
    folder = pack_copy()
    treatments = (folder / "treatments.yaml").read_text(encoding="utf-8")
    devices = "  devices:\n    - device: gadget\n      claim: Tones in a week, says the maker.\n"
    assert devices in treatments
    (folder / "treatments.yaml").write_text(treatments.replace(devices, "  devices: []\n"))
    assert text_of(area_page(load_pack(folder), "top").sections)["Suggested device"] == (
        "The article names no particular device for this area.\n\nMore on each device: [Devices](topic:devices)."
    )


def test_rules_with_many_sources_show_two_and_count_the_rest(pack_copy) -> None:
    folder = pack_copy()
    _append(
        folder,
        "sources.yaml",
        "".join(f"- id: s{i}\n  kind: STUDY\n  title: Study {i}\n" for i in range(1, 6)),
    )
    _append(
        folder,
        "notes.yaml",
        "- id: rule-three\n  kind: caution\n  rule: are pregnant\n  text: Not in pregnancy.\n  sources: [s1, s2, s3]\n"
        "- id: rule-four\n  kind: caution\n  rule: have epilepsy\n  text: Not with epilepsy.\n"
        "  sources: [s1, s2, s3, s4, s5]\n  rule_sources: [s2, s3, s4, s5]\n",
    )
    pack_yaml = (folder / "pack.yaml").read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(
        pack_yaml.replace("do_not_use: [general-one]", "do_not_use: [general-one, rule-three, rule-four]")
    )
    _append(  # every do-not-use rule belongs to a condition of the client check
        folder,
        "conditions.yaml",
        "- id: two\n  label: Two\n  rules:\n    - {note: rule-three, verdict: ruled-out}\n"
        "    - {note: rule-four, verdict: ruled-out}\n",
    )
    callout = area_page(load_pack(folder), "top").callout
    assert callout is not None
    assert callout.rules == (
        ("have an implanted electronic device", "Device A manual · label; A regulation · regulation"),
        ("are pregnant", "Study 1 · study; Study 2 · study; Study 3 · study"),
        ("have epilepsy", "Study 2 · study; Study 3 · study and 2 more on the [Safety page](topic:safety)"),
    )
    assert (callout.rules_heading, callout.rules_sources) == ("Do not use if you:", "")
    assert callout.notes == (("Keep the device off the eyes.", "Device A manual · label"),)


def test_a_pack_without_rules_has_no_rules_block(pack_copy) -> None:
    folder = pack_copy()
    pack_yaml = (folder / "pack.yaml").read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(pack_yaml.replace("do_not_use: [general-one]", "do_not_use: []"))
    callout = area_page(load_pack(folder), "top").callout
    assert callout is not None
    assert (callout.rules, callout.rules_heading, callout.rules_sources) == ((), "", "")


def test_text_fields_show_exactly_their_text() -> None:
    assert md_text("  *bold*  and   [a](b)\n# head <b>") == "\\*bold\\* and \\[a\\]\\(b\\) \\# head \\<b\\>"
    assert md_text("a_b `c` 1. 2+2=4 ~x~ !y| &amp; @me 'q' \"d\" $5 50% ^") == (
        "a\\_b \\`c\\` 1\\. 2\\+2\\=4 \\~x\\~ \\!y\\| \\&amp; \\@me \\'q\\' \\\"d\\\" \\$5 50\\% \\^"
    )
    assert md_text("https://example.com {x} back\\slash -dash") == (
        "https\\://example\\.com \\{x\\} back\\\\slash \\-dash"
    )
