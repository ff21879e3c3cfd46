"""The page panel's place in the first frame, before the page view exists.

The page view (a QTextBrowser) and its text classes cost start-up time to load and build, and the
first page's text follows the first frame anyway. So the first frame shows this blank panel of the
same colour, with the size wishes of a text view, so the splitter gives it the same share; the
window then swaps the real view in (QSplitter.replaceWidget keeps the geometry)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import WINDOW_THEME, Theme

# What QTextBrowser (a QAbstractScrollArea) asks a layout for, frame and scroll bars included.
TEXT_VIEW_HINT = QSize(256, 192)
TEXT_VIEW_MINIMUM = QSize(68, 68)


class PageSlot(QWidget):
    """A blank panel the size a text view would be."""

    def __init__(self, theme: Theme = WINDOW_THEME, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.colours.panel))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def sizeHint(self) -> QSize:
        return TEXT_VIEW_HINT

    def minimumSizeHint(self) -> QSize:
        return TEXT_VIEW_MINIMUM
