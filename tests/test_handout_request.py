"""What `--handout REF --output FILE.pdf` checks before any drawing, in this process (mutation testing sees
these calls): the page asked for, the file to write, the exit code and the one line that says what is wrong."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from core import cli
from core.content_loader import load_pack
from core.handout_cli import checked_request, output_problem
from tests.conftest import DATA, MINIMAL_PACK

PACK = load_pack(DATA)
SMALL = load_pack(MINIMAL_PACK)


def request(*argv: str, pack=PACK) -> tuple[str, int, str]:
    err = io.StringIO()
    ref, code = checked_request(cli.parse_args(list(argv)), pack, err)
    return ref, code, err.getvalue()


@pytest.mark.parametrize(
    ("given", "ref"),
    [("neck", "area:neck"), ("area:neck", "area:neck"), ("topic:safety", "topic:safety"), ("topic:faq", "topic:faq")],
)
def test_an_area_id_or_a_page_reference_names_the_page(tmp_path: Path, given: str, ref: str) -> None:
    assert request("--handout", given, "--output", str(tmp_path / "out.pdf")) == (ref, 0, "")


def test_without_output_it_is_a_usage_error(tmp_path: Path) -> None:
    assert request("--handout", "neck") == ("", 2, "--handout needs --output FILE.pdf\n")


@pytest.mark.parametrize("given", ["nope", "area:nope", "topic:nope", "topic:", ":", "", "area:topic:faq", "safety"])
def test_an_unknown_page_is_a_usage_error_naming_it_and_what_would_do(tmp_path: Path, given: str) -> None:
    ref, code, err = request("--handout", given, "--output", str(tmp_path / "out.pdf"))
    assert (ref, code) == ("", 2)
    assert err == (
        f"--handout: '{given}' is not an area or a page: give an area id (forehead, temples-head, eye-area, …; "
        "--list-areas lists them) or a page reference such as topic:how-it-works\n"
    )
    assert not (tmp_path / "out.pdf").exists()


def test_the_example_page_is_the_pack_s_own(tmp_path: Path) -> None:
    _, _, err = request("--handout", "nope", "--output", str(tmp_path / "x.pdf"), pack=SMALL)
    assert "area id (top, bottom, middle, …; --list-areas lists them) or a page reference such as topic:" in err


def test_a_folder_is_refused_with_a_file_name_to_give_instead(tmp_path: Path) -> None:
    assert request("--handout", "neck", "--output", str(tmp_path)) == (
        "",
        1,
        f"--output: {tmp_path}: is a folder; give a file name such as {tmp_path / 'handout.pdf'}\n",
    )


def test_a_folder_that_is_not_there_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    assert output_problem(missing / "out.pdf") == f"{missing / 'out.pdf'}: no folder {missing}"
    assert request("--handout", "neck", "--output", str(missing / "out.pdf"))[1:] == (
        1,
        f"--output: {missing / 'out.pdf'}: no folder {missing}\n",
    )


def test_a_file_name_alone_is_written_in_the_current_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert output_problem(Path("handout.pdf")) == ""


def test_an_existing_pdf_or_empty_file_may_be_replaced(tmp_path: Path) -> None:
    old = tmp_path / "old.pdf"
    old.write_bytes(b"%PDF-1.4\n%old handout\n")
    empty = tmp_path / "empty.pdf"
    empty.touch()
    assert output_problem(old) == output_problem(empty) == ""
    assert request("--handout", "neck", "--output", str(old)) == ("area:neck", 0, "")


@pytest.mark.parametrize("content", [b"root:x:0:0:root:/root:/bin/bash\n", b"%PDF", b"\x89PNG\r\n\x1a\n", b" %PDF-1.4"])
def test_a_file_that_is_not_a_pdf_is_never_replaced(tmp_path: Path, content: bytes) -> None:
    document = tmp_path / "notes.pdf"
    document.write_bytes(content)
    assert request("--handout", "neck", "--output", str(document)) == (
        "",
        1,
        f"--output: {document}: is there already and is not a PDF, so it is left as it is; give a new file name\n",
    )
    assert document.read_bytes() == content


def test_a_link_to_a_file_that_is_not_a_pdf_is_refused_too(tmp_path: Path) -> None:
    document = tmp_path / "document.txt"
    document.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "handout.pdf"
    link.symlink_to(document)
    assert "is there already and is not a PDF" in output_problem(link)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    assert output_problem(pipe) == (
        f"{pipe}: is there already and is not a PDF, so it is left as it is; give a new file name"
    )


def test_a_very_long_name_is_shown_whole_up_to_a_thousand_characters(tmp_path: Path) -> None:
    folder = tmp_path / ("d" * 200) / ("e" * 200) / ("f" * 200)
    shown = f"{folder / 'out.pdf'}"
    assert len(shown) < 1000
    assert output_problem(folder / "out.pdf") == f"{shown}: no folder {folder}"


def test_a_long_folder_is_named_whole_in_its_message(tmp_path: Path) -> None:
    folder = tmp_path / ("g" * 150)
    folder.mkdir()
    assert output_problem(folder) == f"{folder}: is a folder; give a file name such as {folder / 'handout.pdf'}"
