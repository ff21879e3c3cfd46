"""The article is retold, not copied: no shared 6-word run, no 10-word window with a word or two swapped,
and no sentence that keeps an article sentence's structure.

The text checked is every page as the reader sees it (evidence shown), built by tests.test_shipped_content.
Names are exempt: the article's title, its product names, the person it credits and the titles of the
reviews it lists are each folded into one token in both texts, so quoting a name is allowed but copying
the words around it is not.

The run and window checks compare words position by position, so words dropped in ("it says") or left out
beat them. The structure check does not: it aligns each sentence of ours (and each two in a row) with the
most similar article sentence (or two in a row) over content words only, the words that carry meaning,
with difflib.SequenceMatcher. A sentence fails when more than half of the shorter side's content words line
up in the article's order, at least 6 of them or 4 in a row. Inserted or deleted filler words do not change
that alignment, a swapped word only costs one match, and telling the same facts in an order and build of
our own lines up few of them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from typing import NamedTuple

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
    "Dr. Thomas W. Wing",
)
# Longest first, so that "BEAR™ 2 go" is one name and not "BEAR™ 2" followed by "go".
_NAME_WORDS = sorted((tuple(words(name)) for name in NAMES), key=len, reverse=True)
_TOKENS = {name: f"<name{n}>" for n, name in enumerate(_NAME_WORDS)}
# A name found in raw text, whatever punctuation sits between its words ("crow's" is the word "crows").
_NAME_PATTERNS = [
    (
        re.compile(
            r"\b" + r"[^a-z0-9]+".join("['’]?".join(map(re.escape, word)) for word in name) + r"\b", re.IGNORECASE
        ),
        f" zzname{n}zz ",
    )
    for n, name in enumerate(_NAME_WORDS)
]
_PLACEHOLDER = re.compile(r"zzname(\d+)zz")
_SPELLING = {tuple(words(name)): name for name in NAMES}


def fold(text: str) -> str:
    """The text with each name replaced by one placeholder word."""
    for pattern, placeholder in _NAME_PATTERNS:
        text = pattern.sub(placeholder, text)
    return text


def _unfold(word: str) -> str:
    found = _PLACEHOLDER.fullmatch(word)
    return _TOKENS[_NAME_WORDS[int(found.group(1))]] if found else word


def tokens(text: str) -> list[str]:
    """The text's words, with each name folded into a single token."""
    return [_unfold(word) for word in words(fold(text))]


THEIRS = tokens(ARTICLE.read_text(encoding="utf-8"))
OURS = tokens(TEXT)


def _is_plain(run: list[str]) -> bool:
    return not all(word.startswith("<name") for word in run)


def test_the_names_are_folded() -> None:
    # A guard on the test itself: the title and the product names exist in both texts as single tokens.
    assert _TOKENS[tuple(words(PACK.info.article.title))] in THEIRS
    assert _TOKENS[tuple(words("BEAR™ 2 eyes & lips"))] in OURS


def copied_runs(ours: list[str], theirs: list[str]) -> list[str]:
    """Our runs of RUN words that the article has too (runs made only of names excepted)."""
    grams = {tuple(theirs[i : i + RUN]) for i in range(len(theirs) - RUN + 1)}
    return sorted(
        {
            " ".join(ours[i : i + RUN])
            for i in range(len(ours) - RUN + 1)
            if tuple(ours[i : i + RUN]) in grams and _is_plain(ours[i : i + RUN])
        }
    )


def test_no_run_of_six_article_words() -> None:
    copied = copied_runs(OURS, THEIRS)
    assert not copied, "\n".join(copied)


