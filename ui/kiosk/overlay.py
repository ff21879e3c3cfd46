"""A sheet over the whole window: dims what is behind it, holds a centred card, and takes every touch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import text_size
from ui.theme import Theme
from ui.window_zoom import zoom_sheet

TIGHT_MARGIN, TIGHT_SPACING = 16, 10  # px above and below a card's parts, and between them, on a screen too short
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
        self._theme = theme
        self._roomy: tuple[QMargins, int] | None = None  # the card's margins and spacing before it was made tight
        self._set_width: int | None = None  # the card's width, where it has a set one, at the normal text size
        self._percent = text_size.NORMAL  # the reader's text size (set_zoom); the card's own may be smaller
        self._recheck = QTimer(self)  # once, a turn after the card's content changed
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(0)
        self._recheck.timeout.connect(self._check_fit)
        self.card.installEventFilter(self)
        window.installEventFilter(self)
        self.hide()

    def set_zoom(self, percent: int) -> None:
        """The reader's text size (a ui.text_zoom follower): the card takes it where it fits the window whole."""
        self._percent = percent
        if self.isVisible():
            self._fit_text()

    def _fit_text(self) -> None:
        """The card at the reader's text size, or at the largest step below it (down to the normal size) at which
        the whole card fits the window; where even that does not fit (a short screen), with less room around and
        between its parts. A sheet is never cut off."""
        if self._roomy is not None:  # made tight for a shorter window or larger text: roomy again first
            margins, spacing = self._roomy
            self.body.setContentsMargins(margins)
            self.body.setSpacing(spacing)
            self._roomy = None
        room = self._parent_rect().size()
        layout = self.layout()
        if layout is not None:
            room = room.shrunkBy(layout.contentsMargins())
        steps = [step for step in reversed(text_size.STEPS) if text_size.NORMAL <= step <= self._percent]
        for step in steps or [self._percent]:
            sheet = "" if step == self._percent else zoom_sheet(self._theme, step)  # "": the window's own
            if self.styleSheet() != sheet:
                self.setStyleSheet(sheet)
            if self._fits(room):
                return
        margins = self.body.contentsMargins()
        self._roomy = (margins, self.body.spacing())
        tight = TIGHT_MARGIN
        self.body.setContentsMargins(
            margins.left(), min(margins.top(), tight), margins.right(), min(margins.bottom(), tight)
        )
        self.body.setSpacing(min(self.body.spacing(), TIGHT_SPACING))

    def _fits(self, room: QSize) -> bool:
        """Whether the card, at its wished size, fits `room`; a card of a set width (the PIN pad's) is widened as
        far as its larger text needs."""
        card = self.card
        for part in card.findChildren(QWidget):  # rows just added (the staff panel's) Qt would show a turn later
            if part.isHidden() and not part.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                part.show()
        if self._set_width is None and card.minimumWidth() == card.maximumWidth():
            self._set_width = card.minimumWidth()
        hint = card.sizeHint()
        if self._set_width is not None:
            card.setFixedWidth(min(max(self._set_width, hint.width()), room.width()))
        hint = hint.expandedTo(card.minimumSize())
        width = min(hint.width(), card.maximumWidth(), room.width())
        height = self.card.heightForWidth(width) if self.card.hasHeightForWidth() else -1
        if hint.width() > room.width() or max(height, hint.height()) > room.height():
            return False
        return self._percent == text_size.NORMAL or not self._squeezed()  # (the normal size as it always was)

    def _squeezed(self) -> bool:
        """Laid out now: whether a line of text or a button of the card got less room than it needs (Qt's layouts
        squeeze word-wrapped text when the card only just fits)."""
        parts = self.card.findChildren(QWidget)
        for widget in (self, self.card, *parts):  # outside in: each lays out what it holds at its new size
            layout = widget.layout()
            if layout is not None:
                layout.activate()
        for part in parts:
            parent = part.parentWidget()
            if not isinstance(part, (QLabel, QPushButton)) or not part.isVisible() or parent is None:
                continue
            least = part.minimumSizeHint()
            needed = part.heightForWidth(part.width()) if part.hasHeightForWidth() else -1
            if part.width() < least.width() or part.height() < (needed if needed > 0 else least.height()):
                return True
            if not parent.rect().contains(part.geometry()):
                return True
        return False

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
        self.show()  # first: a hidden sheet's parts take a new text size only as they show
        self._fit_text()
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
        if watched is self.card:
            if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
                self._recheck.start()  # its words changed ("Wrong PIN…"): still whole at this size?
        elif event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._parent_rect())
        return False

    def _check_fit(self) -> None:
        if self.isVisible() and self._percent != text_size.NORMAL and self._squeezed():
            self._fit_text()

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
