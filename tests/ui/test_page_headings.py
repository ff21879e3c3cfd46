"""Moving through the page by heading with the keyboard: H and Shift+H, and Ctrl+H and Ctrl+Shift+H, which
the `single_key_shortcuts` setting leaves on when it turns H off (WCAG 2.1.4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.heading_steps import wrap_notice
from core.settings import Settings
from tests.ui.conftest import click_area, make_window, show_ready
from ui.main_window import MainWindow
from ui.page_structure import HEADING, structure

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def neck_page(qtbot, **settings: object) -> MainWindow:
    window = make_window(qtbot, size=(1366, 768))
    window.set_branding(Settings(**settings))  # type: ignore[arg-type]
    show_ready(qtbot, window)
    click_area(qtbot, window, "neck")
    window.page.setFocus()
    return window


def headings(window: MainWindow) -> list[tuple[str, int]]:
    return [(item.name, item.start) for item in structure(window.page.document()) if item.kind == HEADING]


def line_at_caret(window: MainWindow) -> str:
    return window.page.textCursor().block().text().lstrip("\u26a0").strip()


def mark_is_on_the_caret_line(window: MainWindow) -> bool:
    mark = window.access.page_nav.headings._mark
    caret = window.page.cursorRect()
    return bool(mark is not None and mark.isVisible() and mark.geometry().contains(caret.center()))


def on_screen(window: MainWindow) -> bool:
    return window.page.viewport().rect().contains(window.page.cursorRect())


def test_h_takes_the_caret_to_each_heading_in_turn_scrolled_into_view_and_marked(qtbot) -> None:
    window = neck_page(qtbot)
    found = headings(window)
    assert len(found) >= 4 and found[0][0] == "Neck" and found[1][0] == "Safety notes"
    for name, start in found[1:]:
        QTest.keyClick(window.page, Qt.Key.Key_H)
        assert window.page.hasFocus()
        assert window.page.textCursor().position() == start
        assert line_at_caret(window) == name
        assert on_screen(window), name
        assert mark_is_on_the_caret_line(window), name
    QTest.keyClick(window.page, Qt.Key.Key_H)  # past the last: round to the first, and said so
    assert window.page.textCursor().position() == found[0][1]
    assert window.statusBar().currentMessage() == wrap_notice(True)
    assert window.page.verticalScrollBar().value() == 0


def test_shift_h_goes_back_and_round_to_the_last(qtbot) -> None:
    window = neck_page(qtbot)
    found = headings(window)
    QTest.keyClick(window.page, Qt.Key.Key_H, SHIFT)  # from the top: the last heading, and said so
    assert window.page.textCursor().position() == found[-1][1]
    assert window.statusBar().currentMessage() == wrap_notice(False)
    assert on_screen(window)
    QTest.keyClick(window.page, Qt.Key.Key_H, SHIFT)
    assert window.page.textCursor().position() == found[-2][1]
    assert mark_is_on_the_caret_line(window)


def test_ctrl_h_and_ctrl_shift_h_do_the_same(qtbot) -> None:
    window = neck_page(qtbot)
    found = headings(window)
    QTest.keyClick(window.page, Qt.Key.Key_H, CTRL)
    QTest.keyClick(window.page, Qt.Key.Key_H, CTRL)
    assert window.page.textCursor().position() == found[2][1]
    QTest.keyClick(window.page, Qt.Key.Key_H, CTRL | SHIFT)
    assert window.page.textCursor().position() == found[1][1]


def test_with_single_keys_off_h_does_nothing_and_ctrl_h_still_moves(qtbot) -> None:
    window = neck_page(qtbot, single_key_shortcuts=False)
    found = headings(window)
    QTest.keyClick(window.page, Qt.Key.Key_H)
    QTest.keyClick(window.page, Qt.Key.Key_H, SHIFT)
    assert window.page.textCursor().position() == 0
    assert window.access.page_nav.headings._mark is None  # nothing was marked
    QTest.keyClick(window.page, Qt.Key.Key_H, CTRL)
    assert window.page.textCursor().position() == found[1][1]
    assert "Ctrl+H" in window.page.accessibleDescription() and "Shift+H or" not in window.page.accessibleDescription()


def test_the_mark_goes_when_the_caret_leaves_the_heading_or_the_page_the_keyboard(qtbot) -> None:
    window = neck_page(qtbot)
    QTest.keyClick(window.page, Qt.Key.Key_H)
    assert mark_is_on_the_caret_line(window)
    window.diagram.setFocus()
    assert not mark_is_on_the_caret_line(window)
    window.page.setFocus()
    assert mark_is_on_the_caret_line(window)  # back on the heading it was on
    QTest.keyClick(window.page, Qt.Key.Key_Down)
    assert not window.access.page_nav.headings._mark.isVisible()


def test_the_page_says_its_keys_to_assistive_technology(qtbot) -> None:
    window = neck_page(qtbot)
    described = window.page.accessibleDescription()
    assert "H or Ctrl+H: next heading" in described and "Ctrl+L: list of headings and links" in described
