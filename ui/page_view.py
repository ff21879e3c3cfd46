"""The page panel: shows one page's document at a time (ui.page_document writes them), follows no link itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from core.pages import Page
from core.refs import SCHEMES
from ui.lazy_qt import Qt
from ui.theme import WINDOW_THEME, Theme

if TYPE_CHECKING:
    from ui.callout_box import CalloutBoxes

MEASURE_CHARS = 75  # longest comfortable line, in characters
CACHED_PAGES = 80  # every page of the built-in pack, twice over (evidence shown and hidden)


class PageView(QTextBrowser):
    """Shows one page at a time; never follows a link itself.

    Signals:
        link_activated(str): an in-app link (area:ID, topic:ID, home) was clicked.
        external_link_refused(str): a web address was clicked; the app does not open it.
        page_shown(str): a page is shown, with its title (ui.window_access tells assistive technology).
    """

    link_activated = Signal(str)
    external_link_refused = Signal(str)
    page_shown = Signal(str)
    zoom_requested = Signal(int)  # +1 or -1: a notch of the wheel with Ctrl held (ui.text_zoom does the rest)

    def __init__(self, theme: Theme = WINDOW_THEME, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._ref = ""
        self._title = ""
        self._shown: Page | None = None
        self._wheel = 0  # Ctrl+wheel turned so far, toward the next notch (a touchpad sends small steps)
        self._documents: dict[Page, QTextDocument] = {}
        self._pending: list[Page] = []
        self._callouts: CalloutBoxes | None = None  # made with the first paint
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.anchorClicked.connect(self._follow)
        # It fills its whole rectangle, so the window behind it need not repaint.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_page(self, page: Page) -> None:
        """Show `page`, from a document prepared earlier when there is one."""
        self._ref = page.ref
        self._title = page.title
        self._shown = page
        self.setDocument(self._document_for(page))  # the first, built-in document is deleted here
        self._fit_measure()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)
        self.page_shown.emit(page.title)

    def set_theme(self, theme: Theme) -> None:
        """Draw every page in `theme` from now on (a new text size): the page shown is rebuilt at once, at the
        same point of the text; pages prepared earlier are dropped (prepare them again)."""
        self._theme = theme
        if self._shown is None:
            return
        bar = self.verticalScrollBar()
        through = bar.value() / bar.maximum() if bar.maximum() else 0.0
        stale = self._documents
        self._documents = {}
        self._pending = []
        self.show_page(self._shown)
        for document in stale.values():
            document.deleteLater()
        bar.setValue(round(through * bar.maximum()))

    def prepare(self, pages: list[Page]) -> None:
        """Build and lay out these pages in idle moments, one per event-loop turn, so opening them later
        costs no more than a paint."""
        self._pending = [page for page in pages if page not in self._documents]
        if self._callouts is not None:
            self._callouts.warm()  # the first page with a callout then costs no more than a paint either
        self._prepare_next()

    def preparing(self) -> bool:
        return bool(self._pending)

    def _prepare_next(self) -> None:
        if self._pending:
            document = self._document_for(self._pending.pop(0))
            document.setTextWidth(self.lineWrapColumnOrWidth())
            document.documentLayout().documentSize()  # lays it out now, not on first show
            QTimer.singleShot(0, self, self._prepare_next)

    def _document_for(self, page: Page) -> QTextDocument:
        """Each page's document is built detached, so it is laid out once, not once per block."""
        document = self._documents.get(page)
        if document is None:
            if len(self._documents) >= CACHED_PAGES:
                for stale in [d for p, d in self._documents.items() if p.ref != self._ref]:
                    stale.deleteLater()
                self._documents = {p: d for p, d in self._documents.items() if p.ref == self._ref}
            from ui.page_document import build_document  # after the first frame: see that module

            document = QTextDocument(self)
            build_document(page, self._theme, document)
            self._documents[page] = document
        return document

    def current_ref(self) -> str:
        return self._ref

    def current_title(self) -> str:
        return self._title

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in SCHEMES:
            self.link_activated.emit(url.toString())
        else:
            self.external_link_refused.emit(url.toString())

    def _fit_measure(self) -> None:
        """Wrap at the panel's width, but never wider than a comfortable line."""
        characters = QFontMetrics(self.document().defaultFont()).averageCharWidth()  # the page's text size
        measure = characters * MEASURE_CHARS + 2 * self.document().documentMargin()
        # The viewport's width, read without viewport(): fetching that widget from Python makes PySide6 load
        # every widget class it has (11.5 ms in bench/startup_parts.py), and the first page's text would wait.
        scroll_bar = self.verticalScrollBar()
        viewport = self.maximumViewportSize().width() - (scroll_bar.width() if scroll_bar.isVisible() else 0)
        width = int(max(200, min(viewport - 2, measure)))
        if width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel asks for larger or smaller text, a notch (120) at a time; the wheel alone scrolls."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        event.accept()
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= 120:
            notch = 1 if self._wheel > 0 else -1
            self._wheel -= 120 * notch
            self.zoom_requested.emit(notch)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The safety callout's box under the text (ui.callout_box), then the text."""
        if self._callouts is None:
            from ui.callout_box import CalloutBoxes  # with the page's first paint, after the first frame

            self._callouts = CalloutBoxes(self)
        self._callouts.paint(self._theme.colours)
        super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_measure()
