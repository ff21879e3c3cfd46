"""The page's parts for assistive technology, in the app's own process (the AT-SPI tests read them from
outside): its headings, links and callout found in the page drawn, each part's place as drawn, the page's
text read line by line as drawn, and a link's action following it."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QTextCursor

from core.refs import area_ref
from tests.ui.conftest import click_area
from ui.callout_box import callout_rects
from ui.main_window import MainWindow
from ui.page_access import PageItem
from ui.page_structure import CALLOUT, HEADING, LINK, character_rect, structure


def neck(qtbot, window: MainWindow) -> MainWindow:
    click_area(qtbot, window, "neck")
    assert window.page.current_ref() == area_ref("neck")
    return window


def test_the_callout_its_headings_and_its_links_are_found_in_the_page_drawn(qtbot, shipped_window: MainWindow) -> None:
    page = neck(qtbot, shipped_window).page
    items = structure(page.document())
    kinds = [item.kind for item in items]
    assert kinds.count(CALLOUT) == 1
    callout = items[kinds.index(CALLOUT)]
    assert (callout.name, items[kinds.index(CALLOUT) + 1][:2]) == ("Safety notes", (HEADING, "Safety notes"))
    assert [(item.name, item.level) for item in items if item.kind == HEADING][:2] == [("Neck", 1), ("Safety notes", 2)]
    text = page.document().toRawText()
    for link in (item for item in items if item.kind == LINK):
        assert " ".join(text[link.start : link.end].split()) == link.name
        assert link.href.startswith(("area:", "topic:", "home"))
    inside = [item for item in items if callout.start <= item.start < callout.end and item is not callout]
    assert {item.kind for item in inside} == {HEADING, LINK}  # the callout's heading and its sources


def test_qts_own_accessible_text_places_a_callout_character_where_it_is_drawn(
    qtbot, shipped_window: MainWindow
) -> None:
    page = neck(qtbot, shipped_window).page
    position = page.document().toRawText().index("Keep off")
    cursor = QTextCursor(page.document())
    cursor.setPosition(position)
    drawn = page.viewport().mapToGlobal(page.cursorRect(cursor).topLeft())  # where the caret is drawn there
    text = QAccessible.queryAccessibleInterface(page).textInterface()  # the page's text, as Qt gives it
    placed = text.characterRect(position)
    assert abs(placed.x() - drawn.x()) <= 1 and abs(placed.y() - drawn.y()) <= 2, (placed, drawn)
    assert text.text(position, position + 8) == "Keep off"


def test_the_callout_box_is_drawn_around_the_callouts_text_and_nowhere_else(qtbot, shipped_window: MainWindow) -> None:
    window = neck(qtbot, shipped_window)
    page = window.page
    colours = window.theme.colours
    (box,) = callout_rects(page.document())
    shot = page.viewport().grab().toImage()
    top = round(box.top()) - page.verticalScrollBar().value()
    middle = round(box.center().x())
    assert shot.pixelColor(middle, top).name() == colours.warning  # the border
    assert shot.pixelColor(middle, top + 4).name() == colours.warning_bg  # inside it
    assert shot.pixelColor(middle, top - 3).name() == colours.panel  # above it, the page
    heading = character_rect(page, page.document().toRawText().index("Safety notes"))
    assert box.translated(0, -page.verticalScrollBar().value()).contains(heading.toRectF())


def test_each_part_is_a_child_of_the_page_over_its_place_and_a_links_action_follows_it(
    qtbot, shipped_window: MainWindow, active: None
) -> None:
    window = neck(qtbot, shipped_window)
    page = window.page
    access = window.access.page_parts
    qtbot.waitUntil(lambda: bool(access.items()))
    parts = access.items()
    assert [w.item for w in parts] == structure(page.document())
    chin = next(w for w in parts if w.item.kind == LINK and w.item.name == "Chin")
    interface = QAccessible.queryAccessibleInterface(chin)
    assert interface.role() == QAccessible.Role.Link
    assert interface.text(QAccessible.Text.Name) == "Chin"
    assert interface.text(QAccessible.Text.Description) == "the Chin page"
    assert chin.geometry().contains(page.viewport().mapTo(page, character_rect(page, chin.item.start).center()))
    heading = QAccessible.queryAccessibleInterface(next(w for w in parts if w.item.kind == HEADING))
    assert heading.attributesInterface().attributeValue(QAccessible.Attribute.Level) == 1
    callout = next(w for w in parts if w.item.kind == CALLOUT)
    text = QAccessible.queryAccessibleInterface(callout).textInterface()
    assert text.text(0, text.characterCount()).startswith("\u26a0  Safety notes\n")
    interface.actionInterface().doAction("jump")
    qtbot.waitUntil(lambda: page.current_ref() == area_ref("chin"))
    assert page.hasFocus()
    qtbot.waitUntil(lambda: [w.item for w in access.items()] == structure(page.document()))  # the Chin page's parts
    assert access.items()[0].item[:2] == (HEADING, "Chin")
    assert all(isinstance(w, PageItem) and w.parent() is page for w in access.items())
