"""The mark on the heading the heading keys went to: an outline around its text, for a sighted keyboard user.

A child of the page's viewport over the heading's lines as drawn, painting only its outline and letting every
click through; it follows the text as the page scrolls or wraps anew."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from ui.lazy_qt import Qt

MARK_WIDTH = 2
PADDING = (8, 3)  # around the heading's text: across, down


class HeadingMark(QWidget):
    """Shown by `show_at(position)` on the heading block holding `position`, put away by `hide()`."""

    def __init__(self, view: QTextEdit, colour: str) -> None:
        super().__init__(view.viewport())
        self._view = view
        self._colour = QColor(colour)
        self._position = -1
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        view.verticalScrollBar().valueChanged.connect(self._place)
        view.viewport().installEventFilter(self)
        self.hide()

    def show_at(self, position: int) -> None:
        self._position = position
        self._place()
        self.raise_()
        self.show()

    def _place(self) -> None:
        if self._position < 0:
            return
        rect = heading_rect(self._view.document(), self._position)
        rect.translate(-self._view.horizontalScrollBar().value(), -self._view.verticalScrollBar().value())
        across, down = PADDING
        self.setGeometry(rect.adjusted(-across, -down, across, down).toAlignedRect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()  # the text wraps anew
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = MARK_WIDTH / 2
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.strokePath(path, QPen(self._colour, MARK_WIDTH))
        painter.end()


def heading_rect(document: QTextDocument, position: int) -> QRectF:
    """The bounds of the lines of text of the block holding `position`, in the document's coordinates."""
    block = document.findBlock(position)
    document.documentLayout().blockBoundingRect(block)  # lays the block out if it is not yet
    layout = block.layout()
    bounds = QRectF()
    for index in range(layout.lineCount()):
        bounds = bounds.united(layout.lineAt(index).naturalTextRect())
    return bounds.translated(layout.position())  # a layout's lines are placed from its position
