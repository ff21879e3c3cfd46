"""The navigation bar on its own: each button says what the reader asked for, and nothing more."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from tests.ui.conftest import toolbar_button
from ui.toolbar import NavigationBar

TOPICS = [("topic:safety", "Safety first"), ("topic:faq", "Questions")]


@pytest.fixture
def bar(qtbot) -> Iterator[NavigationBar]:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = NavigationBar("Atlas", TOPICS, window)
    window.addToolBar(bar)
    window.resize(900, 200)
    window.show()
    qtbot.waitExposed(window)
    yield bar  # the window stays alive (and owns the bar) until the test ends
    window.close()


def click(qtbot, action) -> None:
    qtbot.mouseClick(toolbar_button(action), Qt.MouseButton.LeftButton)


def test_home_back_and_forward_ask_for_what_they_say(qtbot, bar: NavigationBar) -> None:
    bar.set_history(can_go_back=True, can_go_forward=True)
    for action, signal in (
        (bar.home_action, bar.home_requested),
        (bar.back_action, bar.back_requested),
        (bar.forward_action, bar.forward_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            click(qtbot, action)


def test_back_and_forward_follow_the_history_they_are_given(qtbot, bar: NavigationBar) -> None:
    bar.set_history(can_go_back=False, can_go_forward=True)
    assert not toolbar_button(bar.back_action).isEnabled() and toolbar_button(bar.forward_action).isEnabled()
    with qtbot.assertNotEmitted(bar.back_requested):
        click(qtbot, bar.back_action)


def test_the_topics_menu_lists_the_topics_and_gives_each_one_s_reference(qtbot, bar: NavigationBar) -> None:
    assert [action.text() for action in bar.topics_menu.actions()] == ["Safety first", "Questions"]
    assert bar.topics_button.text() == "Topics ▼" and bar.topics_button.menu() is bar.topics_menu
    with qtbot.waitSignal(bar.topic_chosen, timeout=1000) as chosen:
        bar.topics_menu.actions()[1].trigger()
    assert chosen.args == ["topic:faq"]


def test_the_evidence_toggle_says_its_state_and_is_set_without_a_signal(qtbot, bar: NavigationBar) -> None:
    with qtbot.assertNotEmitted(bar.show_evidence_changed):
        bar.set_show_evidence(True)
    assert bar.evidence_action.isChecked() and bar.evidence_action.text() == "Hide evidence notes"
    with qtbot.waitSignal(bar.show_evidence_changed, timeout=1000) as changed:
        click(qtbot, bar.evidence_action)
    assert changed.args == [False]
    assert toolbar_button(bar.evidence_action).text() == "Show evidence notes"


def test_the_keys_work_only_once_shortcuts_are_on(qtbot, bar: NavigationBar) -> None:
    window = bar.window()
    window.activateWindow()
    with qtbot.assertNotEmitted(bar.home_requested):
        qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    bar.enable_shortcuts()
    bar.set_history(can_go_back=True, can_go_forward=False)
    with qtbot.waitSignal(bar.home_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(bar.back_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
