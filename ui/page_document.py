"""Writes a core Page into a QTextDocument: title, summary, safety callout first, then the sections.

Imported by the page view when it builds its first document, after the first frame: the text
classes it uses cost start-up time to load (see ui.lazy_qt)."""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from core.kept_together import citations_kept
from core.pages import Callout, Page
from ui.theme import FONT_FAMILY, Theme, TypeScale, body_font

# The safety callout is a run of blocks marked with this property, in the page's own flow (not a QTextFrame:
# Qt's accessible text places a frame's characters as if the frame were at the top of the page).
# ui.callout_box draws its box around them; ui.page_structure finds it for assistive technology.
CALLOUT_PROPERTY = QTextFormat.Property.UserProperty.value + 1
CALLOUT_BORDER = 2
CALLOUT_INSET = CALLOUT_BORDER + 10  # the box's border and padding, around the text
CALLOUT_MARGIN_TOP = 2  # outside the box
CALLOUT_MARGIN_BOTTOM = 50  # below the box: as far to the next heading as when the box was a frame


def _char_format(
    size: int, colour: str, *, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False
) -> QTextCharFormat:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(size)
    font.setWeight(weight)
    font.setItalic(italic)
    fmt = QTextCharFormat()
    fmt.setFont(font)
    fmt.setForeground(QBrush(QColor(colour)))
    return fmt


