"""What a page's document holds for assistive technology: its headings (with their level), its links and its
safety callout, each with its place in the text, and where a stretch of the text is drawn in the view (where
the view draws the caret, `QTextEdit.cursorRect`)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ui.callout_box import callout_rects, callout_runs

HEADING = "heading"
LINK = "link"
CALLOUT = "callout"
WARNING_SIGN = "\u26a0"


class Item(NamedTuple):
    """One heading, link or callout: its kind, its name, and its first and end positions in the document."""

    kind: str
    name: str
    start: int
    end: int
    level: int = 0  # a heading's level
    href: str = ""  # where a link goes


def structure(document: QTextDocument) -> list[Item]:
    """The headings, links and callout of `document`, in reading order (a callout before its own heading)."""
    items: list[Item] = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        name = block.text().lstrip(WARNING_SIGN).strip()
        if level and name:
            items.append(Item(HEADING, name, block.position(), block.position() + block.length() - 1, level))
        items.extend(_links(block))
        block = block.next()
    for first, last in callout_runs(document):
        heading = first.text().lstrip(WARNING_SIGN).strip()
        items.append(Item(CALLOUT, heading, first.position(), last.position() + last.length() - 1))
    order = {CALLOUT: 0, HEADING: 1, LINK: 2}
    return sorted(items, key=lambda item: (item.start, order[item.kind]))


def _links(block: QTextBlock) -> list[Item]:
    """The links of one block; fragments of one link with different formats are one link."""
    links: list[Item] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        fmt = fragment.charFormat()
        if fmt.isAnchor() and fmt.anchorHref():
            start, end, href = fragment.position(), fragment.position() + fragment.length(), fmt.anchorHref()
            if links and links[-1].href == href and links[-1].end == start:
                last = links.pop()
                start = last.start
            text = block.text()[start - block.position() : end - block.position()]
            links.append(Item(LINK, " ".join(text.split()), start, end, href=href))
        fragments += 1
    return links


def character_rect(view: QTextEdit, position: int) -> QRect:
    """Where the character at `position` is drawn, in the view's viewport (an empty rect past the end)."""
    document = view.document()
    if not 0 <= position < document.characterCount() - 1:
        return QRect()
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    caret = view.cursorRect(cursor)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    character = cursor.selectedText()
    metrics = QFontMetrics(_char_font(document, position))
    width = metrics.horizontalAdvance(character) if character.strip() else metrics.averageCharWidth() // 2
    return QRect(caret.x(), caret.y(), max(1, width), caret.height())


def _char_font(document: QTextDocument, position: int) -> QFont:
    cursor = QTextCursor(document)
    cursor.setPosition(position + 1)  # a cursor's format is the one of the character before it
    return cursor.charFormat().font()


def range_rect(view: QTextEdit, start: int, end: int) -> QRect:
    """The bounds of the characters from `start` to `end` as drawn, in the view's viewport."""
    first = character_rect(view, start)
    last = character_rect(view, max(start, end - 1))
    if first.isNull():
        return last
    return first.united(last) if not last.isNull() else first


def callout_rect(view: QTextEdit, item: Item) -> QRect:
    """The bounds of the callout starting at `item.start` as drawn (its box), in the view's viewport."""
    document = view.document()
    for (first, _last), rect in zip(callout_runs(document), callout_rects(document), strict=True):
        if first.position() == item.start:
            scrolled = rect.translated(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
            return scrolled.toAlignedRect()
    return QRect()
