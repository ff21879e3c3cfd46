"""The kiosk for fingers: pages scroll with a swipe and never select text, no context menus anywhere, the
divider stays where it was first put, and the diagram's hit areas are finger-sized (ui.touch_targets)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from ui.kiosk.touch_page import TouchPage
from ui.main_window import MainWindow
from ui.touch_targets import KIOSK_MARGIN


class KioskTouch(QObject):
    """Installed by kiosk mode on its window; `stop()` takes out what it installed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: TouchPage | None = None
        self._first_split: dict[Qt.Orientation, list[float]] = {}
        self._restoring = False
        self._panel: QWidget = window.splitter.widget(0) or QWidget()  # the map panel: its resizes re-split
        window.diagram.set_touch_margin(KIOSK_MARGIN)
        window.set_touch()  # its start page lists no divider keys and no reading line by line
        app = QApplication.instance()
        assert app is not None, "kiosk mode runs inside a QApplication"
        app.installEventFilter(self)
        self._lock(window.splitter)
        if window.has_page():
            self._touch_page()
        else:
            window.ready.connect(self._touch_page)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._panel.removeEventFilter(self)
        for index in range(1, self.window.splitter.count()):
            self.window.splitter.handle(index).setEnabled(True)

    def _touch_page(self) -> None:
        self.page = TouchPage(self.window.page)
        self._remember_split()

    # -- the divider ----------------------------------------------------------------------------

    def _lock(self, splitter: QSplitter) -> None:
        """No visitor can drag the divider (a disabled handle takes no press), and the panels keep their shares."""
        for index in range(1, splitter.count()):
            handle = splitter.handle(index)
            handle.setEnabled(False)
            handle.setCursor(Qt.CursorShape.ArrowCursor)
        self._panel.installEventFilter(self)

    def _remember_split(self) -> None:
        splitter = self.window.splitter
        sizes = self.window.view_split.reader_sizes()  # the face's split, even when a body view is shown
        total = sum(sizes)
        if total > 0 and splitter.orientation() not in self._first_split:
            self._first_split[splitter.orientation()] = [size / total for size in sizes]

    def start_over(self) -> None:
        """After a reset: the page stops gliding (it is back at its top) and the panels get their first split."""
        if self.page is not None:
            self.page.scroller().stop()
        self.restore_split()

    def restore_split(self) -> None:
        """Back to the first split of this orientation, on a body view narrowed to its figure (ui.view_split): a
        reset's, and any resize's, way of keeping the layout."""
        splitter = self.window.splitter
        shares = self._first_split.get(splitter.orientation())
        total = sum(splitter.sizes())
        if shares is None or total <= 0:
            self._remember_split()
            return
        wanted = self.window.view_split.fitted([round(total * share) for share in shares])  # a body's narrower map
        if any(abs(a - b) > 1 for a, b in zip(wanted, splitter.sizes(), strict=False)) and not self._restoring:
            self._restoring = True  # the panel's resizes while the splitter moves are this one's own
            try:
                splitter.setSizes(wanted)
            finally:
                self._restoring = False

    def first_split(self) -> list[float]:
        return list(self._first_split.get(self.window.splitter.orientation(), []))

    # -- events -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            event.accept()
            return True  # no Copy / Select All, no toolbar menu: nothing of the desktop for a visitor
        if kind == QEvent.Type.Resize and watched is self._panel:
            self.restore_split()
        return False
