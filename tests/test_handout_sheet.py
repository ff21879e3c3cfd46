"""What a handout says, read from packs made for the purpose: which of a page's paragraphs it retells and
how far, the cautions of a topic, the summary of an area, and what its QR code holds when the cautions are
many or long."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.content_loader import load_pack
from core.handout_text import QR_LIMIT, HandoutNote, first_sentence, handout, qr_summary
from core.records import Pack
from tests.conftest import DATA
from tests.pack_edits import edit

PACK = load_pack(DATA)
FAQ_BODY = "    Text of faq. Go to [Top](area:top).\n"


def _with_faq(pack_copy, body: str) -> Pack:
    """The minimal pack, its FAQ's body replaced by `body` (Markdown)."""
    folder: Path = pack_copy()
    indented = "".join(f"    {line}\n" if line else "\n" for line in body.splitlines())
    edit(folder / "topics.yaml", FAQ_BODY, indented)
    return load_pack(folder)


def test_a_topic_is_retold_by_its_summary_then_the_first_paragraph_under_each_heading(pack_copy) -> None:
    body = (
        "Text before any heading, left out.\n\n"
        "### First question?\nIts answer,\nin two lines.\n\n"
        "Its second paragraph, left out.\n\n"
        "### Second question?\n\n"
        "**Evidence check:** one small study.\n\n"
        "The answer after the check.\n\n"
        "A second paragraph after the check, left out.\n\n"
        "### Only a heading\n\n"
        "## Another heading\nUnder *it*.\n"
    )
    sheet = handout(_with_faq(pack_copy, body), "topic:faq")
    assert sheet.retelling == (
        "About faq.",
        "First question?\nIts answer, in two lines.",
        "Evidence check: one small study.",
        "Second question?\nThe answer after the check.",
        "Another heading\nUnder it.",
    )


def _paragraph(heading: str, length: int) -> tuple[str, str]:
    """A headed paragraph whose retelling ("heading\ntext") is `length` characters; its Markdown and its retelling."""
    size = length - len(heading) - 1
    words = ("word " * size)[: size - 1].rstrip()
    words += "x" * (size - 1 - len(words)) + "."
    return f"### {heading}\n{words}", f"{heading}\n{words}"


def test_a_topic_sheet_retells_up_to_1500_characters_exactly(pack_copy) -> None:
    one, one_told = _paragraph("One", 800)
    two, two_told = _paragraph("Two", 1500 - len("About faq.") - 800)
    three, _ = _paragraph("Three", 50)
    sheet = handout(_with_faq(pack_copy, f"{one}\n\n{two}\n\n{three}\n"), "topic:faq")
    assert sheet.retelling == ("About faq.", one_told, two_told)
    assert sum(map(len, sheet.retelling)) == 1500


def test_a_paragraph_that_would_go_past_the_limit_is_left_out_and_a_shorter_one_after_it_kept(pack_copy) -> None:
    one, one_told = _paragraph("One", 1000)
    two, _ = _paragraph("Two", 600)
    three, three_told = _paragraph("Three", 400)
    sheet = handout(_with_faq(pack_copy, f"{one}\n\n{two}\n\n{three}\n"), "topic:faq")
    assert sheet.retelling == ("About faq.", one_told, three_told)


def test_a_topic_with_cautions_of_its_own_lists_them_on_this_topic() -> None:
    sheet = handout(PACK, "topic:about")
    assert sheet.notes_heading == "On this topic:"
    lead = re.match(r"\*\*(.+?)\*\*", PACK.notes["follow-device-label"].text).group(1)  # type: ignore[union-attr]
    assert [note.lead for note in sheet.notes] == [lead]
    assert f"On this topic:\n- {lead}" in sheet.qr_text


def test_the_safety_page_s_sheet_gives_the_rules_once_not_every_rule_in_full_again() -> None:
    sheet = handout(PACK, "topic:safety")
    assert sheet.notes == () and sheet.notes_heading == ""
    assert [rule for rule, _ in sheet.rules] == [PACK.notes[n].rule for n in PACK.info.do_not_use]


def test_an_area_sheet_has_the_area_s_summary_as_its_page_words_it() -> None:
    assert handout(PACK, "neck").summary == PACK.areas["neck"].summary.replace("*", "")
    assert handout(load_pack(Path(__file__).parent / "packs" / "minimal"), "top").summary == "The top part."


