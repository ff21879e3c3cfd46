"""A sheet over the whole window: dims what is behind it, holds a centred card, and takes every touch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import Theme

_TOUCH = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)
SHORT_SCREEN = 900  # px high: below this a sheet packs its lines closer


class Overlay(QWidget):
    """Covers its parent window; a press on it never reaches the widgets beneath."""

    def __init__(self, window: QWidget, name: str, theme: Theme) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.title = ""  # its kiosk-title label's text: the dialog's name for assistive technology
        self._scrim = QColor(theme.colours.scrim)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        # Touches land here (and stop here) rather than on the widgets beneath the sheet.
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QFrame(self)
        self.card.setObjectName("kiosk-card")
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(48, 40, 48, 40)
        self.body.setSpacing(20)
        window.installEventFilter(self)
        self.hide()

    def label(self, text: str, role: str) -> QLabel:
        """A label styled by its role (kiosk-title, kiosk-text, kiosk-big, kiosk-small), added to the card."""
        label = QLabel(text, self.card)
        label.setObjectName(role)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(label)
        if role == "kiosk-title":
            self.title = text
        return label

    def button(
        self, text: str, row: QHBoxLayout, slot: object, *, primary: bool = False, focusable: bool = True
    ) -> QPushButton:
        """A kiosk-sized button on the card, added to `row`; the primary one is filled with the accent."""
        button = QPushButton(text, self.card)
        button.setProperty("kiosk", True)
        button.setProperty("primary", primary)
        if not focusable:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _parent_rect(self) -> QRect:
        parent = self.parentWidget()
        return parent.rect() if parent is not None else self.rect()

    def fit_height(self) -> bool:
        """On a short window (1366x768, 1280x720) the card has no room for its roomy margins: closer lines, and the
        theme's rule for a short card (smaller print). True when the window is short."""
        window = self.parentWidget()
        short = window is not None and window.height() < SHORT_SCREEN
        self.body.setContentsMargins(*((40, 16, 40, 16) if short else (48, 40, 48, 40)))
        self.body.setSpacing(10 if short else 20)
        if self.card.property("short") != short:
            self.card.setProperty("short", short)
            for widget in (self.card, *self.card.findChildren(QWidget)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        return short

    def open(self) -> None:
        self.setGeometry(self._parent_rect())
        self.raise_()
        self.show()
        self.setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab stay on the sheet: nothing behind the scrim can take the keyboard."""
        if not self.isVisible():  # Qt asks a sheet that hides with the keyboard in it where the keyboard goes next
            return super().focusNextPrevChild(next)
        tab = (Qt.FocusPolicy.TabFocus, Qt.FocusPolicy.StrongFocus, Qt.FocusPolicy.WheelFocus)
        chain = [self, *(w for w in self.card.findChildren(QWidget) if w.focusPolicy() in tab)]
        chain = [w for w in chain if w.isVisibleTo(self) and w.isEnabled()]
        focus = self.focusWidget() if self.focusWidget() in chain else self
        target = chain[(chain.index(focus) + (1 if next else -1)) % len(chain)]
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._parent_rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._scrim)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH:
            event.accept()
            return True
        return super().event(event)
