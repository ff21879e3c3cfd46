"""What a screen reader finds inside the page: one object per heading (with its level), per link (its jump or
Press action follows it) and the safety callout, named "Safety notes", with its text.

Qt's AT-SPI bridge offers no Hypertext or Hyperlink interface (docs/ACCESSIBILITY.md says what it offers),
so the page's structure is given as accessible children, the way ui.diagram_access gives the regions: each
heading, link and the callout is a small child widget of the page over its place as drawn, painting nothing
and letting the mouse through, with an interface of its own (ui.access_factory). The page itself keeps Qt's
interface for a read-only text view: its text, caret and lines as drawn.

An interface made in Python gives Qt its text or attribute part through `interface_cast`, as the address of
that part (shiboken keeps one C++ object per base class); "none" must be a null address, never None. A text
part's selection and text attributes are C++ out-parameters PySide6 cannot fill, so the bridge reports
whatever its stack holds for them: Orca 43 stopped reading a page whose whole text was offered that way. So
only the callout offers its text so, and never the caret's object. Made only while assistive technology is
active, after the first frame (ui.window_access)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleTextInterface,
    QKeyEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from ui.access_factory import register
from ui.lazy_qt import Qt
from ui.page_attributes import complete as complete_attributes
from ui.page_lists import ListWidget, in_reading_order, list_widgets
from ui.page_structure import CALLOUT, HEADING, LINK, Item, callout_rect, character_rect, range_rect, structure
from ui.page_view import PageView

JUMP = "jump"  # the AT-SPI name of a link's action (GTK's and WebKit's), beside Qt's "Press"
ROLES = {HEADING: QAccessible.Role.Heading, LINK: QAccessible.Role.Link, CALLOUT: QAccessible.Role.Section}
_NULL = shiboken6.VoidPtr(0)
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})  # a paragraph's or a line's end, read as a line break


class PageItem(QWidget):
    """One heading, link or the callout of the page shown, for assistive technology: invisible, and the mouse
    passes through it."""

    def __init__(self, access: PageAccess, item: Item) -> None:
        super().__init__(access.view)
        self.access = access
        self.item = item
        self.notice = ""  # a heading reached by going round the page's end says so (ui.page_headings)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _Parts:
    """`interface_cast` for an interface made in Python: the address of each part it implements."""

    def _parts(self, bases: dict[QAccessible.InterfaceType, int]) -> None:
        """`bases`: each part offered, by the place of its class among the interface's C++ base classes."""
        pointers = shiboken6.getCppPointer(self)  # type: ignore[arg-type]
        self._addresses = {kind: shiboken6.VoidPtr(pointers[index]) for kind, index in bases.items()}

    def cast(self, kind: QAccessible.InterfaceType, base: object) -> int:
        found = self._addresses.get(kind)
        if found is not None:
            return found  # type: ignore[return-value]  # a VoidPtr: shiboken takes it as the address
        return base if base is not None else _NULL  # type: ignore[return-value]


class _TextOf:
    """The text part over a stretch of the page's document, from `start` (a document position) on."""

    view: PageView
    start = 0
    end = -1  # to the end of the document

    def _text(self) -> str:
        whole = self.view.document().toRawText()[: max(0, self.view.document().characterCount() - 1)]
        return (whole[self.start :] if self.end < 0 else whole[self.start : self.end]).translate(BREAKS)

    def characterCount(self) -> int:
        return len(self._text())

    def characterRect(self, offset: int) -> QRect:
        rect = character_rect(self.view, self.start + offset)
        if rect.isNull():
            return rect
        return QRect(self.view.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def offsetAtPoint(self, point: QPoint) -> int:
        inside = self.view.viewport().mapFromGlobal(point)
        position = self.view.cursorForPosition(inside).position() - self.start
        return position if 0 <= position < self.characterCount() else -1

    def cursorPosition(self) -> int:
        return max(0, self.view.textCursor().position() - self.start)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(max(0, min(self.start + position, self.view.document().characterCount() - 1)))
        self.view.setTextCursor(cursor)

    def selectionCount(self) -> int:
        return 0  # a selection's offsets are C++ out-parameters PySide6 cannot fill (see the module's note)

    def addSelection(self, startOffset: int, endOffset: int) -> None:
        self.setSelection(0, startOffset, endOffset)

    def setSelection(self, selectionIndex: int, startOffset: int, endOffset: int) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(self.start + startOffset)
        cursor.setPosition(self.start + endOffset, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def removeSelection(self, selectionIndex: int) -> None:
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)

    def scrollToSubstring(self, startIndex: int, endIndex: int) -> None:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.start + startIndex)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()


