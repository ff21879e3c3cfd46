"""Where a page's link goes, in words, for a reader who meets the link out of its sentence: in the list of a
page's links ("Headings and links") or as a screen reader's link object. Mostly the page it opens ("the Chin
page"); a source's kind, which links to the Sources page where the kinds are explained, says that ("what “label”
means (Sources page)"), since "label" alone says nothing of where it leads."""

from __future__ import annotations

from core.pages import SOURCES_TOPIC, ref_title
from core.records import SOURCE_KINDS, Pack
from core.refs import topic_ref

KIND_WORDS = frozenset(word for word, _meaning in SOURCE_KINDS.values())


def link_purpose(pack: Pack, href: str, text: str = "") -> str:
    """What following the link `href`, shown as `text`, gives the reader."""
    title = ref_title(pack, href)
    if href == topic_ref(SOURCES_TOPIC) and text.strip() in KIND_WORDS:
        return f"what “{text.strip()}” means ({title} page)"  # short: the list's row shows it on one line
    return f"the {title} page"
