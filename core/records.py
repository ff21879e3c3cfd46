"""Frozen records of a validated content pack: what the rest of the app reads.

No `from __future__ import annotations` here: typing.NamedTuple compiles every annotation written as a
string into a ForwardRef, which made this module take three times as long to import, at every start.
So each record names only records defined above it, and its field types are real objects at run time,
which the start-up cache and the loader read (core.record_types): a field added here needs no change there."""

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from datetime import date
else:
    try:  # the class datetime.date is, without running datetime.py's pure-Python twin at every start
        from _datetime import date
    except ImportError:  # pragma: no cover - an interpreter built without the C module
        from datetime import date

from core.refs import ID_SYNTAX

VIEWS: tuple[str, ...] = ("face", "body-front", "body-back")
VIEW_TITLES: Mapping[str, str] = {"face": "Face", "body-front": "Body front", "body-back": "Body back"}
REQUIRED_TOPICS: tuple[str, ...] = (
    "how-it-works",
    "history",
    "therapy-benefits",
    "fsm-ems",
    "faq",
    "safety",
    "devices",
    "reviews",
    "about",
)
# Each kind of source: the word shown beside a short citation, and what that kind is, in words.
SOURCE_KINDS: Mapping[str, tuple[str, str]] = {
    "LABEL": (
        "label",
        "a device maker's own labeling: a user manual, instructions for use, or the summary "
        "filed with the FDA to have the device cleared (a 510(k) summary)",
    ),
    "REG": ("regulation", "US regulation text, or a document or record of the FDA"),
    "STUDY": ("study", "a published study or a review of studies"),
    "PRO": (
        "professional",
        "a clinical or technical source written for professionals, such as a heart-device "
        "maker's technical note or a treatment developer's own pages",
    ),
    "SALON": (
        "salon",
        "a salon, spa, professional-device or vendor page: it shows common practice, but it is not an authority",
    ),
    "LAY": ("press", "press, blogs and consumer sites, used only for history and context"),
    "ARTICLE": ("article", "the brand article this app retells"),
    "APP": ("app advice", "this app's own general advice, where no source in the research says it"),
}
NOTE_KINDS: tuple[str, ...] = ("caution", "evidence", "caveat")
# A line of its own in a text that stands for a one-line evidence caveat (a note of kind caveat).
CAVEAT_MARKER = re.compile(r"^[ \t]*\{\{caveat:(" + ID_SYNTAX + r")\}\}[ \t]*$", re.MULTILINE)


class Source(NamedTuple):
    """A source that a note names."""

    id: str
    kind: str
    title: str
    url: str = ""
    label: str = ""  # the short name a page cites it by; the title when empty


class Note(NamedTuple):
    """A safety caution (never hidden), an evidence note (may be hidden by a setting), or a one-line
    evidence caveat shown beside a strong claim (never hidden)."""

    id: str
    kind: str
    text: str
    sources: tuple[str, ...]
    rule: str = ""  # a caution's rule in a few words, for the "Do not use if you…" block
    rule_sources: tuple[str, ...] = ()  # the sources that state the rule itself (default: all of them)

    def sources_of_rule(self) -> tuple[str, ...]:
        return self.rule_sources or self.sources


class NoGo(NamedTuple):
    """A part of an area its notes say never to treat: a shape of the diagram's no-go layer, and the
    caution that forbids it."""

    zone: str
    caution: str


class Device(NamedTuple):
    """A device the article names."""

    id: str
    name: str
    summary: str


class DeviceClaim(NamedTuple):
    """What the article claims for a device in one treatment."""

    device: str
    claim: str


class Treatment(NamedTuple):
    """One benefit section of the source article, as the areas that use it present it."""

    id: str
    title: str
    article_section: str
    claims: str
    how: str
    cautions: tuple[str, ...]
    evidence: tuple[str, ...]
    devices: tuple[DeviceClaim, ...] = ()


class Area(NamedTuple):
    """A clickable place on a diagram; its id is the SVG region id."""

    id: str
    view: str
    title: str
    summary: str
    treatments: tuple[str, ...]
    cautions: tuple[str, ...]
    here: str = ""
    caution_mark: bool = False
    related: tuple[str, ...] = ()
    no_go: tuple[NoGo, ...] = ()
    search_terms: tuple[str, ...] = ()  # the words clients use for what this page speaks of


class Topic(NamedTuple):
    """A page no single area owns."""

    id: str
    title: str
    summary: str
    body: str
    notes: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    search_terms: tuple[str, ...] = ()  # the words clients use for what this page speaks of


class Article(NamedTuple):
    """The source article the content retells."""

    title: str
    publisher: str
    file: str


class PackInfo(NamedTuple):
    """The pack's title, version, review date, source article and disclaimer."""

    title: str
    content_version: str
    reviewed: date
    article: Article
    disclaimer: str
    do_not_use: tuple[str, ...] = ()  # caution notes whose rules head every area page


class Region(NamedTuple):
    """One clickable shape (or group of shapes) in a diagram's regions layer."""

    id: str
    line: int
    shape_xml: str
    outline_xml: str


class Diagram(NamedTuple):
    """One view's SVG and its clickable regions."""

    view: str
    file: str
    svg: bytes
    viewbox: tuple[float, float, float, float]
    regions: Mapping[str, Region]
    zones: Mapping[str, Region] = MappingProxyType({})  # the no-go layer's shapes, by id


# What a condition's rule says of an area: treat it nowhere there, or only with the care the note asks.
VERDICTS: tuple[str, ...] = ("ruled-out", "care")


class ConditionRule(NamedTuple):
    """One rule of a condition: what its caution note says of the areas it names (of every area, when
    it names none: a general rule)."""

    note: str
    verdict: str
    areas: tuple[str, ...] = ()


class Condition(NamedTuple):
    """A condition a client may have, in plain words, and the rules the pack's notes give for it."""

    id: str
    label: str
    rules: tuple[ConditionRule, ...]


class Pack(NamedTuple):
    """A whole validated content pack. Mappings keep the order of the files."""

    folder: str
    info: PackInfo
    areas: Mapping[str, Area]
    treatments: Mapping[str, Treatment]
    notes: Mapping[str, Note]
    sources: Mapping[str, Source]
    devices: Mapping[str, Device]
    topics: Mapping[str, Topic]
    diagrams: Mapping[str, Diagram]
    conditions: Mapping[str, Condition] = MappingProxyType({})  # conditions.yaml, for the client check

    def areas_in(self, view: str) -> tuple[Area, ...]:
        return tuple(area for area in self.areas.values() if area.view == view)
