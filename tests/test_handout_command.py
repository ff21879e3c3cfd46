"""`main.py --handout REF --output FILE.pdf [--paper a4|letter]`: the PDF with no display, and one clear line
for a page that does not exist or a file that cannot be written."""

from __future__ import annotations

from pathlib import Path

import pypdf

from core import cli
from tests.conftest import run_app


def test_it_writes_the_handout_with_no_display(tmp_path: Path) -> None:
    out = tmp_path / "neck.pdf"
    done = run_app("--handout", "neck", "--output", str(out), "--paper", "letter", DISPLAY="", WAYLAND_DISPLAY="")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}: the handout of area:neck, one page, US Letter\n"
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.height)) == 792
    assert "Safety notes" in " ".join(reader.pages[0].extract_text().split())
    assert [p.name for p in tmp_path.iterdir()] == ["neck.pdf"]  # no temporary file left


def test_a_page_reference_works_and_the_paper_follows_the_locale(tmp_path: Path) -> None:
    out = tmp_path / "faq.pdf"
    done = run_app("--handout", "topic:faq", "--output", str(out), LC_ALL="POSIX")
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("one page, A4\n")
    assert round(float(pypdf.PdfReader(out).pages[0].mediabox.width)) == 595


def test_an_unknown_page_is_one_line_and_code_2(tmp_path: Path) -> None:
    done = run_app("--handout", "elbow", "--output", str(tmp_path / "x.pdf"))
    assert done.returncode == 2
    assert done.stderr.startswith("--handout: 'elbow' is not an area or a page: give an area id (")
    assert len(done.stderr.splitlines()) == 1 and not (tmp_path / "x.pdf").exists()


def test_no_output_is_code_2() -> None:
    done = run_app("--handout", "neck")
    assert (done.returncode, done.stderr) == (2, "--handout needs --output FILE.pdf\n")


def test_an_output_that_cannot_be_written_is_one_line_and_code_1(tmp_path: Path) -> None:
    done = run_app("--handout", "neck", "--output", str(tmp_path / "missing" / "x.pdf"))
    assert (done.returncode, done.stderr) == (
        1,
        f"--output: {tmp_path / 'missing' / 'x.pdf'}: no folder {tmp_path / 'missing'}\n",
    )
    done = run_app("--handout", "neck", "--output", str(tmp_path))
    assert done.returncode == 1 and done.stderr.startswith(f"--output: {tmp_path}: is a folder; give a file name")


def test_the_options_parse() -> None:
    args = cli.parse_args(["--handout", "area:chin", "--output", "x.pdf", "--paper", "a4"])
    assert (args.handout, args.output, args.paper) == ("area:chin", Path("x.pdf"), "a4")
