"""Text for a terminal whose encoding may lack the content's typography (a POSIX or Latin-1 one): the
commands that print the pack's words (--search, --check-client) pass each line through `printable`."""

from __future__ import annotations

from typing import TextIO

# What a terminal that cannot show a character gets instead: the content's own punctuation in ASCII.
STAND_INS = {
    "\u2026": "...",
    "\u2014": "-",
    "\u2013": "-",
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2122": "(TM)",
    "\u00b7": "-",
}


def _shows(character: str, encoding: str) -> bool:
    try:
        character.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def printable(text: str, out: TextIO) -> str:
    """`text` as `out` can show it: each curly quote, dash, middle dot or ellipsis its encoding lacks in ASCII;
    anything else left to the stream's own replacement."""
    encoding = getattr(out, "encoding", None)
    if not encoding:  # a stream of text only (io.StringIO) takes any character
        return text
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return text.translate({ord(c): ascii for c, ascii in STAND_INS.items() if not _shows(c, encoding)})
    except LookupError:
        pass
    return text
