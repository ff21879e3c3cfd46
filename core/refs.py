"""Page references, the one way every page is named: `home`, `area:ID` and `topic:ID`.

The navigator's history holds them, pages link with them (Markdown links the window follows in-app),
and a content pack writes them in `related` and in its Markdown. This module writes them, reads them
back and says whether one is written right or names a page."""

from __future__ import annotations

import functools
from collections.abc import Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

HOME = "home"
AREA = "area"
TOPIC = "topic"
SCHEMES = (AREA, TOPIC, HOME)  # what a link starts with to stay in the app (the rest are web addresses)
ID_SYNTAX = r"[a-z0-9]+(?:-[a-z0-9]+)*"  # an id: lowercase words joined by hyphens

if TYPE_CHECKING:
    REF_PATTERN: re.Pattern[str]  # a reference a content pack may write: area:ID or topic:ID


def __getattr__(name: str) -> object:
    """REF_PATTERN, compiled on first use: only validation needs it, and a normal start validates nothing."""
    if name == "REF_PATTERN":
        return _ref_pattern()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _ref_pattern() -> re.Pattern[str]:
    import re

    return re.compile(rf"^({AREA}|{TOPIC}):({ID_SYNTAX})$")


def area_ref(area_id: str) -> str:
    return f"{AREA}:{area_id}"


def topic_ref(topic_id: str) -> str:
    return f"{TOPIC}:{topic_id}"


def split(ref: str) -> tuple[str, str]:
    """(AREA or TOPIC, the id) of an area or topic reference; ("", "") for home and anything else."""
    kind, _, ident = ref.partition(":")
    return (kind, ident) if kind in (AREA, TOPIC) else ("", "")


def area_of(ref: str) -> str:
    """The area an area:ID reference names, else ''."""
    kind, ident = split(ref)
    return ident if kind == AREA else ""


def names_page(ref: str, areas: Container[str], topics: Container[str]) -> bool:
    """Whether `ref` names one of these areas or topics (home is neither)."""
    kind, ident = split(ref)
    return (kind == AREA and ident in areas) or (kind == TOPIC and ident in topics)


def written_right(text: object) -> bool:
    """Whether `text` is a reference as a content pack must write it: area:ID or topic:ID."""
    return isinstance(text, str) and _ref_pattern().match(text) is not None