class _ItemInterface(_Parts, _TextOf, QAccessibleWidget, QAccessibleTextInterface, QAccessibleAttributesInterface):
    """A heading, link or the callout: its role, its text as its name and its text part; a heading's level; a
    link's destination as its description and an action that follows it."""

    def __init__(self, widget: PageItem) -> None:
        QAccessibleWidget.__init__(self, widget, ROLES[widget.item.kind], "")
        QAccessibleTextInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        self._widget = widget
        self.view = widget.access.view
        self.start, self.end = widget.item.start, widget.item.end
        text, attributes = QAccessible.InterfaceType.TextInterface, QAccessible.InterfaceType.AttributesInterface
        # The callout offers its text; a heading or link only its name (their text is the page's, and a text
        # part made in Python reports no selection or attributes a reader can trust: see the module's note).
        self._parts({text: 1, attributes: 2} if widget.item.kind == CALLOUT else {attributes: 2})

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:  # an address (see the module's note)
        return self.cast(kind, QAccessibleWidget.interface_cast(self, kind))

    def text(self, first: object, end: int | None = None) -> str:
        if end is not None:
            return self._text()[int(first) : end]  # type: ignore[call-overload]
        item = self._widget.item
        if first == QAccessible.Text.Name:
            return item.name
        if first == QAccessible.Text.Description and item.kind == LINK:
            return self._widget.access.destination(item.href, item.name)
        if first == QAccessible.Text.Description and item.kind == HEADING:
            return self._widget.notice
        return QAccessibleWidget.text(self, first)  # type: ignore[arg-type]

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = True
        state.multiLine = self._widget.item.kind == CALLOUT
        if self._widget.item.kind == LINK:
            state.focusable = True
            state.focused = self._widget.access.focused_link() is self._widget
        if self._widget.item.kind == HEADING:  # the heading keys go to it (ui.page_headings)
            state.focusable = True
            state.focused = self._widget.access.heading_on is self._widget
        return state

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level] if self._widget.item.kind == HEADING else []

    def attributeValue(self, key: QAccessible.Attribute) -> object:
        item = self._widget.item
        return item.level if key == QAccessible.Attribute.Level and item.kind == HEADING else None

    def actionNames(self) -> list[str]:
        return [JUMP, QAccessibleWidget.pressAction()] if self._widget.item.kind == LINK else []

    def doAction(self, name: str) -> None:
        if name in self.actionNames():
            QTimer.singleShot(0, self._widget.access.view, lambda: self._widget.access.follow(self._widget.item))

    def localizedActionDescription(self, name: str) -> str:
        if name in self.actionNames():
            return "Open " + self._widget.access.destination(self._widget.item.href, self._widget.item.name)
        return super().localizedActionDescription(name)


def install_factory() -> None:
    """The interfaces of the page's parts (the page itself keeps Qt's own, for a read-only text view)."""
    register("PageItem", lambda widget: _ItemInterface(widget))  # type: ignore[arg-type]


