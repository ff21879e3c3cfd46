"""The built-in pack's safety answers: complete for each area, one wording per rule, each rule sourced,
the article's strongest claims never without their caveat, and no page pointing at text it does not show."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from core.content_loader import load_pack
from core.pages import area_page, md_text, page_for
from tests.conftest import DATA

PACK = load_pack(DATA)
REVIEW = yaml.safe_load((DATA / "area-cautions-review.yaml").read_text(encoding="utf-8"))
REFS = ["home", *(f"area:{a}" for a in PACK.areas), *(f"topic:{t}" for t in PACK.topics)]


def page_texts(show_evidence: bool) -> dict[str, list[str]]:
    """Every page as its parts: title, summary, the callout's pieces, then each section."""
    pages = {}
    for ref in REFS:
        page = page_for(PACK, ref, show_evidence=show_evidence)
        parts = [page.title, page.summary]
        if page.callout:
            callout = page.callout
            parts += [f"{rule} {sources}" for rule, sources in callout.rules] + [callout.rules_sources]
            parts += [f"{text} {sources}" for text, sources in callout.notes] + [callout.link]
        parts += [f"{s.heading}\n{s.markdown}" for s in page.sections] + [page.footnote]
        pages[ref] = parts
    return pages


SHOWN, HIDDEN = page_texts(True), page_texts(False)


def test_every_area_page_opens_with_the_do_not_use_rules_then_its_own_cautions_then_the_rest() -> None:
    assert PACK.info.do_not_use == (
        "electronic-implants",
        "pregnancy",
        "epilepsy",
        "cancer",
        "recent-surgery",
        "under-18",
    )
    for note_id in PACK.info.do_not_use:  # each note's own heading states the same rule
        heading = PACK.notes[note_id].text.split("**")[1].lower()
        assert "do not use" in heading, heading
    rules = [PACK.notes[n].rule for n in PACK.info.do_not_use]
    assert rules[:4] == [
        "have a pacemaker, defibrillator or other implanted electronic device",
        "are pregnant",
        "have epilepsy or have had seizures",
        "have active cancer, or a suspicious lump or spot in the area to be treated",
    ]
    for area_id in PACK.areas:
        page = area_page(PACK, area_id)
        callout = page.callout
        assert callout is not None
        assert callout.rules_heading == "Do not use if you:"
        assert [rule for rule, _ in callout.rules] == rules
        assert callout.notes_heading == f"On the {page.title.lower()}:"
        assert "(topic:safety)" in callout.link
        assert [s.heading for s in page.sections] == [
            "What it may do here",
            "How it works here",
            "Suggested device",
            "Evidence and regulatory status",
            "Related",
            "Source",
        ]


def test_each_caution_the_research_ties_to_an_area_is_on_its_page() -> None:
    assert set(REVIEW) == set(PACK.areas)
    for area_id, required in REVIEW.items():
        shown = [text for text, _ in area_page(PACK, area_id).callout.notes]
        for note_id in required:
            assert any(text.startswith(PACK.notes[note_id].text) for text in shown), f"{area_id}: {note_id}"


def test_every_rule_and_caution_names_its_sources_in_short() -> None:
    for ref in REFS:
        callout = page_for(PACK, ref).callout
        if callout is None:
            continue
        if callout.rules:
            assert callout.rules_sources.startswith("Source for each: NuFACE Mini manual · ")
        for text, sources in callout.notes:
            assert sources, f"{ref}: {text[:40]}"
            for citation in sources.split("; "):
                label = citation.split(" · ")[0]
                assert len(label) <= 48, label
    # Every source has a short label, and the Sources page gives it in full with its address as text.
    sources_page = "\n".join(SHOWN["topic:sources"])
    for source in PACK.sources.values():
        assert source.label
        assert md_text(source.title) in sources_page
        if source.url:
            assert f"Address (not opened by this app): {md_text(source.url)}" in sources_page
    for word in ("label", "regulation", "study", "professional", "salon", "press"):
        assert f"**{word}**" in sources_page


def test_each_page_s_first_citation_explains_the_kinds() -> None:
    for ref in REFS:
        if ref == "topic:sources":
            continue
        text = "\n".join(SHOWN[ref])
        first = re.search(r" · (\[?)(\w[\w ]*)", text)
        if first:
            assert first.group(1) == "[" and text[first.end() :].startswith("](topic:sources)"), ref


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+|\n", text)