def test_a_caution_without_a_bold_lead_is_all_text_and_its_first_sentence_goes_in_the_qr_code(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "notes.yaml", "text: Keep the device off the eyes.", "text: Keep the device off the eyes. Always.")
    sheet = handout(load_pack(folder), "area:top")
    assert sheet.notes == (HandoutNote("", "Keep the device off the eyes. Always.", "Device A manual · label"),)
    assert sheet.qr_text.splitlines()[-2:] == ["- Keep the device off the eyes.", "Test content only."]


def test_a_pack_without_do_not_use_rules_has_no_rules_line_in_the_qr_code(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "pack.yaml", "do_not_use: [general-one]\n", "")
    edit(folder / "notes.yaml", "  rule: have an implanted electronic device\n", "")
    sheet = handout(load_pack(folder), "area:top")
    assert sheet.rules == ()
    assert sheet.qr_text == "Mini Atlas: Top\nOn the top:\n- Keep the device off the eyes.\nTest content only."


def _notes(count: int, length: int = 60) -> tuple[HandoutNote, ...]:
    return tuple(HandoutNote(f"Caution {n:02} {'x' * (length - 12)}.", "", "") for n in range(count))


def test_cautions_that_would_crowd_the_code_are_counted_instead_and_as_many_as_fit_are_listed() -> None:
    sheet = handout(PACK, "neck")
    for count in (10, 11, 12, 13, 30):
        text = qr_summary(sheet._replace(notes=_notes(count)), "Atlas")
        listed = [line for line in text.splitlines() if line.startswith("- Caution")]
        assert len(text.encode("utf-8")) <= QR_LIMIT
        assert f"- and {count - len(listed)} more on the printed sheet" in text.splitlines()
        assert len(text.encode("utf-8")) + len(f"- {_notes(1)[0].lead}") > QR_LIMIT  # one more would not fit
        assert text.splitlines()[-1] == "Microcurrent Atlas gives general information only."


def test_all_cautions_are_listed_when_they_fit_with_no_count() -> None:
    sheet = handout(PACK, "neck")
    text = qr_summary(sheet._replace(notes=_notes(2)), "Atlas")
    assert "more on the printed sheet" not in text
    assert [line for line in text.splitlines() if line.startswith("- Caution")] == [
        f"- {note.lead}" for note in _notes(2)
    ]


def test_a_code_of_exactly_the_limit_keeps_every_caution() -> None:
    sheet = handout(PACK, "neck")._replace(notes=_notes(3))
    size = len(qr_summary(sheet, "A").encode("utf-8"))
    padding = QR_LIMIT - size
    assert padding > 0
    exact = qr_summary(sheet, "A" * (1 + padding))
    assert len(exact.encode("utf-8")) == QR_LIMIT and "more on the printed sheet" not in exact
    over = qr_summary(sheet, "A" * (2 + padding))
    assert "- and 1 more on the printed sheet" in over


def test_a_caution_too_long_for_the_code_is_only_counted() -> None:
    sheet = handout(PACK, "neck")._replace(notes=(HandoutNote("Long " * 200, "", ""),))
    lines = qr_summary(sheet, "Atlas").splitlines()
    assert lines[-3:] == ["On the neck:", "- and 1 more on the printed sheet", lines[-1]]


def test_when_the_rules_alone_fill_the_code_the_cautions_are_left_out() -> None:
    sheet = handout(PACK, "neck")
    crowded = sheet._replace(rules=tuple((f"rule {n} {'y' * 40}", "") for n in range(20)), notes=_notes(2))
    lines = qr_summary(crowded, "Atlas").splitlines()
    assert lines == [
        "Atlas: Neck",
        "Do not use if you:",
        *(f"- rule {n} {'y' * 40}" for n in range(20)),
        "Microcurrent Atlas gives general information only.",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("One. Two.", "One."),
        ("  Is it safe?  Ask.", "Is it safe?"),
        ("Stop now! Then rest.", "Stop now!"),
        ("A sentence that runs\nover two lines. Then more.", "A sentence that runs over two lines."),
        ("No full stop at all", "No full stop at all"),
        ("Version 1.5 of the label. More.", "Version 1.5 of the label."),
        ("Ends here.", "Ends here."),
    ],
)
def test_the_first_sentence_of_a_text(text: str, first: str) -> None:
    assert first_sentence(text) == first
