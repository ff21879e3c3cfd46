"""The divider between diagram and page without dragging (WCAG 2.1.1, 2.5.7): Tab reaches it, arrow keys and
Home/End move it, a click or Enter opens a menu that moves it, its focus shows at 3:1, the window remembers
where it was left, and a kiosk's divider stays locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSplitterHandle

from core.split_steps import STEP
from core.window_memory import SPLIT, WindowMemory
from tests.ui.conftest import toolbar_button
from tests.ui.test_keyboard_access import contrast, tab_walk
from ui.main_window import MainWindow
from ui.splitter_keys import NAME
from ui.window_memory import remembered

MENU_OFFSCREEN = "This plugin does not support (raise|grabbing)"


def handle(window: MainWindow) -> QSplitterHandle:
    return window.splitter.handle(1)


def diagram_share(window: MainWindow) -> int:
    first, *rest = window.splitter.sizes()
    return round(first * 1000 / (first + sum(rest)))


def test_tab_reaches_the_divider_between_diagram_and_page(qtbot, shipped_window: MainWindow) -> None:
    walked = tab_walk(shipped_window, 60)
    assert handle(shipped_window) in walked
    at = walked.index(handle(shipped_window))
    assert walked[at - 1] is shipped_window.diagram and walked[at + 1] is shipped_window.page  # in reading order
    assert handle(shipped_window).accessibleName() == NAME


def test_arrow_keys_move_the_divider_and_home_and_end_take_it_to_either_end(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    divider = handle(window)
    divider.setFocus(Qt.FocusReason.TabFocusReason)
    before = diagram_share(window)
    QTest.keyClick(divider, Qt.Key.Key_Right)
    assert diagram_share(window) == pytest.approx(before + STEP, abs=3)
    QTest.keyClick(divider, Qt.Key.Key_Left)
    QTest.keyClick(divider, Qt.Key.Key_Left)
    assert diagram_share(window) == pytest.approx(before - STEP, abs=3)
    QTest.keyClick(divider, Qt.Key.Key_End)
    assert diagram_share(window) == pytest.approx(SPLIT[1], abs=3)
    QTest.keyClick(divider, Qt.Key.Key_Home)  # as far as the map's least width lets it (SPLIT[0] or more)
    narrowest = diagram_share(window)
    assert SPLIT[0] - 3 <= narrowest < before - 2 * STEP
    QTest.keyClick(divider, Qt.Key.Key_Left)
    assert diagram_share(window) == narrowest
    assert divider.hasFocus()  # the keyboard stays on it


def test_the_window_remembers_a_split_moved_by_keys(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    handle(window).setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):
        QTest.keyClick(handle(window), Qt.Key.Key_Left)
    assert remembered(window, WindowMemory()).split == pytest.approx(diagram_share(window), abs=2)
    assert remembered(window, WindowMemory()).split < 400


@pytest.mark.qt_log_ignore(MENU_OFFSCREEN)
def test_a_click_on_the_divider_opens_a_menu_that_moves_it(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    before = diagram_share(window)
    qtbot.mouseClick(handle(window), Qt.MouseButton.LeftButton, pos=handle(window).rect().center())
    menu = window.access.splitter_keys.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["Wider diagram", "Wider page", "Usual split"]
    menu.actions()[1].trigger()
    assert diagram_share(window) == pytest.approx(before - STEP, abs=3)


@pytest.mark.qt_log_ignore(MENU_OFFSCREEN)
def test_enter_on_the_divider_opens_the_menu_and_the_keyboard_picks_a_move(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    before = diagram_share(window)
    handle(window).setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(handle(window), Qt.Key.Key_Return)
    menu = window.access.splitter_keys.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert diagram_share(window) == pytest.approx(before + STEP, abs=3)


def test_a_drag_still_moves_the_divider_and_opens_no_menu(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    divider = handle(window)
    before = diagram_share(window)
    centre = divider.rect().center()
    QTest.mousePress(divider, Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseMove(divider, centre + type(centre)(-120, 0))
    QTest.mouseRelease(divider, Qt.MouseButton.LeftButton, pos=centre + type(centre)(-120, 0))
    assert diagram_share(window) < before - 50
    assert window.access.splitter_keys.menu is None


def test_focus_on_the_divider_shows_at_three_to_one(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    divider = handle(window)

    def colour() -> str:
        return divider.grab().toImage().pixelColor(divider.width() // 2, divider.height() // 2).name()

    window.page.setFocus()
    unfocused = colour()
    divider.setFocus(Qt.FocusReason.TabFocusReason)
    focused = colour()
    assert contrast(unfocused, focused) >= 3, (unfocused, focused)
    assert contrast(focused, window.theme.colours.canvas) >= 3  # against the map beside it


@pytest.mark.qt_log_ignore(MENU_OFFSCREEN)
def test_the_divider_beside_the_client_check_moves_by_keys_too(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    qtbot.mouseClick(toolbar_button(window.toolbar.client_check_action), Qt.MouseButton.LeftButton)
    shown = [
        window.splitter.handle(i) for i in range(1, window.splitter.count()) if window.splitter.handle(i).isVisible()
    ]
    assert len(shown) == 1
    before = diagram_share(window)
    shown[0].setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is shown[0]
    QTest.keyClick(shown[0], Qt.Key.Key_Right)
    assert diagram_share(window) == pytest.approx(before + STEP, abs=3)


def test_a_kiosks_divider_takes_no_keyboard(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    window = mode.window
    walked = tab_walk(window, 80)
    assert handle(window) not in walked
    before = window.splitter.sizes()
    QTest.keyClick(handle(window), Qt.Key.Key_Right)
    assert window.splitter.sizes() == before


def test_assistive_technology_meets_a_separator_that_says_where_it_stands(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    divider = handle(window)
    interface = QAccessible.queryAccessibleInterface(divider)
    assert interface.role() == QAccessible.Role.Separator
    assert interface.text(QAccessible.Text.Name) == NAME
    assert interface.state().focusable
    divider.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(divider, Qt.Key.Key_End)
    said = interface.text(QAccessible.Text.Description)
    assert said.startswith(f"Diagram {round(diagram_share(window) / 10)} %, page ") and "Arrow keys" in said
    assert divider.accessibleDescription() == said  # set anew, so a screen reader hears the change (Orca 43 does)


@pytest.mark.qt_log_ignore(MENU_OFFSCREEN)
def test_usual_split_puts_the_divider_back_where_the_window_puts_it(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    usual = diagram_share(window)
    handle(window).setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(handle(window), Qt.Key.Key_End)
    assert diagram_share(window) > usual + STEP
    menu = window.access.splitter_keys.open_menu(handle(window).mapToGlobal(handle(window).rect().center()))
    next(a for a in menu.actions() if a.text() == "Usual split").trigger()
    assert diagram_share(window) == pytest.approx(usual, abs=3) == window.split_share[False]
