"""The rules a site pack's notes, areas and texts must keep, each refused with its file, line and field."""

from __future__ import annotations

import os

from core.content_loader import load_pack
from tests.pack_edits import edit, problems_of


def test_only_a_caution_has_a_rule_and_only_a_rule_has_rule_sources(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "notes.yaml",
        "  text: One small study, no control arm.\n",
        "  text: One small study, no control arm.\n  rule: are in a study\n",
    )
    edit(
        folder / "notes.yaml",
        "  text: Keep the device off the eyes.\n",
        "  text: Keep the device off the eyes.\n  rule_sources: [label-a]\n",
    )
    assert problems_of(folder) == [
        "notes.yaml:4: keep-off-eyes.rule_sources: only a note with a rule has rule_sources",
        "notes.yaml:14: weak-evidence.rule: only a caution note has a rule",
    ]


def test_rule_sources_must_be_the_note_s_own_even_when_it_names_none(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "notes.yaml",
        "  rule: have an implanted electronic device\n",
        "  rule: have an implanted electronic device\n  rule_sources: [reg-b, label-a, label-z]\n",
    )
    assert problems_of(folder) == [
        "notes.yaml:8: general-one.rule_sources: 'label-z' is not one of this note's sources",
    ]


def test_an_area_needs_a_treatment(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "areas.yaml",
        "  treatments: [toning]\n  cautions: [general-one]\n",
        "  treatments: []\n  cautions: [general-one]\n",
    )
    assert problems_of(folder) == ["areas.yaml:8: bottom.treatments: needs at least one treatment"]


def test_an_area_whose_treatment_brings_no_caution_needs_one_of_its_own(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "treatments.yaml", "  cautions: [keep-off-eyes]\n", "  cautions: []\n")
    assert problems_of(folder) == [
        "areas.yaml:1: top.cautions: this area would show no safety notes; every area page needs at least one",
        "areas.yaml:15: middle.cautions: this area would show no safety notes; every area page needs at least one",
        "areas.yaml:21: back.cautions: this area would show no safety notes; every area page needs at least one",
    ]


def test_a_file_that_is_not_utf8_is_named(pack_copy) -> None:
    folder = pack_copy()
    (folder / "devices.yaml").write_bytes(b"- id: gadget\n  name: Caf\xe9\n  summary: x\n")
    assert problems_of(folder) == ["devices.yaml:1: (file): is not UTF-8 text (byte 24 cannot be read)"]


def test_an_unreadable_file_is_named_and_references_into_it_are_not_checked(pack_copy) -> None:
    folder = pack_copy()
    os.unlink(folder / "notes.yaml")
    os.mkfifo(folder / "notes.yaml")
    assert problems_of(folder) == ["notes.yaml:1: (file): is a pipe (FIFO), not a regular file"]


def test_a_missing_file_names_the_folder(pack_copy) -> None:
    folder = pack_copy()
    os.unlink(folder / "sources.yaml")
    assert problems_of(folder) == [f"sources.yaml:1: (file): missing from {folder}"]


def test_an_empty_or_blank_file_needs_entries(pack_copy) -> None:
    folder = pack_copy()
    (folder / "devices.yaml").write_text("[]\n")
    edit(
        folder / "treatments.yaml",
        "  devices:\n    - device: gadget\n      claim: Tones in a week, says the maker.\n",
        "  devices: []\n",
    )
    load_pack(folder)  # a pack may name no device at all
    (folder / "sources.yaml").write_text("# nothing yet\n")
    assert problems_of(folder) == ["sources.yaml:1: (file): is empty; it needs a list of entries"]
    (folder / "sources.yaml").write_text("[]\n")
    assert problems_of(folder) == ["sources.yaml:1: (file): is an empty list; it needs at least one entry"]


def test_a_link_in_a_text_must_lead_to_a_page_and_never_to_the_web(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "topics.yaml",
        "    Text of faq. Go to [Top](area:top).\n",
        "    Text of faq. Go to [Top](area:top), [mail](mailto:a@b.c), [site](www.example.com), [x](topic:none),\n"
        '    [ok](topic:safety "Safety"), [home](home) and <https://example.com/a>.\n\n'
        "    [ref]: http://example.com/r\n",
    )
    assert problems_of(folder) == [
        "topics.yaml:24: faq.body: names the web address 'a@b.c', which Markdown would make a live link; name it in "
        "sources.yaml instead",
        "topics.yaml:24: faq.body: links to the web address 'mailto:a@b.c'; the app never opens the web, so name it "
        "in sources.yaml instead",
        "topics.yaml:24: faq.body: links to the web address 'www.example.com'; the app never opens the web, so name "
        "it in sources.yaml instead",
        "topics.yaml:24: faq.body: links to 'topic:none', which is not an existing area:ID or topic:ID",
        "topics.yaml:24: faq.body: links to 'home', which is not an existing area:ID or topic:ID",
        "topics.yaml:24: faq.body: links to the web address 'http://example.com/r'; the app never opens the web, so "
        "name it in sources.yaml instead",
        "topics.yaml:24: faq.body: links to the web address 'https://example.com/a'; the app never opens the web, so "
        "name it in sources.yaml instead",
    ]


def test_a_caveat_marker_in_an_area_or_treatment_must_name_a_caveat(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "treatments.yaml",
        "  how: By small currents.\n",
        "  how: |\n    By small currents.\n\n    {{caveat:weak-evidence}}\n",
    )
    edit(
        folder / "areas.yaml",
        "  here: See also [Top](area:top).\n",
        "  here: |\n    See also [Top](area:top).\n    {{ caveat: x }}\n",
    )
    assert problems_of(folder) == [
        "areas.yaml:25: back.here: '{{ caveat: x }}' is not a caveat marker on a line of its own (write "
        "{{caveat:ID}} alone on its line)",
        "treatments.yaml:5: toning.how: names the caveat note 'weak-evidence', which does not exist",
    ]


def test_a_no_go_zone_on_a_diagram_without_that_shape_or_a_caution_not_shown(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "areas.yaml",
        "  cautions: [general-one]\n",
        "  cautions: [general-one]\n  no_go:\n    - {zone: chin, caution: keep-off-eyes}\n",
    )
    assert problems_of(folder) == [
        "areas.yaml:15: bottom.no_go.zone: no shape with the id 'chin' in the no-go layer of face.svg",
    ]
