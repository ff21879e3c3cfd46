"""The "Headings and links" dialog with the keyboard and the mouse: Ctrl+L or the page's context menu opens
it over the window, a list per kind; Enter or a double-click goes there (a heading: caret and keyboard; a
link: followed as a click follows it); Escape closes it and gives the keyboard back. In a kiosk it stays
inside the window and an assistive technology's press counts as a touch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.ui.conftest import click_area, make_window, show_ready
from tests.ui.manual_clock import ManualClock
from tests.ui.test_keyboard_access import key
from ui.guide_list import GuideRow
from ui.main_window import MainWindow
from ui.page_links_dialog import PageGuide
from ui.page_structure import HEADING, LINK, structure


def neck_window(qtbot) -> MainWindow:
    return on_neck(qtbot, show_ready(qtbot, make_window(qtbot, size=(1366, 768))))


def on_neck(qtbot, window: MainWindow) -> MainWindow:
    """`window` on the Neck page, the keyboard in the page."""
    click_area(qtbot, window, "neck")
    window.page.setFocus()
    return window


def open_guide(window: MainWindow) -> PageGuide:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    guide = window.access.page_nav.guide
    assert guide is not None and guide.isVisible()
    return guide


def rows(rows_of: list[GuideRow]) -> list[str]:
    return [row.text for row in rows_of]


def test_ctrl_l_lists_the_pages_headings_and_links_in_order_each_link_saying_where_it_goes(qtbot) -> None:
    window = neck_window(qtbot)
    items = structure(window.page.document())
    guide = open_guide(window)
    assert guide.geometry() == window.rect()  # over the whole window: nothing behind it can be clicked
    assert rows(guide.heading_list.rows) == [i.name for i in items if i.kind == HEADING]
    assert rows(guide.link_list.rows) == [i.name for i in items if i.kind == LINK]
    chin = next(row for row in guide.link_list.rows if row.text == "Chin")
    assert chin.detail == "the Chin page"
    assert QApplication.focusWidget() is guide.heading_list.rows[0]  # the keyboard on the first heading
    assert guide.heading_list.accessibleName() == "Headings" and guide.link_list.accessibleName() == "Links"


def test_enter_on_a_heading_puts_the_caret_and_the_keyboard_on_it(qtbot) -> None:
    window = neck_window(qtbot)
    headings = [i for i in structure(window.page.document()) if i.kind == HEADING]
    guide = open_guide(window)
    key(Qt.Key.Key_Down)
    assert key(Qt.Key.Key_Down) is guide.heading_list.rows[2]
    key(Qt.Key.Key_Return)
    assert not guide.isVisible()
    assert window.page.hasFocus()
    assert window.page.textCursor().position() == headings[2].start
    assert window.page.viewport().rect().contains(window.page.cursorRect())


def test_a_link_chosen_is_followed_as_a_click_follows_it(qtbot) -> None:
    window = neck_window(qtbot)
    guide = open_guide(window)
    assert key(Qt.Key.Key_Tab) is guide.link_list.rows[0]  # Tab: the links
    chin = next(row for row in guide.link_list.rows if row.text == "Chin")
    while QApplication.focusWidget() is not chin:
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    assert not guide.isVisible()
    assert window.page.current_ref() == "area:chin"
    assert window.navigator.state().can_go_back  # it went through the navigator, as a click does
    assert window.page.hasFocus()


def test_a_double_click_goes_there(qtbot) -> None:
    window = neck_window(qtbot)
    guide = open_guide(window)
    chin = next(row for row in guide.link_list.rows if row.text == "Chin")
    qtbot.mouseDClick(chin, Qt.MouseButton.LeftButton, pos=chin.rect().center())
    assert window.page.current_ref() == "area:chin"


def test_escape_closes_it_and_gives_the_keyboard_back_where_it_was(qtbot) -> None:
    window = neck_window(qtbot)
    window.diagram.setFocus()
    guide = open_guide(window)
    key(Qt.Key.Key_Down)
    assert key(Qt.Key.Key_Escape) is window.diagram
    assert not guide.isVisible()
    assert window.page.current_ref() == "area:neck"


def test_tab_stays_in_the_dialog(qtbot) -> None:
    window = neck_window(qtbot)
    guide = open_guide(window)
    seen = [key(Qt.Key.Key_Tab) for _ in range(6)]
    assert seen[:3] == [guide.link_list.rows[0], guide.close_button, guide.heading_list.rows[0]]
    assert all(guide.isAncestorOf(widget) for widget in seen)
    back = [key(Qt.Key.Key_Backtab) for _ in range(3)]
    assert back == [guide.close_button, guide.link_list.rows[0], guide.heading_list.rows[0]]
    assert key(Qt.Key.Key_Space) is window.page  # Close is a button; Space on a row goes there too
    assert not guide.isVisible()


# The menu is a popup the offscreen platform cannot raise or grab for.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_the_pages_context_menu_opens_it(qtbot) -> None:
    window = neck_window(qtbot)
    viewport = window.page.viewport()
    # A right click as the screen reports it (through the window, where Qt makes its context-menu event).
    where = viewport.mapTo(window, viewport.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    entry = next(action for action in menu.actions() if action.text() == "Headings and links…")
    assert entry.shortcut().toString() == "Ctrl+L"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())
    guide = window.access.page_nav.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)


def test_it_is_a_modal_dialog_for_assistive_technology(qtbot) -> None:
    window = neck_window(qtbot)
    guide = open_guide(window)
    dialog = QAccessible.queryAccessibleInterface(guide)
    assert dialog.role() == QAccessible.Role.Dialog and dialog.text(QAccessible.Text.Name) == "Headings and links"
    assert dialog.state().modal
    row = QAccessible.queryAccessibleInterface(guide.heading_list.rows[1])
    assert row.role() == QAccessible.Role.ListItem
    assert row.text(QAccessible.Text.Name) == "Safety notes"
    assert row.text(QAccessible.Text.Description) == "heading level 2"
    assert QAccessible.queryAccessibleInterface(guide.link_list).role() == QAccessible.Role.List


def test_in_a_kiosk_it_stays_in_the_window_and_a_press_through_assistive_technology_is_a_touch(
    qtbot, make_kiosk
) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, idle_timeout_s=30, warning_s=20)
    window = mode.window
    guide = open_guide(on_neck(qtbot, window))
    assert guide.parentWidget() is window and not guide.isWindow()  # no window of its own to leave by
    assert guide.heading_list.rows[0].height() >= window.theme.scale.touch
    clock.advance(25)  # nearly idle
    row = QAccessible.queryAccessibleInterface(guide.heading_list.rows[2])
    row.actionInterface().doAction("Press")
    qtbot.waitUntil(lambda: not guide.isVisible())
    clock.advance(25)  # 50 s since the last touch, 25 s since the press: no warning yet
    assert not mode.still_there.isVisible()
    assert window.page.current_ref() == "area:neck"


def test_a_fresh_start_closes_it(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, idle_timeout_s=30, warning_s=20)
    window = mode.window
    guide = open_guide(on_neck(qtbot, window))
    clock.advance(60)
    assert not guide.isVisible()
    assert window.page.current_ref() == "home"


def test_ctrl_l_again_or_over_the_client_check_opens_nothing_more(qtbot) -> None:
    window = neck_window(qtbot)
    guide = open_guide(window)
    row = key(Qt.Key.Key_Down)
    QTest.keyClick(row, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # open already: it stays as it is
    assert QApplication.focusWidget() is row
    assert key(Qt.Key.Key_Escape) is window.page  # back where it was before the first Ctrl+L
    window.toolbar.client_check_action.trigger()  # the client check in the page's place
    assert not window.page.isVisible()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not guide.isVisible()


@pytest.mark.parametrize("leave", ["escape", "heading", "link"])
def test_leaving_it_moves_the_keyboard_straight_to_where_it_goes(qtbot, leave) -> None:
    """No control in between gets the keyboard for a moment (a screen reader would say it: Orca 43 said
    "Home push button" before the page when the sheet hid first)."""
    window = neck_window(qtbot)
    guide = open_guide(window)
    if leave == "link":
        key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Down)
    focused: list[QWidget | None] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: focused.append(new))
    key(Qt.Key.Key_Escape if leave == "escape" else Qt.Key.Key_Return)
    assert not guide.isVisible()
    assert focused == [window.page], [type(widget).__name__ for widget in focused]
