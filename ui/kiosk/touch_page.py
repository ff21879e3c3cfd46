"""The page panel for a finger: a swipe (a touch, or a dragged mouse pointer) scrolls it with momentum, no
text is ever selected, and a tap within half a finger of a link follows it.

Both are fed to Qt's kinetic scroller (QScroller) by hand: touches as touches (the page takes them, so Qt makes
no mouse events of them) and a pointer's presses and moves. QScroller.grabGesture would do it through Qt's gesture
manager and the mouse events Qt makes of a touch, but a touch screen's first swipe on the page after a tap on the
diagram was lost that way: Qt never delivered the press it made of it (the offscreen tests showed it every time)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QScroller

from ui.page_view import PageView
from ui.related_buttons import button_link

REACH = 24  # px around a tap where a link is looked for: half of a 48 px finger
_PROBES = sorted(
    ((dx, dy) for dx in range(-REACH, REACH + 1, 8) for dy in range(-REACH, REACH + 1, 4)),
    key=lambda d: d[0] * d[0] + d[1] * d[1],
)


class TouchPage(QObject):
    """Makes a page view scroll by swiping and follow near taps; the page keeps its signals."""

    def __init__(self, page: PageView) -> None:
        super().__init__(page)
        self.page = page
        viewport = page.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._pressed = False  # a press or touch started on the page and has not ended
        self._stopped = False  # that press stopped a glide: its release is no tap
        page.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        page.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        viewport.installEventFilter(self)

    def scroller(self) -> QScroller:
        return QScroller.scroller(self.page.viewport())

    def link_near(self, point: QPoint) -> str:
        """The link under `point`, the button it is on, or the nearest link within a finger's half width of it
        ('' when none)."""
        href = self.page.anchorAt(point) or button_link(self.page.cursorForPosition(point))
        if href:
            return href
        for dx, dy in _PROBES:
            href = self.page.anchorAt(point + QPoint(dx, dy))
            if href:
                return href
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTouchEvent) and kind in _TOUCH:
            points = event.points()
            if points:
                self._input(_TOUCH[kind], points[0].position(), event.timestamp())
            event.accept()
            return True
        if isinstance(event, QMouseEvent) and kind in _MOUSE:
            if kind == QEvent.Type.MouseButtonPress and event.button() != Qt.MouseButton.LeftButton:
                return False
            if kind != QEvent.Type.MouseButtonPress and not self._pressed:
                return False
            return self._input(_MOUSE[kind], event.position(), event.timestamp(), pointer=True)
        return False

    def _input(self, step: QScroller.Input, where: QPointF, when: int, *, pointer: bool = False) -> bool:
        """Feed one step of a swipe or tap to the scroller; True when the page's own handling must not see it."""
        scroller = self.scroller()
        if step == QScroller.Input.InputPress:
            self._stopped = scroller.state() == QScroller.State.Scrolling
            self._pressed = True
            scroller.handleInput(step, where, when)
            return self._stopped  # a touch on a gliding page only stops it
        if not self._pressed:
            return False
        if step == QScroller.Input.InputMove:
            scroller.handleInput(step, where, when)
            return scroller.state() == QScroller.State.Dragging  # the page moves; nothing else sees the drag
        self._pressed = False
        swiped = self._stopped or scroller.state() == QScroller.State.Dragging
        scroller.handleInput(step, where, when)
        if swiped:
            return True  # the end of a swipe follows no link it ends on
        point = where.toPoint()
        # A pointer's click on a link is the page's own; a finger's tap, and a tap beside a link, are followed here.
        href = "" if pointer and self.page.anchorAt(point) else self.link_near(point)
        if href:
            self.page.anchorClicked.emit(QUrl(href))
        return False


_MOUSE = {
    QEvent.Type.MouseButtonPress: QScroller.Input.InputPress,
    QEvent.Type.MouseMove: QScroller.Input.InputMove,
    QEvent.Type.MouseButtonRelease: QScroller.Input.InputRelease,
}
_TOUCH = {
    QEvent.Type.TouchBegin: QScroller.Input.InputPress,
    QEvent.Type.TouchUpdate: QScroller.Input.InputMove,
    QEvent.Type.TouchEnd: QScroller.Input.InputRelease,
}
