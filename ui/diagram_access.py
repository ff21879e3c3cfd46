"""What a screen reader finds in the diagram: each region its own accessible button.

The diagram draws its regions itself, so Qt sees one widget. Here every region gets a small child widget
over its bounds that paints nothing and lets the mouse through (the diagram keeps its look and its
hit-testing), and an accessible interface of its own (ui.access_factory): the
push-button role, the area's title as its name, its one-line summary as its description, a Press action
that opens the area's page, and the focused and selected states read from the diagram. As keyboard focus
moves from region to region the diagram's focus stays where it is and a focus event is sent for the
region, which is what a screen reader follows. A caution mark is a graphic named "caution" inside its
region's button. Made after the first frame (ui.window_access), like everything not drawn on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from ui.access_factory import register
from ui.diagram_view import CAUTION_SIZE, DiagramView
from ui.lazy_qt import Qt

CAUTION_NAME = "caution"


class RegionButton(QWidget):
    """One region's stand-in for assistive technology: invisible, and the mouse passes through it."""

    def __init__(self, access: RegionAccess) -> None:
        super().__init__(access.diagram)
        self.access = access
        self.region_id = ""
        self.title = ""
        self.summary = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the diagram keeps the keyboard and walks the regions
        self.caution = CautionMark(self)


class CautionMark(QWidget):
    """The caution mark of a region, for assistive technology (the diagram draws it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _RegionInterface(QAccessibleWidget):
    def __init__(self, button: RegionButton) -> None:
        super().__init__(button, QAccessible.Role.Button, "")
        self._button = button

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._button.title
        if kind == QAccessible.Text.Description:
            return self._button.summary
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        button = self._button
        diagram = button.access.diagram
        state.focusable = True
        state.focused = diagram.hasFocus() and diagram.focused_region() == button.region_id
        state.selectable = True
        state.selected = diagram.selected() == button.region_id
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.pressAction(), QAccessibleWidget.setFocusAction()]

    def doAction(self, name: str) -> None:
        button = self._button
        if name == QAccessibleWidget.pressAction():
            button.access.press(button.region_id)
        elif name == QAccessibleWidget.setFocusAction():
            button.access.focus(button.region_id)

    def localizedActionDescription(self, name: str) -> str:
        return (
            "Open this area's page"
            if name == QAccessibleWidget.pressAction()
            else super().localizedActionDescription(name)
        )


class _CautionInterface(QAccessibleWidget):
    def __init__(self, mark: CautionMark) -> None:
        super().__init__(mark, QAccessible.Role.Graphic, "")

    def text(self, kind: QAccessible.Text) -> str:
        return CAUTION_NAME if kind == QAccessible.Text.Name else super().text(kind)


def install_factory() -> None:
    register("RegionButton", lambda widget: _RegionInterface(widget))  # type: ignore[arg-type]
    register("CautionMark", lambda widget: _CautionInterface(widget))  # type: ignore[arg-type]


class RegionAccess(QObject):
    """Keeps one RegionButton per region of the diagram shown, over its bounds, and tells assistive
    technology where the diagram's keyboard focus is. `opened(area_id)` runs after a Press action opened
    an area (the window moves the reader to the page)."""

    def __init__(
        self,
        diagram: DiagramView,
        describe: Callable[[str], tuple[str, str, bool]],
        opened: Callable[[str], None],
    ) -> None:
        """`describe(area_id)` gives (title, summary, has a caution mark)."""
        super().__init__(diagram)
        install_factory()
        self.diagram = diagram
        self._describe = describe
        self._opened = opened
        self._buttons: list[RegionButton] = []
        self._scheduled = False
        self._entering = False
        diagram.regions_changed.connect(self._schedule)
        diagram.region_focused.connect(self._focus_moved)
        diagram.installEventFilter(self)
        self._schedule()

    def buttons(self) -> list[RegionButton]:
        """The buttons of the regions shown, in the diagram's order."""
        if self._scheduled:
            self.sync()
        return [b for b in self._buttons if b.region_id]

    def button(self, region_id: str) -> RegionButton:
        return next(b for b in self.buttons() if b.region_id == region_id)

    def press(self, region_id: str) -> None:
        self.diagram.area_activated.emit(region_id)
        self._opened(region_id)

    def focus(self, region_id: str) -> None:
        self.diagram.setFocus(Qt.FocusReason.OtherFocusReason)
        self.diagram.set_focused_region(region_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._schedule()
        elif event.type() == QEvent.Type.FocusIn:
            self._entering = True  # the region is told after Qt's own focus event for the diagram
            QTimer.singleShot(0, self, self._announce_focus)
        return False

    def _schedule(self) -> None:
        """Place the buttons on the next turn of the event loop: after a resize or a new diagram settles."""
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self.sync)

    def sync(self) -> None:
        """One button per region, named and placed as drawn now."""
        self._scheduled = False
        diagram = self.diagram
        ids = diagram.region_ids()
        while len(self._buttons) < len(ids):
            self._buttons.append(RegionButton(self))
        for button, region_id in zip(self._buttons, [*ids, *[""] * (len(self._buttons) - len(ids))], strict=True):
            button.region_id = region_id
            if not region_id:
                button.hide()
                continue
            title, summary, caution = self._describe(region_id)
            button.title, button.summary = title, summary
            try:
                rect = diagram.region_rect(region_id).toAlignedRect()
            except KeyError:  # the diagram has no room to draw yet
                rect = QRect()
            button.setGeometry(rect)
            mark = round(CAUTION_SIZE)
            button.caution.setGeometry(QRect(max(0, rect.width() - mark), 0, mark, mark))
            button.caution.setVisible(caution)
            button.show()
            button.raise_()
            self._notify(button, QAccessible.Event.NameChanged)
            self._notify(button, QAccessible.Event.DescriptionChanged)

    def _focus_moved(self, region_id: str) -> None:
        if self.diagram.hasFocus() and not self._entering:
            self._announce_focus()

    def _announce_focus(self) -> None:
        self._entering = False
        region_id = self.diagram.focused_region()
        if not self.diagram.hasFocus() or not region_id:
            return
        if region_id not in [b.region_id for b in self.buttons()]:
            self.sync()
        self._notify(self.button(region_id), QAccessible.Event.Focus)

    def selection_changed(self, before: str, after: str) -> None:
        for region_id in (before, after):
            if region_id and region_id in [b.region_id for b in self.buttons()]:
                state = QAccessible.State()
                state.selected = True
                QAccessible.updateAccessibility(QAccessibleStateChangeEvent(self.button(region_id), state))

    @staticmethod
    def _notify(widget: QWidget, kind: QAccessible.Event) -> None:
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))
