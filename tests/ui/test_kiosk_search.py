"""Search in kiosk mode, as a visitor and the staff see it: no field unless the settings turn it on with Qt's
on-screen keyboard, and then a working one; the staff panel says which, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.kiosk_search import NOT_INSTALLED, OFF, ON, decide
from tests.ui.conftest import PIN
from tests.ui.test_kiosk import enter_pin


def staff_panel_text(qtbot, mode) -> str:
    qtbot.keyClick(
        mode.window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    enter_pin(qtbot, mode, PIN)
    assert mode.admin.isVisible()
    return mode.admin.status_text()


def test_a_kiosk_has_no_search_field_by_default_and_the_staff_panel_says_how_to_turn_it_on(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    window = mode.window
    assert window.search is None and window.toolbar.findChildren(QLineEdit) == []
    assert OFF in staff_panel_text(qtbot, mode)


def test_asked_for_without_the_keyboard_it_stays_off_and_staff_are_told_why(qtbot, make_kiosk) -> None:
    mode = make_kiosk(kiosk_search=True, search=decide(True, NOT_INSTALLED))
    assert mode.window.search is None and mode.window.toolbar.findChildren(QLineEdit) == []
    said = staff_panel_text(qtbot, mode)
    assert NOT_INSTALLED in said and "kiosk_search is true" in said and "stays off" in said


def test_with_the_keyboard_the_field_works_and_a_reset_clears_it(qtbot, make_kiosk) -> None:
    mode = make_kiosk(kiosk_search=True, search=decide(True, ""))
    window = mode.window
    assert window.search is not None
    qtbot.waitUntil(window.search.field.isVisible)
    assert window.search.field.isEnabled() and window.search.field.height() >= 48
    qtbot.mouseClick(window.search.field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search.field, "jowls")
    assert window.search.results.isVisible()
    assert window.search.results_shown()[0].ref == "area:jawline-jowls"
    mode.reset_now()
    assert window.search.field.text() == "" and not window.search.results.isVisible()
    assert ON in staff_panel_text(qtbot, mode)
