"""Two commands on one command line (a search and a client check, say) are refused with a clear line and exit
2, rather than one of them silently left out; the pairs that belong together still run."""

from __future__ import annotations

import pytest

from core import cli


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--search", "neck", "--check-client", "pregnancy"], "--search and --list-conditions/--check-client"),
        (["--list-areas", "--search", "neck"], "--list-areas and --search"),
        (["--handout", "neck", "--output", "x.pdf", "--usage-summary"], "--handout and --usage-summary"),
        (["--export-usage", "out", "--list-conditions"], "--list-conditions/--check-client and --export-usage"),
    ],
)
def test_two_commands_are_refused_naming_both(capsys, argv: list[str], named: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.parse_args(argv)
    assert stopped.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"microcurrent-atlas: error: {named} are separate commands: give one at a time"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["--list-conditions", "--check-client", "pregnancy"],  # the list, then the check
        ["--screenshot", "x.png", "--check-client", "pregnancy"],  # a picture of the panel
        ["--search", "neck"],
        ["--search", ""],
    ],
)
def test_one_command_or_a_pair_that_belongs_together_is_taken(argv: list[str]) -> None:
    cli.parse_args(argv)
