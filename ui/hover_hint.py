"""Hover hints that meet WCAG 1.4.13 (content on hover or focus), in place of Qt's tooltips, which vanish when
the pointer moves onto them and after ten seconds.

A hint is shown where Qt would show a widget's tooltip (its `toolTip()`, on Qt's ToolTip event), touching
the widget's edge, so the pointer can move onto it without crossing anything else. It stays while the
pointer is on the widget or on the hint (hoverable), with no time limit (persistent), and goes when the
pointer leaves both or on a click, and at once on Escape, which does nothing else then (dismissable).
One application-wide event filter, made after the first frame (ui.window_access). With a touch theme (the
kiosk) it shows nothing and swallows Qt's own tooltips too: a finger has no hover."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget
from shiboken6 import isValid

from ui.lazy_qt import Qt
from ui.theme import Theme

_TOOLTIP = QEvent.Type.ToolTip
_KEY_PRESS = QEvent.Type.KeyPress
OFFSET = 16  # px below the pointer, as Qt puts a tooltip (the widget's own edge when that is nearer)
MAX_WIDTH = 420  # px at the normal text size; wider in step with a larger one


def hint_style(theme: Theme) -> str:
    c = theme.colours
    return (
        f"QLabel#hover-hint {{ background: {c.text}; color: {c.on_dark}; border: 1px solid {c.text};"
        f" padding: 6px 10px; font-size: {theme.scale.small}px; }}"
    )


def place(pointer: QPoint, owner: QRect, size: tuple[int, int], screen: QRect) -> QPoint:
    """Where a hint of `size` goes for a pointer at `pointer` over `owner` (global): below the pointer by
    OFFSET, or at the owner's lower edge when that is nearer, so no gap lies between them; above the owner,
    touching it, when there is no room below; always within `screen`."""
    width, height = size
    top = min(pointer.y() + OFFSET, owner.bottom() + 1)
    if top + height > screen.bottom() + 1:
        top = owner.top() - height
    left = min(max(pointer.x() - 8, screen.left()), screen.right() + 1 - width)
    return QPoint(left, max(top, screen.top()))


class DismissableLabel(Protocol):
    def dismiss_label(self) -> bool: ...


class HoverHints(QObject):
    """A window's hover hints (they go with it); `shown` is False for touch (none at all)."""

    def __init__(self, window: QWidget, theme: Theme, *, shown: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.shown = shown
        self.owner: QWidget | None = None
        self.hint: QLabel | None = None  # made for the first hint
        self._theme = theme
        self._look = theme  # at the reader's text size (set_zoom)
        self._pointer = QPoint()  # where the pointer was when the hint shown last was asked for
        self._labels: list[DismissableLabel] = []
        self._hide_on = frozenset(
            (
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseButtonDblClick,
                QEvent.Type.Wheel,
                QEvent.Type.WindowDeactivate,
            )
        )
        QToolTip.hideText()
        app = QApplication.instance()
        assert app is not None, "hover hints need a QApplication"
        app.installEventFilter(self)  # taken out by Qt when this goes, with the window

    # -- showing -----------------------------------------------------------------------------------

    def text(self) -> str:
        """The hint shown now, or ''."""
        return self.hint.text() if self.hint is not None and self.hint.isVisible() else ""

    def set_zoom(self, percent: int) -> None:
        """Hints at the reader's text size (a ui.text_zoom follower): larger type, and wider before they wrap."""
        from ui.text_zoom import zoomed

        self._look = zoomed(self._theme, percent)
        if self.hint is not None:
            self.hint.setStyleSheet(hint_style(self._look))
            if self.owner is not None and self.hint.isVisible():
                self.show_for(self.owner, self._pointer)  # where it was, at its new size

    def show_for(self, owner: QWidget, pointer: QPoint) -> None:
        hint = self.hint or self._make()
        hint.setText(owner.toolTip())
        hint.setWordWrap(False)  # one line when it fits (a wrapping label picks a narrow width of its own)
        hint.adjustSize()
        screen = owner.screen().availableGeometry()
        widest = min(MAX_WIDTH * self._look.scale.small // self._theme.scale.small, screen.width())
        if hint.width() > widest:
            hint.setWordWrap(True)
            hint.resize(widest, hint.heightForWidth(widest))
        self.owner = owner
        self._pointer = pointer
        where = QRect(owner.mapToGlobal(QPoint(0, 0)), owner.size())
        hint.move(place(pointer, where, (hint.width(), hint.height()), screen))
        hint.show()

    def hide(self) -> None:
        if self.hint is not None:
            self.hint.hide()
        self.owner = None

    def _make(self) -> QLabel:
        hint = self.hint = QLabel(self.window)  # a window of its own (a tooltip's), gone with the main window
        hint.setObjectName("hover-hint")
        hint.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        hint.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        hint.setTextFormat(Qt.TextFormat.PlainText)  # a tooltip may hold the clinic's name from the settings
        hint.setStyleSheet(hint_style(self._look))
        hint.installEventFilter(self)
        return hint

    def _check_pointer(self) -> None:
        """After the pointer left the widget or the hint: a turn later, once it has entered where it went."""
        owner, hint = self.owner, self.hint
        if owner is None or hint is None or not hint.isVisible():
            return
        if not isValid(owner):  # the widget went while its hint was up
            self.hide()
            return
        if not (owner.underMouse() or hint.underMouse()):
            self.hide()

    # -- events ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # every event of the app comes here: the common case returns at once
        if kind is _TOOLTIP:
            return self._tooltip(watched, event)
        if kind is _KEY_PRESS and isinstance(event, QKeyEvent):
            return self._key(event)
        if self.owner is None:
            return False
        if kind == QEvent.Type.Leave and (watched is self.owner or watched is self.hint):
            QTimer.singleShot(0, self, self._check_pointer)
        elif kind in self._hide_on or (kind == QEvent.Type.Hide and watched is self.owner):
            self.hide()
        return False

    def _tooltip(self, watched: QObject, event: QEvent) -> bool:
        if not self.shown:
            return True  # touch: no hint, and no Qt tooltip either
        if not isinstance(watched, QWidget) or not isinstance(event, QHelpEvent) or not watched.toolTip():
            return False  # a widget that words its own tooltip (none here) keeps Qt's
        self.show_for(watched, event.globalPos())
        return True

    def _key(self, event: QKeyEvent) -> bool:
        """Escape puts a hint away, or else a hover label of `also_dismiss` (the diagram's area name), and does
        nothing else then; any other key leaves them up (typing elsewhere is no dismissal)."""
        if event.key() != Qt.Key.Key_Escape or event.isAutoRepeat() or not self.shown:
            return False
        if self.owner is not None:
            self.hide()
            return True
        return any(label.dismiss_label() for label in self._labels)

    def also_dismiss(self, label: DismissableLabel) -> None:
        """A widget that shows content of its own on hover or focus, which Escape should put away too."""
        self._labels.append(label)


def install_hover_hints(window: QWidget, theme: Theme) -> HoverHints:
    """The window's hover hints; none for touch (a kiosk), where Qt's tooltips are swallowed too."""
    return HoverHints(window, theme, shown=not theme.scale.touch)
