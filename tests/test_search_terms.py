"""Search terms in a content pack: checked like every other field, kept through the start-up cache, and in the
shipped pack put where the page speaks of the thing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core import pack_cache
from core.content_loader import load_pack
from core.content_schema import TERM_LIMIT, TERMS_LIMIT
from core.problems import excerpt
from core.search import build_index, search, stems
from tests.conftest import DATA
from tests.pack_edits import problems_of

BOTTOM = "  summary: The bottom part.\n"
TOO_LONG = f"(one line, at most {TERM_LIMIT} characters)"


def with_terms(folder: Path, terms_yaml: str, old: str = BOTTOM, file: str = "areas.yaml") -> Path:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, old + terms_yaml, 1), encoding="utf-8")
    return folder


def test_an_area_and_a_topic_carry_their_terms_tidied(pack_copy) -> None:
    folder = with_terms(pack_copy(), '  search_terms: ["crow\'s feet", "  double   chin "]\n')
    with_terms(folder, "  search_terms: [bags]\n", "  summary: About history.\n", "topics.yaml")
    pack = load_pack(folder)
    assert pack.areas["bottom"].search_terms == ("crow's feet", "double chin")
    assert pack.topics["history"].search_terms == ("bags",)
    assert pack.areas["top"].search_terms == () and pack.topics["faq"].search_terms == ()


@pytest.mark.parametrize(
    ("terms_yaml", "line", "message"),
    [
        ("  search_terms: jowls\n", 12, "needs a list of words or short phrases"),
        ("  search_terms: [jowls, 7]\n", 12, "term 2, 7, is not a word or a short phrase"),
        ("  search_terms: [jowls, '  ']\n", 12, "term 2, '  ', is not a word or a short phrase"),
        ("  search_terms: [[jowls]]\n", 12, "term 1, a list of 1 item, is not a word or a short phrase"),
        (
            f"  search_terms: [{'x' * (TERM_LIMIT + 1)}]\n",
            12,
            f"term 1, {excerpt('x' * (TERM_LIMIT + 1))}, is not a short phrase {TOO_LONG}",
        ),
        (
            '  search_terms: ["bags\\nmore"]\n',
            12,
            f"term 1, 'bags\\nmore', is not a short phrase {TOO_LONG}",
        ),
        ("  search_terms:\n    - jowls\n    - bags\n    - Jowls\n", 15, "term 3, 'Jowls', repeats term 1"),
        ("  search_terms: [double chin, 'double  CHIN']\n", 12, "term 2, 'double  CHIN', repeats term 1"),
    ],
)
def test_a_bad_term_is_named_with_its_file_line_and_field(pack_copy, terms_yaml: str, line: int, message: str) -> None:
    folder = with_terms(pack_copy(), terms_yaml)
    assert problems_of(folder) == [f"areas.yaml:{line}: bottom.search_terms: {message}"]


def test_a_term_of_exactly_the_limit_fits_and_so_does_the_last_term_allowed(pack_copy) -> None:
    terms = ", ".join(f"t{n}" for n in range(TERMS_LIMIT - 1))
    folder = with_terms(pack_copy(), f"  search_terms: [{'x' * TERM_LIMIT}, {terms}]\n")
    assert len(load_pack(folder).areas["bottom"].search_terms) == TERMS_LIMIT


def test_too_many_terms_are_refused(pack_copy) -> None:
    terms = ", ".join(f"t{n}" for n in range(TERMS_LIMIT + 1))
    folder = with_terms(pack_copy(), f"  search_terms: [{terms}]\n")
    assert problems_of(folder) == [
        f"areas.yaml:12: bottom.search_terms: has {TERMS_LIMIT + 1} terms; at most {TERMS_LIMIT} fit here"
    ]


def test_a_topic_term_is_checked_too(pack_copy) -> None:
    folder = with_terms(pack_copy(), "  search_terms: [a, A]\n", "  summary: About history.\n", "topics.yaml")
    assert problems_of(folder) == ["topics.yaml:9: history.search_terms: term 2, 'A', repeats term 1"]


def test_terms_come_back_from_the_start_up_cache(pack_copy) -> None:
    folder = with_terms(pack_copy(), "  search_terms: [jowls, bags]\n")
    cache = folder.parent / "cache"
    pack_cache.load_pack_fast(folder, cache)
    cached = pack_cache.load_cached(folder, cache)
    assert cached is not None and cached.areas["bottom"].search_terms == ("jowls", "bags")


# ---- the shipped pack ----

PACK = load_pack(DATA)


def index():
    """The index, built in the test that uses it (mutation testing follows what a test calls)."""
    return build_index(PACK)


def area_text(area_id: str) -> str:
    """What an area's page says about the area itself: its summary, its text, its treatments' and devices' claims."""
    area = PACK.areas[area_id]
    treatments = [PACK.treatments[t] for t in area.treatments]
    claims = [f"{t.title} {t.claims} {t.how} {' '.join(d.claim for d in t.devices)}" for t in treatments]
    return " ".join([area.title, area.summary, area.here, *claims])


def test_cellulite_finds_every_area_whose_page_speaks_of_it_those_filed_there_first() -> None:
    speaking = {f"area:{a}" for a in PACK.areas if "cellulite" in area_text(a).lower()}
    filed = {f"area:{a}" for a, area in PACK.areas.items() if "cellulite" in area.search_terms}
    assert filed == {"area:thighs", "area:glutes", "area:back-thighs"} and filed < speaking
    found = [r.ref for r in search(index(), "cellulite", limit=50) if r.kind == "Area"]
    assert set(found) == speaking
    assert set(found[: len(filed)]) == filed


