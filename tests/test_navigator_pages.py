"""Each area's and topic's page is made once per evidence setting: opening it again (a click, Back, the
likely pages prepared in idle time) shows the same page, not one built again; home still lists what was opened."""

from __future__ import annotations

from core.content_loader import load_pack
from core.navigator import Navigator
from tests.conftest import MINIMAL_PACK

PACK = load_pack(MINIMAL_PACK)
EVIDENCE = "Evidence and regulatory status"


def test_an_area_opened_again_is_the_page_made_the_first_time() -> None:
    nav = Navigator(PACK)
    first = nav.open("area:back").page
    nav.home()
    assert nav.open("area:back").page is first
    assert nav.back().page.ref == "home"
    assert nav.forward().page is first
    assert any(page is first for page in nav.likely_pages())


def test_the_evidence_setting_gives_its_own_page_and_back_again() -> None:
    nav = Navigator(PACK)
    shown = nav.open("area:back").page
    hidden = nav.set_show_evidence(False).page
    assert EVIDENCE in [s.heading for s in shown.sections]
    assert EVIDENCE not in [s.heading for s in hidden.sections]
    assert nav.set_show_evidence(True).page is shown


def test_home_lists_the_pages_opened_since() -> None:
    nav = Navigator(PACK, recent=())
    before = nav.home().page
    nav.open("area:back")
    after = nav.home().page
    title = PACK.areas["back"].title
    count = lambda page: sum(section.markdown.count(title) for section in page.sections)  # noqa: E731
    assert count(after) > count(before)