def near_copies(ours: list[str], theirs: list[str]) -> set[tuple[str, str]]:
    """Our 10-word windows that equal an article window position by position except for at most 2 words.

    With at most 2 of 10 positions different, one of the blocks [0:3], [3:6], [6:10] matches exactly, so
    it is enough to look at the article windows that share the 3-gram at offset 0, 3 or 6."""
    at: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for p in range(len(theirs) - 2):
        at[tuple(theirs[p : p + 3])].append(p)
    found = set()
    for i in range(len(ours) - WINDOW + 1):
        window = ours[i : i + WINDOW]
        for offset in (0, 3, 6):
            for p in at.get(tuple(window[offset : offset + 3]), ()):
                j = p - offset
                if j < 0 or j + WINDOW > len(theirs):
                    continue
                other = theirs[j : j + WINDOW]
                if sum(a != b for a, b in zip(window, other, strict=True)) <= MAX_CHANGED and _is_plain(window):
                    found.add((" ".join(window), " ".join(other)))
    return found


def test_near_copies_finds_a_window_with_two_words_swapped() -> None:
    # A guard on the search: the audit's worst case, and one with the changes at both ends.
    article = words("With regular treatments, the effects become more visible and longer-lasting.")
    assert near_copies(words("With regular sessions, the effects become more visible and long-lasting."), article)
    assert near_copies(words("So regular treatments, the effects become more visible and lasting."), article)
    assert not near_copies(
        words("Repeated sessions, the article adds, make the results show more and stay longer."), article
    )


def test_no_ten_word_window_is_the_article_s_with_a_word_or_two_changed() -> None:
    found = near_copies(OURS, THEIRS)
    assert not found, "\n".join(f"ours: {a}\n  article: {b}" for a, b in sorted(found))


def test_the_faq_has_the_article_s_six_questions() -> None:
    faq = PACK.topics["faq"].body
    assert len(re.findall(r"^### ", faq, flags=re.MULTILINE)) == 6
    assert "](topic:reviews)" in faq


# ----- Structure: sentences aligned over their content words -----

SHARE = 0.5  # a sentence fails when more than this share of the shorter side's content words ...
MIN_SHARED = 6  # ... line up in the article's order, at least this many of them,
MIN_SHARED_IN_A_ROW = 4  # ... or at least this many one after another (for short sentences)

