"""What the content-pack tests do to a copy of a pack: edit one file's text, and read every problem a load
reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.content_loader import load_pack
from core.problems import ContentError


def problems_of(folder: Path) -> list[str]:
    """Every problem, as `file:line: field: message`, of a pack that must be refused."""
    with pytest.raises(ContentError) as caught:
        load_pack(folder)
    return [str(problem) for problem in caught.value.problems]


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in the file with `new`; `old` must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
