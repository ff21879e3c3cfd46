"""What the main window adds for assistive technology and the keyboard, after the first frame.

Each diagram region becomes an accessible button (ui.diagram_access); a page that opens is announced
by its title, and a region pressed through assistive technology moves the reader to its page; F6 and
Shift+F6 move between the toolbar, the diagram and the page; every toolbar control takes the keyboard;
Topics opens with Enter or Down too; the app tells assistive technology its content's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import (
    QAccessible,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QAccessibleWidget, QToolButton, QWidget

from core.key_help import NEXT_PART, PREVIOUS_PART
from core.link_purpose import link_purpose
from ui.access_factory import announce, register, renew
from ui.diagram_access import RegionAccess
from ui.focus_ring import FocusRing
from ui.hover_hint import install_hover_hints
from ui.lazy_qt import Qt
from ui.page_access import PageAccess
from ui.page_nav import PageNav
from ui.splitter_keys import SplitterKeys

if TYPE_CHECKING:
    from ui.main_window import MainWindow

CONTENT_LANGUAGE = QLocale.Language.English
# Accessible names without the arrows drawn beside them.
PLAIN_NAMES = {"back_action": "Back", "forward_action": "Forward"}


class WindowAccess(QObject):
    """Made once per window, right after its first frame (ui.main_window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        pack = window.navigator.pack

        def describe(area_id: str) -> tuple[str, str, bool]:
            area = pack.areas[area_id]
            return area.title, area.summary, area.caution_mark

        self.regions = RegionAccess(window.diagram, describe, self._opened_by_press)
        window.diagram.selection_moved.connect(self.regions.selection_changed)
        window.page.page_shown.connect(self.announce)
        self.page_parts = PageAccess(window.page, self.destination)  # headings, links, the callout
        self.page_nav = PageNav(window, self.page_parts, self.destination)  # by heading; its headings and links
        window.page.setAccessibleName(window.page.current_title())
        self.page_ring = FocusRing(window.page, window.theme.colours.link)
        # A caret the arrow keys move, so a screen reader reads the page line by line and word by word.
        flags = Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        window.page.setTextInteractionFlags(flags)
        self._keyboard_toolbar()
        for keys, step in ((NEXT_PART, 1), (PREVIOUS_PART, -1)):
            QShortcut(QKeySequence(keys), window, lambda step=step: self.cycle(step))
        QLocale.setDefault(QLocale(CONTENT_LANGUAGE))
        window.setLocale(QLocale(CONTENT_LANGUAGE))
        self.splitter_keys = SplitterKeys(window.splitter, window.theme.colours.link)  # moved without a drag
        self.hover_hints = install_hover_hints(window, window.theme)  # in place of Qt's tooltips (WCAG 1.4.13)
        window.text_zoom.follow(self.hover_hints.set_zoom)
        self.hover_hints.also_dismiss(window.diagram)  # its area names, shown on hover and focus

    # -- pages ---------------------------------------------------------------------------------

    def announce(self, title: str) -> None:
        """The page is named by its title. With a screen reader running: a reader on the page hears the new
        name (Qt says a name changed; a second focus event stalls Orca 43); a reader on the diagram is moved
        to the page (every screen reader says where focus lands, and Orca 43, Debian 12's, says nothing for
        an announcement); anyone else, on the toolbar, hears it announced. Without one, the keyboard stays."""
        page = self.window.page
        page.setAccessibleName(title)
        if not QAccessible.isActive():
            return
        if page.hasFocus():
            return
        if self.window.diagram.hasFocus():
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            announce(page, f"{title} page opened")

    def destination(self, href: str, text: str = "") -> str:
        """Where a page's link goes, in words (core.link_purpose): "the Chin page"; for a source's kind "label",
        "what “label” means (Sources page)"."""
        return link_purpose(self.window.navigator.pack, href, text)

    def _opened_by_press(self, area_id: str) -> None:
        self.window.page.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keyboard ------------------------------------------------------------------------------

    def _keyboard_toolbar(self) -> None:
        bar = self.window.toolbar
        for attribute in ("home_action", "back_action", "forward_action", "evidence_action"):
            button = bar.widgetForAction(getattr(bar, attribute))
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                if attribute in PLAIN_NAMES:
                    button.setAccessibleName(PLAIN_NAMES[attribute])
        topics = bar.topics_button
        topics.setAccessibleName("Topics")
        bar.topics_menu.setAccessibleName("Topics")
        # Not InstantPopup: with it Qt offers assistive technology no Press action and its ShowMenu does
        # nothing. A click, Space, Enter, Down and both actions open the menu.
        topics.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
        topics.clicked.connect(self.open_topics)
        topics.installEventFilter(self)
        # Qt's own ShowMenu runs the menu's event loop inside the action call, so a screen reader waits for
        # its reply until the menu closes; this interface opens the menu a turn later and answers at once.
        register("TopicsButton", lambda widget: _TopicsInterface(widget, self.open_topics))  # type: ignore[arg-type]
        renew(topics, _TopicsInterface)  # Qt's own ShowMenu would keep a reader waiting

    def open_topics(self) -> None:
        button = self.window.toolbar.topics_button
        button.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Topics opens its menu with Enter and Down as well as Space."""
        opens = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in opens:
            self.open_topics()
            return True
        return False

    def panes(self) -> list[QWidget]:
        """Where F6 goes, in order: the toolbar's first control, the diagram, the page."""
        bar = self.window.toolbar
        first = bar.widgetForAction(bar.home_action) or bar.topics_button
        return [first, self.window.diagram, self.window.page]

    def cycle(self, step: int) -> None:
        panes = self.panes()
        focus = self.window.focusWidget()
        current = next(
            (i for i, pane in enumerate(panes) if focus is not None and (focus is pane or pane.isAncestorOf(focus))), -1
        )
        if current == -1 and focus is not None and self.window.toolbar.isAncestorOf(focus):
            current = 0
        target = panes[(current + step) % len(panes)] if current != -1 else panes[0 if step > 0 else -1]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


class _TopicsInterface(QAccessibleWidget):
    """The Topics button as assistive technology sees it: a push button with a popup, whose Press and
    ShowMenu both open the menu."""

    def __init__(self, button: QToolButton, open_menu: Callable[[], None]) -> None:
        super().__init__(button, QAccessible.Role.Button, "")
        self._open = open_menu

    def state(self) -> QAccessible.State:
        state = super().state()
        state.hasPopup = True
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.pressAction(), QAccessibleWidget.showMenuAction()]

    def doAction(self, name: str) -> None:
        if name in self.actionNames():
            QTimer.singleShot(0, self._open)
