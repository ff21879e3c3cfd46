"""The search field and its results: results as you type, best first, each with its kind, title and a
one-line snippet with the matched words in bold; arrow keys move, Enter or a click opens, Escape clears.

It shows what core.search finds and says what the reader chose; it decides nothing itself."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from core.refs import area_of
from core.search import Index, Result, search

if TYPE_CHECKING:
    from ui.theme import Theme

MAX_SHOWN = 8
RESULTS_WIDTH = 560
FIELD_WIDTH = 230  # pixels: the placeholder whole
PLACEHOLDER = "Search: cellulite, jowls…"
SHORT_PLACEHOLDER = "Search…"  # where the field is too narrow for the examples
FIELD_LEAST = 140  # pixels: where the toolbar has less room (a 1080-pixel portrait screen)


def result_html(result: Result, marks_colour: str) -> str:
    """A result as two lines of rich text: kind and title, then the snippet with the matched words bold."""
    pieces, at = [], 0
    for start, end in result.marks:
        pieces.append(escape(result.snippet[at:start]))
        pieces.append(f"<b style='color:{marks_colour}'>{escape(result.snippet[start:end])}</b>")
        at = end
    pieces.append(escape(result.snippet[at:]))
    kind = f"<span style='font-size:small'>{escape(result.kind)}</span>"
    return f"{kind} · <b>{escape(result.title)}</b><br>{''.join(pieces)}"


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
        self._results: list[Result] = []
        self._rows: list[tuple[QListWidgetItem, QLabel]] = []  # made as first needed, then kept
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
        self.results = QListWidget(self.window() if parent is not None else None)
        self.results.setObjectName("search-results")
        self.results.setAccessibleName("Search results")
        self.results.setFrameShape(QFrame.Shape.StyledPanel)
        self.results.setStyleSheet(
            f"QListWidget#search-results {{ background: {theme.colours.panel}; }}"
            f"QListWidget#search-results::item:selected {{ background: {theme.colours.pressed}; }}"
        )
        self.results.setHorizontalScrollBarPolicy(self.results.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.results.itemActivated.connect(lambda item: self._open(self.results.row(item)))
        self.results.itemClicked.connect(lambda item: self._open(self.results.row(item)))
        self.results.hide()

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

    def _update(self, text: str) -> None:
        if self._index is None and callable(self._index_source):
            self._index = self._index_source()
        found = search(self._index, text, MAX_SHOWN) if text.strip() and self._index else []
        if found != self._results:  # a letter more often finds the same: nothing to lay out again
            self._results = found
            self._show_rows()
        if self._results:
            self.results.setCurrentRow(0)
            self._place()
            self.results.show()
            self.results.raise_()
        else:
            self.results.hide()
        self.areas_found.emit([area for area in map(area_of, (r.ref for r in self._results)) if area])

    def _show_rows(self) -> None:
        """One row per result; the rows are made once and kept, so a keystroke only sets their text."""
        for row, result in enumerate(self._results):
            item, label = self._row(row)
            html = result_html(result, self._theme.colours.accent_dark)
            if label.text() != html:  # a row that shows the same result is not laid out again
                label.setText(html)
                label.setAccessibleName(f"{result.kind}: {result.title}. {result.snippet}")
                item.setSizeHint(label.sizeHint())
            item.setHidden(False)
        for item, _ in self._rows[len(self._results) :]:
            item.setHidden(True)

    def _row(self, row: int) -> tuple[QListWidgetItem, QLabel]:
        while len(self._rows) <= row:
            item = QListWidgetItem(self.results)
            label = QLabel(self.results)
            label.setContentsMargins(10, 6, 10, 6)
            label.setWordWrap(True)
            label.setFixedWidth(RESULTS_WIDTH - 24)
            self.results.setItemWidget(item, label)
            self._rows.append((item, label))
        return self._rows[row]

    def _place(self) -> None:
        """Under the field, as wide as a comfortable line, inside the window."""
        window = self.results.parentWidget()
        if window is None:
            return
        top_left = self.field.mapTo(window, self.field.rect().bottomLeft())
        width = RESULTS_WIDTH
        height = sum(item.sizeHint().height() for item, _ in self._rows[: len(self._results)]) + 8
        left = min(top_left.x(), window.width() - width - 8)
        self.results.setGeometry(
            max(8, left), top_left.y() + 4, width, min(height, window.height() - top_left.y() - 16)
        )

    def _open_current(self) -> None:
        self._open(max(0, self.results.currentRow()))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._results):
            ref = self._results[row].ref
            self.clear()
            self.chosen.emit(ref)
            self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move through the results while typing; Escape clears and gives focus back."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from ui.lazy_qt import Qt

            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._results:
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(max(0, min(len(self._results) - 1, self.results.currentRow() + step)))
                return True
            if key == Qt.Key.Key_Escape:
                self.clear()
                self.closed.emit()
                return True
        return False
