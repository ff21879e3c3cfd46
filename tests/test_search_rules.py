"""The rules of search, one by one, on a tiny pack and on hand-made indexes: what is indexed and where it
leads, how each field weighs, word forms, typos, words still being typed, order, and the snippet."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from core.content_loader import load_pack
from core.records import Area, Device, Note, Topic, Treatment
from core.search import (
    LEADS,
    MAX_RESULTS,
    SUMMARY,
    TERMS,
    TEXT,
    TITLE,
    Entry,
    Index,
    _plain,
    build_index,
    search,
    snippet_of,
    stem,
    stems,
    words,
)
from tests.conftest import DATA

SHIPPED = load_pack(DATA)
FAQ_BODY = "Intro.\n### Does it hurt?\nNo, it tingles.\n### Is it safe?\nSee labels."
LONG = "No bold heading here, only words about kappa, in a sentence that runs on well past eighty characters."


def tiny_pack():
    """One area with one treatment, the safety and FAQ topics, five notes and a device."""
    treatment = Treatment("t1", "Toning routine", "S", "Claims about zygoma.", "How quux works.", ("c-treat",), ())
    area = Area(
        "a1", "face", "Alpha area", "Summary mentions sigma.", ("t1",), ("c-area",), "Here text omega.",
        search_terms=("double chin", "crow's feet"),
    )  # fmt: skip
    topics = {
        "safety": Topic("safety", "Safety page", "About safety.", "Body of safety.", ("c-safe",), (), ("pacemaker",)),
        "faq": Topic("faq", "Questions", "Q summary.", FAQ_BODY),
    }  # fmt: skip
    notes = {
        "c-safe": Note(
            "c-safe",
            "caution",
            "**Pacemaker: do not use.** Labels say so.",
            ("s",),
            "have a pacemaker or a heart device",
        ),
        "c-area": Note("c-area", "caution", "**Not on the temples.** Keep away.", ("s",)),
        "c-treat": Note("c-treat", "caution", LONG, ("s",)),
        "e1": Note("e1", "evidence", "**Evidence about zygoma.**", ("s",)),  # before a caution: skipped, not the end
        "c-none": Note("c-none", "caution", "**Orphan rule.**", ("s",)),
    }
    return SHIPPED._replace(
        areas=MappingProxyType({"a1": area}),
        treatments=MappingProxyType({"t1": treatment}),
        topics=MappingProxyType(topics),
        notes=MappingProxyType(notes),
        devices=MappingProxyType({"d1": Device("d1", "Gizmo 2", "A gizmo for lambda.")}),
    )


def tiny():
    """The tiny pack's index, built in the test that uses it (mutation testing follows what a test calls)."""
    return build_index(tiny_pack())


def scores(query: str, index: Index | None = None) -> list[tuple[str, str, float]]:
    return [(r.ref, r.kind, r.score) for r in search(index or tiny(), query, 50)]


def test_every_area_topic_caution_question_and_device_is_an_entry_leading_to_its_page() -> None:
    assert (
        [(e.ref, e.kind, e.title) for e in tiny().entries]
        == [
            ("area:a1", "Area", "Alpha area"),
            ("topic:safety", "Topic", "Safety page"),
            ("topic:faq", "Topic", "Questions"),
            ("topic:safety", "Safety note", "Pacemaker: do not use"),  # on the Safety page
            ("area:a1", "Safety note", "Not on the temples"),  # an area's own caution
            ("area:a1", "Safety note", LONG[:80]),  # a treatment's caution, with no bold rule
            ("topic:safety", "Safety note", "Orphan rule"),  # nowhere else
            ("topic:faq", "FAQ", "Does it hurt?"),
            ("topic:faq", "FAQ", "Is it safe?"),
            ("topic:devices", "Device", "Gizmo 2"),
        ]
    )
    assert [e.lead for e in tiny().entries] == [
        "alpha", "safet", "question", "pacemaker", "not", "no", "orphan", "hurt", "safe", "gizmo",
    ]  # fmt: skip
    assert (
        tiny().vocabulary == tuple(sorted(tiny().known)) and "zygoma" in tiny().known and "evidence" not in tiny().known
    )


