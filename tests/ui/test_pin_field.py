"""The staff PIN's field: a password field on screen and for assistive technology. The digits show as dots,
its accessible text and value never hold them, only digits go in (up to the PIN's longest), and the keypad,
Backspace, Enter and Escape work on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from core.pin import PIN_DIGITS
from tests.ui.conftest import PIN
from tests.ui.test_kiosk_access import open_pin_pad
from ui.kiosk.kiosk_mode import KioskMode


def typed_pad(qtbot, make_kiosk, digits: str = "") -> KioskMode:
    mode = make_kiosk()
    open_pin_pad(qtbot, mode)
    if digits:
        QTest.keyClicks(QApplication.focusWidget(), digits)
    return mode


def test_the_pad_opens_on_its_pin_field_and_shows_each_digit_as_a_dot(qtbot, make_kiosk) -> None:
    mode = typed_pad(qtbot, make_kiosk, "2580")
    field = mode.pin_pad.field
    assert QApplication.focusWidget() is field
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert mode.pin_pad.entered() == "2580"
    assert field.displayText() == "●●●●"
    assert field.text() == "****"  # the digits are never in the field: its events cannot tell them


def test_assistive_technology_meets_a_password_field_that_never_tells_the_digits(qtbot, make_kiosk) -> None:
    mode = typed_pad(qtbot, make_kiosk, "2580")
    interface = QAccessible.queryAccessibleInterface(mode.pin_pad.field)
    assert interface.role() == QAccessible.Role.EditableText
    assert interface.state().passwordEdit
    assert interface.text(QAccessible.Text.Name) == "Staff PIN"
    told = [interface.text(kind) for kind in (QAccessible.Text.Value, QAccessible.Text.Description)]
    text = interface.textInterface()
    told.append(text.text(0, text.characterCount()))
    assert not any(digit in said for said in told for digit in "2580"), told


def test_only_digits_go_in_and_no_more_than_a_pin_has(qtbot, make_kiosk) -> None:
    mode = typed_pad(qtbot, make_kiosk, "12a-b4")
    arabic_three = "\u0663"  # a digit, but not one a PIN is made of
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, mode.pin_pad.field, Qt.Key.Key_3, arabic_three, Qt.KeyboardModifier.NoModifier
    )
    assert mode.pin_pad.entered() == "124"
    QTest.keyClicks(mode.pin_pad.field, "9" * 20)
    assert len(mode.pin_pad.entered()) == PIN_DIGITS[1]


def test_a_whole_pin_can_be_pasted_and_nothing_else(qtbot, make_kiosk) -> None:
    mode = typed_pad(qtbot, make_kiosk, "12")
    field = mode.pin_pad.field
    for refused in ("12ab", "1 2 3 4", "9" * (PIN_DIGITS[1] + 1)):
        QApplication.clipboard().setText(refused)
        QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert mode.pin_pad.entered() == "12", refused
    qtbot.mouseClick(field, Qt.MouseButton.MiddleButton)  # the X selection: never
    assert mode.pin_pad.entered() == "12"
    QApplication.clipboard().setText(f" {PIN}\n")  # a password manager's copy (WCAG 3.3.8)
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert mode.pin_pad.entered() == PIN and field.text() == "*" * len(PIN)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert mode.admin.isVisible()


def test_the_keypad_backspace_and_clear_work_on_the_field(qtbot, make_kiosk) -> None:
    mode = typed_pad(qtbot, make_kiosk, "13")
    pad = mode.pin_pad
    qtbot.mouseClick(pad.keys["7"], Qt.MouseButton.LeftButton)
    assert pad.entered() == "137" and pad.field.displayText() == "●●●"
    QTest.keyClick(pad.field, Qt.Key.Key_Backspace)
    qtbot.mouseClick(pad.keys["<"], Qt.MouseButton.LeftButton)
    assert pad.entered() == "1"
    qtbot.mouseClick(pad.keys["C"], Qt.MouseButton.LeftButton)
    assert pad.entered() == ""


def test_enter_in_the_field_opens_the_staff_panel_and_escape_cancels(qtbot, make_kiosk) -> None:
    mode = typed_pad(qtbot, make_kiosk, PIN)
    QTest.keyClick(mode.pin_pad.field, Qt.Key.Key_Return)
    assert mode.admin.isVisible() and not mode.pin_pad.isVisible()
    mode.admin.hide()
    open_pin_pad(qtbot, mode)
    assert mode.pin_pad.entered() == ""  # a new entry each time
    QTest.keyClick(mode.pin_pad.field, Qt.Key.Key_Escape)
    assert not mode.pin_pad.isVisible()


def test_closing_the_pad_gives_the_keyboard_back_to_the_window(qtbot, make_kiosk) -> None:
    mode = typed_pad(qtbot, make_kiosk, "12")
    QTest.keyClick(mode.pin_pad.field, Qt.Key.Key_Escape)
    focus = QApplication.focusWidget()
    assert not mode.pin_pad.isVisible()
    assert focus is not None and focus.isVisible() and mode.window.isAncestorOf(focus)
