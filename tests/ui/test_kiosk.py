"""Kiosk mode driven like a visitor and a staff member would: with taps, touches, keys and short timeouts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from core.idle import Phase
from core.problems import Problem
from core.records import VIEWS
from tests.ui.conftest import PIN, SET_PIN, click_area, click_link, press
from tests.ui.manual_clock import ManualClock
from ui import theme
from ui.kiosk.kiosk_mode import KioskMode

_TOUCH_SCREEN: list[QPointingDevice] = []


def touch_screen() -> QPointingDevice:
    if not _TOUCH_SCREEN:
        _TOUCH_SCREEN.append(QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen))
    return _TOUCH_SCREEN[0]


def tap(qtbot, widget, point: QPoint) -> None:
    """A finger tap: a real touch sequence on a touch screen, which Qt turns into a click."""
    QTest.touchEvent(widget, touch_screen()).press(0, point, widget).commit()
    QTest.touchEvent(widget, touch_screen()).release(0, point, widget).commit()


def enter_pin(qtbot, mode: KioskMode, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(mode.pin_pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.pin_pad.ok_button, Qt.MouseButton.LeftButton)


def pixel_at(diagram, area: str):
    """The colour drawn at the middle of an area, as the screen shows it."""
    return diagram.grab().toImage().pixelColor(diagram.anchor_of(area).toPoint() * diagram.devicePixelRatioF())


def test_the_attract_loop_lights_areas_in_turn_and_the_first_touch_opens_one(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, attract_interval_s=2.5)
    diagram = mode.window.diagram
    order = diagram.region_ids()
    assert mode.attract.hint.isVisible() and mode.attract.hint.text() == "Touch an area to explore"
    assert diagram.attract() == order[0]
    lit = pixel_at(diagram, order[1])
    clock.advance(2)
    assert diagram.attract() == order[0] and pixel_at(diagram, order[1]) == lit
    clock.advance(0.5)
    assert diagram.attract() == order[1] and pixel_at(diagram, order[1]) != lit  # it lights up
    clock.advance(5)
    assert diagram.attract() == order[3]
    area = order[3]
    tap(qtbot, diagram, diagram.anchor_of(area).toPoint())
    assert mode.window.page.current_ref() == f"area:{area}"
    assert mode.window.page.toPlainText().startswith(mode.window.navigator.pack.areas[area].title)
    assert diagram.selected() == area
    assert diagram.attract() == "" and not mode.attract.hint.isVisible()
    clock.advance(10)
    assert diagram.attract() == ""  # the loop stays off while the visitor reads


def test_a_touch_drag_does_not_select(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    diagram = mode.window.diagram
    start = diagram.anchor_of(diagram.region_ids()[0]).toPoint()
    device = touch_screen()
    QTest.touchEvent(diagram, device).press(0, start, diagram).commit()
    for step in range(1, 6):
        QTest.touchEvent(diagram, device).move(0, start + QPoint(0, step * 12), diagram).commit()
    QTest.touchEvent(diagram, device).release(0, start + QPoint(0, 60), diagram).commit()
    assert diagram.selected() == ""
    assert mode.window.page.current_ref() == "home"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the menu, offscreen
def test_idle_warning_then_reset_clears_every_piece_of_state(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, idle_timeout_s=30, warning_s=1.5)
    window = mode.window
    pack = window.navigator.pack
    click_area(qtbot, window, pack.areas_in(VIEWS[2])[0].id)
    click_link(qtbot, window.page, "topic:safety")
    press(qtbot, window, window.toolbar.back_action)
    press(qtbot, window, window.toolbar.evidence_action)
    assert window.toolbar.evidence_action.text() == "Show evidence notes"
    window.page.verticalScrollBar().setValue(window.page.verticalScrollBar().maximum())
    window.splitter.setSizes([300, 1600])
    window.page.anchorClicked.emit(QUrl("https://example.com"))
    qtbot.mouseMove(window.diagram, window.diagram.anchor_of(pack.areas_in(VIEWS[2])[1].id).toPoint())
    assert window.diagram.label_text()
    window.toolbar.topics_menu.popup(window.mapToGlobal(QPoint(300, 80)))
    qtbot.waitUntil(window.toolbar.topics_menu.isVisible)
    assert window.page.verticalScrollBar().value() > 0 and window.statusBar().currentMessage()

    QTest.keyClick(window.toolbar.topics_menu, Qt.Key.Key_Shift)  # the last touch: from here on, nobody is there
    clock.advance(29.5)
    assert not mode.still_there.isVisible() and window.toolbar.topics_menu.isVisible()
    clock.advance(0.5)
    assert mode.still_there.isVisible() and mode.still_there.text() == "Starting over in 2 s"
    clock.advance(0.5)
    assert mode.still_there.text() == "Starting over in 1 s"
    assert window.page.current_ref() == f"area:{pack.areas_in(VIEWS[2])[0].id}"  # nothing cleared yet
    clock.advance(1)

    assert not mode.still_there.isVisible() and not window.toolbar.topics_menu.isVisible()
    assert QApplication.activePopupWidget() is None
    assert window.page.current_ref() == "home" and window.page.toPlainText().startswith(pack.info.title)
    assert window.diagram.selected() == "" and window.diagram.label_text() == ""
    assert window.view_switch.button(VIEWS[0]).isChecked()
    assert sorted(window.diagram.region_ids()) == sorted(a.id for a in pack.areas_in(VIEWS[0]))
    assert not window.toolbar.back_action.isEnabled() and not window.toolbar.forward_action.isEnabled()
    assert window.toolbar.evidence_action.isChecked() and window.toolbar.evidence_action.text() == "Hide evidence notes"
    assert window.page.verticalScrollBar().value() == 0
    assert window.statusBar().currentMessage() == ""
    left, right = window.splitter.sizes()
    assert 0.4 < left / (left + right) < 0.5
    assert mode.attract.hint.isVisible() and window.diagram.attract()


def test_a_touch_during_the_warning_keeps_the_session(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, idle_timeout_s=30, warning_s=30)
    window = mode.window
    area = window.navigator.pack.areas_in(VIEWS[1])[0].id
    click_area(qtbot, window, area)
    clock.advance(30)
    assert mode.still_there.isVisible() and mode.still_there.text() == "Starting over in 30 s"
    clock.advance(20)
    assert mode.still_there.text() == "Starting over in 10 s"
    other = window.diagram.region_ids()[1]
    # The touch lands where another area is drawn beneath the warning: it keeps the session, opens nothing.
    tap(qtbot, window, window.diagram.mapTo(window, window.diagram.anchor_of(other).toPoint()))
    qtbot.waitUntil(lambda: not mode.still_there.isVisible())  # on the next turn of the event loop, no timer
    assert window.page.current_ref() == f"area:{area}" and window.diagram.selected() == area
    assert window.toolbar.back_action.isEnabled()
    clock.advance(29.5)  # the touch started the 30 seconds over, and the countdown with them
    assert not mode.still_there.isVisible() and window.page.current_ref() == f"area:{area}"
    clock.advance(0.5)
    assert mode.still_there.isVisible() and mode.still_there.text() == "Starting over in 30 s"


def test_close_alt_f4_and_escape_do_not_end_the_kiosk(qtbot, make_kiosk) -> None:
    mode = make_kiosk(fullscreen=True)
    window = mode.window
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.close() is False
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window.page, Qt.Key.Key_Escape)
    assert window.isVisible() and window.isFullScreen()
    assert mode.lock.refused >= 1


def test_holding_the_corner_and_the_right_pin_open_the_staff_panel(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    problem = Problem("/srv/stand.yaml", 3, "warning_s", "'ten' is not a number of seconds")
    mode = make_kiosk(clock=clock, admin_hold_s=3, problems=[problem])
    window = mode.window
    click_area(qtbot, window, window.navigator.pack.areas_in(VIEWS[0])[2].id)
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    clock.advance(2.5)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))  # let go too soon
    clock.advance(5)
    assert not mode.pin_pad.isVisible()
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    clock.advance(2.5)
    assert not mode.pin_pad.isVisible()
    clock.advance(0.5)
    assert mode.pin_pad.isVisible()
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert mode.pin_pad.message.text() == "Enter the staff PIN."
    enter_pin(qtbot, mode, PIN)
    assert not mode.pin_pad.isVisible() and mode.admin.isVisible()
    status = mode.admin.status_text()
    pack = window.navigator.pack
    assert f"content version {pack.info.content_version}" in status
    assert "OK: 19 areas" in status
    assert "/srv/stand.yaml:3: warning_s: 'ten' is not a number of seconds" in status
    assert str(mode.errors.log) in status
    qtbot.mouseClick(mode.admin.reset_button, Qt.MouseButton.LeftButton)
    assert not mode.admin.isVisible()
    assert window.page.current_ref() == "home" and mode.phase() is Phase.ATTRACT
    QTest.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    enter_pin(qtbot, mode, PIN)
    qtbot.mouseClick(mode.admin.exit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_wrong_pins_are_refused_and_slowed(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock)
    QTest.keyClick(
        mode.window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert mode.pin_pad.isVisible()
    messages = []
    for _ in range(3):
        QTest.keyClicks(mode.pin_pad, "1111")
        QTest.keyClick(mode.pin_pad, Qt.Key.Key_Return)
        messages.append(mode.pin_pad.message.text())
    assert messages == ["Wrong PIN. Try again.", "Wrong PIN. Try again.", "Wrong PIN. Try again in 2 seconds."]
    enter_pin(qtbot, mode, PIN)
    assert mode.pin_pad.message.text() == "Too many wrong PINs. Try again in 2 seconds."
    assert not mode.admin.isVisible() and mode.pin_pad.entered() == ""
    clock.advance(1.5)
    enter_pin(qtbot, mode, PIN)
    assert mode.pin_pad.message.text() == "Too many wrong PINs. Try again in 1 second."
    clock.advance(0.5)
    enter_pin(qtbot, mode, PIN)
    assert mode.admin.isVisible() and not mode.pin_pad.isVisible()


def test_without_a_pin_the_prompt_says_how_to_set_one_and_lets_nobody_in(qtbot, make_kiosk) -> None:
    mode = make_kiosk(pin_hash="")
    for _ in range(5):
        QTest.keyClick(
            mode.window,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert mode.pin_pad.isVisible() and not mode.pin_pad.keypad.isVisible()
        assert mode.pin_pad.message.text().endswith(f"Set one with:\n{SET_PIN}")
        QTest.keyClicks(mode.pin_pad, "0000")
        QTest.keyClick(mode.pin_pad, Qt.Key.Key_Return)
        assert not mode.admin.isVisible()
        qtbot.mouseClick(mode.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
        assert not mode.pin_pad.isVisible()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_handler_is_logged_and_the_map_comes_back(qtbot, make_kiosk, monkeypatch) -> None:
    mode = make_kiosk()
    window = mode.window
    qtbot.mouseClick(window.view_switch.button(VIEWS[1]), Qt.MouseButton.LeftButton)

    def broken(ref: str) -> None:
        raise RuntimeError(f"cannot open {ref}")

    monkeypatch.setattr(window.navigator, "open", broken)
    area = window.diagram.region_ids()[0]
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=window.diagram.anchor_of(area).toPoint())
    qtbot.waitUntil(lambda: mode.phase() is Phase.ATTRACT, timeout=2000)
    log = mode.errors.log.read_text()
    assert "Traceback (most recent call last)" in log
    assert f"RuntimeError: cannot open area:{area}" in log
    assert window.view_switch.button(VIEWS[0]).isChecked() and window.page.current_ref() == "home"
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_controls_are_finger_sized_and_text_readable_at_1080p(qtbot, make_kiosk) -> None:
    for size in ((1920, 1080), (1080, 1920)):
        window = make_kiosk(size=size).window
        buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        assert len(buttons) >= 8
        for button in buttons:
            assert button.height() >= 48 and button.width() >= 48, (button.text(), button.size())
        for view in VIEWS:
            qtbot.mouseClick(window.view_switch.button(view), Qt.MouseButton.LeftButton)
            for region in window.diagram.region_ids():
                rect = window.diagram.region_rect(region)
                assert min(rect.width(), rect.height()) >= 48, (size, region, rect)
        assert window.page.document().defaultFont().pixelSize() >= 22
        assert QApplication.font().pixelSize() >= 22


def contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_kiosk_text_colours_reach_seven_to_one() -> None:
    colours = theme.KIOSK_THEME.colours
    for colour in (colours.text, colours.muted, colours.link, colours.accent_dark):
        assert contrast(colour, colours.panel) >= 7, colour
    assert contrast(colours.on_dark, colours.link) >= 7  # the chosen view and the primary buttons
    assert contrast(colours.warning_text, colours.warning_bg) >= 7


def test_the_pointer_can_be_hidden_and_comes_back_when_the_kiosk_ends(qtbot, make_kiosk) -> None:
    mode = make_kiosk(hide_cursor=True)
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    mode.exit_kiosk()
    assert QApplication.overrideCursor() is None
    assert not mode.window.isVisible()


def staff_keys(mode: KioskMode) -> None:
    QTest.keyClick(
        mode.window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )


LOST = (
    "The staff PIN in the settings file cannot be read, so nobody can open the staff panel. "
    f"Set it again with:\n{SET_PIN}"
)


@pytest.mark.parametrize("pin_hash", ["", "scrypt$3$8$1$" + "0" * 32 + "$" + "ab" * 32])
def test_an_unreadable_pin_hash_asks_for_the_pin_again_and_never_ends_the_kiosk(
    qtbot, make_kiosk, tmp_path, pin_hash
) -> None:
    # "" is what the settings keep when they refuse the hash; the doctored one is a hash that reached the gate.
    problem = Problem(str(tmp_path / "settings.yaml"), 4, "admin_pin_hash", "a PIN hash this app cannot check")
    mode = make_kiosk(pin_hash=pin_hash, problems=[problem] if not pin_hash else [])
    for _ in range(6):
        staff_keys(mode)
        assert mode.pin_pad.isVisible() and not mode.pin_pad.keypad.isVisible()
        assert mode.pin_pad.message.text() == LOST
        QTest.keyClicks(mode.pin_pad, PIN)
        QTest.keyClick(mode.pin_pad, Qt.Key.Key_Return)
        assert not mode.admin.isVisible()
        qtbot.mouseClick(mode.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    assert mode.window.isVisible() and not mode.errors.log.exists()


def test_the_pin_back_off_survives_a_restart_of_the_kiosk(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    first = make_kiosk(clock=clock, idle_timeout_s=600)
    staff_keys(first)
    for _ in range(8):  # the eighth wrong PIN in a row: 64 seconds to wait
        clock.advance(first.gate.wait_s())
        enter_pin(qtbot, first, "1111")
    assert first.pin_pad.message.text() == "Wrong PIN. Try again in 64 seconds."
    first.exit_kiosk()  # as if the app had died: the watchdog starts a new one
    first.shortcut.setEnabled(False)
    second = make_kiosk(clock=ManualClock(3.0))  # a new process: its monotonic clock starts over
    staff_keys(second)
    enter_pin(qtbot, second, PIN)
    assert second.pin_pad.message.text().startswith("Too many wrong PINs. Try again in ")
    assert not second.admin.isVisible()