# Words that carry no content of their own: function words, the reporting words a retelling adds ("the
# article says"), and "microcurrent", the subject of nearly every sentence of both texts.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "so",
        "yet",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "without",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "as",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "themselves",
        "he",
        "him",
        "his",
        "she",
        "her",
        "we",
        "us",
        "our",
        "ourselves",
        "you",
        "your",
        "yourself",
        "i",
        "me",
        "my",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "not",
        "no",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "if",
        "while",
        "also",
        "too",
        "very",
        "just",
        "only",
        "even",
        "more",
        "most",
        "much",
        "many",
        "some",
        "any",
        "all",
        "each",
        "every",
        "both",
        "either",
        "neither",
        "there",
        "here",
        "up",
        "out",
        "off",
        "such",
        "own",
        "same",
        "other",
        "others",
        "another",
        "again",
        "once",
        "still",
        "s",
        "t",
        "d",
        "ll",
        "re",
        "ve",
        "m",
        "isnt",
        "dont",
        "doesnt",
        "didnt",
        "wont",
        "cant",
        "arent",
        "wasnt",
        "werent",
        "youre",
        "youll",
        "youve",
        "weve",
        "were",
        "theyre",
        "thats",
        "lets",
        "article",
        "articles",
        "says",
        "said",
        "say",
        "saying",
        "claims",
        "claim",
        "claimed",
        "according",
        "adds",
        "add",
        "added",
        "notes",
        "noted",
        "note",
        "writes",
        "wrote",
        "tells",
        "told",
        "telling",
        "calls",
        "called",
        "call",
        "puts",
        "view",
        "account",
        "words",
        "sees",
        "describes",
        "described",
        "promises",
        "promise",
        "offers",
        "offer",
        "lists",
        "list",
        "gives",
        "give",
        "mentions",
        "names",
        "named",
        "explains",
        "microcurrent",
        "microcurrents",
    ]
)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")
# A sentence ends at . ! or ? (not after "Dr" or an initial) or at a line break.
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\b[A-Z])[.!?]+(?=[\s\"'”’)\]*A-Z]|$)|\n")


def _stem(word: str) -> str:
    """A crude stem, so that "invented" and "invent" or "lines" and "line" are one word."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(sentence: list[str]) -> list[str]:
    """A sentence's words that carry content, stemmed; names and filler words left out."""
    return [_stem(w) for w in sentence if w not in STOP_WORDS and not w.startswith("<name")]


def sentences(text: str) -> list[tuple[str, list[str]]]:
    """The text's sentences (headings and list items included), each with its words; link targets dropped."""
    text = fold(re.sub(r"\]\([^)]*\)", "]", text))
    found = []
    for part in _SENTENCE_END.split(text):
        if found_words := [_unfold(w) for w in words(part)]:
            found.append(
                (_PLACEHOLDER.sub(lambda m: _SPELLING[_NAME_WORDS[int(m.group(1))]], part).strip(), found_words)
            )
    return found


class Span(NamedTuple):
    """One sentence, or two in a row: their texts and content words, and where the second one's begin."""

    texts: tuple[str, ...]
    content: list[str]
    second: int  # the index in content where the second sentence's words begin; len(content) for one

    def contributes(self, positions: list[int]) -> bool:
        """Whether both sentences of a pair have at least two of the lined-up words (always, for one), so
        that a neighbor's stray word cannot tip a sentence over."""
        if len(self.texts) == 1:
            return True
        first = sum(p < self.second for p in positions)
        return first >= 2 and len(positions) - first >= 2


def _spans(found: list[tuple[str, list[str]]]) -> list[Span]:
    """Every sentence, then every two sentences in a row (so that splitting a sentence in two does not hide
    it), each with its content words, once each."""
    spans: dict[tuple[str, ...], Span] = {}
    for n in (1, 2):
        for i in range(len(found) - n + 1):
            parts = [content_words(sentence) for _, sentence in found[i : i + n]]
            content = [w for part in parts for w in part]
            if content and all(parts):
                spans.setdefault(
                    tuple(content), Span(tuple(text for text, _ in found[i : i + n]), content, len(parts[0]))
                )
    return list(spans.values())


class Article:
    """The article's sentences, indexed by their content words: the candidates for one of ours are the
    article's sentences that share at least two of its content words (filler words are never indexed), so
    each of ours is aligned with a handful of them, not with all."""

    def __init__(self, text: str) -> None:
        self.spans = _spans(sentences(text))
        self.index: dict[str, set[int]] = defaultdict(set)
        for k, span in enumerate(self.spans):
            for word in span.content:
                self.index[word].add(k)

    def copied_structure(self, text: str) -> list[tuple[str, str, list[str]]]:
        """Our sentences (or two in a row) whose content words mostly line up with an article sentence's
        (or two in a row) in the same order: (ours, the article's, the words that line up)."""
        found = []
        flagged: set[str] = set()
        for ours in _spans(sentences(text)):
            if flagged.intersection(ours.texts):
                continue  # a pair with a sentence that is reported already
            shared: dict[int, int] = defaultdict(int)
            for word in set(ours.content):
                for k in self.index.get(word, ()):
                    shared[k] += 1
            best = None
            for k, count in shared.items():
                theirs = self.spans[k]
                if count < 2 or len(ours.texts) == len(theirs.texts) == 2:
                    continue
                blocks = [
                    b
                    for b in SequenceMatcher(None, ours.content, theirs.content, autojunk=False).get_matching_blocks()
                    if b.size
                ]
                if not blocks:
                    continue
                lined_up = [ours.content[b.a + i] for b in blocks for i in range(b.size)]
                share = len(lined_up) / min(len(ours.content), len(theirs.content))
                if (
                    share > SHARE
                    and (len(lined_up) >= MIN_SHARED or max(b.size for b in blocks) >= MIN_SHARED_IN_A_ROW)
                    and ours.contributes([b.a + i for b in blocks for i in range(b.size)])
                    and theirs.contributes([b.b + i for b in blocks for i in range(b.size)])
                    and (best is None or share > best[0])
                ):
                    best = (share, theirs, lined_up)
            if best:
                found.append((_show(ours.texts), _show(best[1].texts), best[2]))
                flagged.update(ours.texts)
        return found


def _show(texts: tuple[str, ...]) -> str:
    return re.sub(r"\s+", " ", " | ".join(texts))


ARTICLE_SENTENCES = Article(ARTICLE.read_text(encoding="utf-8"))
FACELIFT = (
    "Microcurrent therapy acts as a natural facelift by toning and lifting the facial muscles, helping "
    "redefine facial contours without walking the dangerous blade of a scalpel."
)


def _with_it_says(sentence: str, every: int) -> str:
    found = sentence.rstrip(".").split()
    return " ".join(w + (", it says," if i % every == every - 1 else "") for i, w in enumerate(found)) + "."


def test_the_structure_check_sees_through_inserted_and_swapped_words() -> None:
    # A guard on the check itself. The reviewer's case: the article's facelift sentence with "it says"
    # dropped in every few words has no 6-word run and no near-copy window, but this check catches it.
    for every in (2, 3, 4):
        padded = _with_it_says(FACELIFT, every)
        assert not copied_runs(tokens(padded), tokens(FACELIFT)), every
        assert not near_copies(tokens(padded), tokens(FACELIFT)), every
        assert ARTICLE_SENTENCES.copied_structure(padded), every
    for variant in (
        # A word or two swapped.
        "Microcurrent therapy works as a natural facelift by toning and raising the facial muscles, helping "
        "redefine facial contours without walking the dangerous blade of a scalpel.",
        # Words left out and a few changed.
        "The article says microcurrent acts as a natural facelift, toning and lifting facial muscles and "
        "redefining the contours of the face without the scalpel's blade.",
        # The sentence split in three.
        "Microcurrent therapy acts as a natural facelift. It tones and lifts the facial muscles. That helps "
        "redefine facial contours without the dangerous blade of a scalpel.",
        # Synonyms in the article's order, as this app's FAQ once had it.
        "In its account, low-level currents work the facial muscles and promote the making of collagen and "
        "elastin, and the result is firmer, younger-looking skin.",
        # The article's list of benefits in its own order, as the history page once had it.
        'They run from "hyper-charging" collagen and smoothing away lines and wrinkles to a single chin, a '
        "jawline to be proud of, and glutes that escape gravity.",
        # The article's chain of clauses told in two sentences, as the history page once had it.
        "Next, the article says, the FDA approved the treatment. From there, in its telling, microcurrent took "
        "off in beauty salons and clinics.",
    ):
        assert ARTICLE_SENTENCES.copied_structure(variant), variant


def test_the_structure_check_lets_ordinary_sentences_through() -> None:
    # Sharing a few content words with a long article sentence is not copying its structure, nor is
    # telling the same facts in an order and build of our own.
    for sentence in (
        "The article says microcurrent can reduce puffiness.",
        "Crow's feet and other fine lines are said to smooth out, dark circles to fade and puffiness to go down.",
        "With no scalpel and no surgery, the article says, toned and lifted facial muscles give the face a "
        "natural facelift and sharper contours.",
        "Pain is hard to live with, the article says, and any easing of it is welcome.",
    ):
        assert not ARTICLE_SENTENCES.copied_structure(sentence), sentence


def test_no_sentence_keeps_an_article_sentence_s_structure() -> None:
    found = ARTICLE_SENTENCES.copied_structure(TEXT)
    assert not found, "\n".join(f"ours: {a}\n  article: {b}\n  in the same order: {' '.join(c)}" for a, b, c in found)
