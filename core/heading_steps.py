"""Which heading the next or previous heading key goes to, from where the caret is: the first heading after it
(or the last before it), and round to the other end of the page at the last (or the first) one."""

from __future__ import annotations

from typing import NamedTuple


class Step(NamedTuple):
    """Where a heading key goes: the heading's place in reading order, and whether it went round the end."""

    heading: int
    wrapped: bool


def heading_step(starts: list[int], caret: int, forward: bool) -> Step | None:
    """`starts`: each heading's first position in the page, in reading order; `caret`: the caret's position.
    None when the page has no heading."""
    if not starts:
        return None
    if forward:
        later = [i for i, start in enumerate(starts) if start > caret]
        return Step(later[0], False) if later else Step(0, True)
    earlier = [i for i, start in enumerate(starts) if start < caret]
    return Step(earlier[-1], False) if earlier else Step(len(starts) - 1, True)


def wrap_notice(forward: bool) -> str:
    """What a reader is told when the key went round the end of the page."""
    return (
        "Back at the first heading: that was the last one."
        if forward
        else "At the last heading: that was the first one."
    )
