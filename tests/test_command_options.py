"""The command line in this process: options and their defaults, --check-content's and --list-areas' output,
--set-pin's answers, and printing in any locale."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

import pytest

from core import any_locale, cli, kiosk_cli
from core.content_loader import load_pack
from core.paths import data_dir, settings_file
from core.pin import pin_matches
from core.settings import load_settings
from core.version import APP_NAME, VERSION
from tests.conftest import MINIMAL_PACK


def refused(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as caught:
        cli.parse_args(argv)
    assert caught.value.code == cli.EXIT_USAGE == 2
    return capsys.readouterr().err


def test_a_plain_start_has_every_option_at_its_default() -> None:
    assert vars(cli.parse_args([])) == vars(cli.parser().parse_args([])) == cli.DEFAULTS


def test_options_are_read() -> None:
    args = cli.parse_args(
        ["--content", "pack", "--area", "neck", "--view", "body-back", "--size", "1920x1080", "--kiosk", "--watchdog"]
    )
    assert (args.content, args.area, args.view, args.size, args.kiosk, args.watchdog) == (
        Path("pack"),
        "neck",
        "body-back",
        (1920, 1080),
        True,
        True,
    )
    assert cli.parse_args(["--check-content"]).check_content == data_dir()
    assert cli.parse_args(["--check-content", "x"]).check_content == Path("x")
    assert cli.parse_args(["--kiosk-demo", "pin"]).kiosk_demo == "pin"
    assert cli.parse_args(["--settings", "s.yaml", "--set-pin"]).settings == Path("s.yaml")
    assert cli.parse_args(["--screenshot", "shot.png"]).screenshot == Path("shot.png")


def test_sizes_from_200_to_7680_pixels_a_side(capsys) -> None:
    assert cli.parse_args(["--size", "200x7680"]).size == (200, 7680)
    assert "'199x300': each side must be 200 to 7680 pixels, e.g. 1920x1080" in refused(["--size", "199x300"], capsys)
    assert "'300x7681': each side must be 200 to 7680 pixels" in refused(["--size", "300x7681"], capsys)
    assert "'big' is not a size like 1920x1080" in refused(["--size", "big"], capsys)
    assert "is not a size like 1920x1080" in refused(["--size", "1234567x300"], capsys)
    assert "invalid choice: 'legs'" in refused(["--view", "legs"], capsys)


def test_version_and_help_say_what_the_app_is_and_where_its_settings_are(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.parse_args(["--version"])
    assert capsys.readouterr().out == f"{APP_NAME} {VERSION}\n"
    with pytest.raises(SystemExit) as caught:
        cli.parse_args(["--help"])
    assert caught.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert text.startswith("usage: microcurrent-atlas")
    assert f"{APP_NAME}: an offline reference on microcurrent treatment, area by area." in text
    squeezed = text.replace(" ", "")  # argparse breaks a long path across lines
    assert f"(default:{settings_file()});keys:kiosk,idle_timeout_s,".replace(" ", "") in squeezed
    assert "each side 200 to 7680 pixels" in text
    assert "--kiosk-demo" not in text


def test_the_first_paint_probe_is_on_only_when_set_to_1(monkeypatch) -> None:
    monkeypatch.delenv(cli.FIRST_PAINT_PROBE, raising=False)
    assert not cli.first_paint_probe()
    monkeypatch.setenv(cli.FIRST_PAINT_PROBE, "0")
    assert not cli.first_paint_probe()
    monkeypatch.setenv(cli.FIRST_PAINT_PROBE, "1")
    assert cli.first_paint_probe()


def test_check_content_says_ok_with_the_counts_or_lists_every_problem(pack_copy) -> None:
    out = io.StringIO()
    assert cli.check_content(MINIMAL_PACK, out) == 0
    assert out.getvalue() == (
        f"{MINIMAL_PACK}: OK: 4 areas, 1 treatments, 9 topics, 3 notes, 2 sources, content version 0.0.1\n"
    )
    folder = pack_copy()
    (folder / "devices.yaml").write_text("- id: gadget\n  name: Gadget One\n")
    out = io.StringIO()
    assert cli.check_content(folder, out) == 1
    assert out.getvalue() == f"{folder}: 1 problem in the content pack:\n  devices.yaml:1: gadget.summary: missing\n"


def test_list_areas_prints_one_aligned_line_per_area() -> None:
    out = io.StringIO()
    cli.list_areas(load_pack(MINIMAL_PACK), out)
    assert out.getvalue().splitlines() == [
        "top     face        Top",
        "bottom  face        Bottom",
        "middle  body-front  Middle",
        "back    body-back   Back",
    ]


def set_pin(settings: Path, stdin: io.StringIO) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = kiosk_cli.set_pin(argparse.Namespace(settings=settings), stdin, out, err)
    return code, out.getvalue(), err.getvalue()


def test_set_pin_from_standard_input_writes_only_a_hash(tmp_path: Path) -> None:
    settings = tmp_path / "stand.yaml"
    settings.write_text("kiosk: true  # the stand\n")
    assert set_pin(settings, io.StringIO(" 73195428 \nignored\n")) == (0, f"Staff PIN set in {settings}\n", "")
    text = settings.read_text()
    assert text.startswith("kiosk: true  # the stand\n") and "73195428" not in text
    assert pin_matches("73195428", load_settings(settings)[0].admin_pin_hash)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "No PIN given on standard input; nothing was changed.\n"),
        ("\n", "No PIN given on standard input; nothing was changed.\n"),
        ("12\n", "Not a PIN: a PIN is 4 to 12 digits (0-9); nothing was changed.\n"),
        ("abcd\n", "Not a PIN: a PIN is 4 to 12 digits (0-9); nothing was changed.\n"),
    ],
)
def test_set_pin_refuses_no_pin_or_a_wrong_one_and_changes_nothing(tmp_path: Path, typed: str, message: str) -> None:
    settings = tmp_path / "stand.yaml"
    settings.write_text("kiosk: true\n")
    assert set_pin(settings, io.StringIO(typed)) == (1, "", message)
    assert settings.read_text() == "kiosk: true\n"


def test_set_pin_that_cannot_write_says_why_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("")
    code, out, err = set_pin(tmp_path / "plain" / "stand.yaml", io.StringIO("73195428\n"))
    assert (code, out) == (1, "")
    assert err.startswith("The PIN was not set: ") and err.count("\n") == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_set_pin_on_a_terminal_asks_twice(tmp_path: Path, monkeypatch) -> None:
    import getpass

    settings = tmp_path / "stand.yaml"
    answers = iter(["2468", "2468", "2468", "1357"])
    prompts: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or next(answers))
    assert set_pin(settings, Terminal()) == (0, f"Staff PIN set in {settings}\n", "")
    assert prompts == ["New staff PIN (4 to 12 digits): ", "The same PIN again: "]
    assert pin_matches("2468", load_settings(settings)[0].admin_pin_hash)
    before = settings.read_text()
    assert set_pin(settings, Terminal()) == (1, "", "The two PINs differ; nothing was changed.\n")
    assert settings.read_text() == before


def test_without_a_settings_option_the_pin_goes_into_the_user_s_settings_file() -> None:
    assert kiosk_cli.settings_path(argparse.Namespace(settings=None)) == settings_file()


@pytest.mark.skipif(os.name != "posix", reason="locales are a POSIX matter")
def test_under_the_c_locale_printing_never_fails_and_only_the_character_type_changes(monkeypatch) -> None:
    import _locale

    for name in ("LANG", "LC_CTYPE", "LC_NUMERIC", "LC_TIME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LC_NUMERIC", "C")
    stream = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="strict")
    monkeypatch.setattr("sys.stdout", stream)
    try:
        any_locale.work_in_any_locale()
        print("… done", file=stream)
        codeset = _locale.nl_langinfo(_locale.CODESET)
    finally:
        _locale.setlocale(_locale.LC_CTYPE, "C.UTF-8")
    assert codeset.replace("-", "").lower() == "utf8"
    stream.flush()
    assert stream.buffer.getvalue() == b"? done\n"  # type: ignore[attr-defined]
    assert "LC_ALL" not in os.environ and "LC_NUMERIC" not in os.environ
    assert (os.environ["LANG"], os.environ["LC_CTYPE"]) == ("C", "C.UTF-8")
    assert _locale.nl_langinfo(_locale.CODESET).replace("-", "").lower() == "utf8"


@pytest.mark.skipif(os.name != "posix", reason="locales are a POSIX matter")
def test_a_utf8_locale_is_left_as_it_is(monkeypatch) -> None:
    for name in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    any_locale.work_in_any_locale()
    assert os.environ["LANG"] == "C.UTF-8" and "LC_CTYPE" not in os.environ


HELP = """\
usage: microcurrent-atlas [-h] [--version] [--content DIR] [--check-content [DIR]] [--self-test]
                          [--list-areas] [--screenshot FILE.png]
                          [--view {face,body-front,body-back}] [--area ID] [--topic ID]
                          [--size WxH] [--settings FILE] [--kiosk] [--set-pin] [--watchdog]
                          [--usage-summary] [--export-usage DIR] [--text-size PERCENT]
                          [--search QUERY] [--handout REF] [--output FILE.pdf]
                          [--paper {a4,letter}] [--check-client ID[,ID…]] [--list-conditions]

