"""For touch: a page's "Related" links become a column of large buttons (table cells), not a list of inline
links. A cell is at least a finger high; a tap on its padding reaches the link (ui.kiosk.touch_page)."""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from ui.theme import FONT_FAMILY, Theme

RELATED_HEADING = "Related"  # core.pages names the section so
BUTTONS = QTextFormat.Property.UserProperty + 1  # marks the table: each of its cells is one button


def _links_of(block: QTextBlock) -> list[tuple[str, str]]:
    """The (href, text) of each link in one block."""
    links: list[tuple[str, str]] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.charFormat().isAnchor():
            links.append((fragment.charFormat().anchorHref(), fragment.text()))
        fragments += 1
    return links


def related_as_buttons(document: QTextDocument, theme: Theme) -> int:
    """Turn the list under the "Related" heading into buttons; returns how many it made."""
    block = document.begin()
    while block.isValid() and not (block.blockFormat().headingLevel() and block.text() == RELATED_HEADING):
        block = block.next()
    if not block.isValid():
        return 0
    items: list[QTextBlock] = []
    item = block.next()
    while item.isValid() and item.textList() is not None and len(_links_of(item)) == 1:
        items.append(item)
        item = item.next()
    if not items:
        return 0
    links = [_links_of(item)[0] for item in items]
    cursor = QTextCursor(items[0])
    cursor.setPosition(items[-1].position() + items[-1].length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    text_list = cursor.block().textList()
    if text_list is not None:
        text_list.remove(cursor.block())
    plain = cursor.blockFormat()
    plain.setIndent(0)
    cursor.setBlockFormat(plain)
    _insert_buttons(cursor, links, theme)
    return len(links)


def _insert_buttons(cursor: QTextCursor, links: list[tuple[str, str]], theme: Theme) -> None:
    colours, scale = theme
    table = QTextTableFormat()
    # Cell spacing is painted over by the cells' backgrounds: the gaps between buttons are borders in the page's
    # own colour.
    table.setBorder(5)
    table.setBorderBrush(QBrush(QColor(colours.panel)))
    table.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    table.setCellSpacing(0)
    table.setCellPadding(scale.pad + 6)
    table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table.setMargin(0)
    table.setProperty(BUTTONS, True)
    made = cursor.insertTable(len(links), 1, table)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(scale.body)
    font.setWeight(QFont.Weight.DemiBold)
    for row, (href, text) in enumerate(links):
        cell = made.cellAt(row, 0)
        cell_format = cell.format()
        cell_format.setBackground(QBrush(QColor(colours.chrome)))
        cell.setFormat(cell_format)
        link = QTextCharFormat()
        link.setFont(font)
        link.setForeground(QBrush(QColor(colours.link)))
        link.setAnchor(True)
        link.setAnchorHref(href)
        at = cell.firstCursorPosition()
        at.insertText(f"{text}  \u203a", link)


def button_link(cursor: QTextCursor) -> str:
    """The link of the button (a cell of the related buttons) that `cursor` is in, or ''."""
    table = cursor.currentTable()
    if table is None or not table.format().boolProperty(BUTTONS):
        return ""
    links = _links_of(table.cellAt(cursor).firstCursorPosition().block())
    return links[0][0] if links else ""
