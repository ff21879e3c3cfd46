"""The window for someone using only a keyboard: Tab reaches every control, Enter or Space works it, F6
moves between toolbar, diagram and page, focus is always visible, and links are more than a colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from core.refs import area_ref, topic_ref
from tests.ui.conftest import click_area, toolbar_button
from ui.main_window import MainWindow


def key(which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press a key where the keyboard is; returns where it is afterwards."""
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, which, modifier)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def contrast(first: str, second: str) -> float:
    def luminance(name: str) -> float:
        channels = [int(name[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    low, high = sorted((luminance(first), luminance(second)))
    return (high + 0.05) / (low + 0.05)


def tab_walk(window: MainWindow, presses: int) -> list[QWidget]:
    window.page.setFocus()
    return [key(Qt.Key.Key_Tab) for _ in range(presses)]


def test_tab_reaches_every_control_of_the_window_and_comes_back_round(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    click_area(qtbot, window, "neck")  # Back is enabled now
    bar = window.toolbar
    walked = tab_walk(window, 60)
    wanted = {
        "Home": toolbar_button(bar.home_action),
        "Back": toolbar_button(bar.back_action),
        "Topics": bar.topics_button,
        "Evidence": toolbar_button(bar.evidence_action),
        "search": window.search.field if window.search else None,
        "Face view": window.view_switch.button("face"),
        "diagram": window.diagram,
        "divider": window.splitter.handle(1),
        "page": window.page,
    }
    missing = [name for name, widget in wanted.items() if widget not in walked]
    assert missing == []
    # Disabled Forward is skipped; nothing else outside the window's own controls takes the keyboard.
    assert toolbar_button(bar.forward_action) not in walked
    assert all(window.isAncestorOf(widget) for widget in walked)


def test_shift_tab_walks_back_the_same_way(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    forwards = [w for w in tab_walk(window, 40) if w is not window.page and w is not window.diagram]
    window.page.setFocus()
    backwards = [key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) for _ in range(60)]
    assert set(forwards) <= set(backwards)


def test_the_evidence_toggle_works_with_space(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    toggle = toolbar_button(window.toolbar.evidence_action)
    toggle.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.navigator.show_evidence
    key(Qt.Key.Key_Space)
    assert not window.navigator.show_evidence and toggle.text() == "Show evidence notes"


def test_home_and_back_work_from_the_keyboard(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    click_area(qtbot, window, "chin")
    toolbar_button(window.toolbar.back_action).setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Space)
    assert window.page.current_ref() == "home"
    toolbar_button(window.toolbar.forward_action).setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Space)
    assert window.page.current_ref() == area_ref("chin")


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the menu, offscreen
def test_topics_opens_with_enter_and_with_down(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    button = window.toolbar.topics_button
    menu = window.toolbar.topics_menu
    for which in (Qt.Key.Key_Return, Qt.Key.Key_Down):
        button.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(button, which)
        qtbot.waitUntil(menu.isVisible)
        assert QApplication.activePopupWidget() is menu
        QTest.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not menu.isVisible())


def test_f6_moves_between_toolbar_diagram_and_page(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    window.page.setFocus()
    home = toolbar_button(window.toolbar.home_action)
    assert key(Qt.Key.Key_F6) is home
    assert key(Qt.Key.Key_F6) is window.diagram
    assert window.diagram.focused_region() == window.diagram.region_ids()[0]
    assert key(Qt.Key.Key_F6) is window.page
    assert key(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.diagram
    window.toolbar.topics_button.setFocus()
    assert key(Qt.Key.Key_F6) is window.diagram  # from anywhere on the toolbar, on to the diagram


def test_the_page_panel_shows_where_the_keyboard_is(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    colours = window.theme.colours

    def edge() -> str:
        return window.page.grab().toImage().pixelColor(1, window.page.height() // 2).name()

    window.page.setFocus()
    assert edge() == colours.link
    window.diagram.setFocus()
    assert edge() == colours.panel
    assert contrast(colours.link, colours.panel) >= 3


def test_focus_on_the_checked_view_shows_at_three_to_one(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    button = window.view_switch.button("face")
    assert button.isChecked()

    def top_edge() -> str:
        return button.grab().toImage().pixelColor(button.width() // 2, 1).name()

    window.page.setFocus()
    unfocused = top_edge()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    focused = top_edge()
    assert contrast(unfocused, focused) >= 3, (unfocused, focused)


def test_every_link_on_every_page_is_underlined(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    pack = window.navigator.pack
    refs = ["home", *(area_ref(a) for a in pack.areas), *(topic_ref(t) for t in pack.topics)]
    plain = []
    for ref in refs:
        window.page.show_page(window.navigator.open(ref).page)
        block = window.page.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isAnchor() and not fragment.charFormat().fontUnderline():
                    plain.append((ref, fragment.text()))
                fragments += 1
            block = block.next()
    assert plain == []


def test_the_app_speaks_its_contents_language(qtbot, shipped_window: MainWindow) -> None:
    assert QLocale().language() == QLocale.Language.English
    assert shipped_window.page.locale().language() == QLocale.Language.English
