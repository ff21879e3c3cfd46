"""The search keys (WCAG 2.1.4): Ctrl+F always reaches the search field; `/` does too unless the site turns
single-key shortcuts off, and in a text field `/` is only a slash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.settings import Settings
from tests.ui.conftest import make_window, show_ready
from ui.main_window import MainWindow


def desk_window(qtbot, **settings: object) -> MainWindow:
    window = make_window(qtbot)
    window.set_branding(Settings(**settings))  # type: ignore[arg-type]
    return show_ready(qtbot, window)


def test_slash_opens_search_from_the_page_and_the_diagram(qtbot) -> None:
    window = desk_window(qtbot)
    assert window.search is not None
    for start in (window.page, window.diagram):
        start.setFocus()
        QTest.keyClick(start, Qt.Key.Key_Slash)
        assert window.search.field.hasFocus()
        assert window.search.field.text() == ""  # the key opened search; it typed nothing


def test_slash_in_the_search_field_is_a_slash(qtbot) -> None:
    window = desk_window(qtbot)
    assert window.search is not None
    field = window.search.field
    field.setFocus()
    QTest.keyClicks(field, "a/b")
    assert field.text() == "a/b"


def test_turned_off_slash_does_nothing_and_ctrl_f_still_searches(qtbot) -> None:
    window = desk_window(qtbot, single_key_shortcuts=False)
    assert window.search is not None
    window.page.setFocus()
    QTest.keyClick(window.page, Qt.Key.Key_Slash)
    assert window.page.hasFocus()
    QTest.keyClick(window.page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()


def test_ctrl_f_searches_with_single_keys_on_too(qtbot) -> None:
    window = desk_window(qtbot)
    assert window.search is not None
    window.diagram.setFocus()
    QTest.keyClick(window.diagram, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
