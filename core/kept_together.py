"""Words a line must not part when text wraps, joined by no-break spaces in the text shown, never in the words
kept (what tests, the CSV and --usage-summary read): a figure and its word on the staff panel ('1 reset', '64 s',
'Neck 12'), and a citation's kind and its source on a page ('NuFACE 510(k) summaries · label')."""

from __future__ import annotations

import re

NO_BREAK = "\u00a0"
_NUMBER = r"(?<![\w.,:])\d+(?:[.,:]\d+)*"
# A figure and the word after it ('41 visitor', '47 times'); a figure no word follows, and the word before it
# ('Neck 12,', 'version 1.2,').
_WITH_NEXT = re.compile(rf"({_NUMBER}) (?=[^\W\d])")
_WITH_LAST = re.compile(rf"(?<=[^\W\d]) ({_NUMBER})(?![\d{NO_BREAK}]|[.,:]\d)")
KIND_MARK = " · "  # between a source's short label and its kind in a word (core.pages.citation)


def kept_together(text: str) -> str:
    """`text` to show: each figure joined to its word by a no-break space."""
    return _WITH_LAST.sub(rf"{NO_BREAK}\1", _WITH_NEXT.sub(rf"\1{NO_BREAK}", text))


def citations_kept(text: str) -> str:
    """`text` to show: each kind joined to the last word of its source, so no line begins '· label'."""
    return text.replace(KIND_MARK, f"{NO_BREAK}·{NO_BREAK}")
