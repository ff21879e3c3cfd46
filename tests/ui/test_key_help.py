"""The start page's "Using a keyboard or screen reader": it lists the keys that work in this window, and only
those. Each key a line names is pressed here, and does what the line says: on the desk window all of them, in
a kiosk the ones a kiosk keeps (no divider keys, no reading line by line, search only where it has search)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from core.key_help import HEADING
from core.key_list import KeyPlace, KeyUse, key_uses
from core.kiosk_search import decide
from core.refs import HOME, area_ref
from core.settings import Settings
from tests.ui.conftest import click_area, make_window, show_ready
from ui.main_window import MainWindow


def press(key: str, widget: QWidget | None = None) -> QWidget:
    """Press `key` (as QKeySequence reads it) where the keyboard is, or on `widget`; where the keyboard is after."""
    combination = QKeySequence(key)[0]
    target = widget or QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())
    after = QApplication.focusWidget()
    assert after is not None
    return after


def lines_shown(window: MainWindow) -> list[str]:
    """The lines of the home page under the keys' heading, as the page shows them."""
    text = window.page.toPlainText().splitlines()
    assert HEADING in text, "the start page has no keys section"
    after = text[text.index(HEADING) + 1 :]
    return after[: next((i for i, line in enumerate(after) if ": " not in line), len(after))]


def line_of(use: KeyUse) -> str:
    return f"{use.label}: {use.does}"


# -- what each line's keys do ------------------------------------------------------------------------------


def parts(qtbot, window: MainWindow, use: KeyUse) -> None:
    window.page.setFocus()
    forward, back = use.keys
    assert press(forward) is not window.page  # on to the toolbar
    assert press(forward) is window.diagram
    assert press(back) is not window.diagram


def tab(qtbot, window: MainWindow, use: KeyUse) -> None:
    window.page.setFocus()
    forward, back = use.keys
    press(forward)
    href = window.page.textCursor().charFormat().anchorHref()
    assert href, "Tab put the keyboard on no link"
    press(forward)
    second = window.page.textCursor().charFormat().anchorHref()
    assert second and window.page.textCursor().selectionStart() > 0
    press(back)
    assert window.page.textCursor().charFormat().anchorHref() == href
    press("Return")  # "Enter opens it"
    qtbot.waitUntil(lambda: window.navigator.history.current == href)


def arrows(qtbot, window: MainWindow, use: KeyUse) -> None:
    window.diagram.setFocus()
    first = window.diagram.focused_region()
    press(use.keys[0])  # Right
    assert window.diagram.focused_region() not in ("", first)
    if "line by line" in use.does:
        window.page.setFocus()
        caret = window.page.textCursor().position()
        press("Down")
        assert window.page.textCursor().position() > caret
    if "divider" in use.does:
        divider = window.splitter.handle(1)
        divider.setFocus()
        before = window.splitter.sizes()
        press("Right", divider)
        assert window.splitter.sizes() != before


def headings(qtbot, window: MainWindow, use: KeyUse) -> None:
    click_area(qtbot, window, "neck")
    nav = window.access.page_nav.headings
    for key in use.keys:
        window.page.setFocus()
        before = nav.current()
        press(key)
        assert nav.current() is not None and nav.current() != before, key


def listing(qtbot, window: MainWindow, use: KeyUse) -> None:
    window.page.setFocus()
    press(use.keys[0])
    guide = window.access.page_nav.guide
    assert guide is not None and guide.isVisible()
    press("Escape")
    assert not guide.isVisible()


def search(qtbot, window: MainWindow, use: KeyUse) -> None:
    assert window.search is not None
    for key in use.keys:
        window.page.setFocus()
        assert press(key) is window.search.field, key


def history(qtbot, window: MainWindow, use: KeyUse) -> None:
    back, forward, home = use.keys
    click_area(qtbot, window, "neck")
    window.page.setFocus()
    press(back)
    assert window.navigator.history.current == HOME
    press(forward)
    assert window.navigator.history.current == area_ref("neck")
    press(home)
    assert window.navigator.history.current == HOME


