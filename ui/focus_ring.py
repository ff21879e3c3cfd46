"""A focus ring drawn over a widget's edge while it has the keyboard, taking no room from it.

The page panel's text is laid out to fit its first screen (safety notes first), so a border would take
width and height from it; this ring lies over the page's 22 px margin instead, as a child above the text
view, and lets every click through."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.lazy_qt import Qt

RING_WIDTH = 3


class FocusRing(QWidget):
    def __init__(self, target: QWidget, colour: str) -> None:
        super().__init__(target)
        self._target = target
        self._colour = QColor(colour)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        target.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        shown = new is self._target
        if shown:
            self.setGeometry(self._target.rect())
            self.raise_()
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        w, h, r = self.width(), self.height(), RING_WIDTH
        for strip in (QRect(0, 0, w, r), QRect(0, h - r, w, r), QRect(0, 0, r, h), QRect(w - r, 0, r, h)):
            painter.fillRect(strip, self._colour)
        painter.end()
