"""The safety callout's box, drawn under the page's text: a warm background inside a border in the warning
colour, around the blocks ui.page_document marks as the callout (they make room for it themselves)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QTextBlock, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from ui.page_document import CALLOUT_BORDER, CALLOUT_MARGIN_BOTTOM, CALLOUT_MARGIN_TOP, CALLOUT_PROPERTY
from ui.theme import Colours


def callout_runs(document: QTextDocument) -> list[tuple[QTextBlock, QTextBlock]]:
    """The first and last block of each callout in `document`."""
    runs: list[tuple[QTextBlock, QTextBlock]] = []
    block = document.begin()
    first: QTextBlock | None = None
    while block.isValid():
        if block.blockFormat().boolProperty(CALLOUT_PROPERTY):
            if first is None:
                first = block
            if not block.next().isValid() or not block.next().blockFormat().boolProperty(CALLOUT_PROPERTY):
                runs.append((first, block))
                first = None
        block = block.next()
    return runs


def callout_rects(document: QTextDocument) -> list[QRectF]:
    """Each callout's box, border included, in the document's coordinates."""
    layout = document.documentLayout()
    margin = document.documentMargin()
    width = document.textWidth() if document.textWidth() > 0 else layout.documentSize().width()
    rects = []
    for first, last in callout_runs(document):
        top = layout.blockBoundingRect(first).top() - (first.blockFormat().topMargin() - CALLOUT_MARGIN_TOP)
        after = last.next()
        kept = last.blockFormat().bottomMargin() - CALLOUT_MARGIN_BOTTOM  # inside the box: the block's own, the inset
        if after.isValid():  # where the last block ends: Qt collapses the margins between two blocks to the larger
            between = max(last.blockFormat().bottomMargin(), after.blockFormat().topMargin())
            bottom = layout.blockBoundingRect(after).top() - between + kept
        else:
            bottom = layout.blockBoundingRect(last).bottom() + kept
        rects.append(QRectF(margin, top, width - 2 * margin, bottom - top))
    return rects


class CalloutBoxes:
    """Draws a text view's callout boxes under its text. The boxes are found once per document and width (a
    paint only draws them), and the view's viewport is fetched once: the first fetch costs PySide6 its every
    widget class (bench/startup_parts.py), so a page without a callout never fetches it, and `warm()` fetches it
    in an idle moment."""

    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self._viewport: QWidget | None = None
        self._key: tuple[int, int, int] | None = None
        self._rects: list[QRectF] = []

    def rects(self) -> list[QRectF]:
        """The boxes of the document shown, in its own coordinates."""
        document = self._view.document()
        key = (id(document), document.revision(), self._view.lineWrapColumnOrWidth())
        if key != self._key:
            self._key, self._rects = key, callout_rects(document)
        return self._rects

    def warm(self) -> QWidget:
        """The view's viewport, fetched now if it was not yet."""
        if self._viewport is None:
            self._viewport = self._view.viewport()
        return self._viewport

    def paint(self, colours: Colours) -> None:
        """Draw the boxes (on the viewport, before the view draws its text)."""
        rects = self.rects()
        if not rects:
            return
        viewport = self.warm()
        border, background = QColor(colours.warning), QColor(colours.warning_bg)
        bars = self._view
        scrolled = QPointF(bars.horizontalScrollBar().value(), bars.verticalScrollBar().value())
        painter = QPainter(viewport)
        for rect in rects:
            box = rect.translated(-scrolled)
            painter.fillRect(box, border)
            inside = box.adjusted(CALLOUT_BORDER, CALLOUT_BORDER, -CALLOUT_BORDER, -CALLOUT_BORDER)
            painter.fillRect(inside, background)
        painter.end()