def text_size(qtbot, window: MainWindow, use: KeyUse) -> None:
    larger, smaller, usual = use.keys
    window.page.setFocus()
    start = window.text_zoom.percent
    press(larger)
    assert window.text_zoom.percent > start
    press(smaller)
    press(smaller)
    assert window.text_zoom.percent < start
    press(usual)
    assert window.text_zoom.percent == start


DOES: dict[str, Callable[..., None]] = {
    "parts": parts,
    "tab": tab,
    "arrows": arrows,
    "headings": headings,
    "list": listing,
    "search": search,
    "history": history,
    "text size": text_size,
}


def check_every_line(qtbot, window: MainWindow) -> list[str]:
    """Each line shown, its keys pressed: returns the names of the lines."""
    shown = window.navigator.keys
    assert lines_shown(window) == [line_of(use) for use in shown]
    for use in shown:
        window.toolbar.home_action.trigger()
        qtbot.waitUntil(lambda: window.navigator.history.current == HOME)
        DOES[use.name](qtbot, window, use)
    return [use.name for use in shown]


# -- the desk window ---------------------------------------------------------------------------------------


def desk(qtbot, **settings: object) -> MainWindow:
    window = make_window(qtbot, size=(1366, 768))
    window.set_branding(Settings(**settings))  # type: ignore[arg-type]
    return show_ready(qtbot, window)


def test_the_desk_start_page_lists_every_key_and_each_does_what_its_line_says(qtbot) -> None:
    window = desk(qtbot)
    assert check_every_line(qtbot, window) == list(DOES)
    assert window.navigator.keys == key_uses(KeyPlace())


def test_with_single_keys_off_the_list_leaves_out_h_and_slash(qtbot) -> None:
    window = desk(qtbot, single_key_shortcuts=False)
    keys = {use.name: use.keys for use in window.navigator.keys}
    assert keys["headings"] == ("Ctrl+H", "Ctrl+Shift+H") and keys["search"] == ("Ctrl+F",)
    assert "H, Shift+H" not in "\n".join(lines_shown(window)) and "or /" not in "\n".join(lines_shown(window))
    check_every_line(qtbot, window)
    window.page.setFocus()
    assert press("/") is window.page  # left out, and it does nothing


def test_the_lines_are_a_list_a_screen_reader_reads_item_by_item(qtbot) -> None:
    window = desk(qtbot)
    QAccessible.setActive(True)
    try:
        access = window.access.page_parts
        qtbot.waitUntil(lambda: bool(access.lists()))
        named = []
        for widget in access.lists():
            interface = QAccessible.queryAccessibleInterface(widget)
            named.append([interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())])
        assert [line_of(use) for use in window.navigator.keys] in named
    finally:
        QAccessible.setActive(False)


# -- a kiosk -----------------------------------------------------------------------------------------------


def test_a_kiosk_lists_only_what_works_there_and_what_it_leaves_out_does_nothing(qtbot, make_kiosk) -> None:
    window = make_kiosk(size=(1366, 768)).window
    names = check_every_line(qtbot, window)
    assert names == ["parts", "tab", "arrows", "headings", "list", "history", "text size"]
    text = "\n".join(lines_shown(window))
    assert "line by line" not in text and "divider" not in text and "search" not in text
    window.page.setFocus()
    assert press("Ctrl+F") is window.page  # no search field to go to
    divider = window.splitter.handle(1)
    before = window.splitter.sizes()
    press("Right", divider)
    assert window.splitter.sizes() == before  # the divider is locked


def test_a_kiosk_with_search_lists_its_keys(qtbot, make_kiosk) -> None:
    window = make_kiosk(size=(1366, 768), kiosk_search=True, search=decide(True, "")).window
    assert "search" in check_every_line(qtbot, window)


@pytest.mark.parametrize("place", [KeyPlace(), KeyPlace(touch=True, search=False), KeyPlace(single_key=False)])
def test_every_line_has_a_check_here(place: KeyPlace) -> None:
    assert {use.name for use in key_uses(place)} <= set(DOES)
