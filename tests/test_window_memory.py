"""What a desk window remembers between runs: the file, what is kept of a damaged one, and whether a stored
place still fits the screens there are now."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from core import text_size
from core.navigator import Navigator
from core.pages import RECENT_HEADING
from core.recent_pages import MOST, known, remembered
from core.window_memory import Rect, WindowMemory, fitting, read_memory, share, write_memory
from tests.conftest import DATA

LAPTOP = Rect(0, 0, 1366, 728)  # 1366x768 less a 40 px panel
WIDE = Rect(0, 0, 1920, 1050)


def _read(path: Path) -> tuple[WindowMemory, str]:
    err = io.StringIO()
    return read_memory(path, err), err.getvalue()


def test_what_is_written_is_read_back(tmp_path: Path) -> None:
    memory = WindowMemory(Rect(40, 30, 1200, 700), True, 380, 520, "body-back", 150, ("area:neck", "topic:faq"))
    assert write_memory(tmp_path / "state" / "window.json", memory)
    assert _read(tmp_path / "state" / "window.json") == (memory, "")
    assert not list((tmp_path / "state").glob("*.tmp*"))  # written through a temporary file, renamed


def test_a_first_run_has_no_file_and_says_nothing(tmp_path: Path) -> None:
    assert _read(tmp_path / "window.json") == (WindowMemory(), "")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"{not json", "window.json, line 1: the window's memory is damaged (not JSON); starting afresh"),
        (b"\xff\xfe", "window.json: the window's memory is damaged (not JSON); starting afresh"),
        (b"[1, 2]", "window.json: the window's memory is damaged (not a mapping); starting afresh"),
    ],
)
def test_a_damaged_file_is_ignored_with_one_line(tmp_path: Path, content: bytes, said: str) -> None:
    (tmp_path / "window.json").write_bytes(content)
    memory, err = _read(tmp_path / "window.json")
    assert memory == WindowMemory()
    assert err.strip().endswith(said)
    assert err.count("\n") == 1


def test_a_folder_or_a_huge_file_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "window.json").mkdir()
    memory, err = _read(tmp_path / "window.json")
    assert memory == WindowMemory()
    assert "is a folder" in err
    (tmp_path / "big.json").write_bytes(b" " * (64 * 1024))
    memory, err = _read(tmp_path / "big.json")
    assert memory == WindowMemory()
    assert "is larger than" in err


def test_a_damaged_field_is_left_out_naming_its_line_the_rest_kept(tmp_path: Path) -> None:
    fields = {
        "geometry": [10, 10, 50000, 700],
        "maximized": "yes",
        "split": 990,
        "view": "face",
        "text_percent": 133,
        "recent": ["area:neck", 7],
    }
    (tmp_path / "window.json").write_text(json.dumps(fields, indent=1))
    memory, err = _read(tmp_path / "window.json")
    assert memory == WindowMemory(view="face")
    lines = err.splitlines()
    assert lines[0].endswith(
        "window.json, line 2: geometry: width and height must be whole numbers from 200 to 20000; not used"
    )
    assert lines[1].endswith("line 8: maximized: must be true or false; not used")
    assert any("line 9: split: must be a whole number from 100 to 900, or 0" in line for line in lines)
    assert any("text_percent: must be one of 80, 90, 100, 110, 125, 150, 175, 200" in line for line in lines)
    assert any("recent: must be a list of page references" in line for line in lines)
    assert len(lines) == 5


def test_a_file_that_cannot_be_written_is_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    assert not write_memory(tmp_path / "file" / "window.json", WindowMemory())


def test_a_place_is_kept_only_while_it_fits_on_a_screen() -> None:
    stored = Rect(100, 60, 1360, 860)
    assert fitting(stored, [WIDE]) == stored
    assert fitting(stored, [LAPTOP]) is None  # a smaller screen now: dropped, the window is fitted instead
    assert fitting(stored, [LAPTOP, Rect(1366, 0, 1920, 1050)]) is None  # on neither screen wholly
    assert fitting(Rect(1466, 60, 1360, 860), [LAPTOP, Rect(1366, 0, 1920, 1050)]) == Rect(1466, 60, 1360, 860)
    assert fitting(Rect(-20, 0, 800, 600), [WIDE]) is None  # partly off the screen
    assert fitting(Rect(0, 0, 1366, 728), [LAPTOP]) == Rect(0, 0, 1366, 728)  # exactly the free area
    assert fitting(None, [WIDE]) is None
    assert fitting(stored, []) is None


def test_a_split_is_a_share_never_a_sliver() -> None:
    assert share(450, 550) == 450
    assert share(10, 990) == 100
    assert share(990, 10) == 900
    assert share(0, 500) == 0


def test_text_size_steps() -> None:
    assert text_size.larger(100) == 110
    assert text_size.larger(200) == 200
    assert text_size.smaller(100) == 90
    assert text_size.smaller(80) == 80
    assert [text_size.scaled(17, p) for p in (100, 200, 125)] == [17, 34, 21]
    assert text_size.valid(150) and not text_size.valid(True) and not text_size.valid(133)


def test_recent_pages_newest_first_each_once_home_left_out() -> None:
    recent: tuple[str, ...] = ()
    for ref in ("area:neck", "topic:faq", "home", "area:neck", *(f"area:a{n}" for n in range(8))):
        recent = remembered(recent, ref)
    assert recent == ("area:a7", "area:a6", "area:a5", "area:a4", "area:a3", "area:a2")
    assert len(recent) == MOST
    assert known(["area:neck", "area:gone", "home", "area:neck", 3], lambda ref: ref != "area:gone") == ("area:neck",)


def test_the_home_page_offers_the_pages_opened_last() -> None:
    from core.content_loader import load_pack

    navigator = Navigator(load_pack(DATA), recent=("area:gone", "topic:faq"))
    assert navigator.recent == ("topic:faq",)  # a page the pack no longer has is dropped
    navigator.open("area:neck")
    navigator.open("area:thighs")
    home = navigator.home().page
    assert home.sections[0].heading == RECENT_HEADING
    assert "[Thighs](area:thighs)" in home.sections[0].markdown.splitlines()[0]
    assert navigator.recent == ("area:thighs", "area:neck", "topic:faq")


def test_a_navigator_without_memory_keeps_no_recent_pages() -> None:
    from core.content_loader import load_pack

    navigator = Navigator(load_pack(DATA))
    navigator.open("area:neck")
    assert navigator.recent is None
    assert all(section.heading != RECENT_HEADING for section in navigator.home().page.sections)
