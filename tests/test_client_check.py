"""The client check as the desk reads it: which areas a client's conditions rule out or need care, why,
and on whose word; a rule of every area told once. Qt-free."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.client_check import (
    CARE,
    NO_RULE,
    RULED_OUT,
    UnknownCondition,
    check_client,
    headline,
    known_conditions,
)
from core.content_loader import load_pack
from core.records import Pack
from tests.conftest import DATA

LEGS = ("thighs", "knees-legs", "glutes", "back-thighs", "calves")
FACE_INJECTED = ("forehead", "temples-head", "eye-area", "cheeks", "lips-mouth", "jawline-jowls", "chin", "neck")


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(DATA)


def test_pregnancy_rules_out_every_area_in_one_line_at_the_top(pack: Pack) -> None:
    check = check_client(pack, ["pregnancy"])
    assert [(r.verdict, r.conditions, r.text) for r in check.general] == [
        (RULED_OUT, ("Pregnant",), "Pregnancy: do not use.")
    ]
    assert (
        check.general[0].sources
        == "NuFACE Mini manual · label; NuBODY manual · label; FSM pregnancy FAQ · professional"
    )
    assert check.with_verdict(RULED_OUT) == tuple(pack.areas)
    # Not nineteen repeats: only the belly has a reason of its own.
    assert {a.area: [r.note for r in a.reasons] for a in check.areas if a.reasons} == {"belly": ["pregnancy-uterus"]}


def test_blood_clots_rule_out_the_legs_only(pack: Pack) -> None:
    check = check_client(pack, ["blood-clots-veins"])
    assert check.general == ()
    assert check.with_verdict(RULED_OUT) == LEGS
    assert check.with_verdict(CARE) == ()
    assert check.verdict_of("cheeks") == NO_RULE
    thighs = next(a for a in check.areas if a.area == "thighs")
    assert thighs.title == "Thighs" and thighs.view == "body-front"
    assert thighs.reasons[0].text.startswith("Varicose veins, inflamed veins or a blood clot")
    assert "TENS and EMS manuals · label" in thighs.reasons[0].sources


def test_recent_injections_need_care_on_the_face_and_nothing_on_the_body(pack: Pack) -> None:
    check = check_client(pack, ["recent-injections"])
    assert check.with_verdict(CARE) == FACE_INJECTED
    assert check.with_verdict(RULED_OUT) == ()
    assert check.verdict_of("calves") == NO_RULE
    assert check.verdict_of("nose-sinuses") == NO_RULE
    reason = next(a for a in check.areas if a.area == "neck").reasons[0]
    assert (reason.verdict, reason.text) == (CARE, "After fillers or anti-wrinkle injections, wait.")
    assert "This app's general advice · app advice" in reason.sources


def test_a_rule_of_every_area_that_asks_for_care_marks_every_area_care(pack: Pack) -> None:
    check = check_client(pack, ["broken-skin"])
    assert [(r.verdict, r.note) for r in check.general] == [(CARE, "intact-skin-only")]
    assert check.with_verdict(CARE) == tuple(pack.areas)
    assert [r.note for r in next(a for a in check.areas if a.area == "cheeks").reasons] == ["no-open-acne-lesions"]


def test_ruled_out_outweighs_care_and_both_reasons_are_kept(pack: Pack) -> None:
    check = check_client(pack, ["recent-injections", "blood-clots-veins", "cold-sore"])
    lips = next(a for a in check.areas if a.area == "lips-mouth")
    assert lips.verdict == RULED_OUT
    assert [(r.note, r.verdict) for r in lips.reasons] == [("after-injectables", CARE), ("cold-sores", RULED_OUT)]
    assert check.verdict_of("cheeks") == CARE
    everywhere = check_client(pack, ["pregnancy", "broken-skin"])
    assert [r.verdict for r in everywhere.general] == [RULED_OUT, CARE]
    assert everywhere.with_verdict(RULED_OUT) == tuple(pack.areas)


def test_a_note_two_conditions_bring_is_told_once_naming_both(pack: Pack) -> None:
    check = check_client(pack, ["metal-implants", "implanted-device"])
    head = next(a for a in check.areas if a.area == "temples-head")
    assert [(r.note, r.conditions) for r in head.reasons] == [
        ("no-implants-in-head", ("Pacemaker or other implanted electronic device", "Metal plates, pins or piercings"))
    ]
    assert [r.note for r in check.general] == ["electronic-implants", "metal-implants"]


def test_conditions_are_checked_in_the_packs_order_each_once(pack: Pack) -> None:
    assert check_client(pack, ["under-18", "pregnancy", "under-18"]).conditions == ("pregnancy", "under-18")


def test_no_condition_means_no_rule_anywhere(pack: Pack) -> None:
    check = check_client(pack, [])
    assert check.general == ()
    assert check.with_verdict(NO_RULE) == tuple(pack.areas)
    assert all(a.reasons == () for a in check.areas)
    assert check.verdict_of("no-such-area") == NO_RULE


def test_an_unknown_condition_is_refused_by_name(pack: Pack) -> None:
    with pytest.raises(UnknownCondition) as caught:
        check_client(pack, ["pregnancy", "zz-nothing", "aa-nothing"])
    assert caught.value.unknown == ("aa-nothing", "zz-nothing")
    assert str(caught.value).startswith("unknown condition 'aa-nothing', 'zz-nothing' (known: pregnancy, ")


def test_every_condition_the_issue_names_is_known(pack: Pack) -> None:
    labels = dict(known_conditions(pack))
    for ident in (
        "pregnancy",
        "implanted-device",
        "epilepsy",
        "active-cancer",
        "recent-surgery",
        "metal-implants",
        "blood-clots-veins",
        "broken-skin",
        "recent-injections",
        "under-18",
    ):
        assert labels[ident]
    assert labels["implanted-device"] == "Pacemaker or other implanted electronic device"


def test_each_do_not_use_rule_rules_out_every_area_for_its_condition(pack: Pack) -> None:
    for ident in ("pregnancy", "implanted-device", "epilepsy", "active-cancer", "recent-surgery", "under-18"):
        check = check_client(pack, [ident])
        assert check.with_verdict(RULED_OUT) == tuple(pack.areas), ident
        assert check.general[0].note in pack.info.do_not_use


def test_a_reason_is_the_notes_bold_first_words_as_plain_text() -> None:
    assert headline("**Keep off: the eyes.** More words.") == "Keep off: the eyes."
    assert headline("Lead \\*line\\*\nsecond line") == "Lead *line*"
    assert headline("**Two\n  lines** here") == "Two lines"


def test_a_small_pack_checks_its_own_conditions(pack_copy) -> None:
    folder: Path = pack_copy()
    (folder / "conditions.yaml").write_text(
        "- id: condition-one\n  label: One\n  rules:\n    - {note: general-one, verdict: ruled-out}\n"
        "- id: implant\n  label: An implant\n  rules:\n    - {note: general-one, verdict: care, areas: [bottom]}\n",
        encoding="utf-8",
    )
    small = load_pack(folder)
    check = check_client(small, ["implant"])
    assert [(a.area, a.verdict) for a in check.areas] == [
        ("top", NO_RULE),
        ("bottom", CARE),
        ("middle", NO_RULE),
        ("back", NO_RULE),
    ]
    assert check.areas[1].reasons[0].text == "Not with an implanted electronic device."


def test_a_note_brought_twice_is_one_reason_with_the_stronger_verdict(pack_copy) -> None:
    folder: Path = pack_copy()
    (folder / "conditions.yaml").write_text(
        "- id: condition-one\n  label: One\n  rules:\n    - {note: general-one, verdict: ruled-out}\n"
        "- id: two\n  label: Two\n  rules:\n    - {note: general-one, verdict: care, areas: [bottom]}\n"
        "    - {note: general-one, verdict: ruled-out, areas: [bottom]}\n"
        "- id: three\n  label: Three\n  rules:\n    - {note: general-one, verdict: care, areas: [bottom]}\n",
        encoding="utf-8",
    )
    small = load_pack(folder)
    bottom = check_client(small, ["two"]).areas[1]
    assert [(r.verdict, r.conditions) for r in bottom.reasons] == [(RULED_OUT, ("Two",))]
    both = check_client(small, ["three", "two"]).areas[1]
    assert [(r.verdict, r.conditions) for r in both.reasons] == [(RULED_OUT, ("Two", "Three"))]