class PageAccess(QObject):
    """Keeps one PageItem per heading, link and callout of the page shown, over its place as drawn.
    `destination(href, text)` names where a link shown as `text` goes; a link followed through assistive technology
    opens its page as a click does, and the keyboard moves to the page."""

    def __init__(self, view: PageView, destination: Callable[[str, str], str]) -> None:
        super().__init__(view)
        install_factory()
        self.view = view
        self.destination = destination
        self._widgets: list[PageItem] = []
        self._stale = True  # a new page: its parts are made again
        self._scheduled = False
        self._link: PageItem | None = None  # the link the keyboard is on (Tab), as assistive technology was told
        self._lists: list[ListWidget] = []  # the page's lists and their entries (ui.page_lists)
        self.heading_on: PageItem | None = None  # the heading the heading keys went to (ui.page_headings)
        view.page_shown.connect(self._page_shown)
        view.cursorPositionChanged.connect(self._caret_moved)
        view.verticalScrollBar().valueChanged.connect(self._schedule)
        view.installEventFilter(self)
        self._schedule()

    def items(self) -> list[PageItem]:
        if self._scheduled:
            self.sync()
        return list(self._widgets)

    def follow(self, item: Item) -> None:
        self.view.anchorClicked.emit(QUrl(item.href))
        if not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self._schedule()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in TAB_KEYS:
            QTimer.singleShot(0, self, self._caret_moved)  # Tab moves to a link without any signal of Qt's
        elif kind == QEvent.Type.FocusOut:
            self._link = None
            self.heading_on = None
        return False

    def focused_link(self) -> PageItem | None:
        return self._link

    def _caret_moved(self) -> None:
        """Tab selects a link in the page: assistive technology is told the keyboard is on that link, and back
        on the page when it leaves it (QTextBrowser sends no event, nor even a signal, so Orca said nothing)."""
        if not QAccessible.isActive() or self._stale:
            return
        cursor = self.view.textCursor()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        link = (
            next((w for w in self._widgets if w.item.kind == LINK and (w.item.start, w.item.end) == span), None)
            if self.view.hasFocus() and cursor.hasSelection()
            else None
        )
        if link is not self._link:
            self._link = link
            _tell(link or self.view, QAccessible.Event.Focus)

    def _page_shown(self) -> None:
        self._stale = True
        self.heading_on = None
        if self._link is not None:  # the link followed is gone: the reader is back on the page, named anew
            self._link = None
            if self.view.hasFocus():
                QTimer.singleShot(0, self.view, lambda: _tell(self.view, QAccessible.Event.Focus))
        self._schedule()

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self.sync)

    def sync(self) -> None:
        """One PageItem per heading, link and callout of the page shown (made again for each page), each placed
        where it is drawn now. Nothing while no assistive technology is active."""
        self._scheduled = False
        if not QAccessible.isActive() and not self._widgets:
            return
        if self._stale:
            self._stale = False
            for widget in [*self._widgets, *self._lists]:
                widget.hide()
                widget.deleteLater()
            complete_attributes(self.view)  # sizes and colours as screen readers read them (ui.page_attributes)
            self._widgets = [PageItem(self, item) for item in structure(self.view.document())]
            self._lists = list_widgets(self)
            for widget in in_reading_order(self._widgets, self._lists):
                widget.show()  # Qt tells assistive technology of each new child (not by ObjectReorder: Qt 6.11
                # sends that one with a signature Orca's libatspi refuses)
        offset = self.view.viewport().geometry().topLeft()
        for widget in self._widgets:
            item = widget.item
            rect = (
                callout_rect(self.view, item) if item.kind == CALLOUT else range_rect(self.view, item.start, item.end)
            )
            widget.setGeometry(rect.translated(offset))
        for made in self._lists:
            made.place(self.view)

    def lists(self) -> list[ListWidget]:
        """The page's lists (ui.page_lists.ListWidget), each holding its entries."""
        if self._scheduled:
            self.sync()
        return list(self._lists)


def _tell(widget: QWidget, kind: QAccessible.Event) -> None:
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))
