"""What each page says, in which order: area pages put safety notes first, always.

Pages are plain records of Markdown text; the ui decides how they look."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from core.key_help import HEADING as KEYS_HEADING
from core.records import CAVEAT_MARKER, SOURCE_KINDS, VIEW_TITLES, VIEWS, Area, Note, Pack, Topic
from core.refs import AREA, HOME, TOPIC, area_ref, split, topic_ref

if TYPE_CHECKING:
    from core.key_list import KeyUse


class Callout(NamedTuple):
    """The safety-notes box: the general "Do not use if you…" rules, then the page's own notes, each with
    its short citations (Markdown), then a link onward."""

    heading: str
    notes: tuple[tuple[str, str], ...]
    link: str
    rules: tuple[tuple[str, str], ...] = ()
    rules_heading: str = ""
    notes_heading: str = ""
    rules_sources: str = ""  # the sources that state every rule, named once under them


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
    footnote: str = ""  # Markdown: the disclaimer, escaped


SOURCES_TOPIC = "sources"
RULES_HEADING = "Do not use if you:"
MAX_RULE_CITATIONS = 2  # the rest of a rule's sources are one tap away, on the Safety page
ZONE_NOTE = "The diagram hatches this part of the area."


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&:@\"'$%=^])")


def md_text(text: str) -> str:
    """A text field as Markdown that shows exactly that text: no emphasis, no heading, no HTML, no link,
    no web address made live. Links exist only where the content's Markdown fields write them."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def _link(ref: str, title: str) -> str:
    return f"[{md_text(title)}]({ref})"


