"""What a one-page handout of an area or topic says, as plain text: the clinic's name and phone, the title,
the do-not-use rules and the page's own cautions exactly as its page words them (core.pages decides them),
a short retelling of the article, the disclaimer, the content version; and the short summary its QR code
holds. The ui lays it out (ui/handout.py); nothing here knows about paper."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from core.pages import do_not_use_callout, page_for
from core.refs import AREA, TOPIC, split

if TYPE_CHECKING:
    from core.records import Pack
    from core.settings import Settings

RETELLING_HEADING = "What the article says"
RETELLING_LIMIT = 700  # characters of the article's retelling: a handout is one page, the safety notes first
TOPIC_RETELLING_LIMIT = 1500  # a topic's sheet has no diagram and no cautions of an area: more room for it
QR_LIMIT = 700  # bytes in the QR code: at most version 18 at level L (89 modules), 0.5 mm each at 48 mm
QR_HEADER = "Do not use if you:"


class HandoutNote(NamedTuple):
    """A caution as its page has it: the lead sentence (bold on the page), the rest, and its sources."""

    lead: str
    text: str
    sources: str


class Handout(NamedTuple):
    """Everything a handout says, plain text, in the order it is read."""

    ref: str
    title: str
    summary: str
    clinic_name: str  # '' when not set
    clinic_details: tuple[str, ...]  # the clinic's phone and address, those that are set
    rules_heading: str
    rules: tuple[tuple[str, str], ...]  # each do-not-use rule and its own sources ('' when named once below)
    rules_sources: str
    notes_heading: str
    notes: tuple[HandoutNote, ...]
    retelling: tuple[str, ...]  # paragraphs: the article's claims as its claims, with their caveats; "heading\ntext"
    disclaimer: str
    version: str  # "Content version 1.1.0, reviewed 2026-12-01"
    article: str  # the source article, in a line
    area: str  # the area to highlight on the diagram; '' for a topic
    view: str  # the diagram it is on
    qr_text: str


class UnknownPage(ValueError):
    """A reference that names no area or topic of the pack; str() says which, and what would do."""


_LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)")
_MARK = re.compile(r"\\(.)|\*+|^#+ +", re.MULTILINE)
_LEAD = re.compile(r"^\s*\*\*(.+?)\*\*\s*(.*)$", re.DOTALL)


def plain(markdown: str) -> str:
    """The text a reader sees of the pages' Markdown: links as their words, no emphasis marks, no escapes."""
    text = _LINK.sub(lambda m: m.group(1), markdown)
    return " ".join(_MARK.sub(lambda m: m.group(1) or "", text).split())


def _note(text: str, sources: str) -> HandoutNote:
    match = _LEAD.match(text)
    lead, rest = (match.group(1), match.group(2)) if match else ("", text)
    return HandoutNote(plain(lead), plain(rest), plain(sources))


def resolve(pack: Pack, text: str) -> str:
    """The page reference a handout is asked for by: an area id, `area:ID` or `topic:ID`. Raises UnknownPage."""
    if text in pack.areas:
        return f"{AREA}:{text}"
    kind, ident = split(text)
    if (kind == AREA and ident in pack.areas) or (kind == TOPIC and ident in pack.topics):
        return text
    raise UnknownPage(
        f"'{text}' is not an area or a page: give an area id ({', '.join(list(pack.areas)[:3])}, …; "
        f"--list-areas lists them) or a page reference such as {TOPIC}:{next(iter(pack.topics))}"
    )


def _paragraphs(markdown: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()]