def test_pacemaker_finds_the_safety_page_and_the_do_not_use_rule_of_every_area() -> None:
    results = search(index(), "pacemaker")
    assert results[0].ref == "topic:safety" and results[0].kind == "Safety note"
    rule = PACK.notes["electronic-implants"]
    assert "electronic-implants" in PACK.info.do_not_use  # so it heads every area page
    assert results[0].title == "Pacemaker, defibrillator or any implanted electronic device: do not use"
    assert "pacemaker" in rule.rule
    assert ("topic:safety", "Topic") in {(r.ref, r.kind) for r in results}


@pytest.mark.parametrize(
    ("term", "page"),
    [
        ("crow's feet", "area:eye-area"),
        ("bags", "area:eye-area"),
        ("double chin", "area:chin"),
        ("jowls", "area:jawline-jowls"),
        ("stretch marks", "area:belly"),
        ("bloating", "area:belly"),
        ("back pain", "area:lower-back"),
        ("back pain", "area:upper-back"),
        ("sleep", "area:temples-head"),
        ("congestion", "area:nose-sinuses"),
        ("pregnant", "topic:safety"),
        ("Botox", "topic:safety"),
        ("fillers", "area:lips-mouth"),
        ("metal plate", "topic:safety"),
        ("metal plate", "area:arms"),
    ],
)
def test_each_word_clients_use_is_filed_on_its_page_and_finds_it(term: str, page: str) -> None:
    kind, _, ident = page.partition(":")
    record = PACK.areas[ident] if kind == "area" else PACK.topics[ident]
    assert term in record.search_terms
    assert page in [r.ref for r in search(index(), term)[:4]]


def test_every_term_is_something_its_page_speaks_of() -> None:
    """A term's words, or the thing it names, are on the page: a word of it in the page's text or its cautions,
    or a client's word for what the page names (listed here with the page's own word)."""
    clients_words = {
        "worry": "forehead",
        "bags": "puffiness",
        "puffy": "puffiness",
        "tired": "awake",
        "stuffy": "congestion",
        "blocked": "blocked",
        "sinusitis": "sinus",
        "pimples": "acne",
        "breakouts": "acne",
        "turkey": "sagging",
        "saggy": "sagging",
        "tummy": "belly",
        "stomach": "stomach",
        "abs": "stomach",
        "bum": "buttock",
        "butt": "buttock",
        "buttocks": "buttock",
        "bottom": "buttock",
        "hamstrings": "thighs",
        "backache": "back pain",
        "sore": "pain",
        "swollen": "swelling",
        "rehab": "rehabilitat",
        "water": "fluid",
        "dimpled": "dimpled",
        "orange": "orange-peel",
        "grinding": "grinds",
        "single": "single",
        "sleepless": "sleep",
        "trouble": "insomnia",
        "lift": "lift",
        "facelift": "facelift",
        "non-surgical": "no scalpel",
        "bloated": "bloating",
        "toned": "tone",
        "weak": "weak",
        "heart": "heart",
        "thin": "flattening",
        "sagging": "softer jawline",
        "anti-ageing": "anti-aging",
        "origins": "came from",
        "flow": "circulation",
        "serum": "skincare products",
        "effects": "what can go wrong",
        "disclaimer": "not medical advice",
        "citations": "sources",
        "bibliography": "every source in full",
    }
    pages = {}
    for area_id, area in PACK.areas.items():
        cautions = {c for c in area.cautions} | {c for t in area.treatments for c in PACK.treatments[t].cautions}
        notes = " ".join(PACK.notes[c].text for c in cautions)
        pages[area_id] = (area.search_terms, f"{area_text(area_id)} {notes} {PACK.info.disclaimer}")
    for topic in PACK.topics.values():
        notes = " ".join(PACK.notes[n].text for n in topic.notes)
        about = "Content version. Not medical advice." if topic.id == "about" else ""  # what pages.py adds
        pages[topic.id] = (
            topic.search_terms,
            f"{topic.title} {topic.summary} {topic.body} {notes} {about} {PACK.info.disclaimer}",
        )
    for name, (terms, text) in pages.items():
        page = text.lower()
        page_stems = set(stems(page))
        for term in terms:
            for word in set(re.findall(r"[\w'-]+", term.lower())) - {"after", "an"}:
                said = clients_words.get(word)
                assert (said and said in page) or set(stems(word)) <= page_stems, f"{name}: {term!r} ({word})"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("pregnant", "pregnancy"),
        ("stretch mark", "stretch marks"),
        ("jowl", "jowls"),
        ("bag", "bags"),
        ("wrinkle", "wrinkles"),
        ("filler", "fillers"),
        ("pacemakers", "pacemaker"),
        ("celulite", "cellulite"),  # one letter missing
        ("pacemeker", "pacemaker"),  # one letter wrong
        ("jowsl", "jowls"),  # two letters swapped
        ("Cellulité", "cellulite"),  # an accent
    ],
)
def test_word_forms_plurals_and_one_typo_find_the_same_pages(one: str, other: str) -> None:
    assert [r.ref for r in search(index(), one)][:3] == [r.ref for r in search(index(), other)][:3] != []
