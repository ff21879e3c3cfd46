"""Every reference between a site pack's files is checked when it loads: a pack that names something that is
not there is refused with file, line and field, so no visitor's tap can meet a missing entry."""

from __future__ import annotations

from core.content_loader import load_pack
from core.pages import page_for
from core.records import Pack
from tests.pack_edits import edit, problems_of


def every_page_opens(pack: Pack) -> None:
    for ref in ["home", *(f"area:{a}" for a in pack.areas), *(f"topic:{t}" for t in pack.topics)]:
        for evidence in (True, False):
            assert page_for(pack, ref, show_evidence=evidence).ref == ref


def test_the_minimal_pack_s_every_page_opens(pack_copy) -> None:
    every_page_opens(load_pack(pack_copy()))


def test_an_area_naming_a_treatment_that_is_not_there(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "areas.yaml",
        "  treatments: [toning]\n  cautions: []\n  caution_mark",
        "  treatments: [toning, lifting]\n  cautions: []\n  caution_mark",
    )
    assert problems_of(folder) == ["areas.yaml:5: top.treatments: names the treatment 'lifting', which does not exist"]


def test_an_area_whose_only_treatment_is_not_there(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "areas.yaml",
        "  treatments: [toning]\n  cautions: []\n  caution_mark",
        "  treatments: [lifting]\n  cautions: []\n  caution_mark",
    )
    assert problems_of(folder) == [
        "areas.yaml:1: top.cautions: this area would show no safety notes; every area page needs at least one",
        "areas.yaml:5: top.treatments: names the treatment 'lifting', which does not exist",
    ]


def test_a_topic_naming_a_note_that_is_not_there(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "topics.yaml", "  notes: [general-one]\n", "  notes: [general-one, general-two]\n")
    assert problems_of(folder) == ["topics.yaml:31: safety.notes: names the note 'general-two', which does not exist"]


def test_a_treatment_naming_a_device_that_is_not_there(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "treatments.yaml", "    - device: gadget\n", "    - device: gizmo\n")
    assert problems_of(folder) == [
        "treatments.yaml:7: toning.devices.device: names the device 'gizmo', which does not exist"
    ]


def test_a_treatment_naming_evidence_that_is_not_there_or_not_evidence(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "treatments.yaml", "  evidence: [weak-evidence]\n", "  evidence: [strong-evidence]\n")
    assert problems_of(folder) == [
        "treatments.yaml:10: toning.evidence: names the evidence note 'strong-evidence', which does not exist"
    ]
    edit(folder / "treatments.yaml", "  evidence: [strong-evidence]\n", "  evidence: [weak-evidence, keep-off-eyes]\n")
    assert problems_of(folder) == [
        "treatments.yaml:10: toning.evidence: names the evidence note 'keep-off-eyes', which does not exist"
    ]


def test_an_area_s_own_caution_must_be_a_caution(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "areas.yaml", "  cautions: [general-one]\n", "  cautions: [weak-evidence]\n")
    assert problems_of(folder) == [
        "areas.yaml:13: bottom.cautions: names the caution note 'weak-evidence', which does not exist"
    ]


def test_a_treatment_s_caution_must_be_a_caution(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "treatments.yaml", "  cautions: [keep-off-eyes]\n", "  cautions: [keep-off-eyes, weak-evidence]\n")
    assert problems_of(folder) == [
        "treatments.yaml:9: toning.cautions: names the caution note 'weak-evidence', which does not exist"
    ]


def test_related_links_must_lead_to_an_area_or_topic(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "areas.yaml", "  related: [topic:about]\n", "  related: [topic:about, topic:prices, area:elbow]\n")
    assert problems_of(folder) == [
        "areas.yaml:14: bottom.related: 'topic:prices' does not exist",
        "areas.yaml:14: bottom.related: 'area:elbow' does not exist",
    ]
    edit(folder / "areas.yaml", "  related: [topic:about, topic:prices, area:elbow]\n", "  related: [home]\n")
    assert problems_of(folder) == ["areas.yaml:14: bottom.related: 'home' is not a link written area:ID or topic:ID"]


def test_a_topic_s_related_links_must_lead_somewhere_too(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "topics.yaml",
        "  notes: [general-one]\n",
        "  notes: [general-one]\n  related: [area:top, topic:faqs]\n",
    )
    assert problems_of(folder) == ["topics.yaml:32: safety.related: 'topic:faqs' does not exist"]


def test_good_related_links_open_their_pages(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "topics.yaml",
        "  notes: [general-one]\n",
        "  notes: [general-one]\n  related: [area:middle, topic:faq]\n",
    )
    pack = load_pack(folder)
    every_page_opens(pack)
    related = [s for s in page_for(pack, "topic:safety").sections if s.heading == "Related"]
    assert related[0].markdown == "- [Middle](area:middle)\n- [Faq](topic:faq)"


def test_a_source_a_note_names_must_be_there(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "notes.yaml", "  sources: [label-a]\n", "  sources: [label-a, label-z]\n")
    assert problems_of(folder) == [
        "notes.yaml:4: keep-off-eyes.sources: names the source 'label-z', which does not exist"
    ]
