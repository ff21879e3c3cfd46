"""Moving around: Home, Back, Forward, the view switch, the topic index and in-page links."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from core.records import VIEWS
from tests.ui.conftest import click_area, click_link, make_window, open_window, press, show_ready
from ui.main_window import MainWindow


def test_starts_on_the_home_page_with_the_topic_index(window: MainWindow) -> None:
    text = window.page.toPlainText()
    assert text.startswith(window.navigator.pack.info.title)
    for topic in window.navigator.pack.topics.values():
        assert topic.title in text
    assert not window.toolbar.back_action.isEnabled() and not window.toolbar.forward_action.isEnabled()


def test_back_and_forward_retrace_areas_views_and_topics(qtbot, window: MainWindow) -> None:
    pack = window.navigator.pack
    first = pack.areas_in(VIEWS[0])[0].id
    second = pack.areas_in(VIEWS[1])[0].id
    click_area(qtbot, window, first)
    click_area(qtbot, window, second)
    assert window.view_switch.button(VIEWS[1]).isChecked()
    press(qtbot, window, window.toolbar.back_action)
    assert window.page.current_ref() == f"area:{first}"
    assert window.view_switch.button(VIEWS[0]).isChecked()
    assert window.diagram.selected() == first
    press(qtbot, window, window.toolbar.forward_action)
    assert window.page.current_ref() == f"area:{second}"
    assert window.diagram.selected() == second
    assert not window.toolbar.forward_action.isEnabled()
    press(qtbot, window, window.toolbar.home_action)
    assert window.page.current_ref() == "home"
    assert window.diagram.selected() == ""


def test_view_switch_keeps_the_page_and_shows_the_other_diagram(qtbot, window: MainWindow) -> None:
    pack = window.navigator.pack
    area = pack.areas_in(VIEWS[0])[0].id
    click_area(qtbot, window, area)
    qtbot.mouseClick(window.view_switch.button(VIEWS[2]), Qt.MouseButton.LeftButton)
    assert sorted(window.diagram.region_ids()) == sorted(a.id for a in pack.areas_in(VIEWS[2]))
    assert window.page.current_ref() == f"area:{area}"
    qtbot.mouseClick(window.view_switch.button(VIEWS[0]), Qt.MouseButton.LeftButton)
    assert window.diagram.selected() == area


def test_topic_index_and_menu_open_every_topic(qtbot, window: MainWindow) -> None:
    pack = window.navigator.pack
    for topic in pack.topics.values():
        action = next(a for a in window.toolbar.topics_menu.actions() if a.text() == topic.title)
        action.trigger()
        assert window.page.current_ref() == f"topic:{topic.id}"
        assert window.page.toPlainText().startswith(topic.title)
    press(qtbot, window, window.toolbar.home_action)
    topic = list(pack.topics)[-1]
    click_link(qtbot, window.page, f"topic:{topic}")
    assert window.page.current_ref() == f"topic:{topic}"


def test_related_links_open_in_the_app(qtbot, window: MainWindow) -> None:
    pack = window.navigator.pack
    area = next(a for a in pack.areas.values() if a.related)
    click_area(qtbot, window, area.id)
    click_link(qtbot, window.page, area.related[0])
    assert window.page.current_ref() == area.related[0]
    press(qtbot, window, window.toolbar.back_action)
    assert window.page.current_ref() == f"area:{area.id}"
    click_link(qtbot, window.page, "topic:safety")
    assert window.page.current_ref() == "topic:safety"


def test_evidence_setting_hides_evidence_but_never_safety(qtbot, window: MainWindow) -> None:
    area = next(iter(window.navigator.pack.areas))
    click_area(qtbot, window, area)
    assert "Evidence and regulatory status" in window.page.toPlainText()
    press(qtbot, window, window.toolbar.evidence_action)
    text = window.page.toPlainText()
    assert "Evidence and regulatory status" not in text
    assert "Safety notes" in text
    press(qtbot, window, window.toolbar.evidence_action)
    assert "Evidence and regulatory status" in window.page.toPlainText()


def test_web_addresses_are_never_opened(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.page.external_link_refused) as refused:
        window.page.anchorClicked.emit(QUrl("https://example.com/x"))
    assert refused.args == ["https://example.com/x"]
    assert window.page.current_ref() == "home"
    assert "does not open web addresses" in window.statusBar().currentMessage()


def test_portrait_stacks_and_landscape_puts_side_by_side(qtbot) -> None:
    window = open_window(qtbot, size=(1920, 1080))
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Vertical)
    diagram, page = window.splitter.widget(0).geometry(), window.splitter.widget(1).geometry()
    assert diagram.bottom() < page.top()
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Horizontal)
    diagram, page = window.splitter.widget(0).geometry(), window.splitter.widget(1).geometry()
    assert diagram.right() < page.left()


def test_a_broken_site_pack_keeps_the_built_in_content_and_says_why(qtbot, pack_copy) -> None:
    from core.content_choice import load_content

    folder = pack_copy()
    (folder / "areas.yaml").write_text((folder / "areas.yaml").read_text().replace("title: Top", "titel: Top"))
    pack, notice = load_content(folder)
    window = make_window(qtbot, pack, notice=notice)
    window.show()
    assert "forehead" in pack.areas
    message = window.statusBar().currentMessage()
    assert "2 problems (first: areas.yaml:1: top.title: missing)" in message
    assert "showing the built-in content instead" in message


def test_the_page_text_takes_the_place_the_first_frame_gave_it(qtbot) -> None:
    """The first frame shows the map beside a blank page panel; the page view then takes exactly
    that place, with the first page in it and the reading focus."""
    window = make_window(qtbot)
    slot = window.splitter.widget(1)
    assert not window.has_page() and slot.autoFillBackground()
    seen = []
    window.ready.connect(lambda: seen.append((slot.geometry(), slot.isVisible())))
    with qtbot.waitSignal(window.ready):
        window.show()
    slot_place, slot_visible = seen[0]
    assert window.splitter.widget(1) is window.page and not slot_visible
    assert window.page.geometry() == slot_place and slot_place.width() > 400
    assert window.page.current_ref() == "home" and window.page.hasFocus()


def test_a_right_click_on_the_toolbar_opens_no_menu(qtbot, shipped_window: MainWindow) -> None:
    """Qt's own menu for hiding toolbars has no place in a reference (or a locked kiosk): the menu a
    right-click on the toolbar would show is none. (A real right-click is not sent: the menu Qt
    would otherwise show runs its own event loop, and the test would wait forever.)"""
    assert shipped_window.createPopupMenu() is None


def test_starting_over_before_the_first_frame_still_shows_the_first_page(qtbot) -> None:
    """The kiosk's error guard may reset the window before it has painted once."""
    window = make_window(qtbot)
    window.start_over()
    assert not window.has_page()
    show_ready(qtbot, window)
    assert window.page.current_ref() == "home" and window.page.hasFocus()
