"""Which content a start shows: the site's pack when it is good, else the built-in one with a notice
saying why; the pack --self-test checks; and whether the page asked for first is in the pack."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from core.pack_cache import load_pack_fast
from core.paths import data_dir
from core.problems import ContentError, count_problems
from core.records import Pack
from core.safe_files import folder_problem, reason, shown_path
from core.user_folders import cache_dir


def load_content(folder: Path | None) -> tuple[Pack, str]:
    """The site's pack if it is good, else the built-in one with a notice saying why (also printed).
    A folder that cannot be read at all (missing, a file, a symlink loop, a name too long) is one line."""
    if folder is None:
        return load_pack_fast(data_dir(), cache_dir()), ""
    problem = folder_problem(folder)
    if not problem:
        try:
            return load_pack_fast(folder, cache_dir()), ""
        except ContentError as error:
            print(f"{shown_path(folder)}: {error.report()}", file=sys.stderr)
            notice = (
                f"The content in {shown_path(folder)} has {count_problems(len(error.problems))} "
                f"(first: {error.problems[0]}); showing the built-in content instead."
            )
            return load_pack_fast(data_dir(), cache_dir()), notice
        except OSError as error:  # a file of it vanished or turned unreadable while it was read
            problem = reason(error)
        except (UnicodeError, RuntimeError) as error:  # RuntimeError: pathlib's symlink loop, RecursionError
            problem = f"cannot be read ({error})"
    notice = f"The content folder {shown_path(folder)} {problem}; showing the built-in content instead."
    print(notice, file=sys.stderr)
    return load_pack_fast(data_dir(), cache_dir()), notice


def self_test_pack(folder: Path | None, out: TextIO = sys.stdout) -> Pack | None:
    """The pack --self-test checks, loaded and validated in full (never from a cache), or None after
    printing the self-test's one-line failure."""
    from core.content_loader import load_pack

    folder = folder or data_dir()
    try:
        return load_pack(folder)
    except ContentError as error:
        print(f"self-test: FAILED: the content in {folder} does not validate: {error.report()}", file=out)
        return None


def start_problem(pack: Pack, area: str | None, topic: str | None) -> str:
    """Why the requested first page cannot be shown, or '' when it can."""
    if area and area not in pack.areas:
        return f"There is no area '{area}'. Areas: {', '.join(pack.areas)}"
    if topic and topic not in pack.topics:
        return f"There is no topic '{topic}'. Topics: {', '.join(pack.topics)}"
    return ""
