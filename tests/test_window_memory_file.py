"""The window's memory file at the edges of what it accepts: each limit its messages state holds exactly,
a message for every value refused, and a place that sticks out of the screen on one side only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from core.recent_pages import MOST
from core.window_memory import WindowMemory, fitting, read_memory, share

SCREEN = (0, 0, 1280, 720)


def _read(tmp_path: Path, *lines: str) -> tuple[WindowMemory, list[str]]:
    """What a file of these lines gives, and what is said of each line left out (without the file's name)."""
    path = tmp_path / "window.txt"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    err = io.StringIO()
    memory = read_memory(path, err)
    return memory, [line.split("window.txt, ", 1)[1] for line in err.getvalue().splitlines()]


@pytest.mark.parametrize(
    "geometry",
    [(-100_000, 0, 200, 200), (100_000, 100_000, 200, 200), (0, 0, 20_000, 20_000), (5, 5, 200, 200)],
)
def test_a_geometry_within_the_limits_is_read(tmp_path: Path, geometry: tuple[int, int, int, int]) -> None:
    assert _read(tmp_path, "geometry " + " ".join(map(str, geometry))) == (WindowMemory(geometry=geometry), [])


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("geometry -100001 0 300 300", "x and y must be whole numbers of pixels"),
        ("geometry 0 100001 300 300", "x and y must be whole numbers of pixels"),
        ("geometry left 0 300 300", "x and y must be whole numbers of pixels"),
        ("geometry 0 0 20001 300", "width and height must be whole numbers from 200 to 20000"),
        ("geometry 0 0 300 199", "width and height must be whole numbers from 200 to 20000"),
        ("geometry 0 0 300 -300", "width and height must be whole numbers from 200 to 20000"),
        ("geometry 0 0 300 300 1", "must be x y width height"),
    ],
)
def test_a_geometry_outside_them_is_refused_saying_why(tmp_path: Path, line: str, why: str) -> None:
    assert _read(tmp_path, line) == (WindowMemory(), [f"line 1: geometry: {why}; not used"])


@pytest.mark.parametrize("split", [0, 100, 500, 900])
def test_a_split_of_100_to_900_or_0_is_read(tmp_path: Path, split: int) -> None:
    assert _read(tmp_path, f"split {split}", f"split_stacked {split}") == (
        WindowMemory(split=split, split_stacked=split),
        [],
    )


@pytest.mark.parametrize("value", ["99", "901", "1", "-100", "half", "100 200", ""])
def test_any_other_split_is_refused(tmp_path: Path, value: str) -> None:
    assert _read(tmp_path, f"split {value}".rstrip()) == (
        WindowMemory(),
        ["line 1: split: must be a whole number from 100 to 900, or 0; not used"],
    )


@pytest.mark.parametrize("value", ["80", "200", "125"])
def test_a_text_size_step_is_read(tmp_path: Path, value: str) -> None:
    assert _read(tmp_path, f"text_percent {value}") == (WindowMemory(text_percent=int(value)), [])


@pytest.mark.parametrize("value", ["0", "70", "210", "1000", "100 100", "", "big", "0100", "+100"])
def test_any_other_text_size_is_refused(tmp_path: Path, value: str) -> None:
    assert _read(tmp_path, f"text_percent {value}".rstrip()) == (
        WindowMemory(),
        ["line 1: text_percent: must be one of 80, 90, 100, 110, 125, 150, 175, 200; not used"],
    )


def test_a_view_name_is_one_word_of_up_to_40_characters(tmp_path: Path) -> None:
    assert _read(tmp_path, "view " + "v" * 40) == (WindowMemory(view="v" * 40), [])
    refused = (WindowMemory(), ["line 1: view: must be a view's name; not used"])
    assert _read(tmp_path, "view " + "v" * 41) == refused
    assert _read(tmp_path, "view body front") == refused


def test_recent_pages_are_references_of_up_to_100_characters(tmp_path: Path) -> None:
    longest = "area:" + "n" * 95
    assert _read(tmp_path, f"recent area:neck {longest}") == (WindowMemory(recent=("area:neck", longest)), [])
    assert _read(tmp_path, f"recent area:neck {longest}x") == (
        WindowMemory(),
        ["line 1: recent: must be page references; not used"],
    )


def test_a_long_list_of_recent_pages_is_cut_to_a_few_spares_more_than_are_shown(tmp_path: Path) -> None:
    refs = [f"area:a{n}" for n in range(MOST * 4)]
    memory, said = _read(tmp_path, "recent " + " ".join(refs))
    assert memory.recent == tuple(refs[: MOST * 2]) and said == []


def test_an_unknown_key_is_named_by_its_first_40_characters(tmp_path: Path) -> None:
    assert _read(tmp_path, "k" * 60 + " 1")[1] == [f"line 1: {'k' * 40}: not a key this file has; not used"]


def test_without_a_stream_of_its_own_the_problems_go_to_standard_error(tmp_path: Path, capsys) -> None:
    path = tmp_path / "window.txt"
    path.write_text("maximized maybe\n", encoding="utf-8")
    assert read_memory(path) == WindowMemory()
    out, err = capsys.readouterr()
    assert out == "" and err == f"{path}, line 1: maximized: must be yes or no; not used\n"


@pytest.mark.parametrize(
    "geometry",
    [(100, 0, 1181, 700), (0, 100, 1000, 621), (1, 0, 1280, 720), (0, 1, 1280, 720)],
)
def test_a_place_that_sticks_out_on_one_side_only_is_dropped(geometry: tuple[int, int, int, int]) -> None:
    assert fitting(geometry, [SCREEN]) is None


def test_a_place_that_just_fits_is_kept() -> None:
    assert fitting((100, 0, 1180, 720), [SCREEN]) == (100, 0, 1180, 720)
    assert fitting((0, 100, 1280, 620), [SCREEN]) == (0, 100, 1280, 620)


def test_a_split_is_the_first_pane_s_share_per_mille_and_0_when_a_pane_is_gone() -> None:
    assert share(850, 150) == 850
    assert share(1, 999) == 100 and share(999, 1) == 900  # a sliver either way is kept from vanishing
    assert share(500, 0) == share(0, 500) == share(-5, 500) == share(500, -5) == 0
