"""The usage counts' command-line side: --usage-summary prints the totals; --export-usage DIR writes
usage.csv (and, through ui.usage_export, the heat maps) into DIR."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import TextIO

from core.records import Pack
from core.usage import Count, iter_rows, read_counts, summarise, summary_text, today, usage_file


def export_folder(configured: Path | None) -> Path:
    """Where Export writes: the settings' usage_export_dir, else usage-export in the state folder."""
    if configured is not None:
        return configured
    from core.user_folders import log_dir

    return log_dir() / "usage-export"


def csv_bytes(counts: list[Count]) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(iter_rows(counts))
    return text.getvalue().encode("utf-8")


def write_csv(folder: Path, counts: list[Count]) -> Path:
    """usage.csv in `folder` (made if missing), written atomically. Raises OSError."""
    from core.atomic_write import write_atomically

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "usage.csv"
    write_atomically(target, csv_bytes(counts))
    return target


def print_summary(pack: Pack, path: Path | None = None, out: TextIO = sys.stdout) -> int:
    """`--usage-summary`: 0, or 1 when the counts cannot be read."""
    path = path or usage_file()
    counts, problem = read_counts(path)
    if problem and not problem.startswith("No usage counts yet"):
        print(problem, file=sys.stderr)
        return 1
    if problem:
        print(problem, file=out)
    titles = {area.id: area.title for area in pack.areas.values()}
    print(summary_text(summarise(counts, today()), titles), file=out)
    return 0