def _block_format(top: float = 0, bottom: float = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def build_document(page: Page, theme: Theme, document: QTextDocument) -> None:
    """Write `page` into `document` in `theme`'s colours and sizes: title, summary, safety callout, sections,
    footnote."""
    colours, scale = theme
    document.clear()
    document.setDefaultFont(body_font(scale))
    document.setDocumentMargin(22)
    cursor = QTextCursor(document)
    title = _block_format(bottom=4)
    title.setHeadingLevel(1)  # headings carry their level: assistive technology lists them (ui.page_structure)
    cursor.setBlockFormat(title)
    cursor.insertText(page.title, _char_format(scale.title, colours.text, weight=QFont.Weight.Bold))
    cursor.insertBlock(_block_format(bottom=8), _char_format(scale.body, colours.muted))
    cursor.insertText(page.summary)
    if page.callout is not None:
        _insert_callout(cursor, page.callout, theme)
    markdown = "\n\n".join(
        (f"## {section.heading}\n\n" if section.heading else "") + section.markdown for section in page.sections
    )
    if page.footnote:
        markdown += f"\n\n*Not medical advice. {page.footnote}*"
    cursor.insertBlock(_block_format(), _char_format(scale.body, colours.text))
    body_start = cursor.block().blockNumber()
    cursor.insertMarkdown(citations_kept(markdown))  # the evidence notes cite sources too
    # Markdown inserted into an existing block leaves that first block's heading level unset.
    first_is_heading = bool(page.sections and page.sections[0].heading)
    _style_body(document, body_start, theme, first_is_heading)
    if scale.touch:
        from ui.related_buttons import related_as_buttons

        related_as_buttons(document, theme)
    _underline_links(document)


def _underline_links(document: QTextDocument) -> None:
    """Every link is underlined: told apart from the text around it by more than its colour (WCAG 1.4.1)."""
    underline = QTextCharFormat()
    underline.setFontUnderline(True)
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor() and not fragment.charFormat().fontUnderline():
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(underline)
            fragments += 1
        block = block.next()


def _style_body(document: QTextDocument, first_block: int, theme: Theme, first_is_heading: bool) -> None:
    """Give Markdown's blocks the house type scale and rhythm."""
    colours, scale = theme
    block = document.findBlockByNumber(first_block)
    last = document.lastBlock().blockNumber()
    while block.isValid():
        cursor = QTextCursor(block)
        level = block.blockFormat().headingLevel()
        if block.blockNumber() == first_block and first_is_heading:
            level = 2
        fmt = block.blockFormat()
        fmt.setHeadingLevel(level)
        fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if level == 2:
            fmt.setTopMargin(20)
            fmt.setBottomMargin(6)
            char = _char_format(scale.heading, colours.accent_dark, weight=QFont.Weight.DemiBold)
        elif level >= 3:
            fmt.setTopMargin(10)
            fmt.setBottomMargin(4)
            char = _char_format(scale.body + 1, colours.text, weight=QFont.Weight.DemiBold)
        else:
            fmt.setTopMargin(0)
            fmt.setBottomMargin(4 if block.textList() else 10)
            char = None
        if block.blockNumber() == last and block.text().startswith("Not medical advice."):
            char = _char_format(scale.small, colours.muted, italic=True)
            fmt.setTopMargin(14)
        cursor.setBlockFormat(fmt)
        if char is not None:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            if level:
                cursor.setCharFormat(char)
            else:
                cursor.mergeCharFormat(char)
        block = block.next()


def _insert_callout(cursor: QTextCursor, callout: Callout, theme: Theme) -> None:
    """The bordered safety box: heading, the do-not-use rules (one compact line each, sources in small
    type), the page's own notes with their sources, then the link onward."""
    colours, scale = theme
    heading = _block_format(bottom=2)
    heading.setHeadingLevel(2)
    cursor.insertBlock(heading)
    first = cursor.block()
    cursor.insertText("\u26a0  ", _char_format(scale.heading, colours.warning, weight=QFont.Weight.Bold))
    cursor.insertText(callout.heading, _char_format(scale.heading, colours.warning_text, weight=QFont.Weight.Bold))
    body = _char_format(scale.body, colours.text)
    if callout.rules:
        cursor.insertBlock(_block_format(top=2), _char_format(scale.body, colours.text, weight=QFont.Weight.Bold))
        cursor.insertText(callout.rules_heading)
        for rule, sources in callout.rules:
            cursor.insertBlock(_rule_format(scale), body)
            cursor.insertText(f"\u2022\u2002{rule}", body)
            if sources:
                cursor.insertText("\u2002\u2014\u2002", _small(theme))
                _insert_small_markdown(cursor, sources, theme)
        if callout.rules_sources:
            cursor.insertBlock(_block_format(top=2), _small(theme))
            _insert_small_markdown(cursor, callout.rules_sources, theme)
    if callout.notes_heading:
        cursor.insertBlock(_block_format(top=6), _char_format(scale.body, colours.text, weight=QFont.Weight.Bold))
        cursor.insertText(callout.notes_heading)
    for text, sources in callout.notes:
        cursor.insertBlock(_block_format(top=4), body)
        cursor.insertMarkdown(text)
        cursor.insertBlock(_block_format(bottom=4), _small(theme))
        cursor.insertText("Source: ", _small(theme))
        _insert_small_markdown(cursor, sources, theme)
    cursor.insertBlock(_block_format(top=6), body)
    cursor.insertMarkdown(callout.link)
    _mark_callout(first, cursor.block())


def _mark_callout(first: QTextBlock, last: QTextBlock) -> None:
    """Mark the callout's blocks and make room for its box (ui.callout_box draws it): inset on both sides,
    with the box's margin, border and padding above the first block and below the last."""
    block = first
    while block.isValid():
        fmt = block.blockFormat()
        fmt.setProperty(CALLOUT_PROPERTY, True)
        fmt.setLeftMargin(fmt.leftMargin() + CALLOUT_INSET)
        fmt.setRightMargin(fmt.rightMargin() + CALLOUT_INSET)
        if block == first:
            fmt.setTopMargin(fmt.topMargin() + CALLOUT_MARGIN_TOP + CALLOUT_INSET)
        if block == last:
            fmt.setBottomMargin(fmt.bottomMargin() + CALLOUT_INSET + CALLOUT_MARGIN_BOTTOM)
        QTextCursor(block).setBlockFormat(fmt)
        if block == last:
            break
        block = block.next()


def _small(theme: Theme) -> QTextCharFormat:
    return _char_format(theme.scale.small, theme.colours.muted)


def _rule_format(scale: TypeScale) -> QTextBlockFormat:
    """A rule's line: its wrapped lines hang under its text, not under the bullet."""
    fmt = _block_format()
    fmt.setLeftMargin(scale.body)
    fmt.setTextIndent(-scale.body)
    fmt.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _insert_small_markdown(cursor: QTextCursor, markdown: str, theme: Theme) -> None:
    """Inline Markdown (a citation with its links) in small type: muted, links keep the link colour."""
    start = cursor.position()
    cursor.insertMarkdown(citations_kept(markdown))  # no line of sources begins with a lone '· label'
    end = cursor.position()
    pieces = []
    fragments = cursor.block().begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.position() + fragment.length() > start and fragment.position() < end:
            pieces.append(
                (
                    max(start, fragment.position()),
                    min(end, fragment.position() + fragment.length()),
                    fragment.charFormat(),
                )
            )
        fragments += 1
    for first, last, fmt in pieces:
        small = _small(theme)
        if fmt.isAnchor():
            small.setForeground(QBrush(QColor(theme.colours.link)))
            small.setAnchor(True)
            small.setAnchorHref(fmt.anchorHref())
            small.setFontUnderline(True)
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(small)
    cursor.setPosition(end)
    cursor.setCharFormat(_small(theme))
