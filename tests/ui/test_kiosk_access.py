"""The kiosk's sheets for keyboard and assistive-technology users: named modal dialogs that keep the
keyboard, close with Escape, give 20 s by default, and count an assistive technology's press as a touch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from core.idle import Phase
from core.settings import DEFAULTS
from tests.ui.conftest import PIN, toolbar_button
from tests.ui.manual_clock import ManualClock
from ui.kiosk.kiosk_mode import ADMIN_KEYS, KioskMode


def key(qtbot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press a key where the keyboard is; returns where it is afterwards."""
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, which, modifier)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def open_pin_pad(qtbot, mode: KioskMode) -> None:
    QTest.keySequence(mode.window, ADMIN_KEYS)
    qtbot.waitUntil(mode.pin_pad.isVisible)


def open_staff_panel(qtbot, mode: KioskMode) -> None:
    open_pin_pad(qtbot, mode)
    for digit in PIN:
        key(qtbot, Qt.Key(Qt.Key.Key_0.value + int(digit)))
    key(qtbot, Qt.Key.Key_Return)
    assert mode.admin.isVisible()


def press_through_accessibility(widget: QWidget) -> None:
    """What a screen reader, switch access or voice control does: the Press action, no input event."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.actionInterface() is not None
    interface.actionInterface().doAction("Press")


def test_tab_and_shift_tab_walk_the_staff_panel_and_never_leave_it(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    open_staff_panel(qtbot, mode)
    sheet = mode.admin
    seen = []
    for _ in range(8):
        focus = key(qtbot, Qt.Key.Key_Tab)
        assert focus is sheet or sheet.isAncestorOf(focus)
        seen.append(focus)
    assert {sheet.back_button, sheet.reset_button, sheet.exit_button} <= set(seen)
    for _ in range(5):
        focus = key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focus is sheet or sheet.isAncestorOf(focus)
    key(qtbot, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_the_pin_pad_keeps_the_keyboard_and_escape_cancels_it(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    open_pin_pad(qtbot, mode)
    for _ in range(4):
        assert key(qtbot, Qt.Key.Key_Tab) in (mode.pin_pad, mode.pin_pad.field)  # the pad or its PIN field
    assert key(qtbot, Qt.Key.Key_Tab) is mode.pin_pad  # the fifth from the field, where the pad opens
    key(qtbot, Qt.Key.Key_1)
    assert mode.pin_pad.entered() == "1"  # digits still land on the pad after Tab
    key(qtbot, Qt.Key.Key_Return)  # Enter never follows a link behind the pad
    assert mode.window.page.current_ref() == "home"
    key(qtbot, Qt.Key.Key_Escape)
    assert not mode.pin_pad.isVisible()


def test_each_sheet_is_a_modal_dialog_named_by_its_title(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    for sheet, title in ((mode.still_there, "Still there?"), (mode.pin_pad, "Staff PIN"), (mode.admin, "Staff panel")):
        interface = QAccessible.queryAccessibleInterface(sheet)
        assert interface.role() == QAccessible.Role.Dialog
        assert interface.text(QAccessible.Text.Name) == title
        assert interface.state().modal
    open_pin_pad(qtbot, mode)
    interface = QAccessible.queryAccessibleInterface(mode.pin_pad)
    assert interface.text(QAccessible.Text.Description) == "Enter the staff PIN."


def test_still_there_gives_twenty_seconds_by_default(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, idle_timeout_s=30, warning_s=DEFAULTS.warning_s)
    key(qtbot, Qt.Key.Key_Shift)  # a visitor is there
    clock.advance(30)
    assert mode.still_there.isVisible() and mode.still_there.text() == "Starting over in 20 s"
    description = QAccessible.queryAccessibleInterface(mode.still_there).text(QAccessible.Text.Description)
    assert description == "Starting over in 20 s Touch anywhere to keep reading."
    clock.advance(19)
    assert mode.still_there.isVisible() and mode.phase() is Phase.WARNING


def test_a_press_through_assistive_technology_during_the_warning_keeps_the_session(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, idle_timeout_s=30, warning_s=20)
    window = mode.window
    press_through_accessibility(window.access.regions.button("neck"))
    assert window.page.current_ref() == "area:neck"
    clock.advance(35)
    assert mode.still_there.isVisible()
    press_through_accessibility(toolbar_button(window.toolbar.home_action))
    qtbot.waitUntil(lambda: not mode.still_there.isVisible())
    assert mode.phase() is Phase.ACTIVE and window.page.current_ref() == "home"
    clock.advance(25)
    assert window.navigator.state().can_go_back  # no reset: the session, its history included, went on


def test_any_key_during_the_warning_keeps_the_session(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, idle_timeout_s=30, warning_s=20)
    key(qtbot, Qt.Key.Key_Shift)
    clock.advance(30)
    assert mode.still_there.isVisible()
    key(qtbot, Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: not mode.still_there.isVisible())
    assert mode.phase() is Phase.ACTIVE
