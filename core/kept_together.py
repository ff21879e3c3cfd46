"""Words a line must not part when text wraps, joined by no-break spaces in the text shown, never in the words
kept (what tests, the CSV and --usage-summary read): a figure and its word on the staff panel ('1 reset', '64 s',
'Neck 12') and the parts of a path there, and a citation's kind and its source on a page ('NuFACE 510(k) summaries ·
label')."""

from __future__ import annotations

import re

NO_BREAK = "\u00a0"
_NUMBER = r"(?<![\w.,:])\d+(?:[.,:]\d+)*"
# A figure and the word after it ('41 visitor', '47 times'); a figure no word follows, and the word before it
# ('Neck 12,', 'version 1.2,').
_WITH_NEXT = re.compile(rf"({_NUMBER}) (?=[^\W\d])")
_WITH_LAST = re.compile(rf"(?<=[^\W\d]) ({_NUMBER})(?![\d{NO_BREAK}]|[.,:]\d)")
WORD_JOINER = "\u2060"  # no break here, and nothing shown
_PATH = re.compile(r"(?<!\S)/[^\s;,]*")  # a file's path: from a slash after a space to the next space
KIND_MARK = " · "  # between a source's short label and its kind in a word (core.pages.citation)


def kept_together(text: str) -> str:
    """`text` to show: each figure joined to its word by a no-break space, and each path broken only after a
    folder's slash (never after its first slash alone, nor at a hyphen in a name: '/tmp/kiosk-' / 'settings.yaml')."""
    text = _PATH.sub(_path_kept, text)
    return _WITH_LAST.sub(rf"{NO_BREAK}\1", _WITH_NEXT.sub(rf"\1{NO_BREAK}", text))


def _path_kept(match: re.Match[str]) -> str:
    path = match.group(0)
    return "/" + WORD_JOINER + path[1:].replace("-", "-" + WORD_JOINER)


def citations_kept(text: str) -> str:
    """`text` to show: each kind joined to the last word of its source, so no line begins '· label'."""
    return text.replace(KIND_MARK, f"{NO_BREAK}·{NO_BREAK}")