def test_one_wording_for_each_rule() -> None:
    everything = "\n".join(part for parts in SHOWN.values() for part in parts)
    for sentence in _sentences(everything):
        lower = sentence.lower()
        # Pregnancy, implanted devices and epilepsy are do-not-use rules, never "ask a doctor first".
        if any(word in lower for word in ("pregnan", "pacemaker", "implanted", "epilep", "seizure")):
            assert not re.search(r"\b(ask|check with) (a|your) doctor\b", lower), sentence
        if "varicose" in lower or "blood clot" in lower or "dvt" in lower:
            assert "doctor" not in lower, sentence
    assert "dizz" not in everything.lower() and "palpitation" not in everything.lower()
    disclaimer = PACK.info.disclaimer
    assert "Do not use microcurrent if you are pregnant, have a pacemaker" in disclaimer
    for rule in ("have epilepsy or have had seizures", "have active cancer", "have had recent surgery", "are under 18"):
        assert rule in disclaimer


CLAIM_CAVEATS = {
    "500%": "caveat-atp-500",
    "FDA approved": "caveat-fda-approved",
    "safest": "caveat-safe",
    "safe and effective": "caveat-safe",
    "Bell's palsy": "caveat-bells-palsy",
}


def test_the_strongest_claims_always_carry_their_own_caveat() -> None:
    """Wherever the article's strongest claims are told, the caveat for that claim follows within two
    paragraphs, with evidence notes shown or hidden; the evidence section itself is exempt."""
    seen = set()
    for pages in (SHOWN, HIDDEN):
        for ref, parts in pages.items():
            for part in parts:
                if part.startswith("Evidence and regulatory status"):
                    continue
                paragraphs = part.split("\n\n")
                for index, paragraph in enumerate(paragraphs):
                    paragraph = "\n".join(line for line in paragraph.splitlines() if not line.startswith("#"))
                    if "**Evidence check:**" in paragraph:
                        continue
                    for claim, caveat in CLAIM_CAVEATS.items():
                        if claim.lower() in paragraph.lower():
                            seen.add(claim)
                            following = "\n".join(paragraphs[index + 1 : index + 3])
                            assert PACK.notes[caveat].text in following, f"{ref}: {claim!r} without {caveat}"
    assert seen == set(CLAIM_CAVEATS)


def test_no_page_points_at_text_it_does_not_show() -> None:
    for pages, evidence in ((SHOWN, True), (HIDDEN, False)):
        for ref, parts in pages.items():
            page = page_for(PACK, ref, show_evidence=evidence)
            text = "\n".join(parts)
            pointers = (
                r"above(?! all)|below|further down|earlier on this page|evidence (?:section|notes? (?:above|below))|"
                r"see the notes|as shown"
            )
            for match in re.finditer(rf"[^.\n]*\b({pointers})\b[^.\n]*", text):
                phrase = match.group(0)
                if "box above" in phrase:
                    assert page.callout is not None, f"{ref}: {phrase}"
                elif "more below" in phrase:
                    assert page.callout is not None and page.callout.notes, f"{ref}: {phrase}"
                else:
                    raise AssertionError(f"{ref} (evidence {'shown' if evidence else 'hidden'}): {phrase.strip()}")
            if not evidence:
                assert "evidence notes" not in text.lower() or ref == "topic:about", ref


def test_the_changelog_names_this_content_version() -> None:
    changes = (DATA / "CHANGES.md").read_text(encoding="utf-8")
    assert f"## {PACK.info.content_version} ({PACK.info.reviewed.isoformat()})" in changes


def test_no_go_zones_are_marked_on_the_diagram_and_named_by_their_caution() -> None:
    expected = {
        "neck": {"throat-front": "no-front-of-throat", "carotid-pulse": "carotid-sinus"},
        "eye-area": {"eyelids-and-eyes": "not-on-eyelid-or-eyeball", "temples": "not-on-temples"},
        "temples-head": {"temples": "not-on-temples"},
        "forehead": {"temples": "not-on-temples"},
        "chest-shoulders": {"front-of-chest": "keep-off-chest"},
    }
    for area_id, zones in expected.items():
        area = PACK.areas[area_id]
        assert {z.zone: z.caution for z in area.no_go} == zones
        for zone in zones:
            assert zone in PACK.diagrams[area.view].zones
        notes = dict(area_page(PACK, area_id).callout.notes)
        for caution in zones.values():
            assert any(text.startswith(PACK.notes[caution].text) and "hatches" in text for text in notes), caution


def test_research_table_names_only_notes_that_exist() -> None:
    for area_id, required in REVIEW.items():
        for note_id in required:
            assert PACK.notes[note_id].kind == "caution", (area_id, note_id)
    assert Path(DATA / "area-cautions-review.yaml").read_text(encoding="utf-8").startswith("# For reviewers")
