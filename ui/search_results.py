"""The list of search results under the field: one view and one model, kept between keystrokes, each row drawn
by ui.search_row; a screen reader reads each row as "Area: Neck — snippet".

Made after the first frame (with the search box), so Qt's enums are free to use here."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from core.search import Result
from ui.search_row import ResultRow
from ui.theme import Theme

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TOOL_TIP = Qt.ItemDataRole.ToolTipRole
SIDE, TOP, BOTTOM, PAD = (
    1,
    1,
    2,
    4,
)  # px: the list's border at its sides, above and below, and its padding above and below the rows


def spoken(result: Result) -> str:
    """What a screen reader says for a result: its kind, title and snippet."""
    return f"{result.kind}: {result.title} — {result.snippet}"


class ResultsModel(QAbstractListModel):
    """The results shown, one row each."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._results: list[Result] = []

    def set_results(self, results: list[Result]) -> None:
        if len(results) == len(self._results):  # same rows, new text: the view keeps its layout
            self._results = list(results)
            if results:
                self.dataChanged.emit(self.index(0), self.index(len(results) - 1))
            return
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result_at(self, row: int) -> Result | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._results)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        result = self.result_at(index.row())
        if result is None:
            return None
        if role in (_ACCESSIBLE, _TOOL_TIP):
            return spoken(result)
        if role == _DISPLAY:
            return f"{result.kind}: {result.title}"
        return None


class SearchResults(QListView):
    """The results, drawn row by row; the row under the pointer shows it, and a click opens it.

    Signals:
        opened(int): a row was clicked or activated (its number).
    """

    opened = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("search-results")
        self.setAccessibleName("Search results")
        # Its frame drawn here (see event), not by a style sheet: it then paints every pixel of itself, so Qt
        # need not paint the page and diagram beneath it each time it shows or changes.
        self._border, self._ground = QColor(theme.colours.border), QColor(theme.colours.panel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportMargins(SIDE, TOP + PAD, SIDE, BOTTOM + PAD)
        palette = self.viewport().palette()
        palette.setColor(QPalette.ColorRole.Base, self._ground)
        self.viewport().setPalette(palette)
        self.viewport().setAutoFillBackground(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)  # every row as tall: no row is measured to lay the list out
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._model = ResultsModel(self)
        self.setModel(self._model)
        self._row = ResultRow(theme, self._model.result_at, self)
        self.setItemDelegate(self._row)
        self.clicked.connect(lambda index: self.opened.emit(index.row()))
        self.activated.connect(lambda index: self.opened.emit(index.row()))

    def showEvent(self, event: QShowEvent) -> None:
        """Opaque: said here, after the application style sheet's polish (which clears it)."""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        """The frame: a border line around (thicker below, like a card's edge) and the panel colour inside it."""
        if event.type() == QEvent.Type.Paint:
            painter = QPainter(self)
            painter.fillRect(self.rect(), self._border)
            painter.fillRect(self.rect().adjusted(SIDE, TOP, -SIDE, -BOTTOM), self._ground)
            painter.end()
        return super().event(event)

    def set_theme(self, theme: Theme) -> None:
        """Rows at `theme`'s type sizes (the reader's text size): every row as tall as its larger text needs."""
        self._row.set_theme(theme, self.font())
        current = self.currentIndex()
        self._model.beginResetModel()  # the rows' one size is measured again (uniform sizes keep the first)
        self._model.endResetModel()
        if current.isValid():
            self.setCurrentIndex(self._model.index(current.row()))

    def show_results(self, results: list[Result]) -> None:
        """These results in place of the last ones, the first one current."""
        self._model.set_results(results)
        if results:
            self.setCurrentIndex(self._model.index(0))

    def prepare(self, sample: str) -> None:
        """Lay out and draw a row of `sample` (and every letter, in each font) off screen once, so the first
        results find their fonts ready."""
        letters = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,:;'()…"
        text = f"{letters} {sample} {letters}"  # the first letters marked, the rest plain
        self._row.prepare(Result("", "Safety note", f"{sample} {text}", text, ((0, len(letters)),), 0.0))

    def count(self) -> int:
        return self._model.rowCount()

    def current_row(self) -> int:
        return self.currentIndex().row()

    def set_current_row(self, row: int) -> None:
        """Make `row` the chosen one; with the keyboard still in the field, a screen reader is told of it as the
        focused row (as a combo box's list does), since Qt tells only of rows in a list that has focus."""
        self.setCurrentIndex(self._model.index(row))
        if not self.hasFocus() and QAccessible.isActive():
            event = QAccessibleEvent(self, QAccessible.Event.Focus)
            event.setChild(row)
            QAccessible.updateAccessibility(event)

    def rows_height(self) -> int:
        """The height that shows every row, its frame included."""
        return self.count() * self._row.row_height() + TOP + BOTTOM + 2 * PAD
