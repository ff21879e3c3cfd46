"""A handout printed as the desk prints it, to a real print queue: a private CUPS scheduler (tests/cups_queue.py)
with the clinic's printer, the app's window on the Neck page in a process of its own (tests/print_probe.py),
Ctrl+P, Print in the preview, the printer chosen and Print in the system's dialog. The job must complete on the
queue and come out as one page of the printer's paper with the safety words and the disclaimer, the same page as the
saved PDF on that paper.

Skipped, saying why, where no scheduler can be started (CUPS not installed: tools/bootstrap.sh dev installs it)."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pypdf
import pytest

from tests.conftest import ROOT
from tests.cups_queue import QUEUE, PrivateCups, Unavailable, until

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the print queue is CUPS's, on Linux")
JOB_S = 20.0
RENDER_DPI = 50  # enough to see a paragraph move, small enough to compare quickly
DIFFERENT = 64  # a pixel's grey level that far from the saved page's differs (anti-aliasing stays under it)


# Each case: a printer whose tray holds one paper, at a clinic whose locale says the other. The printer's paper wins
# (its print dialog chooses it), and the preview shows it.
CASES = {
    "A4 printer, US Letter locale": ("A4", "en_US.UTF-8"),
    "US Letter printer, A4 locale": ("Letter", "en_GB.UTF-8"),
}
POINTS = {"A4": (595, 842), "Letter": (612, 792)}  # the paper in PDF points, 1/72 inch


class Printed(NamedTuple):
    paper: str  # the printer's own paper, "A4" or "Letter"
    found: dict[str, object]  # what the app showed and did (tests/print_probe.py)
    job: str
    log: list[str]  # what the scheduler logged about the job
    title: str  # the job's title, as the queue lists it
    options: str  # the options the job came to the printer with
    data: bytes  # what came out of the printer
    text: str  # its page's text, squashed
    saved: bytes  # what "Save as PDF…" wrote for the same page on the same paper


@pytest.fixture(scope="module", params=list(CASES.values()), ids=list(CASES))
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printed]:
    paper, locale = request.param
    try:
        cups = PrivateCups.start(paper)
    except Unavailable as why:
        pytest.skip(str(why))
    try:
        state = tmp_path_factory.mktemp("state")
        env = {**cups.env(), "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state), "LC_ALL": locale}
        saved = state / "saved.pdf"
        probe = [sys.executable, str(ROOT / "tests" / "print_probe.py"), QUEUE, str(saved)]
        result = subprocess.run(probe, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout.splitlines()[-1])
        assert found["saved"], "Save as PDF… wrote nothing"
        finished = until(lambda: bool(cups.jobs("completed")) and not cups.jobs("not-completed"), JOB_S)
        assert finished, "the job never finished"
        [job] = cups.jobs("completed")
        title, options, data = cups.job_argument(job, 3), cups.job_argument(job, 5), cups.output.read_bytes()
        yield Printed(paper, found, job, cups.log_lines(job), title, options, data, page_text(data), saved.read_bytes())
    finally:
        cups.stop()


def squashed(text: str) -> str:
    """Text without its spacing (a PDF's words are placed, not spaced), ligatures as letters, as a search takes it."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def page_text(pdf: bytes) -> str:
    return squashed(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text())


def test_the_print_dialog_lists_the_clinic_printer_and_offers_it_first(printed: Printed) -> None:
    found = printed.found
    assert QUEUE in found["available"]  # QPrinterInfo.availablePrinters(): what the dialog lists
    assert found["default"] == QUEUE
    assert QUEUE in found["dialog"]["printers"]
    assert found["dialog"]["offered"] == QUEUE
    assert found["preview_pages"] == 1 and found["preview_closed"]


def test_the_handout_went_to_that_printer_on_its_paper_as_the_preview_showed(printed: Printed) -> None:
    printer = printed.found["printed_on"]
    assert printer["name"] == QUEUE and printer["native"]
    assert printer["paper"] == printed.paper and printer["orientation"] == "Portrait"
    assert printed.found["preview_paper"] == printed.paper  # what the preview showed is what came out
    assert printer["full_page"]  # the drawing keeps its own margins, from the paper's edge
    assert printer["doc_name"] == "Neck handout"
    assert f"media={printed.paper}" in printed.options.split()


def test_the_job_completed_on_the_queue(printed: Printed) -> None:
    assert "Job completed." in printed.log
    assert printed.job.startswith(f"{QUEUE}-")
    assert printed.title == "Neck handout"  # what the printer's queue lists


def test_one_page_of_that_paper_with_the_safety_words_and_the_disclaimer(printed: Printed) -> None:
    reader = pypdf.PdfReader(io.BytesIO(printed.data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == POINTS[printed.paper]
    text = printed.text
    for words in ("Neck", "Do not use if you:", "Not medical advice.", "It is not medical advice, a diagnosis"):
        assert squashed(words) in text, words


def test_the_printed_page_says_what_the_saved_pdf_says(printed: Printed) -> None:
    assert printed.text == page_text(printed.saved)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils, tools/bootstrap.sh dev)")
def test_the_printed_page_looks_like_the_saved_pdf(printed: Printed, tmp_path: Path) -> None:
    (tmp_path / "printed.pdf").write_bytes(printed.data)
    (tmp_path / "saved.pdf").write_bytes(printed.saved)
    printed_page, saved_page = (_grey(tmp_path / f"{name}.pdf") for name in ("printed", "saved"))
    assert printed_page[0] == saved_page[0]  # the same size in pixels
    differing = sum(abs(a - b) > DIFFERENT for a, b in zip(printed_page[1], saved_page[1], strict=True))
    assert differing / len(saved_page[1]) < 0.002, f"{differing} pixels differ"


def test_the_app_said_nothing_amiss(printed: Printed) -> None:
    assert printed.found["warnings"] == []


def _grey(pdf: Path) -> tuple[tuple[int, int], bytes]:
    """The PDF's first page rendered by poppler in shades of grey: its size and its pixels, row by row."""
    subprocess.run(
        ["pdftoppm", "-r", str(RENDER_DPI), "-gray", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
        check=True,
        timeout=30,
    )
    data = pdf.with_suffix(".pgm").read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)  # one whitespace byte, then the pixels
    assert header is not None
    return (int(header[1]), int(header[2])), data[header.end() :]
