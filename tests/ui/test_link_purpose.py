"""A link read out of its sentence says where it leads: a source's kind ("label", after a citation) links to the
Sources page, where the kinds are explained, and the "Headings and links" list and the link's object for
assistive technology say so ("what “label” means (Sources page)"), whole on the row's one line; its name
stays its visible text (WCAG 2.5.3), and every other link names the page it opens."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QFontMetrics

from core.content_loader import load_pack
from core.link_purpose import link_purpose
from core.records import SOURCE_KINDS
from tests.conftest import DATA
from tests.ui.conftest import click_area
from tests.ui.test_page_links_dialog import neck_window, open_guide
from ui.guide_list import PAD
from ui.page_structure import LINK, structure

PACK = load_pack(DATA)
LABEL = "what “label” means (Sources page)"


def test_a_kind_says_what_it_leads_to_and_other_links_their_page() -> None:
    for word, _meaning in SOURCE_KINDS.values():
        assert link_purpose(PACK, "topic:sources", word) == f"what “{word}” means (Sources page)"
    assert link_purpose(PACK, "topic:sources", "Sources") == "the Sources page"
    assert link_purpose(PACK, "area:chin", "Chin") == "the Chin page"
    assert link_purpose(PACK, "area:chin", "label") == "the Chin page"  # a kind's word elsewhere is no kind


def test_the_neck_pages_first_link_is_a_kind_and_its_row_in_the_list_says_so(qtbot) -> None:
    window = neck_window(qtbot)
    first = next(item for item in structure(window.page.document()) if item.kind == LINK)
    assert (first.name, first.href) == ("label", "topic:sources")  # visible text as it was
    guide = open_guide(window)
    row = guide.link_list.rows[0]
    assert (row.text, row.detail) == ("label", LABEL)
    assert row.accessibleName() == "label" and row.accessibleDescription() == LABEL
    sources = next(r for r in guide.link_list.rows if r.text == "Sources")
    assert sources.detail == "the Sources page"


@pytest.mark.parametrize("size", [(1366, 768), (1080, 1920)])
def test_in_a_kiosk_every_row_of_the_neck_pages_links_and_every_kind_says_it_whole(qtbot, make_kiosk, size) -> None:
    window = make_kiosk(size=size).window
    click_area(qtbot, window, "neck")
    window.page.setFocus()
    guide = open_guide(window)
    for row in guide.link_list.rows:
        _main, small = row._fonts()
        room = row.width() - 2 * PAD[0]
        assert QFontMetrics(small).horizontalAdvance(row.detail) <= room, (row.detail, room)
    for word, _meaning in SOURCE_KINDS.values():  # whichever kind a page cites first
        detail = link_purpose(PACK, "topic:sources", word)
        assert QFontMetrics(small).horizontalAdvance(detail) <= room, (detail, room)


def test_its_link_object_is_named_by_its_text_and_described_by_what_it_leads_to(qtbot, active: None) -> None:
    window = neck_window(qtbot)
    access = window.access.page_parts
    qtbot.waitUntil(lambda: bool(access.items()))
    link = next(w for w in access.items() if w.item.kind == LINK)
    interface = QAccessible.queryAccessibleInterface(link)
    assert interface.role() == QAccessible.Role.Link
    assert interface.text(QAccessible.Text.Name) == "label"
    assert interface.text(QAccessible.Text.Description) == LABEL
    assert interface.actionInterface().localizedActionDescription("jump") == f"Open {LABEL}"
