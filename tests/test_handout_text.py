"""What a handout says (core/handout_text.py): the page's own safety text, the article's claims as its claims,
the disclaimer, the clinic's lines, and the QR code's short summary."""

from __future__ import annotations

import pytest

from core.content_loader import load_pack
from core.handout_text import QR_LIMIT, UnknownPage, first_sentence, handout, plain, resolve
from core.pages import area_page
from core.settings import DEFAULTS
from tests.conftest import DATA

PACK = load_pack(DATA)


def test_plain_text_is_what_a_reader_of_the_page_sees() -> None:
    assert plain("More on the [Safety page](topic:safety).") == "More on the Safety page."
    assert plain(r"**Keep off.** NuFACE 510\(k\) · *label*") == "Keep off. NuFACE 510(k) · label"
    assert plain(r"5 \* 3 \[a\]") == "5 * 3 [a]"
    assert plain("### Heading\nline") == "Heading line"


def test_an_area_handout_carries_its_page_safety_notes_word_for_word() -> None:
    sheet = handout(PACK, "neck")
    page = area_page(PACK, "neck")
    assert sheet.ref == "area:neck" and sheet.title == "Neck" and sheet.area == "neck" and sheet.view == "face"
    assert sheet.rules_heading == "Do not use if you:"
    assert [rule for rule, _ in sheet.rules] == [PACK.notes[n].rule for n in PACK.info.do_not_use]
    assert sheet.rules_sources.startswith("Source for each: NuFACE Mini manual · label")
    assert sheet.notes_heading == "On the neck:"
    assert len(sheet.notes) == len(page.callout.notes)
    first = sheet.notes[0]
    assert first.lead == "Keep off the front of the throat."
    assert first.text.startswith("Stimulator labels forbid the front and sides of the neck")
    assert first.text.endswith("The diagram hatches this part of the area.")
    assert "Standard EMS label (Amrex) · label" in first.sources


def test_the_retelling_is_the_article_claim_with_its_evidence_check_and_stays_short() -> None:
    sheet = handout(PACK, "area:neck")
    assert sheet.retelling[0].startswith("Firmer, tighter neck skin")
    assert "the article's promise for the neck" in sheet.retelling[0]
    assert any(p.startswith("Evidence check: the only independent blinded trial") for p in sheet.retelling)
    for area in PACK.areas:
        retelling = handout(PACK, area).retelling
        assert retelling and sum(map(len, retelling)) <= 700 + len(retelling[0]), area


def test_the_disclaimer_version_and_article_are_on_every_handout() -> None:
    sheet = handout(PACK, "topic:faq")
    assert sheet.disclaimer == PACK.info.disclaimer
    info = PACK.info
    assert sheet.version == f"Content version {info.content_version}, reviewed {info.reviewed.isoformat()}"
    assert "retold in our own words" in sheet.article.lower() and PACK.info.article.title in sheet.article


def test_a_topic_handout_has_the_do_not_use_rules_and_no_diagram() -> None:
    sheet = handout(PACK, "topic:faq")
    assert sheet.area == "" and sheet.summary == ""
    assert [rule for rule, _ in sheet.rules] == [PACK.notes[n].rule for n in PACK.info.do_not_use]
    assert sheet.notes == () and sheet.notes_heading == ""
    assert sheet.retelling[0] == PACK.topics["faq"].summary


def test_the_clinic_lines_come_from_the_settings() -> None:
    assert handout(PACK, "neck").clinic_name == ""
    settings = DEFAULTS._replace(clinic_name="Glow Studio", clinic_phone="+44 20 7946 0000", clinic_address="")
    sheet = handout(PACK, "neck", settings)
    assert sheet.clinic_name == "Glow Studio" and sheet.clinic_details == ("+44 20 7946 0000",)


def test_the_qr_summary_holds_title_rules_cautions_and_the_disclaimer_first_sentence() -> None:
    sheet = handout(PACK, "neck")
    lines = sheet.qr_text.splitlines()
    assert lines[0] == "Microcurrent Atlas: Neck"
    assert lines[1] == "Do not use if you:"
    assert "- are pregnant" in lines
    assert "- have a pacemaker, defibrillator or other implanted electronic device" in lines
    assert "On the neck:" in lines and "- Keep off the front of the throat." in lines
    assert "- Keep off the carotid pulse area." in lines
    assert "Microcurrent Atlas gives general information only." in lines
    assert first_sentence(PACK.info.disclaimer) == "Microcurrent Atlas gives general information only."


def test_every_qr_summary_stays_small_enough_for_a_phone() -> None:
    for ref in [f"area:{a}" for a in PACK.areas] + [f"topic:{t}" for t in PACK.topics]:
        text = handout(PACK, ref).qr_text
        assert len(text.encode("utf-8")) <= QR_LIMIT, ref
        assert "general information only" in text, ref


def test_a_page_is_named_by_its_area_id_or_its_reference() -> None:
    assert resolve(PACK, "chin") == "area:chin"
    assert resolve(PACK, "area:chin") == "area:chin"
    assert resolve(PACK, "topic:safety") == "topic:safety"
    for wrong in ("elbow", "topic:elbow", "home", "area:", ""):
        with pytest.raises(UnknownPage, match=r"is not an area or a page.*--list-areas"):
            resolve(PACK, wrong)
