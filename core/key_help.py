"""The app's keys, written once: the window binds these (ui.toolbar, ui.window_access, ui.search_keys,
ui.page_nav, ui.page_headings, ui.text_zoom read them from here) and the start page lists them (core.key_list).
Only constants, on the first frame's path: the list's records are made after it.

Keys are written as Qt's QKeySequence reads them ("Ctrl+F"); `shown()` is how a reader sees and hears them."""

from __future__ import annotations

NEXT_PART = "F6"
PREVIOUS_PART = "Shift+F6"
NEXT = "Tab"
PREVIOUS = "Shift+Tab"
HOME_KEYS = "Alt+Home"
BACK_KEYS = "Alt+Left"
FORWARD_KEYS = "Alt+Right"
SEARCH_KEYS = "Ctrl+F"
SEARCH_SINGLE_KEY = "/"
NEXT_HEADING = "Ctrl+H"
PREVIOUS_HEADING = "Ctrl+Shift+H"
NEXT_HEADING_SINGLE_KEY = "H"
PREVIOUS_HEADING_SINGLE_KEY = "Shift+H"
LIST_KEYS = "Ctrl+L"
LARGER_KEYS = ("Ctrl++", "Ctrl+=")  # Qt matches Ctrl+Shift+= (how + is typed on many layouts) to Ctrl++
SMALLER_KEYS = ("Ctrl+-",)
NORMAL_KEYS = ("Ctrl+0",)
ARROWS = ("Right", "Left", "Down", "Up")

HEADING = "Using a keyboard or screen reader"

_SPOKEN = {"+": "plus", "-": "minus"}  # a key named by its sign reads badly: "Ctrl++"


def shown(key: str) -> str:
    """A key as a reader sees it: "Ctrl+plus" for Ctrl++, "Ctrl+minus" for Ctrl+-."""
    head, _, last = key.rpartition("+") if not key.endswith("++") else (key[:-2], "+", "+")
    return f"{head}+{_SPOKEN.get(last, last)}" if head else _SPOKEN.get(last, last)
