"""The safety callout's box, drawn under the page's text: a warm background inside a border in the warning
colour, around the blocks ui.page_document marks as the callout (they make room for it themselves)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QTextBlock, QTextDocument

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


def paint_callouts(painter: QPainter, document: QTextDocument, colours: Colours, scrolled: QPointF) -> None:
    """Draw each callout's box, for a view scrolled by `scrolled`."""
    border, background = QColor(colours.warning), QColor(colours.warning_bg)
    for rect in callout_rects(document):
        box = rect.translated(-scrolled)
        painter.fillRect(box, border)
        painter.fillRect(box.adjusted(CALLOUT_BORDER, CALLOUT_BORDER, -CALLOUT_BORDER, -CALLOUT_BORDER), background)
