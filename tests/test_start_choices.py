"""What a start decides before any window: whether there is a display, which content is shown (and the notice
when a site's pack cannot be), the pack the self-test checks, and whether the first page asked for exists."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from core.content_choice import load_content, self_test_pack, start_problem
from core.content_loader import load_pack
from core.display import EXIT_NO_DISPLAY, display_problem
from tests.conftest import DATA, MINIMAL_PACK

NO_DISPLAY = (
    "There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run the app "
    "on the desktop, or on a virtual one with 'xvfb-run -a' (Debian package xvfb); "
    "--screenshot FILE.png and --self-test need no display."
)


@pytest.mark.parametrize(
    ("environ", "has_display"),
    [
        ({}, False),
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ""}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
        ({"QT_QPA_PLATFORM": "wayland"}, True),
    ],
)
def test_without_a_display_a_linux_start_says_what_to_do(environ: dict[str, str], has_display: bool) -> None:
    assert display_problem(environ, "linux") == ("" if has_display else NO_DISPLAY)


def test_windows_and_macs_always_have_a_display() -> None:
    for platform in ("win32", "darwin", "cygwin"):
        assert display_problem({}, platform) == ""
    assert EXIT_NO_DISPLAY == 69


def test_the_built_in_pack_is_shown_when_no_folder_is_given(capsys) -> None:
    pack, notice = load_content(None)
    assert (pack, notice) == (load_pack(DATA), "")
    assert capsys.readouterr().err == ""


def test_a_good_site_pack_is_shown(capsys) -> None:
    pack, notice = load_content(MINIMAL_PACK)
    assert (pack.info.title, notice) == ("Mini Atlas", "")
    assert capsys.readouterr().err == ""


def test_a_broken_site_pack_falls_back_with_the_first_problem_and_every_problem_on_stderr(pack_copy, capsys) -> None:
    folder = pack_copy()
    (folder / "devices.yaml").write_text("- id: gadget\n  name: Gadget One\n  colour: red\n")
    pack, notice = load_content(folder)
    assert pack == load_pack(DATA)
    assert notice == (
        f"The content in {folder} has 2 problems (first: devices.yaml:1: gadget.summary: missing); "
        "showing the built-in content instead."
    )
    err = capsys.readouterr().err
    assert err.startswith(f"{folder}: 2 problems in the content pack:\n  devices.yaml:1: gadget.summary: missing\n")
    assert "devices.yaml:3: gadget.colour: unknown key" in err


def test_a_folder_that_cannot_be_read_is_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "file").write_text("")
    for folder, why in ((tmp_path / "missing", "does not exist"), (tmp_path / "file", "is a file, not a folder")):
        pack, notice = load_content(folder)
        assert pack == load_pack(DATA)
        assert notice == f"The content folder {folder} {why}; showing the built-in content instead."
        assert capsys.readouterr().err == notice + "\n"


def test_a_pack_file_that_cannot_be_read_falls_back_too(pack_copy, capsys) -> None:
    folder = pack_copy()
    os.unlink(folder / "areas.yaml")
    os.mkfifo(folder / "areas.yaml")
    pack, notice = load_content(folder)
    assert pack == load_pack(DATA)
    assert notice.startswith(f"The content in {folder} has 1 problem (first: areas.yaml:1: (file): is a pipe")


def test_the_self_test_checks_the_pack_given_or_the_built_in_one() -> None:
    assert self_test_pack(None) == load_pack(DATA)
    assert self_test_pack(MINIMAL_PACK) == load_pack(MINIMAL_PACK)


def test_a_self_test_of_a_broken_pack_fails_in_one_report(pack_copy) -> None:
    folder = pack_copy()
    (folder / "devices.yaml").write_text("- id: gadget\n  name: Gadget One\n")
    out = io.StringIO()
    assert self_test_pack(folder, out) is None
    assert out.getvalue() == (
        f"self-test: FAILED: the content in {folder} does not validate: 1 problem in the content pack:\n"
        "  devices.yaml:1: gadget.summary: missing\n"
    )


def test_a_first_page_that_is_not_in_the_pack_is_named_with_the_list() -> None:
    pack = load_pack(MINIMAL_PACK)
    assert start_problem(pack, None, None) == ""
    assert start_problem(pack, "top", None) == "" and start_problem(pack, None, "faq") == ""
    assert start_problem(pack, "elbow", None) == "There is no area 'elbow'. Areas: top, bottom, middle, back"
    assert start_problem(pack, None, "prices") == (
        "There is no topic 'prices'. Topics: how-it-works, history, therapy-benefits, fsm-ems, faq, safety, "
        "devices, reviews, about"
    )
    assert start_problem(pack, "elbow", "prices").startswith("There is no area 'elbow'.")
