"""Frozen records of a validated content pack: what the rest of the app reads."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import NamedTuple

VIEWS: tuple[str, ...] = ("face", "body-front", "body-back")
VIEW_TITLES: Mapping[str, str] = {"face": "Face", "body-front": "Body front", "body-back": "Body back"}
REQUIRED_TOPICS: tuple[str, ...] = (
    "how-it-works", "history", "therapy-benefits", "fsm-ems", "faq",
    "safety", "devices", "reviews", "about",
)
SOURCE_KINDS: Mapping[str, str] = {
    "REG": "regulation or FDA document",
    "LABEL": "device labeling or 510(k) summary",
    "PRO": "professional or clinical source",
    "SALON": "salon, spa or vendor page",
    "LAY": "press or blog",
    "ARTICLE": "the source article",
}


class Source(NamedTuple):
    """A source that a note names."""

    id: str
    kind: str
    title: str
    url: str = ""


class Note(NamedTuple):
    """A safety caution (never hidden) or an evidence note (may be hidden by a setting)."""

    id: str
    kind: str
    text: str
    sources: tuple[str, ...]


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
    devices: tuple[DeviceClaim, ...]
    cautions: tuple[str, ...]
    evidence: tuple[str, ...]


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


class Topic(NamedTuple):
    """A page no single area owns."""

    id: str
    title: str
    summary: str
    body: str
    notes: tuple[str, ...] = ()
    related: tuple[str, ...] = ()


class Article(NamedTuple):
    """The source article the content retells."""

    title: str
    publisher: str
    file: str


class PackInfo(NamedTuple):
    """The pack's title, version, review date, source article and disclaimer."""

    title: str
    content_version: str
    reviewed: datetime.date
    article: Article
    disclaimer: str


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

    def areas_in(self, view: str) -> tuple[Area, ...]:
        return tuple(area for area in self.areas.values() if area.view == view)
