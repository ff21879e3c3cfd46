"""The page panel's cache of built pages: big enough for every page of the built-in pack, and when more pages
than that are opened, old ones go while the page on screen stays and every page still shows its own text."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from core.content_loader import load_pack
from core.navigator import Navigator
from core.pages import Section
from tests.conftest import DATA
from ui.page_view import CACHED_PAGES, PageView


def documents(view: PageView) -> int:
    return len(view.findChildren(QTextDocument))


def test_every_built_in_page_with_and_without_evidence_fits_in_the_cache() -> None:
    nav = Navigator(load_pack(DATA))
    pages = set(nav.likely_pages()) | {nav.home().page}
    nav.set_show_evidence(False)
    pages |= set(nav.likely_pages())
    assert len(pages) <= CACHED_PAGES


def test_opening_more_pages_than_the_cache_holds_drops_old_ones_and_keeps_the_one_shown(qtbot) -> None:
    view = PageView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    base = Navigator(load_pack(DATA)).likely_pages()[0]
    pages = [
        base._replace(ref=f"area:page-{n}", sections=(Section("Only here", f"The text of page {n}."),))
        for n in range(CACHED_PAGES + 5)
    ]
    view.show_page(pages[0])
    for page in pages[1:CACHED_PAGES]:
        view.show_page(page)
    qtbot.waitUntil(lambda: documents(view) <= CACHED_PAGES + 1)
    view.show_page(pages[CACHED_PAGES])  # one too many: the old pages go, the one on screen is kept until now
    qtbot.waitUntil(lambda: documents(view) <= 3)
    assert view.current_ref() == pages[CACHED_PAGES].ref
    assert f"The text of page {CACHED_PAGES}." in view.toPlainText()
    for n in (CACHED_PAGES - 1, 0, CACHED_PAGES + 4, CACHED_PAGES):
        view.show_page(pages[n])
        assert view.current_ref() == pages[n].ref
        text = view.toPlainText()
        assert f"The text of page {n}." in text
        assert text.count("The text of page") == 1
