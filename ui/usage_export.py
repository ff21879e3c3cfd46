"""Export of the usage counts: usage.csv and one heat-map PNG per view, into a folder (staff panel's
Export, and `--export-usage DIR`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.records import VIEWS, Pack
from core.usage import Count, summarise, today
from core.usage_cli import write_csv


def heat_map_name(view: str) -> str:
    return f"heat-map-{view}.png"


def export(folder: Path, pack: Pack, counts: list[Count]) -> str:
    """Write the files; the message says where they went, or why they could not be written."""
    from core.atomic_write import write_atomically
    from ui.heat_map import heat_map, png_bytes

    areas = summarise(counts, today()).areas
    try:
        write_csv(folder, counts)
        names = ["usage.csv"]
        for view in (view for view in VIEWS if view in pack.diagrams):
            write_atomically(folder / heat_map_name(view), png_bytes(heat_map(pack, areas, (view,))))
            names.append(heat_map_name(view))
        write_atomically(folder / "heat-map.png", png_bytes(heat_map(pack, areas)))
        names.append("heat-map.png")
    except OSError as error:
        return f"Could not write the usage counts to {folder}: {error.strerror or error}"
    return f"Wrote {', '.join(names)} to {folder}"


def export_from_command_line(folder: Path, pack: Pack) -> int:
    """`--export-usage DIR`: offscreen, no window; 0, or 1 when nothing could be written."""
    from core.usage import read_counts, usage_file

    counts, problem = read_counts(usage_file())
    if problem:
        print(problem, file=sys.stderr)
        if not problem.startswith("No usage counts yet"):
            return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from core.paths import font_files
    from ui import theme

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    theme.load_fonts(font_files())
    QGuiApplication.setFont(theme.body_font())
    message = export(folder, pack, counts)
    del app
    print(message, file=sys.stdout if message.startswith("Wrote") else sys.stderr)
    return 0 if message.startswith("Wrote") else 1
