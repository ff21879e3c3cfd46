"""A screen reader that asks about the Topics button before the window has set up its accessibility (a busy
start: that happens after the first frame) still gets the button whose ShowMenu answers at once. Qt keeps
the first interface made for an object, and its own ShowMenu runs the menu inside the call, so a reader
would wait for a reply until the menu closed."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.conftest import DATA
from tests.ui.conftest import make_window, show_ready


def test_topics_asked_about_early_still_opens_its_menu_without_blocking(qtbot, active) -> None:
    window = make_window(qtbot, DATA)
    early = QAccessible.queryAccessibleInterface(window.toolbar.topics_button)
    assert early.actionInterface() is not None  # Qt's own, made before the window set up its own
    show_ready(qtbot, window)
    qtbot.waitUntil(lambda: getattr(window, "access", None) is not None)
    now = QAccessible.queryAccessibleInterface(window.toolbar.topics_button)
    assert type(now).__name__ == "_TopicsInterface"
    assert now.actionInterface().actionNames() == ["Press", "ShowMenu"]
    # ours opens the menu a turn later and answers at once (tests/atspi: ShowMenu opens the menu)
