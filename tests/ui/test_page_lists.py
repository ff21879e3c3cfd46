"""The page's lists for assistive technology, in the app's own process (tests/atspi/test_page_lists.py reads them
from outside): each list a "list" object of the page holding its entries as "list item" objects, in order, named
by their text, each over its place as drawn; made only while assistive technology is active."""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible

from core.content_loader import load_pack
from core.pages import area_page
from tests.conftest import DATA
from tests.ui.conftest import click_area
from ui.main_window import MainWindow
from ui.page_structure import character_rect

PACK = load_pack(DATA)
BENEFITS = "Therapy benefits"


def markdown_list(topic_id: str) -> list[str]:
    """The first list of a topic's text, item by item, as its words read (Markdown's marks taken out)."""
    items = [line.strip()[2:] for line in PACK.topics[topic_id].body.splitlines() if line.strip().startswith("- ")]
    return [re.sub(r"\*\*|\[([^\]]+)\]\([^)]+\)", lambda m: m.group(1) or "", item) for item in items]


def open_topic(qtbot, window: MainWindow, title: str) -> None:
    action = next(a for a in window.toolbar.topics_menu.actions() if a.text() == title)
    action.trigger()  # what choosing it in the Topics menu does
    qtbot.waitUntil(lambda: window.page.current_title() == title)


def children(interface: QAccessible) -> list:
    return [interface.child(i) for i in range(interface.childCount())]


def test_a_markdown_list_is_a_list_object_of_the_page_holding_its_items_in_order(
    qtbot, shipped_window: MainWindow, active: None
) -> None:
    window = shipped_window
    open_topic(qtbot, window, BENEFITS)
    page = window.page
    access = window.access.page_parts
    qtbot.waitUntil(lambda: bool(access.lists()))
    first = QAccessible.queryAccessibleInterface(access.lists()[0])
    assert first.role() == QAccessible.Role.List
    assert first.parent().object() is page
    items = children(first)
    assert [item.role() for item in items] == [QAccessible.Role.ListItem] * 3
    assert [item.text(QAccessible.Text.Name) for item in items] == markdown_list("therapy-benefits")
    assert [first.indexOfChild(item) for item in items] == [0, 1, 2]  # "2 of 3": its index, of the list's count
    assert all(item.parent().object() is first.object() for item in items)
    for item, widget in zip(items, access.lists()[0].entries, strict=True):
        assert item.state().readOnly
        start = page.viewport().mapToGlobal(character_rect(page, widget.entry.start).center())
        assert item.rect().contains(start)  # over its first character as drawn
        assert first.rect().contains(item.rect())


def test_the_callouts_rules_are_a_list_of_their_own(qtbot, shipped_window: MainWindow, active: None) -> None:
    click_area(qtbot, shipped_window, "neck")
    access = shipped_window.access.page_parts
    qtbot.waitUntil(lambda: bool(access.lists()))
    callout = area_page(PACK, "neck").callout
    assert callout is not None
    rules = QAccessible.queryAccessibleInterface(access.lists()[0])
    assert [item.text(QAccessible.Text.Name) for item in children(rules)] == [rule for rule, _ in callout.rules]


def test_lists_come_among_the_pages_parts_where_they_are_read(qtbot, shipped_window: MainWindow, active: None) -> None:
    window = shipped_window
    open_topic(qtbot, window, BENEFITS)
    access = window.access.page_parts
    qtbot.waitUntil(lambda: bool(access.lists()))
    page = QAccessible.queryAccessibleInterface(window.page)
    roles = (QAccessible.Role.Heading, QAccessible.Role.List)
    parts = [c for c in children(page) if c.role() in roles and not c.state().invisible]  # not the last page's
    named = [(c.role(), c.text(QAccessible.Text.Name) if c.role() == QAccessible.Role.Heading else "") for c in parts]
    assert named[:3] == [
        (QAccessible.Role.Heading, BENEFITS),
        (QAccessible.Role.List, ""),  # the list comes after the title and before the next heading
        (QAccessible.Role.Heading, "On the face"),
    ]


def test_a_new_page_brings_its_own_lists(qtbot, shipped_window: MainWindow, active: None) -> None:
    window = shipped_window
    open_topic(qtbot, window, BENEFITS)
    access = window.access.page_parts
    qtbot.waitUntil(lambda: bool(access.lists()))
    open_topic(qtbot, window, "FSM and EMS explained")
    expected = markdown_list("fsm-ems")
    qtbot.waitUntil(lambda: [w.span.entries[0].name for w in access.lists()][:1] == expected[:1])
    names = [e.text(QAccessible.Text.Name) for e in children(QAccessible.queryAccessibleInterface(access.lists()[0]))]
    assert names == expected


def test_no_list_objects_are_made_without_assistive_technology(qtbot, shipped_window: MainWindow) -> None:
    open_topic(qtbot, shipped_window, BENEFITS)
    assert shipped_window.access.page_parts.lists() == []
