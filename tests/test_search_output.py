"""`--search QUERY` in this process (mutation testing sees these calls): the exact lines a user reads, best
first, the exit codes, odd queries, and terminals that cannot show curly quotes."""

from __future__ import annotations

import io
import re

import pytest

import main
from core.content_loader import load_pack
from core.search import build_index, search
from core.search_cli import CLI_LIMIT, print_results, printable
from tests.conftest import DATA, MINIMAL_PACK

SMALL = load_pack(MINIMAL_PACK)
BUILT_IN = load_pack(DATA)


def searched(query: str, pack=SMALL, encoding: str | None = None) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of `--search QUERY` (on a terminal of `encoding`)."""
    if encoding is None:
        out, err = io.StringIO(), io.StringIO()
        code = print_results(pack, query, out, err)
        return code, out.getvalue(), err.getvalue()
    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(raw_out, encoding=encoding, errors="replace", write_through=True)
    err = io.TextIOWrapper(raw_err, encoding=encoding, errors="replace", write_through=True)
    code = print_results(pack, query, out, err)
    return code, raw_out.getvalue().decode(encoding), raw_err.getvalue().decode(encoding)


def test_one_result_is_its_reference_title_and_snippet_with_each_matched_word_marked() -> None:
    assert searched("top part") == (0, "area:top  Top | The *top* *part*. It is said to tone. By small currents.\n", "")


def test_results_come_best_first_with_the_titles_lined_up() -> None:
    code, out, err = searched("Top")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:3] == [
        "area:top                Top | The *top* part. It is said to tone. By small currents.",
        "area:back               Back | The back. See also *Top*. It is said to tone. By small currents.",
        "topic:about             About | About about. Text of about. Go to *Top*.",
    ]
    assert lines[-1] == "topic:therapy-benefits  Therapy benefits | …Text of therapy-benefits. Go to *Top*."
    assert {re.match(r"\S+ +", line).end() for line in lines} == {24}  # every title starts in one column


def test_nothing_found_exits_1_prints_nothing_and_says_so_with_the_query_tidied() -> None:
    assert searched("  zzqq \t xxyy ") == (1, "", "Nothing found for “zzqq xxyy”.\n")


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "***", "the"])
def test_an_empty_query_or_one_of_no_words_finds_nothing(query: str) -> None:
    code, out, err = searched(query)
    assert (code, out) == (1, "")
    assert err.startswith("Nothing found for “") and err.endswith("”.\n")


def test_a_very_long_query_is_not_echoed_whole() -> None:
    code, out, err = searched("zzqq " * 20_000)
    assert (code, out) == (1, "")
    # Sixty characters, without the space the cut falls after, and an ellipsis: one line of a terminal.
    assert err == f"Nothing found for “{'zzqq ' * 11}zzqq…”.\n"


def test_a_query_of_sixty_characters_is_repeated_whole_and_one_more_is_cut() -> None:
    sixty = "abcdefghij" * 6
    assert searched(sixty)[2] == f"Nothing found for “{sixty}”.\n"
    assert searched(sixty + "k")[2] == f"Nothing found for “{sixty}…”.\n"


def test_a_query_with_control_characters_does_not_reach_the_terminal_raw() -> None:
    _, _, err = searched("\x1b[2Jzzqq\x07")
    assert "\x1b" not in err and "\x07" not in err
    assert err == "Nothing found for “?[2Jzzqq?”.\n"


def test_a_long_query_that_finds_something_still_finds_it() -> None:
    code, out, _ = searched("top " * 500 + "part")
    assert code == 0
    assert out.startswith("area:top  Top | ")


def test_a_terminal_shows_at_most_twenty_results_the_best_ones() -> None:
    query = "skin"
    everything = search(build_index(BUILT_IN), query, 200)
    assert len(everything) > CLI_LIMIT == 20
    code, out, _ = searched(query, BUILT_IN)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [found.ref for found in everything[:20]]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_without_curly_quotes_or_ellipses_gets_them_in_ascii(encoding: str) -> None:
    code, out, _ = searched("Top", encoding=encoding)
    assert code == 0
    assert "topic:therapy-benefits  Therapy benefits | ...Text of therapy-benefits. Go to *Top*.\n" in out
    _, _, err = searched("zzqq", encoding=encoding)
    assert err == 'Nothing found for "zzqq".\n'


def test_each_typographic_mark_has_its_ascii_stand_in() -> None:
    latin1 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    assert printable("\u2026 \u2014 \u2013 \u2019 \u2018 \u201c \u201d \u2122 é", latin1) == "... - - ' ' \" \" (TM) é"
    assert printable("\u2026 é", io.TextIOWrapper(io.BytesIO(), encoding="utf-8")) == "\u2026 é"
    assert printable("\u2026", io.StringIO()) == "\u2026"  # a stream with no encoding of its own takes any text


def test_main_prints_results_on_standard_output_and_nothing_found_on_standard_error(capsys) -> None:
    assert main.main(["--content", str(MINIMAL_PACK), "--search", "top part"]) == 0
    assert capsys.readouterr() == ("area:top  Top | The *top* *part*. It is said to tone. By small currents.\n", "")
    assert main.main(["--content", str(MINIMAL_PACK), "--search", "zzqq"]) == 1
    assert capsys.readouterr() == ("", "Nothing found for “zzqq”.\n")
