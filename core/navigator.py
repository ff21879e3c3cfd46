"""Where the reader is: the page shown, the diagram view, the selected area, the history.

The main window asks the navigator what to show and shows it; it decides nothing itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from core.history import History
from core.pages import Page, page_for
from core.recent_pages import known, remembered
from core.records import VIEWS, Pack
from core.refs import HOME, area_of, area_ref, names_page, topic_ref

if TYPE_CHECKING:
    from core.key_list import KeyUse


class State(NamedTuple):
    """Everything the window shows: page, view, selection, history buttons."""

    page: Page
    view: str
    selected: str
    can_go_back: bool
    can_go_forward: bool


class Navigator:
    """Pure navigation logic over one content pack."""

    def __init__(
        self, pack: Pack, *, show_evidence: bool = True, recent: tuple[str, ...] | None = None, view: str = ""
    ) -> None:
        """`recent`: the pages opened last, newest first, which the home page offers again and every open
        adds to; None keeps none (a kiosk: each visitor starts fresh). `view`: the diagram to start on, when it
        is one (a desk window's last; set here, no page is worked out for it)."""
        self.pack = pack
        self.recent = None if recent is None else known(recent, self._names_page)
        self.show_evidence = show_evidence
        self._evidence_default = show_evidence
        self.history = History(HOME)
        self.view = view if view in VIEWS else VIEWS[0]
        self._pages: dict[tuple[str, bool], Page] = {}  # area and topic pages, by reference and evidence setting
        self.keys: tuple[KeyUse, ...] = ()  # the keys the home page lists (core.key_list): the window's to say

    def _selected(self) -> str:
        area = area_of(self.history.current)
        return area if area in self.pack.areas else ""

    def _page(self, ref: str) -> Page:
        """The page `ref` names. An area's or a topic's page depends on nothing but the pack and the evidence
        setting, so each is made once: a click shows it without building it again. Home lists the recent pages."""
        if not self._names_page(ref):
            return page_for(self.pack, ref, show_evidence=self.show_evidence, recent=self.recent or (), keys=self.keys)
        key = (ref, self.show_evidence)
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = page_for(self.pack, ref, show_evidence=self.show_evidence)
        return page

    def _names_page(self, ref: str) -> bool:
        return names_page(ref, self.pack.areas, self.pack.topics)

    def state(self) -> State:
        page = self._page(self.history.current)
        return State(page, self.view, self._selected(), self.history.can_go_back(), self.history.can_go_forward())

    def _arrive(self) -> State:
        """After moving in history, show the diagram that holds the selected area."""
        if self._selected():
            self.view = self.pack.areas[self._selected()].view
        return self.state()

    def open(self, ref: str) -> State:
        named = self._names_page(ref)
        self.history.visit(ref if named else HOME)
        if named and self.recent is not None:
            self.recent = remembered(self.recent, ref)
        return self._arrive()

    def home(self) -> State:
        return self.open(HOME)

    def back(self) -> State:
        self.history.back()
        return self._arrive()

    def forward(self) -> State:
        self.history.forward()
        return self._arrive()

    def likely_pages(self) -> list[Page]:
        """Every area page, then every topic page: what a reader may open next."""
        refs = [area_ref(a) for a in self.pack.areas] + [topic_ref(t) for t in self.pack.topics]
        return [self._page(ref) for ref in refs]

    def choose_view(self, view: str) -> State:
        if view in VIEWS:
            self.view = view
        return self.state()

    def set_show_evidence(self, show: bool) -> State:
        self.show_evidence = show
        return self.state()

    def reset(self) -> State:
        """A fresh start: first page and view, no history, the evidence setting as it began."""
        self.history.reset()
        self.view = VIEWS[0]
        self.show_evidence = self._evidence_default
        return self.state()
