"""The kiosk under a finger: a swipe scrolls the page with momentum and selects nothing, a tap on a link after a
swipe follows it, there is no context menu, the divider stays put and a reset restores the first split, and
every region and link a visitor taps is at least 48 px across."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScroller

from core.records import VIEWS
from tests.ui.conftest import link_position, show_view
from tests.ui.manual_clock import ManualClock
from tests.ui.test_kiosk import tap, touch_screen
from ui.kiosk.kiosk_mode import KioskMode

FINGER = 48
THIN = ("arms", "knees-legs", "calves", "back-thighs", "jawline-jowls", "chin")  # the narrowest the audit measured


def open_area(qtbot, mode: KioskMode, area: str) -> None:
    window = mode.window
    show_view(qtbot, window, window.navigator.pack.areas[area].view)
    tap(qtbot, window.diagram, window.diagram.anchor_of(area).toPoint())
    assert window.page.current_ref() == f"area:{area}"


def mouse_swipe(mode: KioskMode, start: QPoint, distance: int) -> None:
    """A pointer dragged up the page, as many kiosk screens report a finger: real events through the window."""
    window = mode.window
    handle = window.windowHandle()
    at = mode.window.page.viewport().mapTo(window, start)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    for step in range(1, 21):
        QTest.mouseMove(handle, at - QPoint(0, distance * step // 20), 10)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at - QPoint(0, distance), 10)


def finger_swipe(mode: KioskMode, start: QPoint, distance: int) -> None:
    """A finger dragged up the page: touch events through the window, at a finger's pace."""
    window = mode.window
    handle = window.windowHandle()
    at = window.page.viewport().mapTo(window, start)
    QTest.touchEvent(handle, touch_screen()).press(0, at, handle).commit()
    for step in range(1, 21):
        QTest.qWait(10)  # momentum is worked out from the pace
        QTest.touchEvent(handle, touch_screen()).move(0, at - QPoint(0, distance * step // 20), handle).commit()
    QTest.touchEvent(handle, touch_screen()).release(0, at - QPoint(0, distance), handle).commit()


def finger_tap(mode: KioskMode, point: QPoint) -> None:
    window = mode.window
    handle = window.windowHandle()
    at = window.page.viewport().mapTo(window, point)
    QTest.touchEvent(handle, touch_screen()).press(0, at, handle).commit()
    QTest.touchEvent(handle, touch_screen()).release(0, at, handle).commit()


def pointer_tap(mode: KioskMode, point: QPoint) -> None:
    """A short tap at `point` of the page's viewport, through the window as a screen reports it."""
    window = mode.window
    QTest.mouseClick(
        window.windowHandle(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        window.page.viewport().mapTo(window, point),
    )


@pytest.mark.parametrize("swipe", [mouse_swipe, finger_swipe], ids=["pointer", "finger"])
def test_a_swipe_scrolls_the_page_with_momentum_and_selects_no_text(qtbot, make_kiosk, swipe) -> None:
    mode = make_kiosk()
    open_area(qtbot, mode, "cheeks")
    page = mode.window.page
    bar = page.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 2 * page.viewport().height()
    start = QPoint(page.viewport().width() // 2, page.viewport().height() * 3 // 4)
    swipe(mode, start, 300)
    assert not page.textCursor().hasSelection()
    qtbot.waitUntil(lambda: QScroller.scroller(page.viewport()).state() == QScroller.State.Inactive, timeout=8000)
    assert bar.value() >= 290  # the page followed the finger
    if swipe is mouse_swipe:
        # The pointer's events carry QTest's own timestamps, so its pace is exact: the page glides on after it
        # lets go. (A finger's pace here is the wall clock's, which a loaded machine can stretch to a stop.)
        assert bar.value() > 300
    assert not page.textCursor().hasSelection() and page.current_ref() == "area:cheeks"


@pytest.mark.parametrize(
    ("swipe", "tap_on"), [(mouse_swipe, pointer_tap), (finger_swipe, finger_tap)], ids=["pointer", "finger"]
)
def test_a_tap_on_a_link_after_a_swipe_follows_it(qtbot, make_kiosk, swipe, tap_on) -> None:
    mode = make_kiosk()
    open_area(qtbot, mode, "cheeks")
    page = mode.window.page
    swipe(mode, QPoint(page.viewport().width() // 2, page.viewport().height() * 3 // 4), 200)
    qtbot.waitUntil(lambda: QScroller.scroller(page.viewport()).state() == QScroller.State.Inactive, timeout=8000)
    assert page.verticalScrollBar().value() > 0
    target = link_position(page, "topic:safety")
    tap_on(mode, target)
    assert page.current_ref() == "topic:safety"


def test_the_desk_window_keeps_mouse_selection(qtbot, shipped_window) -> None:
    """Only the kiosk is for fingers: in the window a drag on the page still selects text to copy."""
    page = shipped_window.page
    start = QPoint(page.viewport().width() // 2, 140)
    QTest.mousePress(page.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(page.viewport(), start + QPoint(120, 60))
    QTest.mouseRelease(page.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(120, 60))
    assert page.textCursor().hasSelection()


def right_click(window, widget, point: QPoint) -> None:
    """A right click as the screen reports it (through the window, where Qt makes its context-menu event)."""
    QTest.mouseClick(
        window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, widget.mapTo(window, point)
    )


# The window's own menu, opened on purpose below, is a popup the offscreen platform cannot raise or grab for.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_no_context_menu_anywhere_in_the_kiosk(qtbot, make_kiosk, shipped_window) -> None:
    desk = shipped_window.page
    right_click(shipped_window, desk.viewport(), QPoint(100, 100))
    menu = QApplication.activePopupWidget()
    assert menu is not None  # the window's page has its Copy / Select All menu
    menu.close()
    mode = make_kiosk()
    window = mode.window
    for widget, point in (
        (window.page.viewport(), QPoint(100, 100)),
        (window.diagram, QPoint(20, 20)),
        (window.toolbar, QPoint(5, 5)),
    ):
        right_click(window, widget, point)
        assert QApplication.activePopupWidget() is None, widget
    window.page.setFocus()
    qtbot.keyClick(window.page, Qt.Key.Key_Menu)
    assert QApplication.activePopupWidget() is None


def test_the_divider_is_locked_and_a_reset_restores_the_first_split(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, idle_timeout_s=30, warning_s=10)
    splitter = mode.window.splitter
    first = splitter.sizes()
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    for step in range(1, 11):
        qtbot.mouseMove(handle, middle + QPoint(step * 60, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(600, 0))
    assert splitter.sizes() == first
    open_area(qtbot, mode, "cheeks")
    clock.advance(45)  # idle, 'still there?', then the reset
    assert mode.window.page.current_ref() == "home"
    assert splitter.sizes() == first
    assert mode.touch.first_split() and abs(first[0] / sum(first) - mode.touch.first_split()[0]) < 0.01


def runs_through(diagram, region: str, point: QPointF) -> tuple[int, int]:
    """How far a tap still opens `region` left to right and top to bottom through `point` (px)."""
    lengths = []
    for dx, dy in ((1, 0), (0, 1)):
        length = 1
        for sign in (1, -1):
            step = 1
            while step < 400 and diagram.region_at(point + QPointF(sign * step * dx, sign * step * dy)) == region:
                step += 1
            length += step - 1
        lengths.append(length)
    return lengths[0], lengths[1]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_region_is_at_least_a_finger_wide(qtbot, make_kiosk, size) -> None:
    mode = make_kiosk(size=size)
    window = mode.window
    diagram = window.diagram
    for view in VIEWS:
        show_view(qtbot, window, view)
        for region in diagram.region_ids():
            rect = diagram.region_rect(region)
            anchor = diagram.anchor_of(region)
            wide, high = runs_through(diagram, region, anchor)
            assert min(wide, high) >= FINGER, (view, region, wide, high)
            if region not in THIN:
                continue
            # The narrowest row across the region's middle half: where an arm is thinnest.
            for y in range(int(rect.top() + rect.height() / 4), int(rect.bottom() - rect.height() / 4), 6):
                row = [
                    x for x in range(int(rect.left()), int(rect.right())) if diagram.region_at(QPointF(x, y)) == region
                ]
                if row:
                    assert runs_through(diagram, region, QPointF(row[len(row) // 2], y))[0] >= FINGER, (region, y)


def centred_link(page, href: str) -> QPoint:
    """Where a link is drawn, after scrolling it to the middle of the page."""
    at = link_position(page, href)
    bar = page.verticalScrollBar()
    bar.setValue(bar.value() + at.y() - page.viewport().height() // 2)
    return link_position(page, href)


def test_related_pages_are_large_buttons_and_a_tap_near_a_link_follows_it(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    open_area(qtbot, mode, "cheeks")
    page = mode.window.page
    related = mode.window.navigator.pack.areas["cheeks"].related
    assert related
    centre = centred_link(page, related[0])
    # A finger lands up to 24 px above or below the words of a button, or far to their right: it still counts.
    for offset in (QPoint(0, -FINGER // 2 + 2), QPoint(0, FINGER // 2 - 2), QPoint(page.viewport().width() // 2, 0)):
        pointer_tap(mode, centre + offset)
        assert page.current_ref() == related[0], offset
        open_area(qtbot, mode, "cheeks")
        centre = centred_link(page, related[0])
    # An inline link (the safety box's way to the Safety page): a tap just below its line follows it too.
    below = centred_link(page, "topic:safety") + QPoint(0, FINGER // 2 - 4)
    pointer_tap(mode, below)
    assert page.current_ref() == "topic:safety"
