"""Search over a content pack: areas, topics, safety notes, FAQ questions and devices, in the words
clients use (search terms in the pack), forgiving plurals, simple word forms and one typo.

The index is plain data built from the pack (`build_index`), so it can be cached with it; a query
(`search`) reads only the index. The fuzzy part (rapidfuzz) is imported on the first query that needs it, or
before, by `load_fuzzy` (a search field that gets focus, so no keystroke waits for it)."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice, takewhile
from typing import NamedTuple

from core.records import Pack
from core.refs import area_ref, topic_ref

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Endings stripped so that word forms meet (pregnant, pregnancy; wrinkles, wrinkled), longest first.
_ENDINGS = (
    "ancies",
    "encies",
    "ancy",
    "ency",
    "ant",
    "ent",
    "ness",
    "ings",
    "ing",
    "ies",
    "ied",
    "es",
    "ed",
    "s",
    "y",
    "e",
)
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "my",
        "of",
        "on",
        "or",
        "the",
        "to",
        "what",
        "when",
        "with",
    ]
)
FUZZY_MIN_LENGTH = 5  # shorter words must match exactly: a typo in "arm" is another word
PREFIX_MIN_LENGTH = 3  # a last word of three letters or more, still being typed, also finds the words it begins
FUZZY_SCORE = 80  # rapidfuzz ratio (0-100) for a word to count as a typo of an indexed word
MAX_RESULTS = 12

# Field weights: a match in a title counts most, then a client's own words, then the summary, then text.
TITLE, TERMS, SUMMARY, TEXT = 10.0, 8.0, 4.0, 1.0
LEADS = 3.0  # a title that starts with a word of the query
KIND_ORDER = {"Area": 0, "Topic": 1, "Safety note": 2, "FAQ": 3, "Device": 4}


Fields = tuple[tuple[float, frozenset[str]], ...]  # (weight, stems) per field of an entry


class Entry(NamedTuple):
    """One thing a search can find: where it leads, what it is, its words by field, and its title's first word."""

    ref: str
    kind: str
    title: str
    snippet_text: str
    fields: Fields
    lead: str = ""
    also: tuple[str, ...] = ()  # what else found it (a client's words, a treatment's title), when no snippet word did


class Index(NamedTuple):
    entries: tuple[Entry, ...]
    vocabulary: tuple[str, ...]  # every stem, sorted: for typo matching, and the stems a prefix begins by bisection
    known: frozenset[str] = frozenset()  # the same stems, to look one up


class Result(NamedTuple):
    """A result as shown: its page, kind, title, and a one-line snippet with the matched words' spans."""

    ref: str
    kind: str
    title: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    score: float


_STEMS: dict[str, str] = {}  # every word met so far and its stem: a query stems each word of its snippets


def stem(word: str) -> str:
    """A word's stem: lowercase, no apostrophe, one ending taken off when enough of the word is left."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = _stem(word)
    return found


def _stem(word: str) -> str:
    word = word.lower().replace("'", "")
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= (3 if ending == "s" else 4):
            return word[: -len(ending)]
    return word


def words(text: str) -> list[str]:
    """The words of `text` that say something, lowercase, accents dropped (cellulité is cellulite)."""
    text = text.lower().replace("’", "'")
    if not text.isascii():
        import unicodedata

        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return [w for w in WORD.findall(text) if w not in _STOP]


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(_plain(text)))


def _plain(markdown: str) -> str:
    """Markdown as plain text: link text kept and its target dropped, caveat markers, heading and quote
    marks, emphasis and escapes dropped."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\{\{[^}]*\}\}", " ", text)
    text = re.sub(r"^[ \t]*(?:#+|>)[ \t]*", "", text, flags=re.MULTILINE)
    return re.sub(r"[*`\[\]\\]", "", text)


def _first_line(markdown: str) -> str:
    for line in _plain(markdown).splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def _heading(note_text: str) -> tuple[str, str]:
    """A note's bold first sentence (its rule), and the rest of its text (all of it when it has no rule)."""
    match = re.match(r"\s*\*\*(.+?)\*\*", note_text)
    if not match:
        return _first_line(note_text)[:80], note_text
    rest = note_text[match.end() :]
    return match.group(1).rstrip(".:,"), rest if rest.strip() else note_text


def _entry(
    ref: str, kind: str, title: str, snippet_text: str, *fields: tuple[float, str], also: tuple[str, ...] = ()
) -> Entry:
    """An entry whose title is its first field: each field's text as the set of its stems."""
    lead = stems(title)
    return Entry(
        ref,
        kind,
        title,
        snippet_text,
        tuple((w, frozenset(stems(text))) for w, text in fields),
        lead[0] if lead else "",
        also,
    )


