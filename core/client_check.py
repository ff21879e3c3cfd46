"""The client check: given the conditions a client has, what the pack's cautions say of each area.

Each area is `ruled out`, needs `care`, or has `no rule`, with the reasons (a caution note's bold first
words) and the short labels of the sources that state them. A rule of every area (pregnancy) is told
once, in `general`, not repeated per area. Nothing here is stored or remembered."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from core.records import SOURCE_KINDS, Pack

RULED_OUT = "ruled out"
CARE = "care"
NO_RULE = "no rule"
VERDICT_WORDS = {"ruled-out": RULED_OUT, "care": CARE}
_STRENGTH = {NO_RULE: 0, CARE: 1, RULED_OUT: 2}
REMINDER = (
    "A reminder of what the device labels and sources say, not a medical clearance. "
    "For anything not listed here, or if in doubt, the client should ask their doctor."
)
_HEADLINE = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_MARKDOWN_ESCAPE = re.compile(r"\\(.)")


class UnknownCondition(ValueError):
    """Condition ids the pack does not know."""

    def __init__(self, unknown: tuple[str, ...], known: tuple[str, ...]) -> None:
        super().__init__(f"unknown condition {', '.join(repr(u) for u in unknown)} (known: {', '.join(known)})")
        self.unknown = unknown


class Reason(NamedTuple):
    """Why an area (or every area) is ruled out or needs care: one caution note, for these conditions."""

    note: str
    verdict: str  # RULED_OUT or CARE
    conditions: tuple[str, ...]  # the labels of the ticked conditions that bring it
    text: str  # the note's bold first words
    sources: str  # short citations: "NuFACE Mini manual · label; NuBODY manual · label"


class AreaCheck(NamedTuple):
    """One area's verdict, and its own reasons (a rule of every area is in ClientCheck.general)."""

    area: str
    title: str
    view: str
    verdict: str
    reasons: tuple[Reason, ...]


class ClientCheck(NamedTuple):
    conditions: tuple[str, ...]  # the ids checked, in the pack's order
    general: tuple[Reason, ...]  # rules of every area, each told once
    areas: tuple[AreaCheck, ...]  # every area, in the pack's order

    def verdict_of(self, area_id: str) -> str:
        return next((a.verdict for a in self.areas if a.area == area_id), NO_RULE)

    def with_verdict(self, verdict: str) -> tuple[str, ...]:
        return tuple(a.area for a in self.areas if a.verdict == verdict)


def headline(markdown: str) -> str:
    """A note's bold first words, as plain text (its first line when it has none)."""
    match = _HEADLINE.search(markdown)
    text = match.group(1) if match else markdown.strip().splitlines()[0]
    return _MARKDOWN_ESCAPE.sub(r"\1", " ".join(text.split()))


def cite(pack: Pack, source_ids: Iterable[str]) -> str:
    """Short citations, as plain text: each source's label and its kind in a word."""
    parts = []
    for source_id in source_ids:
        source = pack.sources[source_id]
        parts.append(f"{source.label or source.title} · {SOURCE_KINDS[source.kind][0]}")
    return "; ".join(parts)


def known_conditions(pack: Pack) -> tuple[tuple[str, str], ...]:
    """Every condition the pack knows: (id, plain label), in the file's order."""
    return tuple((c.id, c.label) for c in pack.conditions.values())


def _chosen(pack: Pack, condition_ids: Iterable[str]) -> tuple[str, ...]:
    wanted = set(condition_ids)
    unknown = tuple(sorted(wanted - set(pack.conditions)))
    if unknown:
        raise UnknownCondition(unknown, tuple(pack.conditions))
    return tuple(c for c in pack.conditions if c in wanted)


def _add(found: dict[str, Reason], pack: Pack, note_id: str, verdict: str, label: str) -> None:
    """Add one rule's reason, keyed by note: a note two conditions bring is told once, naming both."""
    known = found.get(note_id)
    if known is not None:
        strongest = max(known.verdict, verdict, key=_STRENGTH.__getitem__)
        conditions = known.conditions if label in known.conditions else (*known.conditions, label)
        found[note_id] = known._replace(verdict=strongest, conditions=conditions)
        return
    note = pack.notes[note_id]
    found[note_id] = Reason(note_id, verdict, (label,), headline(note.text), cite(pack, note.sources_of_rule()))


def _strongest(reasons: Iterable[Reason]) -> str:
    return max((r.verdict for r in reasons), key=_STRENGTH.__getitem__, default=NO_RULE)


def check_client(pack: Pack, condition_ids: Iterable[str]) -> ClientCheck:
    """What the pack's cautions say of each area for a client with these conditions (ids of conditions.yaml).

    Raises UnknownCondition for an id the pack does not know."""
    chosen = _chosen(pack, condition_ids)
    general: dict[str, Reason] = {}
    per_area: dict[str, dict[str, Reason]] = {area_id: {} for area_id in pack.areas}
    for condition_id in chosen:
        condition = pack.conditions[condition_id]
        for rule in condition.rules:
            verdict = VERDICT_WORDS[rule.verdict]
            if not rule.areas:
                _add(general, pack, rule.note, verdict, condition.label)
            for area_id in rule.areas:
                _add(per_area[area_id], pack, rule.note, verdict, condition.label)
    everywhere = _strongest(general.values())
    areas = []
    for area in pack.areas.values():
        own = tuple(per_area[area.id].values())
        verdict = max(everywhere, _strongest(own), key=_STRENGTH.__getitem__)
        areas.append(AreaCheck(area.id, area.title, area.view, verdict, own))
    return ClientCheck(chosen, tuple(general.values()), tuple(areas))
