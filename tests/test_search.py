"""Search finds what a client at the desk asks about, in their words, with a typo, best first."""

from __future__ import annotations

import pytest

from core.content_loader import load_pack
from core.search import build_index, search, snippet_of, stem
from tests.conftest import DATA

PACK = load_pack(DATA)


def index():
    """The index, built in the test that uses it (mutation testing follows what a test calls)."""
    return build_index(PACK)


def refs(query: str, n: int = 3) -> list[str]:
    return [result.ref for result in search(index(), query)[:n]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cellulite", "area:thighs"),
        ("celulite", "area:thighs"),  # one typo
        ("jowls", "area:jawline-jowls"),
        ("double chin", "area:chin"),
        ("crow's feet", "area:eye-area"),
        ("stretch marks", "area:belly"),
        ("congestion", "area:nose-sinuses"),
        ("pregnancy", "topic:safety"),
        ("pregnant", "topic:safety"),  # another word form
        ("pacemeker", "topic:safety"),  # a typo in a safety word
        ("metal plate", "topic:safety"),
        ("fillers", "topic:safety"),
    ],
)
def test_the_words_clients_use_find_the_page(query: str, expected: str) -> None:
    assert expected in refs(query), search(index(), query)


def test_every_word_of_the_query_must_match() -> None:
    assert search(index(), "cellulite forehead") == []
    assert search(index(), "zzzz qqqq") == []
    assert search(index(), "") == [] and search(index(), "the and of") == []


def test_a_result_has_its_kind_title_and_a_one_line_snippet_with_the_words_marked() -> None:
    result = next(r for r in search(index(), "pregnant") if r.kind == "Safety note" and r.ref == "topic:safety")
    assert result.title == "Pregnancy: do not use"
    assert "\n" not in result.snippet and len(result.snippet) <= 95
    marked = [result.snippet[start:end].lower() for start, end in result.marks]
    assert marked and all(stem(word) == stem("pregnant") for word in marked)


def test_kinds_found_include_faq_questions_and_devices() -> None:
    kinds = {r.kind for r in search(index(), "results")} | {r.kind for r in search(index(), "bear")}
    assert {"FAQ", "Device"} <= kinds


def test_word_forms_meet_but_short_words_need_an_exact_match() -> None:
    assert stem("pregnancy") == stem("pregnant")
    assert stem("wrinkles") == stem("wrinkle")
    assert refs("arm", 1) == ["area:arms"]
    assert "area:arms" not in refs("ear")


def test_a_snippet_is_cut_around_the_first_match() -> None:
    text = "word " * 40 + "cellulite is here " + "word " * 40
    snippet, marks = snippet_of(text, [{stem("cellulite")}])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[a:b] for a, b in marks] == ["cellulite"]