def build_index(pack: Pack) -> Index:
    """Every area, topic, safety note, FAQ question and device of the pack, with its words by field."""
    entries: list[Entry] = []
    for area in pack.areas.values():
        treatments = [pack.treatments[t] for t in area.treatments]
        text = " ".join([area.here, *(t.claims + " " + t.how for t in treatments)])
        named = " ".join([text, *(t.title for t in treatments)])
        entries.append(
            _entry(
                area_ref(area.id),
                "Area",
                area.title,
                f"{area.summary} {_plain(text)}",
                (TITLE, area.title),
                (TERMS, " ".join(area.search_terms)),
                (SUMMARY, area.summary),
                (TEXT, named),
                also=(*area.search_terms, *(t.title for t in treatments)),
            )
        )
    for topic in pack.topics.values():
        entries.append(
            _entry(
                topic_ref(topic.id),
                "Topic",
                topic.title,
                f"{topic.summary} {_plain(topic.body)}",
                (TITLE, topic.title),
                (TERMS, " ".join(topic.search_terms)),
                (SUMMARY, topic.summary),
                (TEXT, topic.body),
                also=topic.search_terms,
            )
        )
    shown_on_safety = set(pack.topics["safety"].notes)  # safety, faq and devices: every pack has them
    for note in pack.notes.values():
        if note.kind != "caution":
            continue
        ref = topic_ref("safety") if note.id in shown_on_safety else _first_area_with(pack, note.id)
        heading, rest = _heading(note.text)
        entries.append(
            _entry(ref, "Safety note", heading, _plain(rest), (TITLE, heading), (TERMS, note.rule), (TEXT, note.text))
        )
    for question, answer in _faq(pack.topics["faq"].body):
        entries.append(_entry(topic_ref("faq"), "FAQ", question, _plain(answer), (TITLE, question), (TEXT, answer)))
    for device in pack.devices.values():
        entries.append(
            _entry(
                topic_ref("devices"),
                "Device",
                device.name,
                device.summary,
                (TITLE, device.name),
                (SUMMARY, device.summary),
            )
        )
    known = frozenset(s for entry in entries for _, field in entry.fields for s in field)
    return Index(tuple(entries), tuple(sorted(known)), known)


def _first_area_with(pack: Pack, note_id: str) -> str:
    for area in pack.areas.values():
        if note_id in area.cautions or any(note_id in pack.treatments[t].cautions for t in area.treatments):
            return area_ref(area.id)
    return topic_ref("safety")


