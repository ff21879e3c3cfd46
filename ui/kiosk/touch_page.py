"""The page panel for a finger: a swipe (a touch, or a dragged mouse pointer) scrolls it with momentum, no
text is ever selected, and a tap within half a finger of a link follows it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QMouseEvent
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
        # Many kiosk screens send pointer events, and Qt turns an unhandled touch into them: one gesture for both.
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
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
        # The scroller holds a press back until it knows it is no swipe, so only the release tells a tap: the
        # scroller is still (not dragging or gliding) when a tap ends.
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            still = self.scroller().state() in (QScroller.State.Inactive, QScroller.State.Pressed)
            point = event.position().toPoint()
            if still and not self.page.anchorAt(point):
                href = self.link_near(point)
                if href:
                    self.page.anchorClicked.emit(QUrl(href))
        return False
