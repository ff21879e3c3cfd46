"""The page's lists for assistive technology: each list is a "list" object of the page holding one "list item"
per entry, in order, named by the entry's text; an entry's place in its list ("2 of 3") is its index among the
list's children, of their number.

A list is what the page draws as one: a Markdown list (a QTextList of the page's document), or the callout's
run of bullet lines (ui.page_document writes each rule as a block of its own starting with a bullet). Like the
page's headings and links (ui.page_access), each list and entry is a small invisible child widget over its place
as drawn, letting the mouse through; an entry is a child of its list's widget. Made with the page's other parts,
only while assistive technology is active."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QTextBlock, QTextDocument
from PySide6.QtWidgets import QAccessibleWidget, QTextEdit, QWidget

from ui.access_factory import register
from ui.lazy_qt import Qt
from ui.page_structure import CALLOUT, HEADING, LINK

if TYPE_CHECKING:
    from ui.page_access import PageAccess, PageItem

BULLET = "\u2022\u2002"  # how ui.page_document starts each of the callout's rules


class Entry(NamedTuple):
    """One list entry: its text, its first and end positions in the document, its place (from 1) and the
    number of entries in its list (its set size)."""

    name: str
    start: int
    end: int
    position: int
    size: int


class PageList(NamedTuple):
    """One list: its first and end positions in the document and its entries in order."""

    start: int
    end: int
    entries: tuple[Entry, ...]


def lists(document: QTextDocument) -> list[PageList]:
    """The lists of `document` in reading order: each Markdown list, and each run of the callout's bullet
    lines."""
    found: list[PageList] = []
    seen: set[int] = set()
    bullets: list[QTextBlock] = []
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        if text_list is not None and text_list.objectIndex() not in seen:
            seen.add(text_list.objectIndex())
            found.append(_list_of([text_list.item(i) for i in range(text_list.count())], ""))
        if text_list is None and block.text().startswith(BULLET):
            bullets.append(block)
        elif bullets:
            found.append(_list_of(bullets, BULLET))
            bullets = []
        block = block.next()
    if bullets:
        found.append(_list_of(bullets, BULLET))
    return sorted(found, key=lambda span: span.start)


def _list_of(blocks: list[QTextBlock], prefix: str) -> PageList:
    count = len(blocks)
    entries = tuple(
        Entry(
            " ".join(block.text().removeprefix(prefix).split()),
            block.position(),
            block.position() + block.length() - 1,
            number,
            count,
        )
        for number, block in enumerate(blocks, start=1)
    )
    return PageList(entries[0].start, entries[-1].end, entries)


def span_rect(view: QTextEdit, start: int, end: int) -> QRect:
    """The bounds of the blocks holding positions `start` to `end` as drawn, in the view's viewport."""
    document = view.document()
    layout = document.documentLayout()
    block = document.findBlock(start)
    bounds = QRect()
    while block.isValid() and block.position() <= end:
        bounds = bounds.united(layout.blockBoundingRect(block).toAlignedRect())
        block = block.next()
    return bounds.translated(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())


class ListWidget(QWidget):
    """One list of the page, for assistive technology: invisible, and the mouse passes through it. Its
    entries are EntryWidget children, in order."""

    def __init__(self, access: PageAccess, span: PageList) -> None:
        super().__init__(access.view)
        self.span = span
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.entries = [EntryWidget(self, entry) for entry in span.entries]

    def place(self, view: QTextEdit) -> None:
        """Over the list as drawn now, each entry over its own line or lines."""
        offset = view.viewport().geometry().topLeft()
        rect = span_rect(view, self.span.start, self.span.end)
        self.setGeometry(rect.translated(offset))
        for widget in self.entries:
            widget.setGeometry(span_rect(view, widget.entry.start, widget.entry.end).translated(-rect.topLeft()))


class EntryWidget(QWidget):
    """One entry of a list, for assistive technology: invisible, and the mouse passes through it."""

    def __init__(self, parent: ListWidget, entry: Entry) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _ListInterface(QAccessibleWidget):
    """A list: its entries are its children."""

    def __init__(self, widget: ListWidget) -> None:
        QAccessibleWidget.__init__(self, widget, QAccessible.Role.List, "")

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = True
        return state


class _EntryInterface(QAccessibleWidget):
    """A list entry: its text as its name; its place is its index among its list's children, of their number
    (Qt 6.11's bridge passes object attributes of our own, posinset and setsize, only as a C++ QHash of
    strings, which PySide6 cannot make: a dict arrives as a QVariantMap and the bridge sends nothing)."""

    def __init__(self, widget: EntryWidget) -> None:
        QAccessibleWidget.__init__(self, widget, QAccessible.Role.ListItem, "")
        self._widget = widget

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._widget.entry.name
        return QAccessibleWidget.text(self, kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = True
        return state


def install_factory() -> None:
    register("ListWidget", lambda widget: _ListInterface(widget))  # type: ignore[arg-type]
    register("EntryWidget", lambda widget: _EntryInterface(widget))  # type: ignore[arg-type]


def list_widgets(access: PageAccess) -> list[ListWidget]:
    """A ListWidget for each list of the page shown, made anew for each page."""
    install_factory()
    return [ListWidget(access, span) for span in lists(access.view.document())]


def in_reading_order(items: Sequence[PageItem], lists: Sequence[ListWidget]) -> list[QWidget]:
    """The page's parts in reading order, each raised in turn so that assistive technology finds them in that
    order among the page's children (a list before a link starting where it does)."""
    order = {CALLOUT: 0, HEADING: 1, LINK: 3}
    keyed = [((w.item.start, order[w.item.kind]), w) for w in items] + [((w.span.start, 2), w) for w in lists]
    widgets: list[QWidget] = [widget for _key, widget in sorted(keyed, key=lambda pair: pair[0])]
    for widget in widgets:
        widget.raise_()
    return widgets
