"""--list-conditions and --check-client in this process (mutation testing sees these calls): the exact lines
a user reads, the exit codes, and a clear message, never a traceback, for input that names nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import main
from core import cli, client_check_cli
from core.client_check import REMINDER
from core.content_loader import load_pack
from tests.conftest import DATA

MORE_CONDITIONS = """
- id: condition-two
  label: "Has condition two"
  rules:
    - {note: general-one, verdict: care, areas: [bottom]}
    - {note: keep-off-eyes, verdict: ruled-out, areas: [top, bottom, middle, back]}
- id: condition-three
  label: "Has condition three"
  rules:
    - {note: general-one, verdict: care, areas: [bottom]}
"""
EYES = "Keep the device off the eyes. Source: Device A manual · label"
IMPLANT = "Not with an implanted electronic device. Source: Device A manual · label; A regulation · regulation"


@pytest.fixture
def folder(pack_copy) -> Path:
    """The minimal pack with two more conditions: one with a rule of some areas in care and one ruling out,
    one with only a care rule on one area."""
    copy = pack_copy()
    with (copy / "conditions.yaml").open("a", encoding="utf-8") as file:
        file.write(MORE_CONDITIONS)
    return copy


def command(folder: Path, *argv: str) -> tuple[int | None, str, str]:
    """Run the command as main.py does, with its exit code, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    code = client_check_cli.run(load_pack(folder), cli.parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def test_list_conditions_prints_each_id_and_label_lined_up_in_the_pack_s_order(folder: Path) -> None:
    assert command(folder, "--list-conditions") == (
        0,
        "condition-one    Has condition one\n"
        "condition-two    Has condition two\n"
        "condition-three  Has condition three\n",
        "",
    )


def test_a_rule_of_every_area_is_one_line_at_the_top_and_each_area_points_to_it(folder: Path) -> None:
    code, out, err = command(folder, "--check-client", "condition-one")
    assert (code, err) == (0, "")
    assert out == (
        "Client check for: Has condition one\n"
        f"Every area, ruled out: Has condition one: {IMPLANT}\n"
        "\nFace\n"
        "  top     ruled out  (the rule of every area, above)\n"
        "  bottom  ruled out  (the rule of every area, above)\n"
        "\nBody front\n"
        "  middle  ruled out  (the rule of every area, above)\n"
        "\nBody back\n"
        "  back    ruled out  (the rule of every area, above)\n"
        f"\n{REMINDER}\n"
    )


def test_an_area_with_two_reasons_gives_each_its_own_line_under_the_verdict(folder: Path) -> None:
    code, out, _ = command(folder, "--check-client", "condition-two")
    assert code == 0
    assert out == (
        "Client check for: Has condition two\n"
        "\nFace\n"
        f"  top     ruled out  ruled out: Has condition two: {EYES}\n"
        f"  bottom  ruled out  care: Has condition two: {IMPLANT}\n"
        f"                     ruled out: Has condition two: {EYES}\n"
        "\nBody front\n"
        f"  middle  ruled out  ruled out: Has condition two: {EYES}\n"
        "\nBody back\n"
        f"  back    ruled out  ruled out: Has condition two: {EYES}\n"
        f"\n{REMINDER}\n"
    )


def test_care_in_one_area_and_no_rule_in_the_others(folder: Path) -> None:
    code, out, _ = command(folder, "--check-client", "condition-three")
    assert code == 0
    assert out.splitlines()[:8] == [
        "Client check for: Has condition three",
        "",
        "Face",
        "  top     no rule",  # nothing after the verdict, not even spaces
        f"  bottom  care       care: Has condition three: {IMPLANT}",
        "",
        "Body front",
        "  middle  no rule",
    ]


def test_a_note_two_conditions_bring_is_told_once_naming_both(folder: Path) -> None:
    _, out, _ = command(folder, "--check-client", "condition-three,condition-two")
    assert f"  bottom  ruled out  care: Has condition two and Has condition three: {IMPLANT}\n" in out
    assert out.startswith("Client check for: Has condition two; Has condition three\n")


@pytest.mark.parametrize(
    "given",
    [
        "condition-two,condition-two",
        " condition-two , condition-two ",
        "condition-two,,condition-two,",
    ],
)
def test_spaces_empty_parts_and_repeated_ids_are_the_same_check(folder: Path, given: str) -> None:
    assert command(folder, "--check-client", given) == command(folder, "--check-client", "condition-two")


def test_the_ids_are_each_taken_once_in_the_order_given() -> None:
    args = cli.parse_args(["--check-client", " epilepsy,pregnancy , epilepsy,,  "])
    assert client_check_cli.condition_ids(args) == ["epilepsy", "pregnancy"]
    assert client_check_cli.condition_ids(cli.parse_args([])) == []


@pytest.mark.parametrize("given", ["", " ", " , ,", ","])
def test_no_ids_at_all_is_a_usage_error_with_an_example(folder: Path, given: str) -> None:
    assert command(folder, "--check-client", given) == (
        2,
        "",
        "--check-client needs condition ids, e.g. --check-client pregnancy,epilepsy\n",
    )


def test_an_unknown_id_is_a_usage_error_naming_it_and_the_known_ones(folder: Path) -> None:
    code, out, err = command(folder, "--check-client", "condition-one,condition-4,Condition-One")
    assert (code, out) == (2, "")
    assert err == (
        "--check-client: unknown condition 'Condition-One', 'condition-4' "
        "(known: condition-one, condition-two, condition-three); see --list-conditions\n"
    )


def test_an_id_with_a_space_inside_is_unknown_not_split(folder: Path) -> None:
    code, _, err = command(folder, "--check-client", "condition one")
    assert code == 2
    assert err.startswith("--check-client: unknown condition 'condition one' (known: condition-one,")


def test_with_a_screenshot_the_check_is_left_to_the_window(folder: Path, tmp_path: Path) -> None:
    shot = str(tmp_path / "shot.png")
    assert command(folder, "--check-client", "condition-two", "--screenshot", shot) == (None, "", "")
    # A wrong id is still told before any window starts.
    assert command(folder, "--check-client", "nope", "--screenshot", shot)[0] == 2


def test_list_conditions_comes_first_when_both_are_asked(folder: Path) -> None:
    code, out, _ = command(folder, "--list-conditions", "--check-client", "nope")
    assert code == 0 and out.startswith("condition-one    Has condition one\n")


def test_the_built_in_pack_through_main(capsys) -> None:
    assert main.main(["--check-client", "cold-sore"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ")}
    assert len(rows) == len(load_pack(DATA).areas)
    assert rows["lips-mouth"].split()[1:3] == ["ruled", "out"]
    assert rows["neck"].split()[1:] == ["no", "rule"]
    assert main.main(["--check-client", "cold sore"]) == 2
    assert "unknown condition 'cold sore'" in capsys.readouterr().err
    assert main.main(["--list-conditions"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed] == list(load_pack(DATA).conditions)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_without_the_typography_gets_it_in_ascii(folder: Path, encoding: str) -> None:
    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(raw_out, encoding=encoding, errors="replace", write_through=True)
    err = io.TextIOWrapper(raw_err, encoding=encoding, errors="replace", write_through=True)
    pack = load_pack(folder)
    assert client_check_cli.run(pack, cli.parse_args(["--check-client", "condition-two"]), out, err) == 0
    text = raw_out.getvalue().decode(encoding)
    dot = "\u00b7" if encoding == "latin-1" else "-"  # Latin-1 has the middle dot
    eyes = f"Keep the device off the eyes. Source: Device A manual {dot} label"
    assert f"  top     ruled out  ruled out: Has condition two: {eyes}\n" in text
    assert "?" not in text
    built_in = load_pack(DATA)
    assert client_check_cli.run(built_in, cli.parse_args(["--check-client", "recent-injections"]), out, err) == 0
    assert f"RealSelf doctor's answer {dot} press" in raw_out.getvalue().decode(encoding)
    assert client_check_cli.run(pack, cli.parse_args(["--check-client", "cafe\u2019"]), out, err) == 2
    assert raw_err.getvalue().decode(encoding).startswith("--check-client: unknown condition 'cafe'' (known:")
