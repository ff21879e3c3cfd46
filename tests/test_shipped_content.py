"""The built-in pack: complete, joined both ways, faithful to the article, in our own words."""

from __future__ import annotations

import re

from core.content_loader import load_pack
from core.pages import area_page, page_for
from core.records import REQUIRED_TOPICS, VIEWS
from tests.conftest import DATA, ROOT

PACK = load_pack(DATA)
ARTICLE = ROOT / "tests" / "seed" / "microcurrent-benefits-article.txt"  # a copy of ../shared/seed
DESIGN_AREAS = {
    "face": {
        "forehead",
        "eye-area",
        "nose-sinuses",
        "cheeks",
        "lips-mouth",
        "jawline-jowls",
        "chin",
        "neck",
        "temples-head",
    },
    "body-front": {"chest-shoulders", "arms", "belly", "thighs", "knees-legs"},
    "body-back": {"upper-back", "lower-back", "glutes", "back-thighs", "calves"},
}


def all_text() -> str:
    """Every page the app can show, as the reader sees it (evidence shown)."""
    refs = ["home", *(f"area:{a}" for a in PACK.areas), *(f"topic:{t}" for t in PACK.topics)]
    parts = []
    for ref in refs:
        page = page_for(PACK, ref)
        parts += [page.title, page.summary, *(s.markdown for s in page.sections)]
        if page.callout:
            parts += [rule for rule, _ in page.callout.rules] + [text for text, _ in page.callout.notes]
    return plain("\n".join(parts))


def plain(markdown: str) -> str:
    """Markdown's backslash escapes undone: the text as the reader sees it (text fields are escaped)."""
    return re.sub(r"\\([^\w\s])", r"\1", markdown)


TEXT = all_text()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def test_every_design_area_is_a_region_with_text_both_ways() -> None:
    for view in VIEWS:
        regions = set(PACK.diagrams[view].regions)
        areas = {a.id for a in PACK.areas_in(view)}
        assert regions == areas == DESIGN_AREAS[view]


def test_every_required_topic_exists() -> None:
    assert set(REQUIRED_TOPICS) <= set(PACK.topics)


def test_every_area_page_has_sourced_safety_notes_and_evidence() -> None:
    for area_id in PACK.areas:
        page = area_page(PACK, area_id)
        assert page.callout is not None and page.callout.notes, area_id
        assert all(sources for _, sources in page.callout.notes), area_id
        evidence = next(s for s in page.sections if s.heading == "Evidence and regulatory status")
        assert "Source:" in evidence.markdown


def test_caution_marks_on_eye_area_and_neck() -> None:
    assert {a.id for a in PACK.areas.values() if a.caution_mark} == {"eye-area", "neck"}


def test_the_article_s_facts_and_figures_are_all_there() -> None:
    for needle in (
        "500%",
        "3 days",
        "week",
        "3 millennia",
        "Thomas W. Wing",
        "Bell's Palsy",
        "FDA",
        "sarcopenia",
        "ATP",
        "collagen",
        "elastin",
        "arsenic",
        "mitochondria",
        "gluteus maximus",
        "stretch marks",
        "pregnancy",
        "conductive gel",
        "crow's feet",
        "puffiness",
        "dark circles",
        "lymphatic drainage",
        "cellulite",
        "FSM",
        "EMS",
        "endorphins",
        "insomnia",
        "sinus",
        "Cara McDonald",
        "Amanda Ramsay",
        "NuFACE",
        "BEAR™ 2",
        "BEAR™ 2 go",
        "BEAR™ 2 eyes & lips",
        "in just 1 week",
        "scalpel",
        "fillers",
        "double chins",
        "drooping",
        "mighty technology",
        "ridiculously varied",
        "guesswork",
        "speculation",
        "unique benefit",
        "practical and effective",
        "rest and rejuvenation",
        "even the strongest",
        "pain is hard to live with",
        "welcome",
        "ideal",
        "dependent on pills",
        "get rid of",
        "highly effective",
        "powerful",
        "proven cosmetic and medical uses",
        "safe and effective",
        "can last",
        "won't drastically change",
        "cutest and safest",
        "warmest suggestion",
        "hallucinations",
        "endorphins",
        "liver",
        "organelles",
    ):
        assert needle.lower() in TEXT.lower().replace("’", "'"), needle


def test_the_six_faq_questions_are_answered() -> None:
    faq = PACK.topics["faq"].body
    assert len(re.findall(r"^### ", faq, flags=re.MULTILINE)) >= 6
    for topic in ("work", "reshape the face", "permanent", "how soon", "how long", "last", "reviews"):
        assert topic in faq.lower(), topic


def test_no_run_of_eight_words_is_copied_from_the_article() -> None:
    article = words(ARTICLE.read_text(encoding="utf-8"))
    grams = {tuple(article[i : i + 8]) for i in range(len(article) - 7)}
    # The article's title is quoted as its name; nothing else may match.
    ours = words(TEXT.replace(PACK.info.article.title, ""))
    copied = {" ".join(ours[i : i + 8]) for i in range(len(ours) - 7) if tuple(ours[i : i + 8]) in grams}
    assert not copied


def test_no_web_address_is_a_link_and_nfo_is_never_printed() -> None:
    assert "](http" not in TEXT
    assert not re.search(r"\bNFO\b", TEXT)


def test_about_page_names_source_version_date_and_disclaimer() -> None:
    about = plain("\n".join(s.markdown for s in page_for(PACK, "topic:about").sections))
    assert PACK.info.article.title in about
    assert PACK.info.content_version in about and PACK.info.reviewed.isoformat() in about
    assert "Not medical advice" in about
