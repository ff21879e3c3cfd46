"""The screenshot gallery's picture of the keyboard and hover aids (`--keys-demo`): the divider between diagram
and page focused, as Tab leaves it, and the Home button's hover hint shown, as the pointer resting on it shows it."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from ui.lazy_qt import Qt
from ui.main_window import MainWindow


def show_keys_demo(window: MainWindow) -> None:
    window.activateWindow()  # the gallery's display has no window manager to give the window the keyboard
    window.splitter.handle(1).setFocus(Qt.FocusReason.TabFocusReason)
    home = window.toolbar.widgetForAction(window.toolbar.home_action)
    if home is not None:
        centre = home.rect().center()
        window.access.hover_hints.show_for(home, home.mapToGlobal(centre + QPoint(0, 4)))