def test_an_entry_s_snippet_is_its_own_text() -> None:
    area, safety, faq_topic, rule, _own, long_one, orphan, hurt, safe, device = tiny().entries
    assert area.snippet_text == "Summary mentions sigma. Here text omega. Claims about zygoma. How quux works."
    assert rule.snippet_text == " Labels say so."  # after the rule, which is the title
    assert orphan.snippet_text == "Orphan rule."  # nothing after it: all of it
    assert long_one.snippet_text == LONG
    assert (hurt.snippet_text, safe.snippet_text) == ("No, it tingles.", "See labels.")
    assert device.snippet_text == "A gizmo for lambda."
    assert safety.snippet_text == "About safety. Body of safety." and faq_topic.snippet_text.startswith("Q summary.")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("alpha", [("area:a1", "Area", TITLE + LEADS)]),  # a title's first word
        ("area", [("area:a1", "Area", TITLE)]),  # a title's later word
        ("chin", [("area:a1", "Area", TERMS)]),  # a client's word
        ("sigma", [("area:a1", "Area", SUMMARY)]),
        ("omega", [("area:a1", "Area", TEXT)]),  # the area's own text
        ("zygoma", [("area:a1", "Area", TEXT)]),  # a treatment's claims, not an evidence note
        ("quux", [("area:a1", "Area", TEXT)]),  # a treatment's how
        ("routine", [("area:a1", "Area", TEXT)]),  # a treatment's title
        ("alpha sigma", [("area:a1", "Area", TITLE + SUMMARY + LEADS)]),
        ("pacemaker", [("topic:safety", "Safety note", TITLE + LEADS), ("topic:safety", "Topic", TERMS)]),
        ("labels", [("topic:faq", "Topic", TEXT), ("topic:safety", "Safety note", TEXT), ("topic:faq", "FAQ", TEXT)]),
        ("hurt", [("topic:faq", "FAQ", TITLE + LEADS), ("topic:faq", "Topic", TEXT)]),
        ("tingles", [("topic:faq", "Topic", TEXT), ("topic:faq", "FAQ", TEXT)]),
        ("gizmo", [("topic:devices", "Device", TITLE + LEADS)]),
        ("lambda", [("topic:devices", "Device", SUMMARY)]),
        ("kappa", [("area:a1", "Safety note", TITLE)]),
        ("heart", [("topic:safety", "Safety note", TERMS)]),  # a caution's rule
        ("page", [("topic:safety", "Topic", TITLE)]),  # a topic's title
        ("summary", [("area:a1", "Area", SUMMARY), ("topic:faq", "Topic", SUMMARY)]),  # and its summary
    ],
)
def test_each_field_weighs_as_declared(query: str, expected: list[tuple[str, str, float]]) -> None:
    assert scores(query) == expected


def test_the_weights_rank_title_then_terms_then_summary_then_text() -> None:
    assert (TITLE, TERMS, SUMMARY, TEXT, LEADS) == (10.0, 8.0, 4.0, 1.0, 3.0)


def test_every_word_must_match_and_nothing_is_found_for_nothing() -> None:
    assert scores("alpha nowhere") == [] and scores("") == [] and scores("   ") == [] and scores("the of") == []
    assert scores("sigma omega") == [("area:a1", "Area", SUMMARY + TEXT)]


