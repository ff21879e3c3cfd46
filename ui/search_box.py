"""The search field and its results: results as you type, best first, each with its kind, title and a
one-line snippet with the matched words marked (ui.search_row); arrow keys move, Enter or a click opens, Escape
clears.

It shows what core.search finds and says what the reader chose; it decides nothing itself. One results list
(ui.search_results) is kept for the box's life: a keystroke changes its rows' data, never its widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from core.refs import area_of
from core.search import Index, Result, load_fuzzy, prepare_snippets, search
from ui.search_results import SearchResults

if TYPE_CHECKING:
    from ui.theme import Theme

MAX_SHOWN = 8
RESULTS_EMS = 36  # the results' width in body-text sizes: about 70 letters of snippet, at any type scale
FIELD_WIDTH = 230  # pixels: the placeholder whole
PLACEHOLDER = "Search: cellulite, jowls…"
SHORT_PLACEHOLDER = "Search…"  # where the field is too narrow for the examples
FIELD_LEAST = 140  # pixels: where the toolbar has less room (a 1080-pixel portrait screen)


def field_style(theme: Theme) -> str:
    """The field as tall as the toolbar's buttons (48 px and more in a kiosk, for a finger), its text theirs."""
    c, scale = theme.colours, theme.scale
    return (
        f"QLineEdit#search-field {{ color: {c.text}; background: {c.panel}; border: 1px solid {c.border};"
        f" border-radius: 8px; padding: {scale.pad}px 10px; min-height: {scale.control}px;"
        f" font-size: {scale.chrome or scale.body}px; }}"
        f"QLineEdit#search-field:focus {{ border: 2px solid {c.link}; }}"
    )


class SearchBox(QWidget):
    """A line to type in, and below it the list of what it finds.

    Signals:
        chosen(str): the reader opened a result (its page reference).
        areas_found(list): the area ids among the results, for the diagram to light ([] when cleared).
        closed(): Escape, or a result opened: focus may go back where it was.
    """

    chosen = Signal(str)
    areas_found = Signal(list)
    closed = Signal()

    def __init__(self, index: Index | Callable[[], Index], theme: Theme, parent: QWidget | None = None) -> None:
        """`index`, or what builds it on the first keystroke (a start needs none)."""
        super().__init__(parent)
        self._index_source = index
        self._index: Index | None = index if isinstance(index, Index) else None
        self._theme = theme
        self._look = theme  # at the reader's text size (set_zoom)
        self._results: list[Result] = []
        self._warm = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setObjectName("search-field")
        self.field.setPlaceholderText(PLACEHOLDER)
        self.setMinimumWidth(FIELD_LEAST)  # and FIELD_WIDTH wide where the toolbar has room (sizeHint)
        self.field.setAccessibleName("Search the atlas")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._update)
        self.field.returnPressed.connect(self._open_current)
        self.field.installEventFilter(self)
        self.field.setStyleSheet(field_style(theme))
        layout.addWidget(self.field)
        self.results = SearchResults(theme, self.window() if parent is not None else None)
        self.results.opened.connect(self._open)
        self.results.hide()

    def set_zoom(self, percent: int) -> None:
        """The field's text and the results' rows at the reader's text size (a ui.text_zoom follower)."""
        from ui.text_zoom import zoomed

        self._look = zoomed(self._theme, percent)
        self.field.setStyleSheet(field_style(self._look))
        self.results.set_theme(self._look)
        if self.results.isVisible():
            self._place()

    def sizeHint(self) -> QSize:
        """FIELD_WIDTH wide: the toolbar narrows it down to the minimum width where it has no more room."""
        return super().sizeHint().expandedTo(QSize(FIELD_WIDTH, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The examples in the empty field where they fit whole, or just "Search…"."""
        room = self.field.width() - 28  # its padding, border and inner margins
        fits = self.field.fontMetrics().horizontalAdvance(PLACEHOLDER) <= room
        self.field.setPlaceholderText(PLACEHOLDER if fits else SHORT_PLACEHOLDER)
        super().resizeEvent(event)

    def results_shown(self) -> list[Result]:
        return list(self._results)

    def show_query(self, text: str) -> None:
        """`text` in the field, with its results, as if typed there: on the next turn of the event loop, once
        the toolbar has placed the field (the results open under it)."""
        self.field.setFocus()
        QTimer.singleShot(0, self, lambda: self.field.setText(text))

    def clear(self) -> None:
        """Empty the field and hide the results: nothing searched is kept."""
        self.field.clear()

    def prepared(self) -> bool:
        """Whether the index is built and the fuzzy matcher, snippets and glyphs made ready: no keystroke waits."""
        return self._index is not None and self._warm

    def _prepare(self) -> None:
        """The index, then on a later turn the fuzzy matcher, the snippets' words and the rows' glyphs: each
        10-40 ms, done as the field gets focus (the reader has yet to type) rather than at the first keystroke,
        the first typo or the first results."""
        if self._index is None and callable(self._index_source):
            self._index = self._index_source()
            QTimer.singleShot(0, self, self._prepare)
        elif self._index is not None and not self._warm:
            load_fuzzy()
            prepare_snippets(self._index)
            self.results.prepare(self._index.entries[0].title if self._index.entries else "")
            self._warm = True

    def _update(self, text: str) -> None:
        if self._index is None and callable(self._index_source):
            self._index = self._index_source()
        found = search(self._index, text, MAX_SHOWN) if text.strip() and self._index else []
        if found != self._results:  # a letter more often finds the same: nothing to draw again
            self._results = found
            self.results.show_results(found)
        if self._results:
            self._place()
            self.results.show()
            self.results.raise_()
        else:
            self.results.hide()
        self.areas_found.emit([area for area in map(area_of, (r.ref for r in self._results)) if area])

    def _place(self) -> None:
        """Under the field, as wide as a comfortable line (wider for a kiosk's larger text), inside the window."""
        window = self.results.parentWidget()
        if window is None:
            return
        top_left = self.field.mapTo(window, self.field.rect().bottomLeft())
        width = min(RESULTS_EMS * self._look.scale.body, window.width() - 16)
        height = self.results.rows_height()
        left = min(top_left.x(), window.width() - width - 8)
        self.results.setGeometry(
            max(8, left), top_left.y() + 4, width, min(height, window.height() - top_left.y() - 16)
        )

    def _open_current(self) -> None:
        self._open(max(0, self.results.current_row()))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._results):
            ref = self._results[row].ref
            self.clear()
            self.chosen.emit(ref)
            self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move through the results while typing; Escape clears and gives focus back. Focus coming
        in prepares the search, on the next turn (the field shows its caret first)."""
        if watched is self.field and event.type() == QEvent.Type.FocusIn and not self.prepared():
            QTimer.singleShot(0, self, self._prepare)
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from ui.lazy_qt import Qt

            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._results:
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.set_current_row(max(0, min(len(self._results) - 1, self.results.current_row() + step)))
                return True
            if key == Qt.Key.Key_Escape:
                self.clear()
                self.closed.emit()
                return True
        return False