def _retelling(paragraphs: list[str], limit: int = RETELLING_LIMIT) -> tuple[str, ...]:
    """The first paragraph under each heading and every evidence check, as far as `limit` characters allow; a
    paragraph is kept whole or left out, never cut. A paragraph under a heading (an FAQ's question, one of an
    area's treatments) starts with that heading and a line break."""
    chosen: list[str] = []
    first, heading = True, ""
    for paragraph in paragraphs:
        if paragraph.startswith("#"):
            title, _, rest = paragraph.partition("\n")
            first, heading = True, plain(title)
            if not rest.strip():
                continue
            paragraph = rest.strip()
        if paragraph.startswith("**Evidence check:**"):
            chosen.append(plain(paragraph))
        elif first:
            chosen.append(f"{heading}\n{plain(paragraph)}" if heading else plain(paragraph))
            first = False
    kept: list[str] = []
    for paragraph in chosen:
        if sum(len(p) for p in kept) + len(paragraph) > limit and kept:
            continue
        kept.append(paragraph)
    return tuple(kept)


def _clinic(settings: Settings | None) -> tuple[str, tuple[str, ...]]:
    if settings is None:
        return "", ()
    details = tuple(v.strip() for v in (settings.clinic_phone, settings.clinic_address) if v.strip())
    return settings.clinic_name.strip(), details


def handout(pack: Pack, ref: str, settings: Settings | None = None) -> Handout:
    """The handout of the page `ref` (an area or topic reference). Raises UnknownPage."""
    ref = resolve(pack, ref)
    kind, ident = split(ref)
    page = page_for(pack, ref)
    if kind == AREA:
        area = pack.areas[ident]
        callout = page.callout or do_not_use_callout(pack)
        retelling = _retelling(_paragraphs(page.sections[0].markdown)) if page.sections else ()
        where, view = area.id, area.view
    else:
        topic = pack.topics[ident]
        own = page.callout.notes if page.callout and not page.callout.rules else ()
        callout = do_not_use_callout(pack)._replace(notes=own, notes_heading="On this topic:" if own else "")
        retelling = _retelling([topic.summary, *_paragraphs(topic.body)], TOPIC_RETELLING_LIMIT)
        where, view = "", _first_view(pack)
    notes = tuple(_note(text, sources) for text, sources in callout.notes)
    info = pack.info
    clinic_name, clinic_details = _clinic(settings)
    result = Handout(
        ref=ref,
        title=page.title,
        summary=plain(page.summary) if kind == AREA else "",
        clinic_name=clinic_name,
        clinic_details=clinic_details,
        rules_heading=callout.rules_heading,
        rules=tuple((plain(rule), plain(sources)) for rule, sources in callout.rules),
        rules_sources=plain(callout.rules_sources),
        notes_heading=plain(callout.notes_heading),
        notes=notes,
        retelling=retelling,
        disclaimer=info.disclaimer,
        version=f"Content version {info.content_version}, reviewed {info.reviewed.isoformat()}",
        article=f"Retold in our own words from the article “{info.article.title}” ({info.article.publisher}).",
        area=where,
        view=view,
        qr_text="",
    )
    return result._replace(qr_text=qr_summary(result, info.title))


def _first_view(pack: Pack) -> str:
    return next(iter(pack.diagrams))


def first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(?:\s|$)", text.strip(), re.DOTALL)
    return " ".join((match.group(1) if match else text).split())


def qr_summary(sheet: Handout, app_title: str) -> str:
    """What the QR code holds: the title, the do-not-use conditions, the page's cautions by their lead
    sentences, and the disclaimer's first sentence; plain text a phone shows with no internet. Cautions
    that would make the code too dense for a phone camera are counted instead of listed."""
    head = [f"{app_title}: {sheet.title}", QR_HEADER if sheet.rules else ""]
    head += [f"- {rule}" for rule, _ in sheet.rules]
    tail = [first_sentence(sheet.disclaimer)]
    leads = [f"- {note.lead or first_sentence(note.text)}" for note in sheet.notes]
    heading = [sheet.notes_heading] if leads else []
    for shown in range(len(leads), -1, -1):
        rest = len(leads) - shown
        more = [f"- and {rest} more on the printed sheet"] if rest else []
        text = "\n".join(line for line in [*head, *heading, *leads[:shown], *more, *tail] if line)
        if len(text.encode("utf-8")) <= QR_LIMIT:
            return text
    return "\n".join(line for line in [*head, *tail] if line)
