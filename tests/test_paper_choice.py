"""Which paper a handout is printed on by default: US Letter where it is the usual office paper, else A4."""

from __future__ import annotations

import pytest

from core import cli
from core.paper import PAPERS, paper_for_territory

# The Americas where Letter is the office standard (ISO 3166 codes, as QLocale gives them).
LETTER = ["US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI"]


@pytest.mark.parametrize("code", LETTER)
def test_letter_countries_get_letter(code: str) -> None:
    assert paper_for_territory(code) == "letter"
    assert paper_for_territory(code.lower()) == "letter"  # whatever the case it comes in


@pytest.mark.parametrize("code", ["GB", "DE", "FR", "AU", "IN", "BR", "AR", "JP", "ZA", "", "USA", "XX"])
def test_everywhere_else_gets_a4(code: str) -> None:
    assert paper_for_territory(code) == "a4"


def test_the_command_line_offers_the_two_papers_and_no_other(capsys) -> None:
    assert [cli.parse_args(["--paper", paper]).paper for paper in PAPERS] == ["a4", "letter"]
    with pytest.raises(SystemExit):
        cli.parse_args(["--paper", "a5"])
    assert "invalid choice: 'a5' (choose from 'a4', 'letter')" in capsys.readouterr().err
