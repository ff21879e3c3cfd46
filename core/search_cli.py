"""`--search QUERY`: the search field's results as text, best first, one a line: the page reference, the
title and a one-line snippet with the matched words between asterisks. Text only: no Qt."""

from __future__ import annotations

import sys
from typing import TextIO

from core.records import Pack
from core.search import Result, build_index, search
from core.terminal_text import printable

CLI_LIMIT = 20  # more than the field shows: a terminal scrolls
SHOWN_QUERY = 60  # characters of the query "Nothing found" repeats: one line of a terminal
MARK = "*"


def marked(result: Result) -> str:
    """The snippet with each matched word between asterisks."""
    pieces, at = [], 0
    for start, end in result.marks:
        pieces += [result.snippet[at:start], MARK, result.snippet[start:end], MARK]
        at = end
    pieces.append(result.snippet[at:])
    return "".join(pieces)


def lines(results: list[Result]) -> list[str]:
    """One line per result: the reference (padded so the titles line up), the title, then the snippet."""
    width = max((len(result.ref) for result in results), default=0)
    return [f"{result.ref:<{width}}  {result.title} | {marked(result)}" for result in results]


def shown_query(query: str) -> str:
    """The query as "Nothing found" repeats it: its words one space apart, no control characters (a '?' for
    each), cut to SHOWN_QUERY characters."""
    text = "".join(c if c.isprintable() else "?" for c in " ".join(query.split()))
    return text if len(text) <= SHOWN_QUERY else f"{text[:SHOWN_QUERY].rstrip()}…"


def print_results(pack: Pack, query: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Print what `query` finds in `pack` to `out` (standard output); 0 when it finds something, 1 when it
    finds nothing, which `err` (standard error) says."""
    out, err = out or sys.stdout, err or sys.stderr
    results = search(build_index(pack), query, CLI_LIMIT)
    for line in lines(results):
        print(printable(line, out), file=out)
    if not results:
        print(printable(f"Nothing found for “{shown_query(query)}”.", err), file=err)
    return 0 if results else 1
