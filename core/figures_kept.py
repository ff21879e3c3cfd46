"""Keeps a figure with its word when text wraps ('1 reset', '64 s', 'Neck 12'): no-break spaces in the text a
label shows, never in the words it holds (what tests, the CSV and --usage-summary read)."""

from __future__ import annotations

import re

NO_BREAK = "\u00a0"
_NUMBER = r"(?<![\w.,:])\d+(?:[.,:]\d+)*"
# A figure and the word after it ('41 visitor', '47 times'); a figure no word follows, and the word before it
# ('Neck 12,', 'version 1.2,').
_WITH_NEXT = re.compile(rf"({_NUMBER}) (?=[^\W\d])")
_WITH_LAST = re.compile(rf"(?<=[^\W\d]) ({_NUMBER})(?![\d{NO_BREAK}]|[.,:]\d)")


def kept_together(text: str) -> str:
    """`text` to show: each figure joined to its word by a no-break space."""
    return _WITH_LAST.sub(rf"{NO_BREAK}\1", _WITH_NEXT.sub(rf"\1{NO_BREAK}", text))
