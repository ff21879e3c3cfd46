"""The page read by its structure, with the keyboard alone or a screen reader: the heading keys
(ui.page_headings), the "Headings and links" dialog (ui.page_links_dialog) by Ctrl+L or the page's context
menu, and the keys in words as the page's accessible description. Made with the window's access, after the
first frame (ui.window_access); the dialog on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from core.key_help import LIST_KEYS
from ui.lazy_qt import Qt
from ui.page_access import PageAccess
from ui.page_headings import PageHeadings, keys_help
from ui.page_structure import Item, structure

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.page_links_dialog import PageGuide

LIST_ACTION = "Headings and links…"
NOTICE_MS = 6000


class PageNav(QObject):
    """The page's heading keys and its list of headings and links.

    Signals:
        asked(): the reader chose a row of the list or closed it (a kiosk counts it as a touch: an assistive
            technology's press sends no input event).
    """

    asked = Signal()

    def __init__(self, window: MainWindow, parts: PageAccess, destination: Callable[[str, str], str]) -> None:
        super().__init__(window)
        self.window = window
        self.parts = parts
        self.destination = destination
        view = window.page
        single_key = window.single_key_shortcuts()
        self.headings = PageHeadings(view, parts, window.theme.colours.link, self._notice, single_key=single_key)
        self.guide: PageGuide | None = None  # made on first use
        self.list_keys = QShortcut(QKeySequence(LIST_KEYS), window, self.open_list)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # Qt's menu, and this one entry
        view.customContextMenuRequested.connect(self._context_menu)
        view.setAccessibleDescription(keys_help(single_key))
        view.page_shown.connect(self._page_changed)

    def open_list(self) -> None:
        """The dialog, on the page shown; Escape gives the keyboard back to where it is now."""
        if self.guide is None:
            from ui.page_links_dialog import PageGuide

            self.guide = PageGuide(self.window, self.window.theme, self.destination)
            self.guide.heading_chosen.connect(self._go_to_heading)
            self.guide.link_chosen.connect(self._follow)
            self.guide.closed.connect(self.asked)
        view = self.window.page
        if self.guide.isVisible() or not view.isVisible():  # open already, or the client check in the page's place
            return
        self.guide.set_theme(self.window.text_zoom.theme(self.window.theme))  # at the reader's text size
        self.guide.open(structure(view.document()), view.current_title(), QApplication.focusWidget())

    def _go_to_heading(self, item: Item) -> None:
        self.headings.go_to(item)

    def _follow(self, item: Item) -> None:
        self.window.page.setFocus(Qt.FocusReason.OtherFocusReason)  # before the new page closes the dialog
        self.parts.follow(item)  # as a click follows it; the keyboard on the new page

    def _context_menu(self, where: QPoint) -> None:
        view = self.window.page
        menu = view.createStandardContextMenu(where)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSeparator()
        action = menu.addAction(LIST_ACTION)
        action.setShortcut(QKeySequence(LIST_KEYS))  # shown beside it; the window's shortcut does the work
        action.triggered.connect(self.open_list)
        menu.popup(view.viewport().mapToGlobal(where))

    def _page_changed(self) -> None:
        if self.guide is not None:
            self.guide.put_away()  # a fresh start, say: the list was of the page before

    def _notice(self, text: str) -> None:
        self.window.statusBar().showMessage(text, NOTICE_MS)
