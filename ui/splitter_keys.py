"""The divider between diagram and page, moved without dragging (WCAG 2.1.1 and 2.5.7): Tab reaches it, the
arrow keys move it (Home and End to either end), and a click on it, or Enter, Space or the menu key on it,
opens a small menu: Wider diagram, Wider page, Usual split. Made after the first frame (ui.window_access);
a kiosk's divider is locked (ui.kiosk.touch disables it), so none of this reaches it there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAccessible, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QMenu, QSplitter, QSplitterHandle

from core.split_steps import KEY_STEPS, MOVES, moved, sizes
from core.window_memory import share
from ui.access_factory import register
from ui.focus_ring import FocusRing
from ui.lazy_qt import Qt

NAME = "Divider between diagram and page"
DESCRIPTION = "Arrow keys move it; Enter opens its menu"


def diagram_share(splitter: QSplitter) -> int:
    """The diagram's share of the split, per mille."""
    first, *rest = splitter.sizes()
    return share(first, sum(rest))


def where(splitter: QSplitter) -> str:
    """Where the divider stands, in words."""
    diagram = round(diagram_share(splitter) / 10)
    return f"diagram {diagram} %, page {100 - diagram} %"


def described(splitter: QSplitter) -> str:
    """The divider's description: where it stands, and how it moves."""
    return f"{where(splitter).capitalize()}. {DESCRIPTION}"


class SplitterKeys(QObject):
    """Keys, a click and a menu for every handle of `splitter` (in the window only the first one shows)."""

    def __init__(self, splitter: QSplitter, ring_colour: str) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self._ring_colour = ring_colour
        self.menu: QMenu | None = None  # made on first use
        self._pressed_at: QPoint | None = None
        # A separator that takes the keyboard, as a window splitter is for assistive technology (Qt's own
        # "grip" reaches AT-SPI as an unknown role), described with where it stands.
        register("QSplitterHandle", lambda handle: _DividerInterface(handle))  # type: ignore[arg-type]
        self._take_all()
        splitter.installEventFilter(self)  # a pane added later (the client check) brings a handle of its own

    def _take_all(self) -> None:
        for index in range(1, self.splitter.count()):
            handle = self.splitter.handle(index)
            if handle.accessibleName() != NAME:
                self._take(handle)

    def _take(self, handle: QSplitterHandle) -> None:
        handle.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a drag with the mouse leaves no focus ring behind
        handle.setAccessibleName(NAME)
        handle.setAccessibleDescription(described(self.splitter))
        handle.installEventFilter(self)
        _forget_grip(handle)
        FocusRing(handle, self._ring_colour)  # the whole handle in the link colour while it has the keyboard

    # -- moving ----------------------------------------------------------------------------------

    def share(self) -> int:
        return diagram_share(self.splitter)

    def move(self, step: int | None) -> None:
        """Move the divider by `step` per mille of the diagram's share (None: to the usual split)."""
        total = sum(self.splitter.sizes())
        if total > 0:
            self.splitter.setSizes(sizes(total, moved(self.share(), step), self.splitter.count()))

    # -- the menu ----------------------------------------------------------------------------------

    def open_menu(self, at: QPoint) -> QMenu:
        """The menu of moves, at `at` (global): a single click's way to move the divider."""
        if self.menu is None:
            self.menu = QMenu(self.splitter)
            self.menu.setAccessibleName(NAME)
        self.menu.clear()
        stacked = self.splitter.orientation() == Qt.Orientation.Vertical
        for side, stacked_name, step in MOVES.values():
            action = self.menu.addAction(stacked_name if stacked else side)
            action.triggered.connect(lambda _checked=False, step=step: self.move(step))
        self.menu.popup(at)
        return self.menu

    # -- events --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter:
            if event.type() == QEvent.Type.ChildPolished:
                self._take_all()
            return False
        if not isinstance(watched, QSplitterHandle) or not watched.isEnabled():
            return False  # a kiosk's locked divider
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._pressed_at = event.globalPosition().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            pressed, self._pressed_at = self._pressed_at, None
            released = event.globalPosition().toPoint()
            if pressed is not None and (released - pressed).manhattanLength() < QApplication.startDragDistance():
                self.open_menu(released)  # a click, not a drag
        return False

    def _key(self, handle: QSplitterHandle, event: QKeyEvent) -> bool:
        opens = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Menu)
        if event.key() in opens:
            self.open_menu(handle.mapToGlobal(handle.rect().center()))
            return True
        named: str | None = {
            Qt.Key.Key_Left: "start",
            Qt.Key.Key_Up: "start",
            Qt.Key.Key_Right: "end",
            Qt.Key.Key_Down: "end",
            Qt.Key.Key_Home: "first",
            Qt.Key.Key_End: "last",
        }.get(event.key())  # type: ignore[call-overload]  # Qt.Key is an int
        if named is None:
            return False
        self.move(KEY_STEPS[named])
        # Said as a change of the focused divider's description: Orca 43 speaks that (not announcements).
        handle.setAccessibleDescription(described(self.splitter))
        return True


def _forget_grip(handle: QSplitterHandle) -> None:
    """A screen reader that looked at the window before this was made met Qt's own interface for the handle, which
    Qt keeps: it is dropped, so the next look gets the separator."""
    if not QAccessible.isActive():
        return
    interface = QAccessible.queryAccessibleInterface(handle)
    if interface is not None and interface.role() != QAccessible.Role.Separator:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


class _DividerInterface(QAccessibleWidget):
    def __init__(self, handle: QSplitterHandle) -> None:
        super().__init__(handle, QAccessible.Role.Separator, "")
        self._splitter = handle.splitter()

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Description:
            return described(self._splitter)
        return super().text(kind)