def _faq(body: str) -> list[tuple[str, str]]:
    """(question, answer) for each ### heading of the FAQ body."""
    parts = re.split(r"^###\s+(.+)$", body, flags=re.MULTILINE)
    return [(parts[i].strip(), parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]


def _query_stems(query: str, index: Index) -> list[set[str]]:
    """For each word of the query, the indexed stems it stands for: itself, or its closest typo matches; and
    for a last word still being typed (no space after it yet), every stem it begins."""
    known = index.known
    wanted = []
    query_words = words(query)
    for word in query_words:
        target = stem(word)
        if target in known or len(word) < FUZZY_MIN_LENGTH:
            wanted.append({target})
            continue
        from rapidfuzz import fuzz, process  # only when a word is not in the index: about 18 ms to import

        close = process.extract(target, index.vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE, limit=3)
        wanted.append({target, *(match for match, _, _ in close)})
    typed = query_words[-1] if query_words and not query[-1:].isspace() else ""
    if len(typed) >= PREFIX_MIN_LENGTH:
        wanted[-1] |= _begun_by(index.vocabulary, typed)
    return wanted


def _begun_by(vocabulary: tuple[str, ...], typed: str) -> set[str]:
    """The stems of the sorted `vocabulary` that begin with `typed`: one run of it, found by bisection."""
    return set(
        takewhile(
            lambda known_stem: known_stem.startswith(typed), islice(vocabulary, bisect_left(vocabulary, typed), None)
        )
    )


def load_fuzzy() -> None:
    """Import the fuzzy matcher now, and match once (which loads the rest of it), rather than on the first typo."""
    from rapidfuzz import fuzz, process

    process.extract("celulite", ("cellulite",), scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE, limit=1)


def prepare_snippets(index: Index) -> None:
    """Make every entry's snippet text one line and stem its words now (about 10 ms for the built-in pack),
    rather than a text at a time as the keystrokes first find them."""
    for entry in index.entries:
        for text in (entry.snippet_text, *entry.also):
            _tokens(text)


def search(index: Index, query: str, limit: int = MAX_RESULTS) -> list[Result]:
    """The entries matching every word of the query (each exactly, by word form, or with one typo), best first."""
    wanted = _query_stems(query, index)
    if not wanted:
        return []
    results = []
    for entry in index.entries:
        score = 0.0
        for options in wanted:
            weights = [weight for weight, field in entry.fields if not options.isdisjoint(field)]
            if not weights:
                break
            score += max(weights)
        else:
            if any(entry.lead in options for options in wanted):
                score += LEADS  # "Pregnancy: do not use" before "Lower belly: … pregnant …"
            results.append((score, entry))
    results.sort(key=lambda item: (-item[0], KIND_ORDER[item[1].kind], item[1].title))
    shown: list[Result] = []
    seen: set[tuple[str, str]] = set()
    for score, entry in results:
        if (entry.ref, entry.title) in seen:
            continue
        seen.add((entry.ref, entry.title))
        snippet, marks = snippet_of(entry.snippet_text, wanted, entry.also)
        shown.append(Result(entry.ref, entry.kind, entry.title, snippet, marks, score))
        if len(shown) >= limit:
            break
    return shown


SNIPPET = 90  # characters of a one-line snippet
Token = tuple[int, int, str]  # a word's start and end in a snippet text made one line, and its stem
_TOKENS: dict[str, tuple[str, tuple[Token, ...]]] = {}  # each snippet text met so far: its line and its words
_TOKENS_KEPT = 1024  # texts kept at most (a pack has fewer than 200; tests make more)


def snippet_of(
    text: str, wanted: list[set[str]], also: tuple[str, ...] = ()
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A one-line window of `text` around the first matched word, and the spans of every matched word in it.
    When no word of `text` matched, the phrases of `also` that did (a search term, a treatment's title) lead
    the snippet, marked, so a result always shows the word that found it."""
    flat, tokens = _tokens(text)  # every word stemmed once per text: a keystroke only looks them up
    every = set().union(*wanted)
    hits = [(start, end) for start, end, word in tokens if word in every]
    if not hits:
        lead, marks = _found_by(also, every)
        room = max(0, SNIPPET - len(lead))
        return lead + flat[:room] + ("…" if len(flat) > room else ""), marks
    first_start, first_end = hits[0]
    start = flat[: max(0, first_start - 30)].rfind(" ") + 1  # a whole word, about 30 characters before
    end = min(len(flat), start + SNIPPET)
    if end < len(flat):
        end = max(flat.rfind(" ", start, end), first_end)
    prefix = "…" if start else ""
    shift = len(prefix) - start
    marks = tuple((a + shift, b + shift) for a, b in (hits[0], *(hit for hit in hits[1:] if hit[1] <= end)))
    return prefix + flat[start:end] + ("…" if end < len(flat) else ""), marks


FOUND_BY = 2  # phrases at most that lead a snippet
LEAD_GAP = " · "  # between them and the text after them


def _found_by(phrases: tuple[str, ...], every: set[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The first of `phrases` holding a wanted word, capitalised, each followed by LEAD_GAP, and its words' spans."""
    lead, marks, shown = "", [], 0
    covered: set[str] = set()
    for phrase in phrases:
        line, tokens = _tokens(phrase)
        found = {word for _, _, word in tokens if word in every}
        if found <= covered:  # none, or no word another phrase shown has not (pregnant, pregnancy)
            continue
        covered |= found
        first = line[:1].upper()
        marks += [(start + len(lead), end + len(lead)) for start, end, word in tokens if word in every]
        lead += (first if len(first) == 1 else line[:1]) + line[1:] + LEAD_GAP
        shown += 1
        if shown == FOUND_BY:
            break
    return lead, tuple(marks)


def _tokens(text: str) -> tuple[str, tuple[Token, ...]]:
    """`text` as one line, and each of its words with its place and stem; remembered."""
    found = _TOKENS.get(text)
    if found is None:
        if len(_TOKENS) >= _TOKENS_KEPT:
            _TOKENS.clear()
        flat = " ".join(text.split())
        words_in = tuple((m.start(), m.end(), stem(m.group(0))) for m in WORD.finditer(flat.lower()))
        found = _TOKENS[text] = (flat, words_in)
    return found


def snippet_pieces(snippet: str, marks: tuple[tuple[int, int], ...]) -> tuple[tuple[str, bool], ...]:
    """A snippet as its runs of text in order, each saying whether it is a matched word (to be marked)."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in marks:
        if start > at:
            pieces.append((snippet[at:start], False))
        if end > start:
            pieces.append((snippet[start:end], True))
        at = max(at, end)
    if at < len(snippet):
        pieces.append((snippet[at:], False))
    return tuple(pieces)
