"""The start page's "Using a keyboard or screen reader": the keys of core.key_help that work in this window, a
line each, as the window offers them: a desk window all of them; a kiosk (touch, its divider locked, its page
without a caret: ui.kiosk.touch) neither the divider nor line-by-line reading, and search only where it has
search; with the site's `single_key_shortcuts: false`, no H or `/`. Made after the first frame (ui.main_window)."""

from __future__ import annotations

from typing import NamedTuple

from core.key_help import (
    ARROWS,
    BACK_KEYS,
    FORWARD_KEYS,
    HOME_KEYS,
    LARGER_KEYS,
    LIST_KEYS,
    NEXT,
    NEXT_HEADING,
    NEXT_HEADING_SINGLE_KEY,
    NEXT_PART,
    NORMAL_KEYS,
    PREVIOUS,
    PREVIOUS_HEADING,
    PREVIOUS_HEADING_SINGLE_KEY,
    PREVIOUS_PART,
    SEARCH_KEYS,
    SEARCH_SINGLE_KEY,
    SMALLER_KEYS,
    shown,
)

_PARTS = "move between the toolbar, the diagram and the page"
_TAB = "the next or previous link or control; Enter opens or presses it"


class KeyPlace(NamedTuple):
    """What the window offers the keyboard: `touch` a kiosk's (no divider to move, no caret on the page),
    `search` a search field, `single_key` the one-key shortcuts (`/`, H; the site's `single_key_shortcuts`)."""

    touch: bool = False
    search: bool = True
    single_key: bool = True


class KeyUse(NamedTuple):
    """One line of the list: `name` says which, `keys` are pressed (as QKeySequence reads them), `label` is how
    the line names them, `does` what they do."""

    name: str
    keys: tuple[str, ...]
    label: str
    does: str


def _named(*keys: str) -> str:
    return ", ".join(shown(key) for key in keys)


def key_uses(place: KeyPlace) -> tuple[KeyUse, ...]:
    """The keys that work in `place`, in the order the list gives them."""
    headings = (
        (NEXT_HEADING_SINGLE_KEY, PREVIOUS_HEADING_SINGLE_KEY, NEXT_HEADING, PREVIOUS_HEADING)
        if place.single_key
        else (NEXT_HEADING, PREVIOUS_HEADING)
    )
    heading_label = f"{_named(*headings[:2])} (or {_named(*headings[2:])})" if place.single_key else _named(*headings)
    search = (SEARCH_KEYS, SEARCH_SINGLE_KEY) if place.single_key else (SEARCH_KEYS,)
    arrows = (
        "in the diagram, from area to area"
        if place.touch
        else "in the diagram, from area to area; on the page, line by line; on the divider, they move it"
    )
    uses = [
        KeyUse("parts", (NEXT_PART, PREVIOUS_PART), _named(NEXT_PART, PREVIOUS_PART), _PARTS),
        KeyUse("tab", (NEXT, PREVIOUS), _named(NEXT, PREVIOUS), _TAB),
        KeyUse("arrows", ARROWS, "Arrow keys", arrows),
        KeyUse("headings", headings, heading_label, "on the page, the next or previous heading"),
        KeyUse("list", (LIST_KEYS,), shown(LIST_KEYS), "the page's headings and links, in a list to choose from"),
        KeyUse("search", search, " or ".join(shown(key) for key in search), "search the atlas"),
        KeyUse(
            "history",
            (BACK_KEYS, FORWARD_KEYS, HOME_KEYS),
            _named(BACK_KEYS, FORWARD_KEYS, HOME_KEYS),
            "back, forward, the start page",
        ),
        KeyUse(
            "text size",
            (LARGER_KEYS[0], SMALLER_KEYS[0], NORMAL_KEYS[0]),
            _named(LARGER_KEYS[0], SMALLER_KEYS[0], NORMAL_KEYS[0]),
            "larger, smaller and usual text",
        ),
    ]
    return tuple(use for use in uses if use.name != "search" or place.search)
