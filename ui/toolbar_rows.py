"""The navigation bar on one row where it fits, else on two: at a large text size (ui.text_zoom) the controls after
the search field (the handout's button, "Check a client", the evidence toggle) move to a second bar under the
first, and back when there is room again. Nothing is hidden behind Qt's overflow arrow, which no key reaches.

The same actions move (QToolBar.removeAction, then addAction on the other bar): their shortcuts, checked states,
accessible names and the widgets made for them stay as they are. Made after the first frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QSizePolicy, QToolBar, QWidget

from ui.lazy_qt import Qt

if TYPE_CHECKING:
    from ui.toolbar import NavigationBar


class ToolbarRows(QObject):
    """Moves the bar's last controls to a second row (`second`, made when first needed) and back."""

    def __init__(self, window: QMainWindow, bar: NavigationBar) -> None:
        super().__init__(window)
        self._window = window
        self._bar = bar
        self.second: QToolBar | None = None
        self._moved: list[QAction] = []  # in their order on the first row
        self._later = QTimer(self)  # a turn of the event loop later, once however often it is asked for
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refit_now)
        window.installEventFilter(self)
        bar.installEventFilter(self)  # its controls' sizes change a turn after a new text size's style sheet

    def wrapped(self) -> bool:
        return bool(self._moved)

    def refit(self, _percent: int = 0) -> None:
        """One row or two: now (a new text size: its style sheet has sized every control), and again once the bar
        is laid out (a turn later, when a size changed that the bar finds out about only then)."""
        self.refit_now()
        self._later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self._window and kind == QEvent.Type.Resize) or (
            watched is self._bar and kind == QEvent.Type.LayoutRequest
        ):
            self._later.start()
        return False

    def refit_now(self) -> None:
        """One row or two, now (the handout's button came, a turn after the first page)."""
        bar = self._bar
        room = bar.width()
        if self._needed() > room:
            self._wrap()  # again when wrapped: the handout's button comes a turn after the first page
        elif self._moved:
            self._unwrap()
        bar.fit()
        for row in (bar, self.second):
            layout = row.layout() if row is not None else None
            if layout is not None:
                layout.activate()  # laid out now: a screenshot taken next shows each control where it went

    def _needed(self) -> int:
        """The width one row needs for every control, the moved ones back in it."""
        bar = self._bar
        layout = bar.layout()
        spacing = layout.spacing() if layout is not None else 0
        needed = bar.least_width()
        for action in self._moved:
            widget = self._widget(action)
            if widget is not None and action.isVisible():
                needed += widget.sizeHint().expandedTo(widget.minimumSize()).width() + spacing
        return needed

    def _widget(self, action: QAction) -> QWidget | None:
        widget = self._bar.widgetForAction(action)
        if widget is None and self.second is not None:
            widget = self.second.widgetForAction(action)
        return widget

    def _wrap(self) -> None:
        bar, second = self._bar, self.second or self._make_second()
        actions = bar.actions()
        search = next((a for a in actions if bar.widgetForAction(a) is bar.search_box()), bar.spacer_action())
        moving = [a for a in actions[actions.index(search) + 1 :] if a is not bar.spacer_action()]
        if not moving:
            return
        focus = self._window.focusWidget()
        policies = {action: self._policy(action) for action in moving}
        for action in moving:
            bar.removeAction(action)
        spacer = second.actions()[0]  # the handout's button left of it, the rest right of it, as on the first row
        self._moved += moving
        for action in moving:
            if self._is_desk_tools(action):
                second.insertAction(spacer, action)
            else:
                second.addAction(action)
        self._keep_policies(second, policies)
        second.show()
        second.lower()  # under a kiosk's sheet, which dims the whole window
        self._give_back(focus)

    def _unwrap(self) -> None:
        bar, second = self._bar, self.second
        assert second is not None
        focus = self._window.focusWidget()
        policies = {action: self._policy(action) for action in self._moved}
        for action in self._moved:
            second.removeAction(action)
        spacer = bar.spacer_action()
        for action in self._moved:
            if self._is_desk_tools(action):
                bar.insertAction(spacer, action)
            else:
                bar.addAction(action)
        self._keep_policies(bar, policies)
        self._moved = []
        second.hide()
        self._give_back(focus)

    def _is_desk_tools(self, action: QAction) -> bool:
        """The handout's button, which stands left of the spacer (the other controls stand right of it)."""
        return action is self._bar.desk_tools_action()

    def _policy(self, action: QAction) -> Qt.FocusPolicy | None:
        widget = self._widget(action)
        return widget.focusPolicy() if widget is not None else None

    def _keep_policies(self, bar: QToolBar, policies: dict[QAction, Qt.FocusPolicy | None]) -> None:
        """A button the bar made anew for an action takes the keyboard as the one before it did."""
        for action, policy in policies.items():
            widget = bar.widgetForAction(action)
            if widget is not None and policy is not None:
                widget.setFocusPolicy(policy)

    def _give_back(self, focus: QWidget | None) -> None:
        if focus is not None and focus.isVisible():
            focus.setFocus()

    def _make_second(self) -> QToolBar:
        second = self.second = QToolBar("More controls", self._window)
        second.setObjectName("navigation")  # the first row's look
        # Its margins were measured as it was made, before it had the name the style sheet pads: again now.
        QApplication.sendEvent(second, QEvent(QEvent.Type.StyleChange))
        second.setAccessibleName("More controls")
        second.setMovable(False)
        second.setFloatable(False)
        spacer = QWidget(second)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        second.addWidget(spacer)
        self._window.addToolBarBreak()
        self._window.addToolBar(second)
        return second
