"""Hover hints (WCAG 1.4.13): the hint of a hovered control touches it, stays while the pointer moves onto it,
goes when the pointer leaves both, and Escape dismisses it and does nothing else; a kiosk shows none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from tests.ui.conftest import toolbar_button
from ui.hover_hint import HoverHints
from ui.main_window import MainWindow

# Offscreen, Qt warns that it cannot raise the window when a hint's window comes or goes over it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def hints(window: MainWindow) -> HoverHints:
    return window.access.hover_hints


def hover(qtbot, window: MainWindow, widget: QWidget) -> str:
    """Rest the pointer on `widget` until its hint shows (Qt asks for a tooltip after its hover delay)."""
    QTest.mouseMove(window.diagram, window.diagram.rect().center())  # from elsewhere: the pointer moves
    QTest.mouseMove(widget, widget.rect().center())
    qtbot.waitUntil(lambda: hints(window).text() != "")
    return hints(window).text()


def test_the_hint_of_a_hovered_control_shows_touching_it(qtbot, shipped_window: MainWindow) -> None:
    home = toolbar_button(shipped_window.toolbar.home_action)
    assert hover(qtbot, shipped_window, home) == "Go to the start page"
    assert not QToolTip.isVisible()  # ours, not Qt's
    hint = hints(shipped_window).hint
    assert hint is not None
    bottom = home.mapToGlobal(QPoint(0, home.height())).y()
    assert hint.geometry().top() <= bottom  # no gap to cross on the way to it
    assert hint.geometry().left() <= home.mapToGlobal(home.rect().center()).x()


def test_the_pointer_can_move_onto_the_hint_and_it_goes_when_the_pointer_leaves_both(
    qtbot, shipped_window: MainWindow
) -> None:
    window = shipped_window
    hover(qtbot, window, toolbar_button(window.toolbar.home_action))
    hint = hints(window).hint
    assert hint is not None
    QTest.mouseMove(hint.windowHandle(), hint.rect().center())  # to its window: offscreen Qt stacks none
    qtbot.waitUntil(hint.underMouse)
    QApplication.processEvents()  # the turn on which a hint left behind would go
    assert hint.isVisible() and hints(window).text() == "Go to the start page"
    QTest.mouseMove(window.page, window.page.rect().center())
    qtbot.waitUntil(lambda: not hint.isVisible())


def test_escape_dismisses_the_hint_and_does_nothing_else(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    assert window.search is not None
    field = window.search.field
    field.setFocus()
    QTest.keyClicks(field, "neck")
    hover(qtbot, window, toolbar_button(window.toolbar.back_action))
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert hints(window).text() == ""
    assert field.text() == "neck" and field.hasFocus()  # the Escape was the hint's
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""  # the next one is the field's again


def test_a_click_takes_the_hint_away(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    home = toolbar_button(window.toolbar.home_action)  # on the offscreen screen (800 px wide), as the pointer is
    hover(qtbot, window, home)
    qtbot.mouseClick(home, Qt.MouseButton.LeftButton)
    assert hints(window).text() == ""


def test_a_kiosk_shows_no_hint_and_no_tooltip(qtbot, make_kiosk) -> None:
    window = make_kiosk().window
    home = toolbar_button(window.toolbar.home_action)
    assert home.toolTip()
    at = home.rect().center()
    asked = QHelpEvent(QEvent.Type.ToolTip, at, home.mapToGlobal(at))
    assert QApplication.sendEvent(home, asked)  # taken, and nothing shown for it
    assert hints(window).text() == "" and not QToolTip.isVisible()


def test_a_hint_with_no_room_below_goes_above_touching_its_control_and_stays_on_screen() -> None:
    from PySide6.QtCore import QRect

    from ui.hover_hint import place

    screen = QRect(0, 0, 800, 600)
    below = place(QPoint(100, 20), QRect(80, 0, 60, 40), (200, 50), screen)
    assert below == QPoint(92, 36)
    at_edge = place(QPoint(100, 36), QRect(80, 0, 60, 40), (200, 50), screen)
    assert at_edge.y() == 40  # the control's lower edge, not 16 px below the pointer
    above = place(QPoint(790, 580), QRect(760, 560, 40, 40), (200, 50), screen)
    assert above == QPoint(600, 510)


def test_typing_elsewhere_leaves_the_hint_up(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    assert window.search is not None
    window.search.field.setFocus()
    hover(qtbot, window, toolbar_button(window.toolbar.home_action))
    QTest.keyClicks(window.search.field, "chin")
    assert window.search.field.text() == "chin" and hints(window).text() == "Go to the start page"
