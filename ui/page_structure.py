"""What a page's document holds for assistive technology: its headings (with their level), its links and its
safety callout, each with its place in the text; the page's text as a screen reader reads it; and where a
place in the text is drawn in the view.

Qt's own accessible text for a text view places a character by its block's layout alone, which inside a
frame (the safety callout) is relative to the frame: about 140 px above where it is drawn. Here a character
is placed where the view draws the caret (`QTextEdit.cursorRect`), which counts the frame's place."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics, QTextBlock, QTextCursor, QTextDocument, QTextFrame
from PySide6.QtWidgets import QTextEdit

from ui.page_document import CALLOUT_PROPERTY

HEADING = "heading"
LINK = "link"
CALLOUT = "callout"
WARNING_SIGN = "\u26a0"
# Characters that end a paragraph or a frame in a QTextDocument: read as a line break.
BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n", "\ufdef": "\n"})


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
    for frame in _frames(document.rootFrame()):
        if frame.frameFormat().boolProperty(CALLOUT_PROPERTY):
            heading = document.findBlock(frame.firstPosition()).text().lstrip(WARNING_SIGN).strip()
            items.append(Item(CALLOUT, heading, frame.firstPosition(), frame.lastPosition()))
    order = {CALLOUT: 0, HEADING: 1, LINK: 2}
    return sorted(items, key=lambda item: (item.start, order[item.kind]))


def _frames(frame: QTextFrame) -> list[QTextFrame]:
    found = []
    for child in frame.childFrames():
        found.append(child)
        found.extend(_frames(child))
    return found


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


def reading_text(document: QTextDocument) -> str:
    """The document's text, one character per position, as a screen reader reads it: each paragraph and each
    line the view wraps ends with a line break (a wrapped line's last space becomes one), so reading "by line"
    reads the lines as they are drawn."""
    characters = list(document.toRawText().translate(BREAKS))
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount() - 1):  # every line but the last of a paragraph
            line = layout.lineAt(number)
            end = block.position() + line.textStart() + line.textLength() - 1
            if 0 <= end < len(characters) and characters[end] == " ":
                characters[end] = "\n"
        block = block.next()
    return "".join(characters[: max(0, document.characterCount() - 1)])


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


def frame_rect(view: QTextEdit, item: Item) -> QRect:
    """The bounds of a callout as drawn (its border and padding too), in the view's viewport."""
    document = view.document()
    frame = QTextCursor(document)
    frame.setPosition(item.start)
    current = frame.currentFrame()
    bounds = document.documentLayout().frameBoundingRect(current).toAlignedRect()
    return bounds.translated(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
