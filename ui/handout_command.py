"""`main.py --handout REF --output FILE.pdf [--paper a4|letter]`: the handout's PDF, written with no display."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, TextIO

from core.atomic_write import write_atomically
from core.handout_cli import EXIT_WRITE, checked_request
from core.safe_files import shown_path

if TYPE_CHECKING:
    import argparse

    from core.records import Pack
    from core.site_settings import SiteSettings


def run_handout(
    pack: Pack, args: argparse.Namespace, site: SiteSettings, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Write the PDF and say so in one line: 0; a wrong command line (no output, an unknown page): 2; an output
    that cannot be written: 1, in one line."""
    ref, code = checked_request(args, pack, err)
    if code:
        return code
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed, nothing is shown
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application
    from ui.handout_file import handout_pdf, locale_paper

    app = QApplication.instance() or create_application(sys.argv[:1])
    paper = args.paper or locale_paper()
    data = handout_pdf(pack, ref, site.settings, paper)
    shown = shown_path(args.output, 1000)
    try:
        write_atomically(args.output, data)
    except OSError as error:
        print(f"--output: {shown}: cannot write it ({error.strerror or error})", file=err)
        return EXIT_WRITE
    del app
    print(f"{shown}: the handout of {ref}, one page, {paper.upper() if paper == 'a4' else 'US Letter'}", file=out)
    return 0
