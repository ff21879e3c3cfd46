"""The --handout command's options (--handout REF --output FILE.pdf [--paper a4|letter]) and what it checks
before Qt starts: the page, the output file. ui/handout_command.py draws and writes the PDF."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from core.handout_text import UnknownPage, resolve
from core.paper import PAPERS
from core.safe_files import shown_path

if TYPE_CHECKING:
    import argparse

    from core.records import Pack

EXIT_USAGE = 2  # as argparse: a wrong command line
EXIT_WRITE = 1  # the file could not be written
PDF_SIGNATURE = b"%PDF-"  # how every PDF file starts


def add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--handout",
        metavar="REF",
        help="write the one-page handout of an area (its id) or a page (area:ID, topic:ID) to --output and exit",
    )
    p.add_argument("--output", metavar="FILE.pdf", type=Path, help="where --handout writes its PDF")
    p.add_argument("--paper", choices=PAPERS, help="the handout's paper (default: the locale's, A4 or US Letter)")


def output_problem(path: Path) -> str:
    """Why the PDF cannot be written at `path` ('' when it looks writable): checked before any drawing."""
    shown = shown_path(path, 1000)
    folder = path.parent  # Path("handout.pdf").parent is Path("."), the current folder
    if path.is_dir():
        return f"{shown}: is a folder; give a file name such as {shown_path(path / 'handout.pdf', 1000)}"
    if not folder.is_dir():
        return f"{shown}: no folder {shown_path(folder, 1000)}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{shown}: the folder {shown_path(folder, 1000)} cannot be written (permission denied)"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{shown}: cannot be replaced (permission denied)"
    if path.exists() and not replaceable(path):
        return f"{shown}: is there already and is not a PDF, so it is left as it is; give a new file name"
    return ""


def replaceable(path: Path) -> bool:
    """Whether the file at `path` may be replaced by a handout: an empty file or a PDF (a typing slip must not
    overwrite a document, or a system file when run as root); not a folder, a device or a pipe."""
    if not path.is_file():
        return False
    try:
        with path.open("rb") as file:
            start = file.read(len(PDF_SIGNATURE))
    except OSError:
        return False
    return start in (b"", PDF_SIGNATURE)


def checked_request(args: argparse.Namespace, pack: Pack, err: TextIO) -> tuple[str, int]:
    """The page reference to write and 0, or '' and the exit code after saying on `err` what is wrong: 2 for
    the command line (no --output, an unknown page), 1 for an output that cannot be written."""
    if args.output is None:
        print("--handout needs --output FILE.pdf", file=err)
        return "", EXIT_USAGE
    try:
        ref = resolve(pack, args.handout)
    except UnknownPage as error:
        print(f"--handout: {error}", file=err)
        return "", EXIT_USAGE
    problem = output_problem(args.output)
    if problem:
        print(f"--output: {problem}", file=err)
        return "", EXIT_WRITE
    return ref, 0
