"""Moving through the page by heading: H and Shift+H (unless single-key shortcuts are off, WCAG 2.1.4) and
Ctrl+H and Ctrl+Shift+H (always), with the keyboard in the page.

The caret goes to the heading, which is scrolled near the top of the panel and outlined (ui.heading_mark);
assistive technology gets a focus event on the heading's object (ui.page_access), so a screen reader says its
text and level. At the last heading the next one is the first again, and the reader is told it went round.
Orca 43's script for Qt has no structural navigation of its own (docs/ACCESSIBILITY.md), so the app gives it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QKeySequence, QTextCursor

from core.heading_steps import heading_step, wrap_notice
from core.key_help import (
    LIST_KEYS,
    NEXT_HEADING,
    NEXT_HEADING_SINGLE_KEY,
    PREVIOUS_HEADING,
    PREVIOUS_HEADING_SINGLE_KEY,
)
from ui.access_factory import announce
from ui.heading_mark import HeadingMark
from ui.lazy_qt import Qt
from ui.page_access import PageAccess
from ui.page_structure import HEADING, Item, structure
from ui.page_view import PageView

SCROLL_MARGIN = 24  # px above a heading the keys went to
NO_HEADINGS = "This page has no headings."


def keys_help(single_key: bool) -> str:
    """The keys, in words: the page's accessible description and the list's hint."""
    heading_keys = (
        f"{NEXT_HEADING_SINGLE_KEY} or {NEXT_HEADING}: next heading; "
        f"{PREVIOUS_HEADING_SINGLE_KEY} or {PREVIOUS_HEADING}: previous heading"
        if single_key
        else f"{NEXT_HEADING}: next heading; {PREVIOUS_HEADING}: previous heading"
    )
    return f"{heading_keys}; {LIST_KEYS}: list of headings and links."


class PageHeadings(QObject):
    """The heading keys of one page view, and `go_to(item)` for the list of headings (ui.page_links_dialog).

    Signals:
        went(str): the reader went to a heading, by a key or from the list (its text).
    """

    went = Signal(str)

    def __init__(
        self,
        view: PageView,
        parts: PageAccess,
        colour: str,
        notify: Callable[[str], None],
        *,
        single_key: bool = True,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.parts = parts
        self.single_key = single_key
        self._notify = notify  # a short visible notice (the status bar)
        self._colour = colour
        self._mark: HeadingMark | None = None  # made on first use
        self._on: Item | None = None  # the heading the keys went to, while the caret stays there
        self._moving = False
        view.installEventFilter(self)
        view.cursorPositionChanged.connect(self._caret_moved)
        view.page_shown.connect(self._leave)

    def headings(self) -> list[Item]:
        return [item for item in structure(self.view.document()) if item.kind == HEADING]

    def current(self) -> Item | None:
        """The heading the keys or the list went to, while the caret is still on it."""
        return self._on

    def step(self, forward: bool) -> None:
        headings = self.headings()
        cursor = self.view.textCursor()
        step = heading_step([item.start for item in headings], cursor.selectionStart(), forward)
        if step is None:
            self._notify(NO_HEADINGS)
            announce(self.view, NO_HEADINGS)
            return
        notice = wrap_notice(forward) if step.wrapped else ""
        self.go_to(headings[step.heading], notice)

    def go_to(self, item: Item, notice: str = "") -> None:
        """The caret, the keyboard and assistive technology on heading `item`, scrolled near the top; `notice` is
        said with it (and shown)."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(item.start)
        self._moving = True
        try:
            self.view.setTextCursor(cursor)
        finally:
            self._moving = False
        if not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        bar = self.view.verticalScrollBar()
        top = self.view.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - SCROLL_MARGIN)
        self._on = item
        if self._mark is None:
            self._mark = HeadingMark(self.view, self._colour)
        self._mark.show_at(item.start)
        self._tell(item, notice)
        if notice:
            self._notify(notice)
        self.went.emit(item.name)

    def _tell(self, item: Item, notice: str) -> None:
        """A focus event on the heading's object: a screen reader says its text and level (and `notice`, given
        as its description, since Orca 43 does not speak announcements)."""
        if not QAccessible.isActive():
            return
        widget = next((w for w in self.parts.items() if w.item.kind == HEADING and w.item.start == item.start), None)
        if widget is None:
            return
        self.parts.heading_on = widget
        widget.notice = notice
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))
        announce(widget, notice)

    def _caret_moved(self) -> None:
        """Off the heading: its mark goes. Assistive technology is not sent back to the page by a focus event:
        the page's own caret event moves a screen reader there and it reads the new line (Orca 43 does; a focus
        event made it say only the page's name)."""
        if not self._moving and self._on is not None:
            self._leave()

    def _leave(self) -> None:
        self._on = None
        if self.parts.heading_on is not None:
            self.parts.heading_on.notice = ""
        self.parts.heading_on = None
        if self._mark is not None:
            self._mark.hide()

    def _step_of(self, event: QKeyEvent) -> bool | None:
        """The step a key asks for (True: next heading, False: previous), None for any other key: the keys of
        core.key_help, the single ones only while `single_key` is on."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        steps = {NEXT_HEADING: True, PREVIOUS_HEADING: False}
        if self.single_key:
            steps |= {NEXT_HEADING_SINGLE_KEY: True, PREVIOUS_HEADING_SINGLE_KEY: False}
        return next((forward for keys, forward in steps.items() if pressed == QKeySequence(keys)), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        forward = self._step_of(event) if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) else None
        if forward is not None:
            self.step(forward=forward)
            return True
        if kind == QEvent.Type.FocusOut and self._mark is not None:
            self._mark.hide()  # shown again when the keyboard comes back to the heading
        elif kind == QEvent.Type.FocusIn and self._mark is not None and self._on is not None:
            self._mark.show_at(self._on.start)
        return False
