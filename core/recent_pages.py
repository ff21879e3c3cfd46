"""The last few areas and topics a reader opened, newest first, for the home page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.refs import HOME

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

MOST = 6


def remembered(recent: tuple[str, ...], ref: str, most: int = MOST) -> tuple[str, ...]:
    """`recent` after opening `ref`: it moves to the front, once; the home page is not a page one returns to."""
    if ref == HOME:
        return recent
    return (ref, *(r for r in recent if r != ref))[:most]


def known(refs: Iterable[object], is_page: Callable[[str], bool], most: int = MOST) -> tuple[str, ...]:
    """The stored references that still name a page (`is_page(ref)`), each once, newest first."""
    kept: list[str] = []
    for ref in refs:
        if isinstance(ref, str) and ref != HOME and ref not in kept and is_page(ref):
            kept.append(ref)
    return tuple(kept[:most])
