"""The article is retold, not copied: no shared 6-word run and no 10-word window with a word or two swapped.

The text checked is every page as the reader sees it (evidence shown), built by tests.test_shipped_content.
Names are exempt: the article's title, its product names and the titles of the reviews it lists are each
folded into one token in both texts, so quoting a name is allowed but copying the words around it is not.
"""

from __future__ import annotations

import re
from collections import defaultdict

from tests.test_shipped_content import ARTICLE, PACK, TEXT, words

RUN = 6  # no run of this many consecutive article words
WINDOW = 10  # no window of this many words ...
MAX_CHANGED = 2  # ... that matches an article window with only this many words changed

NAMES = (
    PACK.info.article.title,
    "FOREO BEAR™ Review with Dermatologist Cara McDonald",
    "Review Roundup: BEAR™ — the mighty microcurrent device",
    "FOREO BEAR™ Before & After: Amanda Ramsay 3-Month Trial",
    "Review Roundup: Comparison FOREO BEAR™ and NuFACE microcurrent facial devices",
    "BEAR™ 2 Microcurrent Toning Device",
    "BEAR™ 2 eyes & lips",
    "BEAR™ 2 go",
    "FOREO BEAR™ 2",
    "BEAR™ 2",
)
# Longest first, so that "BEAR™ 2 go" is one name and not "BEAR™ 2" followed by "go".
_NAME_WORDS = sorted((tuple(words(name)) for name in NAMES), key=len, reverse=True)
_TOKENS = {name: f"<name{n}>" for n, name in enumerate(_NAME_WORDS)}


def tokens(text: str) -> list[str]:
    """The text's words, with each name folded into a single token."""
    found = words(text)
    out: list[str] = []
    i = 0
    while i < len(found):
        for name in _NAME_WORDS:
            if tuple(found[i:i + len(name)]) == name:
                out.append(_TOKENS[name])
                i += len(name)
                break
        else:
            out.append(found[i])
            i += 1
    return out


THEIRS = tokens(ARTICLE.read_text(encoding="utf-8"))
OURS = tokens(TEXT)


def _is_plain(run: list[str]) -> bool:
    return not all(word.startswith("<name") for word in run)


def test_the_names_are_folded() -> None:
    # A guard on the test itself: the title and the product names exist in both texts as single tokens.
    assert _TOKENS[tuple(words(PACK.info.article.title))] in THEIRS
    assert _TOKENS[tuple(words("BEAR™ 2 eyes & lips"))] in OURS


def test_no_run_of_six_article_words() -> None:
    theirs = {tuple(THEIRS[i:i + RUN]) for i in range(len(THEIRS) - RUN + 1)}
    copied = sorted({
        " ".join(OURS[i:i + RUN]) for i in range(len(OURS) - RUN + 1)
        if tuple(OURS[i:i + RUN]) in theirs and _is_plain(OURS[i:i + RUN])
    })
    assert not copied, "\n".join(copied)


def near_copies(ours: list[str], theirs: list[str]) -> set[tuple[str, str]]:
    """Our 10-word windows that equal an article window position by position except for at most 2 words.

    With at most 2 of 10 positions different, one of the blocks [0:3], [3:6], [6:10] matches exactly, so
    it is enough to look at the article windows that share the 3-gram at offset 0, 3 or 6."""
    at: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for p in range(len(theirs) - 2):
        at[tuple(theirs[p:p + 3])].append(p)
    found = set()
    for i in range(len(ours) - WINDOW + 1):
        window = ours[i:i + WINDOW]
        for offset in (0, 3, 6):
            for p in at.get(tuple(window[offset:offset + 3]), ()):
                j = p - offset
                if j < 0 or j + WINDOW > len(theirs):
                    continue
                other = theirs[j:j + WINDOW]
                if sum(a != b for a, b in zip(window, other)) <= MAX_CHANGED and _is_plain(window):
                    found.add((" ".join(window), " ".join(other)))
    return found


def test_near_copies_finds_a_window_with_two_words_swapped() -> None:
    # A guard on the search: the audit's worst case, and one with the changes at both ends.
    article = words("With regular treatments, the effects become more visible and longer-lasting.")
    assert near_copies(words("With regular sessions, the effects become more visible and long-lasting."), article)
    assert near_copies(words("So regular treatments, the effects become more visible and lasting."), article)
    assert not near_copies(words("Repeated sessions, the article adds, make the results show more and stay longer."),
                           article)


def test_no_ten_word_window_is_the_article_s_with_a_word_or_two_changed() -> None:
    found = near_copies(OURS, THEIRS)
    assert not found, "\n".join(f"ours: {a}\n  article: {b}" for a, b in sorted(found))


def test_the_faq_has_the_article_s_six_questions() -> None:
    faq = PACK.topics["faq"].body
    assert len(re.findall(r"^### ", faq, flags=re.MULTILINE)) == 6
    assert "](topic:reviews)" in faq
