"""The evidence toggle says what a press does and looks on or off; the Topics button goes quiet once a topic
is chosen (its pointer half needs a real X server: tests/test_on_x.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import Qt, press, toolbar_button
from ui.main_window import MainWindow
from ui.theme import WINDOW_THEME


def background(button) -> QColor:
    """The colour a user sees inside the button, near its left edge (clear of its text)."""
    image = button.grab().toImage()
    return image.pixelColor(6, image.height() // 2)


def test_the_evidence_toggle_says_what_a_press_does_and_looks_on_or_off(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    window.navigator.open("area:neck")
    button = toolbar_button(window.toolbar.evidence_action)
    assert button.text() == "Hide evidence notes" and button.isChecked()
    assert button.accessibleName() == "Hide evidence notes"
    on = background(button)
    assert on.name() == WINDOW_THEME.colours.pressed  # pressed in while the notes are shown
    press(qtbot, window, window.toolbar.evidence_action)
    assert button.text() == "Show evidence notes" and not button.isChecked()
    assert "Evidence and regulatory status" not in window.page.toPlainText()
    qtbot.mouseMove(window.diagram)  # the pointer leaves the button: its resting look
    off = background(button)
    assert off.name() == WINDOW_THEME.colours.panel and off != on
    image = button.grab().toImage()  # outlined when off, not plain text
    assert image.pixelColor(image.width() // 2, 0).name() == WINDOW_THEME.colours.border


def test_the_evidence_toggle_is_reached_with_tab(qtbot, shipped_window: MainWindow) -> None:
    button = toolbar_button(shipped_window.toolbar.evidence_action)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert button.text() == "Show evidence notes"


def choose_when_open(qtbot, menu: QMenu, title: str, *, by_keys: bool = False) -> None:
    """Once the menu is up (a tool button's menu runs its own event loop), pick `title` from it."""

    def choose() -> None:
        if not menu.isVisible():
            QTimer.singleShot(10, choose)
            return
        action = next(a for a in menu.actions() if a.text() == title)
        if by_keys:
            menu.setActiveAction(action)
            qtbot.keyClick(menu, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, choose)


OFFSCREEN_MENU = "This plugin does not support (raise|grabbing)"  # a menu, on the offscreen platform


@pytest.mark.qt_log_ignore(OFFSCREEN_MENU)
def test_after_choosing_a_topic_by_keys_the_focus_is_on_the_page(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    button = window.toolbar.topics_button
    button.setFocus()
    choose_when_open(qtbot, window.toolbar.topics_menu, "Safety and contraindications", by_keys=True)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # opens the menu
    qtbot.waitUntil(lambda: window.page.current_ref() == "topic:safety")
    qtbot.waitUntil(lambda: window.focusWidget() is window.page)  # reading on, not a focus ring on Topics
