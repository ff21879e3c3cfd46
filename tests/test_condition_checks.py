"""conditions.yaml is checked both ways: every condition names real caution notes and areas whose pages
show them, and every do-not-use note belongs to a condition; each problem with its file, line and field."""

from __future__ import annotations

from pathlib import Path

from tests.pack_edits import problems_of


def conditions(folder: Path, text: str) -> Path:
    (folder / "conditions.yaml").write_text(
        "- id: condition-one\n  label: One\n  rules:\n    - {note: general-one, verdict: ruled-out}\n" + text,
        encoding="utf-8",
    )
    return folder


def test_a_rule_names_a_caution_note_that_exists(pack_copy) -> None:
    folder = conditions(
        pack_copy(),
        "- id: two\n  label: Two\n  rules:\n    - {note: nothing-here, verdict: care}\n"
        "    - {note: weak-evidence, verdict: care}\n",
    )
    assert problems_of(folder) == [
        "conditions.yaml:8: two.rules.note: names the caution note 'nothing-here', which does not exist",
        "conditions.yaml:9: two.rules.note: names the caution note 'weak-evidence', which does not exist",
    ]


def test_a_rule_names_areas_that_exist_and_show_its_note(pack_copy) -> None:
    folder = conditions(
        pack_copy(),
        "- id: two\n  label: Two\n  rules:\n"
        "    - {note: keep-off-eyes, verdict: care, areas: [top, elbow, bottom, middle, back]}\n",
    )
    assert problems_of(folder) == [
        "conditions.yaml:8: two.rules.areas: names the area 'elbow', which does not exist",
    ]
    treatments = folder / "treatments.yaml"
    treatments.write_text(treatments.read_text().replace("cautions: [keep-off-eyes]", "cautions: []"))
    assert "conditions.yaml:8: two.rules.areas: the page of 'top' does not show the note 'keep-off-eyes'" in (
        problems_of(folder)
    )


def test_a_rule_of_some_areas_names_every_area_whose_page_shows_its_note(pack_copy) -> None:
    folder = conditions(
        pack_copy(),
        "- id: two\n  label: Two\n  rules:\n    - {note: keep-off-eyes, verdict: care, areas: [top, bottom, middle]}\n",
    )
    assert problems_of(folder) == [
        "conditions.yaml:8: two.rules.areas: leaves out 'back', whose page shows the note 'keep-off-eyes' too"
    ]


def test_an_empty_list_of_areas_or_rules_is_refused(pack_copy) -> None:
    folder = conditions(
        pack_copy(),
        "- id: two\n  label: Two\n  rules:\n    - {note: keep-off-eyes, verdict: care, areas: []}\n"
        "- id: three\n  label: Three\n  rules: []\n",
    )
    assert problems_of(folder) == [
        "conditions.yaml:8: two.rules.areas: needs at least one area; leave the key out for a rule of every area",
        "conditions.yaml:9: three.rules: needs at least one rule",
    ]


def test_a_verdict_label_and_rules_are_checked_as_every_field(pack_copy) -> None:
    folder = conditions(
        pack_copy(),
        "- id: two\n  label: ''\n  rules:\n    - {note: keep-off-eyes, verdict: maybe, colour: red}\n- id: three\n",
    )
    assert problems_of(folder) == [
        "conditions.yaml:6: two.label: needs some text",
        "conditions.yaml:8: two.rules[[0]].colour: unknown key (known keys: note, verdict, areas)",
        "conditions.yaml:8: two.rules[[0]].verdict: 'maybe' is not one of: ruled-out, care",
        "conditions.yaml:9: three.label: missing",
        "conditions.yaml:9: three.rules: missing",
    ]


def test_every_do_not_use_note_belongs_to_a_condition_that_rules_it_out_everywhere(pack_copy) -> None:
    folder = pack_copy()
    expected = (
        "pack.yaml:9: pack.do_not_use: the note 'general-one' belongs to no condition: conditions.yaml needs a "
        "condition whose rule of every area (no areas key) rules it out"
    )
    for rule in ("{note: general-one, verdict: care}", "{note: general-one, verdict: ruled-out, areas: [bottom]}"):
        (folder / "conditions.yaml").write_text(f"- id: one\n  label: One\n  rules:\n    - {rule}\n", encoding="utf-8")
        assert problems_of(folder) == [expected]


def test_a_pack_without_conditions_is_refused(pack_copy) -> None:
    folder = pack_copy()
    (folder / "conditions.yaml").unlink()
    assert problems_of(folder) == [f"conditions.yaml:1: (file): missing from {folder}"]


def test_a_duplicate_condition_is_refused(pack_copy) -> None:
    folder = conditions(
        pack_copy(), "- id: condition-one\n  label: Again\n  rules:\n    - {note: general-one, verdict: care}\n"
    )
    assert problems_of(folder) == ["conditions.yaml:5: condition-one.id: duplicate id (first used on line 1)"]