def test_stop_words_are_left_out_of_a_query() -> None:
    stop = "a an and are at be by can do does for from how i in is it my of on or the to what when with"
    for word in stop.split():
        assert words(word) == [] and words(word.upper()) == [], word
    assert words("Sagging skin, AND the jowls!") == ["sagging", "skin", "jowls"]
    assert words("crow’s feet") == ["crow's", "feet"] and words("Cellulité, naïve") == ["cellulite", "naive"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("pregnancies", "pregn"), ("pregnancy", "pregn"), ("pregnant", "pregn"),
        ("emergencies", "emerg"), ("emergency", "emerg"), ("emergent", "emerg"),
        ("firmness", "firm"), ("feelings", "feel"), ("feeling", "feel"), ("therapies", "therap"),
        ("carried", "carr"), ("wishes", "wish"), ("arms", "arm"), ("puffy", "puff"), ("cellulite", "cellulit"),
        ("faces", "face"), ("toned", "toned"), ("ads", "ads"), ("ant", "ant"), ("ancy", "ancy"), ("acne", "acne"),
        ("Crow's", "crow"), ("JOWLS", "jowl"), ("bodies", "bodi"), ("dancing", "danc"), ("ring", "ring"),
    ],
)  # fmt: skip
def test_a_stem_takes_off_one_ending_when_enough_is_left(word: str, expected: str) -> None:
    assert stem(word) == expected
    assert stem(word) == expected  # the second time from what the first one kept


def test_stems_read_markdown_as_words() -> None:
    assert stems("**Bold** [Linked words](area:neck) {{caveat:x}}") == ("bold", "link", "word")


def test_plain_text_of_markdown() -> None:
    markdown = "### Heading\n> quoted\nA [link](area:neck), **bold**, `code`, \\*, [x].\n{{caveat:y}}\n  ## Two"
    assert _plain(markdown) == "Heading\nquoted\nA link, bold, code, , x.\n \nTwo"


def test_typos_need_five_letters_and_a_close_enough_word_and_find_at_most_three_words() -> None:
    def entry(word: str) -> Entry:
        return Entry(f"topic:{word}", "Topic", word, word, ((TITLE, frozenset({word})),), word)

    close = ("abcdw", "abcdx", "abcdy", "abcdz")
    index = Index(tuple(entry(w) for w in (*close, "abcd")), (*close, "abcd"), frozenset((*close, "abcd")))
    found = [r.ref for r in search(index, "abcdq")]  # abcd is 89 % like the typo, the others 80 %: three words
    assert found == ["topic:abcd", "topic:abcdw", "topic:abcdx"]
    assert [r.ref for r in search(index, "abcd ")] == ["topic:abcd"]  # four letters: exact only
    assert search(index, "abcqq") == []  # 60 % like each


def test_a_last_word_still_being_typed_finds_the_words_it_begins() -> None:
    assert [r.ref for r in search(tiny(), "gizm")] == ["topic:devices"]
    assert [r.ref for r in search(tiny(), "alpha sig")] == ["area:a1"]
    assert search(tiny(), "giz") != [] and search(tiny(), "gi") == []  # three letters at least
    assert search(tiny(), "gizm ") == []  # a space after it: a whole word, which no page has
    assert search(tiny(), "sig alpha") == []  # only the last word


def test_order_is_score_then_kind_then_title_each_page_and_title_once_and_a_limit() -> None:
    def entry(ref: str, kind: str, title: str) -> Entry:
        return Entry(ref, kind, title, "x", ((TEXT, frozenset({"x"})),), "y")

    made = [
        entry("topic:d", "Device", "D"),
        entry("topic:f", "FAQ", "F"),
        entry("topic:s", "Safety note", "S"),
        entry("topic:b", "Topic", "B"),
        entry("topic:a", "Topic", "A"),
        entry("area:z", "Area", "Z"),
        entry("area:z", "Area", "Z"),  # the same page and title again
        Entry("area:w", "Area", "W", "x", ((TITLE, frozenset({"x"})),), "x"),
    ]
    index = Index(tuple(made), ("x",), frozenset({"x"}))
    assert [r.title for r in search(index, "x")] == ["W", "Z", "A", "B", "S", "F", "D"]
    assert [r.title for r in search(index, "x", limit=2)] == ["W", "Z"]
    assert len(search(index, "x", limit=1)) == 1
    many = Index(tuple(entry(f"topic:t{n}", "Topic", f"T{n:02}") for n in range(20)), ("x",), frozenset({"x"}))
    assert len(search(many, "x")) == MAX_RESULTS == 12


