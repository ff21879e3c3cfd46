"""Loading and validating content packs: good packs load, broken ones name file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.content_loader import load_pack
from tests.conftest import MINIMAL_PACK
from tests.pack_edits import edit, problems_of


def test_minimal_pack_loads_into_frozen_records() -> None:
    pack = load_pack(MINIMAL_PACK)
    assert list(pack.areas) == ["top", "bottom", "middle", "back"]
    assert pack.areas["bottom"].related == ("topic:about",)
    assert pack.treatments["toning"].devices[0].device == "gadget"
    assert set(pack.diagrams["face"].regions) == {"top", "bottom"}
    with pytest.raises(AttributeError):
        pack.areas["top"].title = "changed"  # type: ignore[misc]


def test_unknown_key_is_named_with_its_line(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "areas.yaml", "  summary: The bottom part.\n", "  summary: The bottom part.\n  colour: red\n")
    assert problems_of(folder) == [
        "areas.yaml:12: bottom.colour: unknown key (known keys: id, view, title, summary, treatments, "
        "cautions, here, caution_mark, related, no_go, search_terms)"
    ]


def test_missing_field_names_the_entry(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "notes.yaml", "  text: Keep the device off the eyes.\n", "")
    assert problems_of(folder) == ["notes.yaml:1: keep-off-eyes.text: missing"]


def test_duplicate_id_points_at_both_lines(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "devices.yaml", "", "- id: gadget\n  name: Again\n  summary: Twice.\n")
    assert problems_of(folder) == ["devices.yaml:4: gadget.id: duplicate id (first used on line 1)"]


def test_region_with_no_text(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "body-front.svg",
        '<ellipse id="middle"',
        '<circle id="spare" cx="5" cy="5" r="3"/>\n    <ellipse id="middle"',
    )
    assert problems_of(folder) == [
        "body-front.svg:4: regions/spare: this region has no text: no area in areas.yaml has this id"
    ]


def test_text_naming_a_region_no_diagram_has(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "areas.yaml", "- id: middle\n", "- id: centre\n")
    found = problems_of(folder)
    assert "areas.yaml:15: centre.id: no region with this id in body-front.svg" in found
    assert "body-front.svg:4: regions/middle: this region has no text: no area in areas.yaml has this id" in found


def test_area_on_the_wrong_view(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "areas.yaml", "  view: body-back\n", "  view: face\n")
    found = problems_of(folder)
    assert "body-back.svg:4: regions/back: the area with this id belongs to the face view" in found
    assert "areas.yaml:21: back.id: no region with this id in face.svg" in found


def test_dangling_references_are_reported(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "areas.yaml", "cautions: [general-one]", "cautions: [general-one, no-such-note]")
    edit(folder / "notes.yaml", "sources: [reg-b]", "sources: [reg-c]")
    edit(folder / "topics.yaml", "(area:top)", "(area:nowhere)")
    found = problems_of(folder)
    assert "areas.yaml:13: bottom.cautions: names the caution note 'no-such-note', which does not exist" in found
    assert "notes.yaml:13: weak-evidence.sources: names the source 'reg-c', which does not exist" in found
    assert (
        "topics.yaml:4: how-it-works.body: links to 'area:nowhere', which is not an existing area:ID or topic:ID"
    ) in found


def test_evidence_note_cannot_stand_in_for_a_caution(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "treatments.yaml", "cautions: [keep-off-eyes]", "cautions: [weak-evidence]")
    assert (
        "treatments.yaml:9: toning.cautions: names the caution note 'weak-evidence', which does not exist"
        in problems_of(folder)
    )


def test_web_links_in_text_are_refused(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "notes.yaml", "Keep the device off the eyes.", "See [the maker](https://example.com).")
    assert problems_of(folder)[0].startswith(
        "notes.yaml:3: keep-off-eyes.text: links to the web address 'https://example.com'"
    )


def test_wrong_types_and_values(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "areas.yaml", "  caution_mark: true", "  caution_mark: maybe")
    edit(folder / "areas.yaml", "  view: body-front", "  view: side")
    edit(folder / "pack.yaml", "reviewed: 2026-01-02", "reviewed: soon")
    found = problems_of(folder)
    assert "areas.yaml:7: top.caution_mark: 'maybe' is not true or false" in found
    assert "areas.yaml:16: middle.view: 'side' is not one of: face, body-front, body-back" in found
    assert "pack.yaml:3: pack.reviewed: 'soon' is not a date written YYYY-MM-DD" in found


def test_yaml_syntax_error_and_repeated_key(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "devices.yaml", "  name: Gadget One", "  name: [Gadget One")
    edit(folder / "sources.yaml", "  title: A regulation", "  title: A regulation\n  title: Again")
    found = problems_of(folder)
    assert any(p.startswith("devices.yaml:3: (file): not valid YAML") for p in found)
    assert "sources.yaml:8: (file): key 'title' appears twice in one mapping" in found


def test_area_without_any_safety_note_is_refused(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "treatments.yaml", "cautions: [keep-off-eyes]", "cautions: []")
    assert (
        "areas.yaml:1: top.cautions: this area would show no safety notes; every area page needs at least one"
        in problems_of(folder)
    )


def test_missing_required_topic(pack_copy) -> None:
    folder = pack_copy()
    text = (folder / "topics.yaml").read_text()
    start = text.index("- id: faq")
    end = text.index("- id: safety")
    (folder / "topics.yaml").write_text(text[:start] + text[end:])
    assert problems_of(folder) == ["topics.yaml:1: faq.id: this required topic page is missing"]


def test_svg_problems_name_their_line(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "face.svg", '<circle id="top"', '<circle transform="scale(2)" id="top"')
    assert problems_of(folder) == ["face.svg:4: regions/top.transform: transforms are not allowed in the regions layer"]
    (folder / "face.svg").write_text("<svg><g>")
    assert problems_of(folder)[0].startswith("face.svg:1: svg: not well-formed XML")


def test_missing_file_and_folder(pack_copy, tmp_path: Path) -> None:
    folder = pack_copy()
    (folder / "devices.yaml").unlink()
    assert any(p.startswith("devices.yaml:1: (file): missing from") for p in problems_of(folder))
    assert problems_of(tmp_path / "nowhere")[0].endswith("(folder): does not exist")


def test_an_empty_file_is_one_problem_not_one_per_reference(pack_copy) -> None:
    folder = pack_copy()
    (folder / "notes.yaml").write_text("# nothing yet\n")
    assert problems_of(folder) == ["notes.yaml:1: (file): is empty; it needs a list of entries"]


@pytest.mark.parametrize(
    "file, old, new, expected",
    [
        ("pack.yaml", "reviewed: 2026-01-02", "reviewed: 2026-13-45", "pack.yaml:3: (file): cannot read this value"),
        (
            "areas.yaml",
            "  summary: The top part.",
            "  summary: !!int abc",
            "areas.yaml:4: (file): cannot read this value",
        ),
        (
            "areas.yaml",
            "  summary: The top part.",
            "  ? [a, b]\n  : x",
            "areas.yaml:4: (file): a key must be a plain word",
        ),
        ("areas.yaml", "  summary: The top part.", "  summary: !!map abc", "areas.yaml:4: (file): a mapping tag on"),
        ("pack.yaml", "article:", "article: ~\nold_article:", "pack.yaml:4: pack.article: needs a mapping"),
        ("pack.yaml", "reviewed: 2026-01-02", "reviewed: 2026-01-02 10:00:00", "pack.yaml:3: pack.reviewed: "),
        ("notes.yaml", "kind: evidence", "kind: evidense", "notes.yaml:11: weak-evidence.kind: 'evidense' is not one"),
        ("devices.yaml", "- id: gadget\n", "gadget:\n", "devices.yaml:1: (file): needs a list of entries"),
        ("topics.yaml", "(area:top)", '(area:nope "Top")', "topics.yaml:4: how-it-works.body: links to 'area:nope'"),
        (
            "topics.yaml",
            "Go to [Top](area:top).",
            "See <https://x.example>.",
            "topics.yaml:4: how-it-works.body: links to the web address 'https://x.example'",
        ),
        (
            "topics.yaml",
            "Go to [Top](area:top).",
            "[r][r]\n\n    [r]: topic:missing",
            "topics.yaml:4: how-it-works.body: links to 'topic:missing'",
        ),
        (
            "face.svg",
            "</svg>",
            '<g id="decor"><circle id="top" r="3"/></g></svg>',
            "face.svg:7: top.id: this id is already used on line 4",
        ),
        ("face.svg", '<g id="regions"', '<g id="regions" transform="translate(5,0)"', "face.svg:3: regions.transform"),
        ("face.svg", 'viewBox="0 0 200 300"', 'viewBox="0 0 inf 300"', "face.svg:1: viewBox: needs four numbers"),
        ("body-back.svg", ' d="M60 60 L140 60 L140 240 L60 240 Z"', "", "body-back.svg:4: regions/back.d: this path"),
    ],
)
def test_malformed_content_is_reported_never_raised(pack_copy, file: str, old: str, new: str, expected: str) -> None:
    folder = pack_copy()
    edit(folder / file, old, new)
    found = problems_of(folder)
    assert any(problem.startswith(expected) for problem in found), found


def test_quoted_iso_date_is_accepted(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "pack.yaml", "reviewed: 2026-01-02", 'reviewed: "2026-01-02"')
    assert load_pack(folder).info.reviewed.isoformat() == "2026-01-02"


def test_deep_nesting_is_a_problem_not_a_crash(pack_copy) -> None:
    folder = pack_copy()
    (folder / "devices.yaml").write_text("[" * 5000)
    assert problems_of(folder)[0].startswith("devices.yaml:")


def test_do_not_use_rules_must_be_caution_notes_with_a_rule(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "pack.yaml", "do_not_use: [general-one]", "do_not_use: [general-one, keep-off-eyes, nothing-here]")
    assert problems_of(folder) == [
        "notes.yaml:1: keep-off-eyes.rule: missing: pack.yaml lists this note under do_not_use, which shows its rule",
        "pack.yaml:1: pack.do_not_use: names the caution note 'nothing-here', which does not exist",
    ]


def test_a_rule_s_sources_are_among_its_note_s_sources(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "notes.yaml", "  sources: [label-a, reg-b]\n", "  sources: [label-a, reg-b]\n  rule_sources: [reg-c]\n"
    )
    assert problems_of(folder) == ["notes.yaml:10: general-one.rule_sources: 'reg-c' is not one of this note's sources"]


def test_caveat_markers_stand_alone_and_name_a_caveat_note(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "topics.yaml",
        "    Text of how-it-works. Go to [Top](area:top).\n",
        "    Text of how-it-works. Go to [Top](area:top).\n\n    {{caveat:weak-evidence}}\n\n"
        "    Inline {{caveat:weak-evidence}} here.\n",
    )
    assert problems_of(folder) == [
        "topics.yaml:4: how-it-works.body: 'Inline {{caveat:weak-evidence}} here.' is not a caveat marker on a line "
        "of its own (write {{caveat:ID}} alone on its line)",
        "topics.yaml:4: how-it-works.body: names the caveat note 'weak-evidence', which does not exist",
    ]


def test_a_no_go_zone_is_a_shape_of_the_no_go_layer_forbidden_by_a_caution_the_page_shows(pack_copy) -> None:
    folder = pack_copy()
    edit(
        folder / "face.svg",
        "  </g>\n</svg>",
        '  </g>\n  <g id="no-go" display="none"><circle id="eyes" cx="100" cy="80" r="9"/></g>\n</svg>',
    )
    edit(
        folder / "areas.yaml",
        "  cautions: []\n  caution_mark: true\n",
        "  cautions: []\n  caution_mark: true\n  no_go:\n    - {zone: eyes, caution: keep-off-eyes}\n"
        "    - {zone: ears, caution: general-one}\n",
    )
    assert problems_of(folder) == [
        "areas.yaml:10: top.no_go.caution: 'general-one' is not one of the cautions this area's page shows",
        "areas.yaml:10: top.no_go.zone: no shape with the id 'ears' in the no-go layer of face.svg",
    ]
    edit(folder / "areas.yaml", "    - {zone: ears, caution: general-one}\n", "")
    pack = load_pack(folder)
    assert pack.areas["top"].no_go[0].zone == "eyes" and "eyes" in pack.diagrams["face"].zones


def test_a_rule_names_at_least_one_source_of_its_own(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "notes.yaml", "  sources: [label-a, reg-b]\n", "  sources: [label-a, reg-b]\n  rule_sources: []\n")
    assert problems_of(folder) == ["notes.yaml:5: general-one.rule_sources: needs at least one"]


def test_a_bare_web_address_in_markdown_is_refused(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "topics.yaml", "Text of history.", "Read more at www.example.com or write to ask@example.com.")
    found = problems_of(folder)
    assert found[0].startswith("topics.yaml:9: history.body: names the web address 'www.example.com', which Markdown")
