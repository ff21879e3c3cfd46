"""A result no word of whose snippet matched (found by a client's search term or a treatment's title) shows
the phrase that found it first, marked."""

from __future__ import annotations

from core.search import snippet_of, stem


def marked(snippet: str, marks) -> list[str]:
    return [snippet[a:b] for a, b in marks]


def test_the_phrase_that_found_it_leads_the_snippet_marked() -> None:
    also = ("calf pain", "Muscle toning and strengthening")
    snippet, marks = snippet_of("Calf tone and the vein cautions.", [{stem("toning")}], also)
    assert snippet == "Muscle toning and strengthening · Calf tone and the vein cautions."
    assert marked(snippet, marks) == ["toning"]


def test_a_search_term_is_capitalised_and_another_form_of_the_same_word_is_not_repeated() -> None:
    also = ("pregnant", "pregnancy", "epilepsy", "pacemaker")
    snippet, marks = snippet_of("Who must not use it.", [{stem("pregnant")}, {stem("pacemaker")}], also)
    assert snippet == "Pregnant · Pacemaker · Who must not use it."
    assert marked(snippet, marks) == ["Pregnant", "Pacemaker"]


def test_a_snippet_word_that_matched_needs_no_phrase_and_no_match_shows_the_text_alone() -> None:
    assert snippet_of("Calf tone here.", [{stem("calf")}], ("calf pain",)) == ("Calf tone here.", ((0, 4),))
    assert snippet_of("Calf tone here.", [{"zzz"}], ("calf pain",)) == ("Calf tone here.", ())


def test_the_line_stays_one_snippet_long() -> None:
    snippet, _ = snippet_of("word " * 40, [{"toning"}], ("toning",))
    assert snippet.startswith("Toning · word") and snippet.endswith("…") and len(snippet) == 91
