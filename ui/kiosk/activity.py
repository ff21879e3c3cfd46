"""Notices, application-wide, that someone is there: touches, clicks, keys, wheel turns, movement."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent

_PRESS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
_MOVE = {QEvent.Type.MouseMove, QEvent.Type.TouchUpdate}
_RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}


class ActivityFilter(QObject):
    """An event filter for the whole application; it only watches, it never eats an event.

    Signals:
        pressed(QPointF): a press, tap or key (global position; (-1, -1) for keys and wheel).
        moved(): the pointer or a finger moved.
        released(): a press or touch ended.
    """

    pressed = Signal(QPointF)
    moved = Signal()
    released = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESS:
            self.pressed.emit(_where(event))
        elif kind in _MOVE:
            self.moved.emit()
        elif kind in _RELEASE:
            self.released.emit()
        return False


def _where(event: QEvent) -> QPointF:
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].globalPosition()
    if isinstance(event, QMouseEvent):
        return event.globalPosition()
    return QPointF(-1, -1)
