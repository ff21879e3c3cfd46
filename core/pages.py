"""What each page says, in which order: area pages put safety notes first, always.

Pages are plain records of Markdown text; the ui decides how they look."""

from __future__ import annotations

from typing import NamedTuple

from core.records import VIEW_TITLES, VIEWS, Area, Note, Pack, Topic

HOME = "home"


class Callout(NamedTuple):
    """The safety-notes box: each note with the names of its sources, then a link onward."""

    heading: str
    notes: tuple[tuple[str, str], ...]
    link: str


class Section(NamedTuple):
    """A headed part of a page, in Markdown."""

    heading: str
    markdown: str


class Page(NamedTuple):
    ref: str
    title: str
    summary: str
    callout: Callout | None
    sections: tuple[Section, ...]
    footnote: str = ""


def _link(ref: str, title: str) -> str:
    return f"[{title}]({ref})"


def _dedup(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def source_names(pack: Pack, note: Note) -> str:
    return "; ".join(f"{pack.sources[s].title} [{pack.sources[s].kind}]" for s in note.sources)


def _callout(pack: Pack, note_ids: list[str], link: str) -> Callout:
    notes = tuple((pack.notes[i].text, source_names(pack, pack.notes[i])) for i in note_ids)
    return Callout("Safety notes", notes, link)


def area_cautions(pack: Pack, area: Area) -> list[str]:
    """The area's own cautions first, then each treatment's, each once."""
    treatment_cautions = [c for t in area.treatments for c in pack.treatments[t].cautions]
    return _dedup(list(area.cautions) + treatment_cautions)


def related_refs(pack: Pack, area: Area) -> list[str]:
    """The area's own related links, then areas that share a treatment with it."""
    sharing = [
        f"area:{other.id}" for other in pack.areas.values()
        if other.id != area.id and set(other.treatments) & set(area.treatments)
    ]
    return _dedup(list(area.related) + sharing)


def ref_title(pack: Pack, ref: str) -> str:
    kind, _, ident = ref.partition(":")
    if kind == "area":
        return pack.areas[ident].title
    if kind == "topic":
        return pack.topics[ident].title
    return pack.info.title


def _links(pack: Pack, refs: list[str]) -> str:
    return "\n".join(f"- {_link(ref, ref_title(pack, ref))}" for ref in refs)


def area_page(pack: Pack, area_id: str, *, show_evidence: bool = True) -> Page:
    area = pack.areas[area_id]
    treatments = [pack.treatments[t] for t in area.treatments]
    several = len(treatments) > 1

    def per_treatment(text_of: str) -> str:
        parts = []
        for treatment in treatments:
            text = getattr(treatment, text_of)
            parts.append(f"### {treatment.title}\n\n{text}" if several else text)
        return "\n\n".join(parts)

    how = per_treatment("how")
    if area.here:
        how = f"{area.here}\n\n{how}"
    claims = [(pack.devices[c.device], c.claim) for t in treatments for c in t.devices]
    seen: set[tuple[str, str]] = set()
    device_lines = []
    for device, claim in claims:
        if (device.id, claim) not in seen:
            seen.add((device.id, claim))
            device_lines.append(f"- **{device.name}**: {claim}")
    devices = "\n".join(device_lines) or "The article names no particular device for this area."
    devices += f"\n\nMore on each device: {_link('topic:devices', pack.topics['devices'].title)}."
    sections = [
        Section("What it may do here", per_treatment("claims")),
        Section("How it works here", how),
        Section("Suggested device", devices),
    ]
    if show_evidence:
        evidence = _dedup([e for t in treatments for e in t.evidence])
        sections.append(_evidence_section(pack, [pack.notes[e] for e in evidence]))
    sections.append(Section("Related", _links(pack, related_refs(pack, area))))
    article = pack.info.article
    named = ", ".join(f"“{t.article_section}”" for t in treatments)
    sections.append(Section(
        "Source",
        f"The article *{article.title}* ({article.publisher}), section{'s' if several else ''} {named}, "
        "retold in our own words. Safety notes and evidence come from the project's research notes; "
        "each names its sources.",
    ))
    link = f"See also the {_link('topic:safety', 'general contraindications')} that apply everywhere."
    return Page(f"area:{area.id}", area.title, area.summary, _callout(pack, area_cautions(pack, area), link),
                tuple(sections), pack.info.disclaimer)


def topic_page(pack: Pack, topic_id: str, *, show_evidence: bool = True) -> Page:
    """A topic: its caution notes as the safety callout, then the body, then its evidence notes."""
    topic: Topic = pack.topics[topic_id]
    cautions = [n for n in topic.notes if pack.notes[n].kind == "caution"]
    evidence = [pack.notes[n] for n in topic.notes if pack.notes[n].kind == "evidence"]
    callout = None
    if cautions:
        link = "Device-specific instructions override this summary: always follow the label of the device in use."
        callout = _callout(pack, cautions, link)
    sections = [Section("", topic.body)]
    if evidence and show_evidence:
        sections.append(_evidence_section(pack, evidence))
    if topic.id == "about":
        info = pack.info
        sections.append(Section("This content", (
            f"- Content version: **{info.content_version}**\n"
            f"- Reviewed: **{info.reviewed.isoformat()}**\n"
            f"- Source article: *{info.article.title}* ({info.article.publisher})\n\n"
            f"**Not medical advice.** {info.disclaimer}"
        )))
    if topic.related:
        sections.append(Section("Related", _links(pack, list(topic.related))))
    return Page(f"topic:{topic.id}", topic.title, topic.summary, callout, tuple(sections), pack.info.disclaimer)


def _evidence_section(pack: Pack, notes: list[Note]) -> Section:
    return Section(
        "Evidence and regulatory status",
        "\n\n".join(f"{note.text}\n\n*Source: {source_names(pack, note)}*" for note in notes),
    )


def home_page(pack: Pack) -> Page:
    """The start page: how to begin, every area by view, and the topic index."""
    sections = [
        Section(
            f"Areas: {VIEW_TITLES[view]}",
            _links(pack, [f"area:{area.id}" for area in pack.areas_in(view)]),
        )
        for view in VIEWS
    ]
    sections.insert(0, Section("Topics", _links(pack, [f"topic:{t}" for t in pack.topics])))
    return Page(
        HOME, pack.info.title,
        "Touch or click an area of the diagram to read what microcurrent is said to do there, "
        "starting with its safety notes.",
        None, tuple(sections), pack.info.disclaimer,
    )


def page_for(pack: Pack, ref: str, *, show_evidence: bool = True) -> Page:
    """Any page by its reference: home, area:ID or topic:ID. Unknown references go home."""
    kind, _, ident = ref.partition(":")
    if kind == "area" and ident in pack.areas:
        return area_page(pack, ident, show_evidence=show_evidence)
    if kind == "topic" and ident in pack.topics:
        return topic_page(pack, ident, show_evidence=show_evidence)
    return home_page(pack)
