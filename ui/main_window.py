"""The map screen: navigation bar, view switch and diagram beside (or above) the page panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QSplitter, QToolTip, QVBoxLayout, QWidget

from core.navigator import Navigator, State
from core.pages import Page
from core.records import VIEW_TITLES
from core.refs import area_ref, topic_ref
from ui.client_check_place import ClientCheckPlace
from ui.diagram_view import DiagramView
from ui.lazy_qt import Qt
from ui.page_slot import PageSlot
from ui.text_zoom import TextZoom
from ui.theme import WINDOW_THEME, Theme
from ui.toolbar import NavigationBar
from ui.view_split import ViewSplit
from ui.view_switch import ViewSwitch
from ui.window_zoom import WindowZoom

if TYPE_CHECKING:
    from core.settings import Settings
    from ui.handout_actions import HandoutActions
    from ui.page_view import PageView
    from ui.search_box import SearchBox

PREPARE_AFTER_MS = 250


class MainWindow(QMainWindow):
    """Builds the widgets and wires them to the navigator; every decision lives in core.

    Signals:
        first_frame(): the first frame is on screen; the page view is made next.
        ready(): the first page is shown (right after the first frame).
        page_shown(str, str): another page is shown: its ref and the view shown (the kiosk's usage counts).
    """

    first_frame = Signal()
    ready = Signal()
    page_shown = Signal(str, str)  # a page's ref and the view beside it, each time another page is shown

    def __init__(self, navigator: Navigator, notice: str = "", theme: Theme = WINDOW_THEME) -> None:
        super().__init__()
        self.navigator = navigator
        pack = navigator.pack
        self.setWindowTitle(pack.info.title)
        self.theme = theme  # what the window and all it makes look like: colours and type scale
        self.diagram = DiagramView(theme)
        self._page: PageView | None = None  # made after the first frame, where the page slot stands until then
        self._searchable = True
        self.search: SearchBox | None = None  # made after the first frame, unless a kiosk turns it off
        self._settings: Settings | None = None  # the clinic's branding, for the toolbar and handouts
        self._printable = True
        self._touch = False  # a kiosk's window: its divider locked, its page without a caret (ui.kiosk.touch)
        self._desk_tools_added = False
        self.handout: HandoutActions | None = None  # made after the first frame, unless a kiosk turns it off
        self._page_slot = PageSlot(theme)
        self.text_zoom = TextZoom(self, self._zoom_text)  # the window's text size (Ctrl+plus, Ctrl+minus, Ctrl+0)
        self.text_zoom.follow(WindowZoom(self, theme).resize)  # the chrome grows with it
        self.split_share = {False: 450, True: 450}  # the diagram's share, per mille: side by side, stacked
        self.view_switch = ViewSwitch(dict(VIEW_TITLES))
        topics = [(topic_ref(topic.id), topic.title) for topic in pack.topics.values()]
        self.toolbar = NavigationBar(pack.info.title, topics, self)
        self.toolbar.set_show_evidence(navigator.show_evidence)
        self.addToolBar(self.toolbar)  # at the top
        self._build_body()
        self.client_check = ClientCheckPlace(
            self.splitter,
            lambda: self.page,
            lambda: self.navigator.pack,
            theme,
            self.diagram.set_checked,
            self.toolbar.set_client_check_open,
        )  # its panel is made on first use
        self.text_zoom.follow(self.client_check.set_zoom)
        self.toolbar.client_check_toggled.connect(self._open_client_check)
        self.toolbar.home_requested.connect(self._close_client_check)
        self.diagram.area_activated.connect(self._point_client_check)
        self.diagram.area_activated.connect(self._open_area)
        self.diagram.view_requested.connect(self._choose_view)  # the head on a body view opens the face
        self.view_switch.view_chosen.connect(self._choose_view)
        self.toolbar.home_requested.connect(self._go_home)
        self.toolbar.back_requested.connect(self._go_back)
        self.toolbar.forward_requested.connect(self._go_forward)
        self.toolbar.topic_chosen.connect(self._open)
        self.toolbar.topic_chosen.connect(self._read_page)  # from the menu to the page, not back to its button
        self.toolbar.show_evidence_changed.connect(self._set_show_evidence)
        self._shown_view = ""
        self._shown_page: Page | None = None
        self._page_scheduled = False
        self._portrait: bool | None = None  # the first resize sets the orientation and the first split
        self.view_split = ViewSplit(self.splitter, self.diagram, self.split_share, lambda: bool(self._portrait))
        self._show(navigator.state())  # the map only: the page view is made after the first frame
        self._page_slot.setFocus()  # a reading position, not a focus ring on the first toolbar button
        if notice:
            self.statusBar().showMessage(notice)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first frame shows the map at once; the page text follows on the next turn of the
        event loop, and every other page is laid out in idle time after that, so clicks only paint."""
        super().paintEvent(event)
        if not self._page_scheduled:
            self._page_scheduled = True
            QTimer.singleShot(0, self, self._show_first_page)

    def _show_first_page(self) -> None:
        self.first_frame.emit()  # first: whatever fails below, what waits for the first frame still runs
        # What the first frame does not need: setting these builds Qt's enums (see ui.lazy_qt).
        self.toolbar.enable_shortcuts()
        self.text_zoom.enable_shortcuts()
        from ui.toolbar_rows import ToolbarRows  # after the first frame, like all it makes

        self.toolbar_rows = ToolbarRows(self, self.toolbar)  # two rows where a large text size needs them
        self.text_zoom.follow(self.toolbar_rows.refit)
        self.diagram.after_first_frame()
        self._add_page_view()
        if self._searchable:
            self._add_search()
        from core.key_list import KeyPlace, key_uses  # after the first frame: its records cost a start ~1 ms

        self.navigator.keys = key_uses(KeyPlace(self._touch, self.search is not None, self.single_key_shortcuts()))
        self._show(self.navigator.state())
        from ui.window_access import WindowAccess  # after the first frame, like all it makes

        self.access = WindowAccess(self)  # regions as buttons, pages announced, F6, keyboard toolbar
        QTimer.singleShot(0, self, self._add_desk_tools)  # after the first page: nothing on it needs them
        self.ready.emit()
        QTimer.singleShot(PREPARE_AFTER_MS, self, self.prepare_pages)  # cancelled if the window goes

    def set_searchable(self, searchable: bool) -> None:
        """Whether the toolbar offers search (a kiosk with no keyboard does not); before the first frame."""
        self._searchable = searchable

    def set_branding(self, settings: Settings) -> None:
        """The site's settings: the clinic's name, logo and phone (toolbar and handouts) and whether `/` searches;
        before the first frame."""
        self._settings = settings

    def single_key_shortcuts(self) -> bool:
        """Whether one-key shortcuts (`/`, H) are on: the site's `single_key_shortcuts` setting."""
        from core.settings import DEFAULTS

        return (self._settings or DEFAULTS).single_key_shortcuts

    def set_touch(self) -> None:
        """A kiosk's window, for fingers (ui.kiosk.touch): the start page lists only the keys that work there."""
        self._touch = True

    def set_printable(self, printable: bool) -> None:
        """Whether the toolbar offers handouts (a kiosk has no printer); before the first frame."""
        self._printable = printable

    def _add_desk_tools(self) -> None:
        """The handout's button and the clinic's branding in the toolbar, a turn after the first page."""
        from ui.desk_tools import desk_tools

        self.handout, branding = desk_tools(self.navigator.pack, self._settings, self._printable, self)
        if self.handout is not None:
            self.handout.message.connect(self.statusBar().showMessage)
            self.handout.set_page(self.navigator.state().page.ref)
        self.toolbar.add_desk_tools(self.handout.button(self.toolbar) if self.handout else None, branding)
        self.toolbar_rows.refit_now()
        self._desk_tools_added = True

    def has_desk_tools(self) -> bool:
        """Whether the handout's button and the clinic's branding are made yet (a turn after `ready`)."""
        return self._desk_tools_added

    def set_client_check_offered(self, offered: bool) -> None:
        """Whether the toolbar offers "Check a client" (a kiosk does not: it is the front desk's tool)."""
        self.toolbar.client_check_action.setVisible(offered)

    def _add_search(self) -> None:
        """The search box, after the first frame: its index is built on the first keystroke."""
        from core.search import build_index
        from core.settings import DEFAULTS
        from ui.search_box import SearchBox
        from ui.search_keys import SearchKeys

        box = self.search = SearchBox(lambda: build_index(self.navigator.pack), self.theme, self)
        box.chosen.connect(self._open)
        box.areas_found.connect(self.diagram.set_found)
        box.closed.connect(self.page.setFocus)
        self.toolbar.add_search(box)
        self.text_zoom.follow(box.set_zoom)
        self.search_keys = SearchKeys(self, box.field, single_key=(self._settings or DEFAULTS).single_key_shortcuts)

    def _add_page_view(self) -> None:
        from ui.page_view import PageView  # after the first frame: see ui.page_slot

        page = self._page = PageView(self.text_zoom.theme(self.theme))
        page.link_activated.connect(self._open)
        page.external_link_refused.connect(self._refuse_external)
        page.zoom_requested.connect(self.text_zoom.step)
        self.splitter.replaceWidget(1, page)
        self.splitter.setStretchFactor(1, 6)
        page.setFocus()
        self._page_slot.deleteLater()

    @property
    def page(self) -> PageView:
        """The page view. It is made right after the first frame (see ui.page_slot), before `ready`: everything
        outside this window that reads it runs after `ready`."""
        if self._page is None:
            raise RuntimeError("the page view is made after the first frame; wait for MainWindow.ready")
        return self._page

    def has_page(self) -> bool:
        """Whether the page view is made yet (it is by the time `ready` is emitted)."""
        return self._page is not None

    def prepare_pages(self) -> None:
        """Lay out the pages likely to be opened next, one per idle turn of the event loop."""
        if self._page is None:
            return  # the first page is not shown yet; it prepares them when it is
        self._page.prepare(self.navigator.likely_pages())

    # -- building -----------------------------------------------------------------------------

    def _build_body(self) -> None:
        map_panel = QWidget()
        map_panel.setObjectName("map-panel")
        layout = QVBoxLayout(map_panel)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.setSpacing(8)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.view_switch)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addWidget(self.diagram, 1)
        self.splitter = QSplitter()  # side by side; resizeEvent stacks it in portrait
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(map_panel)
        self.splitter.addWidget(self._page_slot)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.setCentralWidget(self.splitter)

    # -- showing state ------------------------------------------------------------------------

    def _show(self, state: State) -> None:
        if state.view != self._shown_view:
            pack = self.navigator.pack
            areas = pack.areas_in(state.view)
            self.diagram.set_diagram(
                pack.diagrams[state.view],
                {area.id: area.title for area in areas},
                frozenset(area.id for area in areas if area.caution_mark),
                {area.id: tuple(z.zone for z in area.no_go) for area in areas},
            )
            self._shown_view = state.view
            self.view_split.apply()  # a body's tall figure gets a narrower panel; the face the reader's split
        self.view_switch.set_view(state.view)
        self.diagram.set_selected(state.selected)
        if self._page is not None and state.page != self._shown_page:
            self._page.show_page(state.page)
            self._shown_page = state.page
            self.page_shown.emit(state.page.ref, state.view)
        self.toolbar.set_history(state.can_go_back, state.can_go_forward)
        if self.handout is not None:
            self.handout.set_page(state.page.ref)

    # -- handlers: each delegates to the navigator --------------------------------------------

    def _open_area(self, area_id: str) -> None:
        self._show(self.navigator.open(area_ref(area_id)))

    def _open(self, ref: str) -> None:
        self._show(self.navigator.open(ref))

    def _read_page(self) -> None:
        if self._page is not None:  # once the menu has closed and handed the focus back
            QTimer.singleShot(0, self._page, self._page.setFocus)

    def _go_home(self) -> None:
        self._show(self.navigator.home())

    def _go_back(self) -> None:
        self._show(self.navigator.back())

    def _go_forward(self) -> None:
        self._show(self.navigator.forward())

    def _choose_view(self, view: str) -> None:
        self._show(self.navigator.choose_view(view))

    def show_view(self, view: str) -> None:
        """Show another diagram (the kiosk's attract loop walks them all)."""
        self._choose_view(view)

    def _set_show_evidence(self, show: bool) -> None:
        self._show(self.navigator.set_show_evidence(show))
        self.prepare_pages()

    def _zoom_text(self) -> None:
        if self._page is not None:
            self._page.set_theme(self.text_zoom.theme(self.theme))
            self.prepare_pages()

    def _open_client_check(self, shown: bool) -> None:
        self.client_check.set_open(shown)

    def _close_client_check(self) -> None:
        self.client_check.close()

    def _point_client_check(self, area_id: str) -> None:
        self.client_check.point_at(area_id)

    def start_over(self) -> None:
        """A fresh start for the next visitor: first page and view, no history, the evidence setting as it
        began, nothing open, selected, hovered or scrolled, and the panels at their first sizes."""
        for _ in range(8):  # a menu may have opened a submenu
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        QToolTip.hideText()
        self.client_check.close()  # forgets every tick: nothing of one client is left for the next
        state = self.navigator.reset()
        self.toolbar.set_show_evidence(self.navigator.show_evidence)
        self.diagram.forget_pointer()
        self.text_zoom.reset()
        if self.search is not None:
            self.search.clear()
        self._shown_page = None  # shows the page again even when it is the same one: back to its top
        self._show(state)
        self.statusBar().clearMessage()
        self._split_evenly()
        if self._page is not None:  # before the first frame there is none yet; it takes focus when made
            self._page.setFocus()

    def _refuse_external(self, url: str) -> None:
        self.statusBar().showMessage(f"This app works offline and does not open web addresses: {url}", 8000)

    def createPopupMenu(self) -> None:
        """No right-click menu to hide the toolbar: a reference has nothing to rearrange."""
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Landscape puts diagram and page side by side; portrait stacks them."""
        super().resizeEvent(event)
        portrait = event.size().height() > event.size().width()
        if portrait != self._portrait:
            if portrait or self._portrait is not None:  # the splitter starts side by side
                self.splitter.setOrientation(Qt.Orientation.Vertical if portrait else Qt.Orientation.Horizontal)
            self._portrait = portrait
            self._split_evenly()

    def _split_evenly(self) -> None:
        total = sum(self.splitter.sizes()) or 1000
        first = total * self.split_share[bool(self._portrait)] // 1000
        # Every pane beside the map (the page, the client check) the rest: only the shown one takes room.
        self.splitter.setSizes([first] + [total - first] * (self.splitter.count() - 1))
        self.view_split.apply()
