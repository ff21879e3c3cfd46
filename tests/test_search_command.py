"""`main.py --search QUERY` as a user runs it: results best first, one a line, exit 0 or 1, any locale, no Qt."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from core.content_loader import load_pack
from core.search import Result, build_index, search
from core.search_cli import lines, marked, print_results, printable
from tests.conftest import DATA, ROOT, run_app

PACK = load_pack(DATA)
POSIX = {k: v for k, v in os.environ.items() if k != "LANG" and not k.startswith("LC_")} | {"LC_ALL": "POSIX"}


def test_results_print_best_first_one_a_line_with_reference_title_and_marked_snippet() -> None:
    result = run_app("--search", "cellulite")
    assert result.returncode == 0, result.stderr
    expected = search(build_index(PACK), "cellulite", 20)
    printed = result.stdout.splitlines()
    assert len(printed) == len(expected) >= 5
    for line, found in zip(printed, expected, strict=True):
        ref, title_and_snippet = line.split(maxsplit=1)
        assert ref == found.ref and title_and_snippet.startswith(f"{found.title} | ")
    assert printed[0].split()[0] in {"area:thighs", "area:glutes", "area:back-thighs"}
    assert all("*cellulite*" in line.lower() for line in printed)
    assert result.stderr == ""


def test_a_query_that_finds_nothing_exits_1_and_says_so_on_stderr() -> None:
    result = run_app("--search", "zzqq  xxyy")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "Nothing found for “zzqq xxyy”.\n"


def test_a_typo_and_a_word_form_find_the_safety_page() -> None:
    for query in ("pacemeker", "pregnancy"):
        result = run_app("--search", query)
        assert result.returncode == 0
        assert result.stdout.split()[0] == "topic:safety", query


@pytest.mark.skipif(os.name != "posix", reason="Windows has no POSIX locale")
@pytest.mark.parametrize(("query", "first"), [("cellulité", "area:"), ("Bell’s palsy", "topic:history")])
def test_a_non_ascii_query_works_under_the_posix_locale(query: str, first: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--search", query], capture_output=True, text=True, env=POSIX
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(first) and result.stderr == ""


@pytest.mark.skipif(os.name != "posix", reason="Windows has no POSIX locale")
def test_under_the_posix_locale_nothing_found_still_prints_the_query() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--search", "ßßß qqqq"], capture_output=True, env=POSIX
    )
    assert result.returncode == 1
    assert "ßßß qqqq".encode() in result.stderr


def test_the_command_never_imports_qt() -> None:
    probe = (
        "import sys, main\n"
        "code = main.main(['--search', 'jowls'])\n"
        "print('qt' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt', code)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.splitlines()[-1] == "no qt 0", result.stderr


def test_a_site_pack_is_searched_instead_of_the_built_in_one(pack_copy) -> None:
    folder = pack_copy()
    result = run_app("--content", str(folder), "--search", "bottom")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["area:bottom", "Bottom"]


def test_a_line_marks_each_matched_word_and_lines_up_the_titles() -> None:
    one = Result("area:neck", "Area", "Neck", "Neck lines and sagging skin", ((0, 4), (15, 22)), 1.0)
    two = Result("topic:faq", "FAQ", "Questions", "no marks here", (), 1.0)
    assert marked(one) == "*Neck* lines and *sagging* skin"
    assert marked(two) == "no marks here"
    assert lines([one, two]) == [
        "area:neck  Neck | *Neck* lines and *sagging* skin",
        "topic:faq  Questions | no marks here",
    ]
    assert lines([]) == []


def test_a_terminal_without_curly_quotes_or_ellipses_gets_them_in_ascii() -> None:
    latin1 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    ascii_only = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    text = "…it’s “BEAR™ 2” – a claim — café"
    assert printable(text, utf8) == text
    assert printable(text, latin1) == '...it\'s "BEAR(TM) 2" - a claim - café'
    assert printable(text, ascii_only) == printable(text, latin1)
    assert printable("plain", ascii_only) == "plain"


def test_printing_to_streams_as_given() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert print_results(PACK, "double chin", out, err) == 0
    assert out.getvalue().splitlines()[0].split()[:3] == ["area:chin", "Chin", "|"] and err.getvalue() == ""
    out, err = io.StringIO(), io.StringIO()
    assert print_results(PACK, "   ", out, err) == 1
    assert out.getvalue() == "" and err.getvalue() == "Nothing found for “”.\n"