Microcurrent Atlas: an offline reference on microcurrent treatment, area by area.

options:
  -h, --help            show this help message and exit
  --version             show program's version number and exit
  --content DIR         use the content pack in DIR instead of the built-in one
  --check-content [DIR]
                        validate a content pack (default: the built-in one), print the report,
                        exit 0 or 1
  --self-test           check this copy works: validate the content, open and render every area
                        and topic page offscreen, print one line, exit 0 or 1
  --list-areas          print one line per area: id, view, title
  --screenshot FILE.png
                        render the window offscreen to a PNG and exit
  --view {face,body-front,body-back}
                        the diagram to show first
  --area ID             the area to open first
  --topic ID            the topic page to open first
  --size WxH            window size, e.g. 1920x1080; each side 200 to 7680 pixels
  --settings FILE       the settings file (default: /home/kiosk/.config/microcurrent-
                        atlas/settings.yaml); keys: kiosk, idle_timeout_s, warning_s,
                        attract_interval_s, admin_hold_s, hide_cursor, show_evidence, content,
                        usage_counts, usage_export_dir, admin_pin_hash, kiosk_search, clinic_name,
                        clinic_logo, clinic_phone, clinic_address, single_key_shortcuts
  --kiosk               fullscreen, locked, touch-first, reset after each visitor (or 'kiosk:
                        true' in the settings)
  --set-pin             set the staff PIN (4 to 12 digits, typed twice, or one line on standard
                        input) in the settings file, stored as a salted hash, and exit
  --watchdog            run the app as a child process and start it again if it dies or hangs (1,
                        2, 4 … 60 s apart, the first three 1 s apart), with a 'Restarting…' screen
                        over the desktop meanwhile
  --usage-summary       print the kiosk's usage counts: today, the whole show, top areas
  --export-usage DIR    write the kiosk's usage counts to DIR: usage.csv (one row per day, kind
                        and id) and heat-map PNGs
  --text-size PERCENT   the window's text size to start at, one of 80, 90, 100, 110, 125, 150,
                        175, 200 (Ctrl+plus, Ctrl+minus and Ctrl+0 change it; a desk window
                        remembers it)
  --search QUERY        print what the search field finds for QUERY, best first, one a line: page
                        reference, title and snippet (matched words between *asterisks*); exit 0,
                        or 1 when nothing is found
  --handout REF         write the one-page handout of an area (its id) or a page (area:ID,
                        topic:ID) to --output and exit
  --output FILE.pdf     where --handout writes its PDF
  --paper {a4,letter}   the handout's paper (default: the locale's, A4 or US Letter)
  --check-client ID[,ID…]
                        print, for each area, 'ruled out', 'care' or 'no rule' for a client with
                        these conditions (ids from --list-conditions), with the reason and source,
                        and exit
  --list-conditions     print one line per condition: id, label
