"""What search does quickly gives what the plain way gives: the stems a typed prefix begins (found by bisection in
the sorted vocabulary), the snippets (each text stemmed once and remembered), and a snippet's marked pieces."""

from __future__ import annotations

from core.content_loader import load_pack
from core.search import WORD, _begun_by, build_index, snippet_of, snippet_pieces, stem
from tests.conftest import DATA

INDEX = build_index(load_pack(DATA))


def test_a_prefix_finds_exactly_the_vocabulary_words_it_begins() -> None:
    vocabulary = INDEX.vocabulary
    assert list(vocabulary) == sorted(vocabulary)
    for typed in ("cel", "pac", "preg", "a", "zz", "", "bot", "crow", "z", "~"):
        assert _begun_by(vocabulary, typed) == {word for word in vocabulary if word.startswith(typed)}, typed
    assert _begun_by(vocabulary, "cel") >= {stem("cellulite")}


def test_a_snippet_asked_for_again_is_the_same_and_marks_only_matched_words() -> None:
    text = INDEX.entries[0].snippet_text
    wanted = [{stem(w)} for w in WORD.findall(text.lower())[3:5]]
    first = snippet_of(text, wanted)
    assert snippet_of(text, wanted) == first
    snippet, marks = first
    assert marks and all(stem(snippet[a:b].lower()) in set().union(*wanted) for a, b in marks)


def test_a_snippets_pieces_join_back_into_it_with_the_marked_words_flagged() -> None:
    snippet = "…toning the gluteus, and cellulite: cellulite claims."
    marks = ((25, 34), (36, 45))
    pieces = snippet_pieces(snippet, marks)
    assert "".join(text for text, _ in pieces) == snippet
    assert [text for text, marked in pieces if marked] == ["cellulite", "cellulite"]
    assert snippet_pieces("no marks", ()) == (("no marks", False),)
    assert snippet_pieces("cellulite", ((0, 9),)) == (("cellulite", True),)
