"""A handout printed as the desk prints it, to a real print queue: a private CUPS scheduler (tests/cups_queue.py)
with the clinic's printer, the app's window on the Neck page in a process of its own (tests/print_probe.py),
Ctrl+P, Print in the preview, the printer chosen and Print in the system's dialog. The job must complete on the
queue and come out as one A4 page with the safety words and the disclaimer, the same page as the saved PDF.

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


class Printed(NamedTuple):
    found: dict[str, object]  # what the app showed and did (tests/print_probe.py)
    job: str
    log: list[str]  # what the scheduler logged about the job
    title: str  # the job's title, as the queue lists it
    options: str  # the options the job came to the printer with
    data: bytes  # what came out of the printer
    text: str  # its page's text, squashed


class Saved(NamedTuple):
    data: bytes
    text: str


@pytest.fixture(scope="module")
def cups() -> Iterator[PrivateCups]:
    try:
        scheduler = PrivateCups.start()
    except Unavailable as why:
        pytest.skip(str(why))
    yield scheduler
    scheduler.stop()


# The clinic's locale says A4 or US Letter; the printer's paper, A4, wins (what its tray holds), and the preview
# shows it.
LOCALES = {"A4 locale": "en_GB.UTF-8", "US Letter locale": "en_US.UTF-8"}


@pytest.fixture(scope="module", params=list(LOCALES.values()), ids=list(LOCALES))
def printed(request: pytest.FixtureRequest, cups: PrivateCups, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    state = tmp_path_factory.mktemp("state")
    env = {**cups.env(), "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state), "LC_ALL": request.param}
    probe = [sys.executable, str(ROOT / "tests" / "print_probe.py"), QUEUE]
    before = set(cups.jobs("completed"))
    cups.output.write_bytes(b"")  # the scheduler writes over the device file without truncating it
    result = subprocess.run(probe, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])

    def finished() -> bool:
        return bool(set(cups.jobs("completed")) - before) and not cups.jobs("not-completed")

    assert until(finished, JOB_S), "the job never finished"
    [job] = set(cups.jobs("completed")) - before
    title, options = cups.job_argument(job, 3), cups.job_argument(job, 5)
    data = cups.output.read_bytes()
    return Printed(found, job, cups.log_lines(job), title, options, data, page_text(data))


def squashed(text: str) -> str:
    """Text without its spacing (a PDF's words are placed, not spaced), ligatures as letters, as a search takes it."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def page_text(pdf: bytes) -> str:
    return squashed(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text())


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Saved:
    """What "Save as PDF…" writes for the same page, made by the same drawing: `main.py --handout`."""
    path = tmp_path_factory.mktemp("saved") / "neck.pdf"
    command = [sys.executable, str(ROOT / "main.py"), "--handout", "neck", "--output", str(path), "--paper", "a4"]
    subprocess.run(command, check=True, capture_output=True, timeout=60, cwd=ROOT)
    data = path.read_bytes()
    return Saved(data, page_text(data))


def test_the_print_dialog_lists_the_clinic_printer_and_offers_it_first(printed: Printed) -> None:
    found = printed.found
    assert QUEUE in found["available"]  # QPrinterInfo.availablePrinters(): what the dialog lists
    assert found["default"] == QUEUE
    assert QUEUE in found["dialog"]["printers"]
    assert found["dialog"]["offered"] == QUEUE
    assert found["preview_pages"] == 1 and found["preview_closed"]


def test_the_handout_went_to_that_printer_on_a4_whole_page(printed: Printed) -> None:
    printer = printed.found["printed_on"]
    assert printer["name"] == QUEUE and printer["native"]
    assert printer["paper"] == "A4" and printer["orientation"] == "Portrait"
    assert printed.found["preview_paper"] == "A4"  # the preview showed the paper that came out
    assert printer["full_page"]  # the drawing keeps its own margins, from the paper's edge
    assert printer["doc_name"] == "Neck handout"
    assert "media=A4" in printed.options.split()


def test_the_job_completed_on_the_queue(printed: Printed) -> None:
    assert "Job completed." in printed.log
    assert printed.job.startswith(f"{QUEUE}-")
    assert printed.title == "Neck handout"  # what the printer's queue lists


def test_one_page_of_a4_with_the_safety_words_and_the_disclaimer(printed: Printed) -> None:
    reader = pypdf.PdfReader(io.BytesIO(printed.data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = printed.text
    for words in ("Neck", "Do not use if you:", "Not medical advice.", "It is not medical advice, a diagnosis"):
        assert squashed(words) in text, words


def test_the_printed_page_says_what_the_saved_pdf_says(printed: Printed, saved: Saved) -> None:
    assert printed.text == saved.text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils, tools/bootstrap.sh dev)")
def test_the_printed_page_looks_like_the_saved_pdf(printed: Printed, saved: Saved, tmp_path: Path) -> None:
    (tmp_path / "printed.pdf").write_bytes(printed.data)
    (tmp_path / "saved.pdf").write_bytes(saved.data)
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
