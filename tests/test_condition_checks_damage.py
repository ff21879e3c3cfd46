"""conditions.yaml's checks on a pack damaged elsewhere: a missing key, an unknown treatment, an unreadable
treatments file. Each is told once, where it is, and the client check adds no problem it cannot know of."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pack_edits import edit, problems_of

# A care rule of the note every area shows through its treatment (Toning: keep off the eyes).
EYES_RULE = (
    "- id: two\n  label: Two\n  rules:\n"
    "    - {note: keep-off-eyes, verdict: care, areas: [top, bottom, middle, back]}\n"
)
TOP = "  treatments: [toning]\n  cautions: []\n  caution_mark"


def _with_rule(pack_copy) -> Path:
    folder: Path = pack_copy()
    with (folder / "conditions.yaml").open("a", encoding="utf-8") as file:
        file.write(EYES_RULE)
    return folder


def test_an_area_without_its_cautions_key_is_told_as_missing_and_nothing_else(pack_copy) -> None:
    folder = _with_rule(pack_copy)
    edit(folder / "areas.yaml", "  cautions: []\n  caution_mark: true\n", "  caution_mark: true\n")
    assert problems_of(folder) == ["areas.yaml:1: top.cautions: missing"]


def test_an_area_without_treatments_shows_no_treatment_s_note(pack_copy) -> None:
    folder = _with_rule(pack_copy)
    edit(folder / "areas.yaml", TOP, "  cautions: []\n  caution_mark")
    assert problems_of(folder) == [
        "areas.yaml:1: top.treatments: missing",
        "conditions.yaml:8: two.rules.areas: the page of 'top' does not show the note 'keep-off-eyes'",
    ]


def test_a_treatment_without_its_cautions_key_shows_no_note(pack_copy) -> None:
    folder = _with_rule(pack_copy)
    edit(folder / "treatments.yaml", "  cautions: [keep-off-eyes]\n", "")
    problems = problems_of(folder)
    assert "treatments.yaml:1: toning.cautions: missing" in problems
    assert [p for p in problems if p.startswith("conditions.yaml")] == [
        f"conditions.yaml:8: two.rules.areas: the page of '{area}' does not show the note 'keep-off-eyes'"
        for area in ("top", "bottom", "middle", "back")
    ]


def test_an_area_whose_treatment_does_not_exist_is_not_judged_by_the_client_check(pack_copy) -> None:
    folder = _with_rule(pack_copy)
    edit(folder / "areas.yaml", TOP, "  treatments: [lifting]\n  cautions: []\n  caution_mark")
    assert problems_of(folder) == [
        "areas.yaml:1: top.cautions: this area would show no safety notes; every area page needs at least one",
        "areas.yaml:5: top.treatments: names the treatment 'lifting', which does not exist",
    ]


def test_a_rule_that_leaves_out_an_area_with_an_unknown_treatment_is_not_blamed_for_it(pack_copy) -> None:
    folder = pack_copy()
    with (folder / "conditions.yaml").open("a", encoding="utf-8") as file:
        file.write(EYES_RULE.replace("areas: [top, bottom, middle, back]", "areas: [bottom, middle, back]"))
    edit(folder / "areas.yaml", TOP, "  treatments: [toning, lifting]\n  cautions: []\n  caution_mark")
    assert problems_of(folder) == ["areas.yaml:5: top.treatments: names the treatment 'lifting', which does not exist"]


def test_an_unreadable_treatments_file_is_told_once_and_no_page_is_judged_without_it(pack_copy) -> None:
    folder = _with_rule(pack_copy)
    (folder / "treatments.yaml").write_text("- id: toning\n  title: [unclosed\n", encoding="utf-8")
    edit(folder / "areas.yaml", TOP, "  treatments: []\n  cautions: []\n  caution_mark")
    assert problems_of(folder) == [
        "areas.yaml:1: top.treatments: needs at least one treatment",
        "treatments.yaml:3: (file): not valid YAML: did not find expected ',' or ']'",
    ]


@pytest.mark.parametrize("name", ["areas.yaml", "conditions.yaml", "notes.yaml"])
def test_an_unreadable_file_the_client_check_reads_is_told_once_and_nothing_else(pack_copy, name: str) -> None:
    folder = _with_rule(pack_copy)
    (folder / name).write_text("- id: x\n  title: [unclosed\n", encoding="utf-8")
    assert problems_of(folder) == [f"{name}:3: (file): not valid YAML: did not find expected ',' or ']'"]