def _dedup(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def citation(pack: Pack, source_id: str, *, explain: bool = False) -> str:
    """A source as a page cites it: its short label and its kind in a word ("NuFACE Mini manual · label").
    With `explain`, the kind links to the Sources page, where the kinds are explained."""
    source = pack.sources[source_id]
    word = SOURCE_KINDS[source.kind][0]
    if explain and SOURCES_TOPIC in pack.topics:
        word = _link(topic_ref(SOURCES_TOPIC), word)
    return f"{md_text(source.label or source.title)} · {word}"


class _Citer:
    """Cites sources for one page: the page's first citation explains the kinds."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.first = True
        self.more = f"on the {_link(topic_ref('safety'), 'Safety page')}"  # where a rule's other sources are

    def __call__(self, source_ids: tuple[str, ...], most: int = 0) -> str:
        shown = source_ids[:most] if most and len(source_ids) > most + 1 else source_ids
        parts = []
        for source_id in shown:
            parts.append(citation(self.pack, source_id, explain=self.first))
            self.first = False
        text = "; ".join(parts)
        if len(shown) < len(source_ids):
            text += f" and {len(source_ids) - len(shown)} more {self.more}"
        return text


def source_names(pack: Pack, note: Note) -> str:
    """Every source of a note, as short citations."""
    return "; ".join(citation(pack, s) for s in note.sources)


def _callout(
    pack: Pack,
    cite: _Citer,
    note_ids: list[str],
    link: str,
    *,
    rules: bool,
    zone_cautions: frozenset[str] = frozenset(),
) -> Callout:
    rule_lines: tuple[tuple[str, str], ...] = ()
    rules_sources = ""
    if rules and pack.info.do_not_use:
        rule_notes = [pack.notes[i] for i in pack.info.do_not_use]
        # Sources that state every rule are named once, under the rules; the rest per rule.
        common = tuple(s for s in rule_notes[0].sources_of_rule() if all(s in n.sources_of_rule() for n in rule_notes))
        if common:
            rule_lines = tuple((n.rule, "") for n in rule_notes)
            rules_sources = f"Source for each: {cite(common)}; more {cite.more}."
        else:
            rule_lines = tuple((n.rule, cite(n.sources_of_rule(), MAX_RULE_CITATIONS)) for n in rule_notes)
    notes = []
    for i in note_ids:
        note = pack.notes[i]
        text = f"{note.text} {ZONE_NOTE}" if i in zone_cautions else note.text
        notes.append((text, cite(note.sources)))
    return Callout(
        "Safety notes", tuple(notes), link, rule_lines, RULES_HEADING if rule_lines else "", rules_sources=rules_sources
    )


def do_not_use_callout(pack: Pack) -> Callout:
    """The do-not-use rules as every area page heads its safety notes, with their sources, and no notes: what
    a handout of a topic carries (core.handout_text)."""
    return _callout(pack, _Citer(pack), [], "", rules=True)


def area_cautions(pack: Pack, area: Area) -> list[str]:
    """The area's own cautions first, then each treatment's, each once; the general do-not-use rules head
    every area page already, so they are not repeated."""
    treatment_cautions = [c for t in area.treatments for c in pack.treatments[t].cautions]
    general = set(pack.info.do_not_use)
    return [c for c in _dedup(list(area.cautions) + treatment_cautions) if c not in general]


def related_refs(pack: Pack, area: Area) -> list[str]:
    """The area's own related links, then areas that share a treatment with it; never the area itself."""
    sharing = [area_ref(other.id) for other in pack.areas.values() if set(other.treatments) & set(area.treatments)]
    return [ref for ref in _dedup(list(area.related) + sharing) if ref != area_ref(area.id)]


def topic_related(topic: Topic) -> list[str]:
    """A topic's related links, never the topic itself."""
    return [ref for ref in _dedup(list(topic.related)) if ref != topic_ref(topic.id)]


def ref_title(pack: Pack, ref: str) -> str:
    kind, ident = split(ref)
    if kind == AREA:
        return pack.areas[ident].title
    if kind == TOPIC:
        return pack.topics[ident].title
    return pack.info.title


def _links(pack: Pack, refs: list[str]) -> str:
    return "\n".join(f"- {_link(ref, ref_title(pack, ref))}" for ref in refs)


def with_caveats(pack: Pack, markdown: str, cite: _Citer) -> str:
    """Each {{caveat:ID}} line becomes its one-line evidence caveat, with its sources."""

    def caveat(match: re.Match[str]) -> str:
        note = pack.notes[match.group(1)]
        return f"**Evidence check:** {note.text} *({cite(note.sources)})*"

    return CAVEAT_MARKER.sub(caveat, markdown)


def area_page(pack: Pack, area_id: str, *, show_evidence: bool = True) -> Page:
    area = pack.areas[area_id]
    treatments = [pack.treatments[t] for t in area.treatments]
    several = len(treatments) > 1
    cite = _Citer(pack)
    link = f"Every rule, and when to ask a doctor first: {_link(topic_ref('safety'), pack.topics['safety'].title)}."
    callout = _callout(
        pack, cite, area_cautions(pack, area), link, rules=True, zone_cautions=frozenset(z.caution for z in area.no_go)
    )
    callout = callout._replace(notes_heading=f"On the {area.title.lower()}:" if callout.notes else "")

    def per_treatment(text_of: str) -> str:
        parts = []
        for treatment in treatments:
            text = with_caveats(pack, getattr(treatment, text_of), cite)
            parts.append(f"### {md_text(treatment.title)}\n\n{text}" if several else text)
        return "\n\n".join(parts)

    how = per_treatment("how")
    if area.here:
        how = f"{with_caveats(pack, area.here, cite)}\n\n{how}"
    claims = [(pack.devices[c.device], c.claim) for t in treatments for c in t.devices]
    seen: set[tuple[str, str]] = set()
    device_lines = []
    for device, claim in claims:
        if (device.id, claim) not in seen:
            seen.add((device.id, claim))
            device_lines.append(f"- **{md_text(device.name)}**: {md_text(claim)}")
    devices = "\n".join(device_lines) or "The article names no particular device for this area."
    devices += f"\n\nMore on each device: {_link(topic_ref('devices'), pack.topics['devices'].title)}."
    sections = [
        Section("What it may do here", per_treatment("claims")),
        Section("How it works here", how),
        Section("Suggested device", devices),
    ]
    if show_evidence:
        evidence = _dedup([e for t in treatments for e in t.evidence])
        sections.append(_evidence_section(pack, [pack.notes[e] for e in evidence], cite))
    sections.append(Section("Related", _links(pack, related_refs(pack, area))))
    article = pack.info.article
    named = ", ".join(f"“{md_text(t.article_section)}”" for t in treatments)
    about_article = f"*{md_text(article.title)}* ({md_text(article.publisher)})"
    sections.append(
        Section(
            "Source",
            f"The article {about_article}, section{'s' if several else ''} {named}, "
            "retold in our own words. Safety notes and evidence come from the project's research notes; "
            f"each names its sources, listed in full under {_link(topic_ref(SOURCES_TOPIC), 'Sources')}."
            if SOURCES_TOPIC in pack.topics
            else f"The article {about_article}, section{'s' if several else ''} {named}, "
            "retold in our own words. Safety notes and evidence come from the project's research notes; "
            "each names its sources.",
        )
    )
    return Page(area_ref(area.id), area.title, area.summary, callout, tuple(sections), md_text(pack.info.disclaimer))


def topic_page(pack: Pack, topic_id: str, *, show_evidence: bool = True) -> Page:
    """A topic: its caution notes as the safety callout (the Safety page's led by the do-not-use rules),
    then the body, then its evidence notes."""
    topic: Topic = pack.topics[topic_id]
    cite = _Citer(pack)
    cautions = [n for n in topic.notes if pack.notes[n].kind == "caution"]
    evidence = [pack.notes[n] for n in topic.notes if pack.notes[n].kind == "evidence"]
    callout = None
    if cautions:
        link = "Device-specific instructions override this summary: always follow the label of the device in use."
        is_safety = topic.id == "safety"
        if is_safety:
            cite.more = "below"
        callout = _callout(pack, cite, cautions, link, rules=is_safety)
        if callout.rules:
            callout = callout._replace(notes_heading="Every rule in full, with all its sources:")
    sections = [Section("", with_caveats(pack, topic.body, cite))]
    if topic.id == SOURCES_TOPIC:
        sections += _source_list(pack)
    if evidence and show_evidence:
        sections.append(_evidence_section(pack, evidence, cite))
    if topic.id == "about":
        info = pack.info
        sections.append(
            Section(
                "This content",
                (
                    f"- Content version: **{md_text(info.content_version)}**\n"
                    f"- Reviewed: **{info.reviewed.isoformat()}**\n"
                    f"- Source article: *{md_text(info.article.title)}* ({md_text(info.article.publisher)})\n\n"
                    f"**Not medical advice.** {md_text(info.disclaimer)}"
                ),
            )
        )
    if topic_related(topic):
        sections.append(Section("Related", _links(pack, topic_related(topic))))
    return Page(
        topic_ref(topic.id), topic.title, topic.summary, callout, tuple(sections), md_text(pack.info.disclaimer)
    )


def _source_list(pack: Pack) -> list[Section]:
    """The kinds of source in words, then every source in full: label, title, address as plain text."""
    used = [kind for kind in SOURCE_KINDS if any(s.kind == kind for s in pack.sources.values())]
    kinds = "\n".join(f"- **{SOURCE_KINDS[kind][0]}**: {SOURCE_KINDS[kind][1]}" for kind in used)
    sections = [Section("What the kinds mean", kinds)]
    for kind in used:
        lines = []
        for source in pack.sources.values():
            if source.kind == kind:
                line = f"- **{md_text(source.label or source.title)}**: {md_text(source.title)}"
                if source.url:
                    line += f"  \n  Address (not opened by this app): {md_text(source.url)}"
                else:
                    line += "  \n  No address was recorded for it in the research."
                lines.append(line)
        sections.append(Section(f"Sources of the kind “{SOURCE_KINDS[kind][0]}”", "\n".join(lines)))
    return sections


def _evidence_section(pack: Pack, notes: list[Note], cite: _Citer) -> Section:
    return Section(
        "Evidence and regulatory status",
        "\n\n".join(f"{note.text}\n\n*Source: {cite(note.sources)}*" for note in notes),
    )


RECENT_HEADING = "Opened recently"


def keys_section(uses: tuple[KeyUse, ...]) -> Section:
    """The keys a reader can use, a line each (core.key_list): the page's own words for them, not the content's."""
    return Section(KEYS_HEADING, "\n".join(f"- **{md_text(use.label)}**: {md_text(use.does)}" for use in uses))


def home_page(pack: Pack, recent: tuple[str, ...] = (), keys: tuple[KeyUse, ...] = ()) -> Page:
    """The start page: how to begin, the pages opened recently (when there are any), every area by view, the
    topic index, and the keys that work in this window (`keys`, when given)."""
    sections = [
        Section(
            f"Areas: {VIEW_TITLES[view]}",
            _links(pack, [area_ref(area.id) for area in pack.areas_in(view)]),
        )
        for view in VIEWS
    ]
    sections.insert(0, Section("Topics", _links(pack, [topic_ref(t) for t in pack.topics])))
    if recent:
        sections.insert(0, Section(RECENT_HEADING, _links(pack, list(recent))))
    if keys:
        sections.append(keys_section(keys))
    return Page(
        HOME,
        pack.info.title,
        "Touch or click an area of the diagram to read what microcurrent is said to do there, "
        "starting with its safety notes.",
        None,
        tuple(sections),
        md_text(pack.info.disclaimer),
    )


def page_for(
    pack: Pack, ref: str, *, show_evidence: bool = True, recent: tuple[str, ...] = (), keys: tuple[KeyUse, ...] = ()
) -> Page:
    """Any page by its reference: home, area:ID or topic:ID. Unknown references go home, which lists
    `recent` (known page references, newest first) first and `keys` (core.key_list) last."""
    kind, ident = split(ref)
    if kind == AREA and ident in pack.areas:
        return area_page(pack, ident, show_evidence=show_evidence)
    if kind == TOPIC and ident in pack.topics:
        return topic_page(pack, ident, show_evidence=show_evidence)
    return home_page(pack, recent, keys)