def test_a_snippet_is_a_line_around_the_first_match_with_every_match_in_it_marked() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " * 3
    snippet, marks = snippet_of(text, [{stem("eleven")}, {stem("nine")}])
    assert snippet == ("…three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen one two…")
    assert [snippet[a:b] for a, b in marks] == ["nine", "eleven"]
    start, _ = snippet_of("nine  is\nfirst " + "word " * 30, [{"nine"}])
    assert start.startswith("nine is first word") and start.endswith("…") and len(start) <= 91
    short, marks = snippet_of("Only nine words.", [{"nine"}])
    assert short == "Only nine words." and marks == ((5, 9),)
    none, marks = snippet_of("word " * 30, [{"nine"}])
    assert none == "word " * 18 + "…" and marks == ()  # no match: the first 90 characters
    whole, marks = snippet_of("no match here", [{"nine"}])
    assert whole == "no match here" and marks == ()


def test_a_first_match_longer_than_the_line_is_kept_whole() -> None:
    word = "x" * 120
    snippet, marks = snippet_of(f"start {word} end", [{word}])
    assert snippet == f"start {word}…" and [snippet[a:b] for a, b in marks] == [word]


def test_the_shipped_pack_finds_every_kind() -> None:
    index = build_index(SHIPPED)
    kinds = {e.kind for e in index.entries}
    assert kinds == {"Area", "Topic", "Safety note", "FAQ", "Device"}
    assert sum(e.kind == "FAQ" for e in index.entries) == 6
    evidence = {n.id for n in SHIPPED.notes.values() if n.kind != "caution"}
    assert not evidence & {e.title for e in index.entries}
    night = next(e for e in index.entries if e.title.startswith("Stimulation at night"))
    assert night.ref == "area:temples-head"  # a treatment's caution the Safety page does not list


def test_a_snippet_starts_on_the_word_about_thirty_characters_before_the_first_match() -> None:
    snippet, marks = snippet_of("aaaa " * 7 + "nine" + " bbbb" * 30, [{"nine"}])
    assert snippet == "…" + "aaaa " * 6 + "nine" + " bbbb" * 11 + "…"
    assert marks == ((31, 35),)


def test_a_match_that_is_the_last_word_of_the_line_is_marked() -> None:
    text = "one three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen two three four five"
    snippet, marks = snippet_of(text, [{"nine"}, {"two"}])
    assert snippet.endswith(" fifteen two…")
    assert [snippet[a:b] for a, b in marks] == ["nine", "two"] and marks[-1][1] == len(snippet) - 1


def test_a_text_of_exactly_one_line_has_no_ellipsis() -> None:
    assert snippet_of("x" * 90, [{"nine"}]) == ("x" * 90, ())
    assert snippet_of("x" * 91, [{"nine"}]) == ("x" * 90 + "…", ())


def test_a_query_with_a_space_before_the_last_word_or_only_stop_words_still_works() -> None:
    assert [r.ref for r in search(tiny(), " gizm")] == ["topic:devices"]
    assert search(tiny(), "the ") == [] and search(tiny(), "gizmo\t") != []


def test_a_note_without_a_bold_rule_is_titled_by_its_first_line_and_a_rule_loses_its_end_stops() -> None:
    from core.search import _first_line, _heading

    assert _heading("\n\n  Plain first line that goes on.  \nsecond line") == (
        "Plain first line that goes on.",
        "\n\n  Plain first line that goes on.  \nsecond line",
    )
    assert _heading("x" * 100) == ("x" * 80, "x" * 100)
    assert _heading("**Rule, with stops.:,** Then more.") == ("Rule, with stops", " Then more.")
    assert _heading("**.Rule.**") == (".Rule", "**.Rule.**")
    assert _first_line("\n   \n") == "" and _first_line("a  **b**\nc") == "a b"
