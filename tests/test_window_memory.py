"""What a desk window remembers between runs: the file, what is kept of a damaged one, and whether a stored
place still fits the screens there are now."""

from __future__ import annotations

import io
from pathlib import Path

from core import text_size
from core.navigator import Navigator
from core.pages import RECENT_HEADING
from core.recent_pages import MOST, known, remembered
from core.window_memory import WindowMemory, fitting, read_memory, share, write_memory
from tests.conftest import DATA

LAPTOP = (0, 0, 1366, 728)  # 1366x768 less a 40 px panel
WIDE = (0, 0, 1920, 1050)


def _read(path: Path) -> tuple[WindowMemory, str]:
    err = io.StringIO()
    return read_memory(path, err), err.getvalue()


def test_what_is_written_is_read_back(tmp_path: Path) -> None:
    memory = WindowMemory((40, 30, 1200, 700), True, 380, 520, "body-back", 150, ("area:neck", "topic:faq"))
    assert write_memory(tmp_path / "state" / "window.txt", memory)
    assert _read(tmp_path / "state" / "window.txt") == (memory, "")
    assert not list((tmp_path / "state").glob("*.tmp*"))  # written through a temporary file, renamed


def test_the_file_is_a_line_a_key_that_a_person_can_read(tmp_path: Path) -> None:
    memory = WindowMemory((-40, 30, 1200, 700), False, 380, 0, "", 100, ("area:neck",))
    write_memory(tmp_path / "window.txt", memory)
    assert (tmp_path / "window.txt").read_text().splitlines()[1:] == [
        "geometry -40 30 1200 700",
        "maximized no",
        "split 380",
        "split_stacked 0",
        "view",
        "text_percent 100",
        "recent area:neck",
    ]
    assert _read(tmp_path / "window.txt") == (memory, "")


def test_a_first_run_has_no_file_and_says_nothing(tmp_path: Path) -> None:
    assert _read(tmp_path / "window.txt") == (WindowMemory(), "")


def test_text_that_is_not_utf8_is_ignored_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "window.txt").write_bytes(b"geometry \xff\xfe 1 2 3\n")
    memory, err = _read(tmp_path / "window.txt")
    assert memory == WindowMemory()
    assert err.endswith("window.txt: the window's memory is damaged (not UTF-8 text); starting afresh\n")
    assert err.count("\n") == 1


def test_a_folder_or_a_huge_file_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "window.txt").mkdir()
    memory, err = _read(tmp_path / "window.txt")
    assert memory == WindowMemory()
    assert "is a folder" in err
    (tmp_path / "big.txt").write_bytes(b" " * (64 * 1024))
    memory, err = _read(tmp_path / "big.txt")
    assert memory == WindowMemory()
    assert "is larger than" in err


def test_a_damaged_line_is_left_out_naming_its_line_and_key_the_rest_kept(tmp_path: Path) -> None:
    (tmp_path / "window.txt").write_text(
        "# a comment\n"
        "geometry 10 10 50000 700\n"
        "maximized 1\n"
        "split 990\n"
        "\n"
        "view face\n"
        "text_percent 133\n"
        "geometry 1 2\n"
        "colour\x1b[31m red\n"
        "view body-back\n"
        "split_stacked ٣٠٠\n"
        "recent area:neck topic:faq\n"
    )
    memory, err = _read(tmp_path / "window.txt")
    assert memory == WindowMemory(view="face", recent=("area:neck", "topic:faq"))
    said = [line.split("window.txt, ", 1)[1] for line in err.splitlines()]
    assert said == [
        "line 2: geometry: width and height must be whole numbers from 200 to 20000; not used",
        "line 3: maximized: must be yes or no; not used",
        "line 4: split: must be a whole number from 100 to 900, or 0; not used",
        "line 7: text_percent: must be one of 80, 90, 100, 110, 125, 150, 175, 200; not used",
        "line 8: geometry: must be x y width height; not used",
        "line 9: colour\\x1b[31m: not a key this file has; not used",
        "line 10: view: said twice; not used",
        "line 11: split_stacked: must be a whole number from 100 to 900, or 0; not used",
    ]


def test_a_file_that_cannot_be_written_is_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    assert not write_memory(tmp_path / "file" / "window.txt", WindowMemory())


def test_a_place_is_kept_only_while_it_fits_on_a_screen() -> None:
    stored = (100, 60, 1360, 860)
    assert fitting(stored, [WIDE]) == stored
    assert fitting(stored, [LAPTOP]) is None  # a smaller screen now: dropped, the window is fitted instead
    assert fitting(stored, [LAPTOP, (1366, 0, 1920, 1050)]) is None  # on neither screen wholly
    assert fitting((1466, 60, 1360, 860), [LAPTOP, (1366, 0, 1920, 1050)]) == (1466, 60, 1360, 860)
    assert fitting((-20, 0, 800, 600), [WIDE]) is None  # partly off the screen
    assert fitting((0, 0, 1366, 728), [LAPTOP]) == (0, 0, 1366, 728)  # exactly the free area
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


def test_a_navigator_starts_on_the_view_it_is_given_when_there_is_one() -> None:
    from core.content_loader import load_pack

    pack = load_pack(DATA)
    assert Navigator(pack, view="body-back").state().view == "body-back"
    assert Navigator(pack, view="the moon").state().view == "face"