"""


@pytest.mark.skipif(
    sys.platform != "linux" or sys.version_info[:2] != (3, 11), reason="argparse's layout and the folders vary"
)
def test_help_is_every_option_with_what_it_does(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/home/kiosk/.config")
    with pytest.raises(SystemExit):
        cli.parse_args(["--help"])
    assert capsys.readouterr().out == HELP


def test_the_largest_and_smallest_sides_are_allowed_either_way_round() -> None:
    assert cli.parse_args(["--size", "7680x200"]).size == (7680, 200)
    assert cli.parse_args(["--size", "200x200"]).size == (200, 200)
    assert cli.parse_args(["--size", "7680x7680"]).size == (7680, 7680)


@pytest.mark.skipif(os.name != "posix", reason="locales are a POSIX matter")
def test_the_c_locale_without_lc_all_changes_only_the_character_type(monkeypatch) -> None:
    import _locale

    for name in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")
    try:
        any_locale.work_in_any_locale()
        codeset = _locale.nl_langinfo(_locale.CODESET)
    finally:
        _locale.setlocale(_locale.LC_CTYPE, "C.UTF-8")
    assert codeset.replace("-", "").lower() == "utf8"
    assert (os.environ["LANG"], os.environ["LC_CTYPE"]) == ("C", "C.UTF-8") and "LC_ALL" not in os.environ


@pytest.mark.skipif(os.name != "posix", reason="locales are a POSIX matter")
def test_a_locale_that_is_not_installed_is_no_error(monkeypatch) -> None:
    import _locale

    monkeypatch.setenv("LC_ALL", "xx_YY.UTF-8")
    try:
        any_locale.work_in_any_locale()
    finally:
        _locale.setlocale(_locale.LC_CTYPE, "C.UTF-8")


def test_a_stream_that_already_replaces_or_escapes_is_left_as_it_is(monkeypatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
    monkeypatch.setattr("sys.stderr", stream)
    any_locale.work_in_any_locale()
    assert stream.errors == "backslashreplace"


def test_the_hidden_demo_option_takes_only_the_four_states(capsys) -> None:
    assert [cli.parse_args(["--kiosk-demo", name]).kiosk_demo for name in kiosk_cli.DEMOS] == list(kiosk_cli.DEMOS)
    assert "invalid choice: 'party'" in refused(["--kiosk-demo", "party"], capsys)
