"""Where the divider stands for the view shown: the reader's own split on the face; on a body view, side by side, a
map panel just wide enough for the tall figure to fill its height, the rest going to the page; stacked (portrait),
a taller map panel, so the figure is drawn larger in the screen's width, up to a little more than half the height."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QObject
from PySide6.QtWidgets import QSplitter, QWidget

from core.window_memory import share
from ui.diagram_view import DiagramView

TALL = 0.6  # a figure narrower than this (width / height) gets a panel of its own: bodies (0.46), not the face (0.75)
STACKED_FILL = 0.45  # stacked, a tall figure's panel grows until the figure is this share of its width ...
STACKED_MOST = 0.58  # ... or the panel this share of the height, whichever comes first (the page keeps 0.42)


class ViewSplit(QObject):
    """Narrows the map panel on a tall figure and puts the reader's split back on the others.

    `shares` is the window's split_share (the map's share per mille, side by side and stacked): the reader's split,
    kept up to date here when a tall figure narrows the panel; `portrait()` says whether the panels are stacked."""

    def __init__(
        self, splitter: QSplitter, diagram: DiagramView, shares: dict[bool, int], portrait: Callable[[], bool]
    ) -> None:
        super().__init__(diagram)
        self._splitter = splitter
        self._diagram = diagram
        self._shares = shares
        self._portrait = portrait
        self._narrow = False  # whether the panel is narrowed now (the reader's split is then in `shares`)
        self._height = -1
        self._applying = False
        self._dragged = False  # the reader took the divider on this view: theirs to keep until the view changes
        self._handle = splitter.handle(1)
        self._handle.installEventFilter(self)
        diagram.installEventFilter(self)

    def narrowing(self) -> bool:
        """Whether the view shown gets a map panel of its own size rather than the reader's split."""
        return 0 < self._diagram.aspect() < TALL

    def panel_width(self) -> int:
        """The map panel's width that lets the figure fill the diagram's height (never below the panel's minimum)."""
        panel = self._splitter.widget(0) or self._diagram
        layout = panel.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        chrome = margins.left() + margins.right()  # the panel's own margins around the diagram
        return max(panel.minimumSizeHint().width(), chrome + self._diagram.width_for_height())

    def panel_height(self, total: int) -> int:
        """Stacked: the map panel's height at which the figure is STACKED_FILL of its width (at most STACKED_MOST of
        `total`, the splitter's height)."""
        panel = self._splitter.widget(0) or self._diagram
        layout = panel.layout()
        chrome = 0  # the panel's own margins, the view switch and the space between them
        if layout is not None:
            margins = layout.contentsMargins()
            switch = layout.itemAt(0)
            chrome = margins.top() + margins.bottom() + layout.spacing() + (switch.sizeHint().height() if switch else 0)
        wanted = chrome + self._diagram.height_for_figure_width(STACKED_FILL * panel.width())
        return min(wanted, round(STACKED_MOST * total))

    def reader_sizes(self) -> list[int]:
        """The splitter's sizes as the reader has them on the face: what a reset, a restart and the face restore."""
        sizes = self._splitter.sizes()
        if not self._narrow or not sizes:
            return sizes
        total = sum(sizes)
        first = total * self._shares[self._portrait()] // 1000
        return [first] + [total - first if size else 0 for size in sizes[1:]]

    def fitted(self, sizes: list[int]) -> list[int]:
        """`sizes` fitted to a tall figure (unchanged for another): side by side the map panel narrowed to it, stacked
        made taller for it; the other pane shown gets, or gives, the difference."""
        if not sizes or not self.narrowing():
            return sizes
        stacked = self._portrait()
        first = max(sizes[0], self.panel_height(sum(sizes))) if stacked else min(sizes[0], self.panel_width())
        given = sizes[0] - first
        return [first] + [size + given if size else 0 for size in sizes[1:]]

    def apply(self) -> None:
        """Fit the map panel to the view now shown (after a view change, a resize or a new split)."""
        self._dragged = False
        narrow = self.narrowing()
        sizes = self._splitter.sizes()
        if sum(sizes) <= 0:
            return
        if narrow and not self._narrow:  # the split the reader left on the face, to put back there
            self._shares[self._portrait()] = share(sizes[0], sum(sizes[1:])) or self._shares[self._portrait()]
        reader = self.reader_sizes()
        self._narrow = narrow
        wanted = self.fitted(reader)
        if any(abs(a - b) > 1 for a, b in zip(wanted, sizes, strict=False)) and not self._applying:
            self._applying = True  # the resizes this causes are its own
            try:
                self._splitter.setSizes(wanted)
            finally:
                self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._handle:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._dragged = True
            return False
        # A new height fits the figure again (a new width alone is the reader's drag side by side), unless the reader
        # took the divider on this view.
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget) and watched.height() != self._height:
            self._height = watched.height()
            if self.narrowing() and not self._dragged:
                self.apply()
        return False
