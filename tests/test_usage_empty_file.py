"""A usage database file that exists but is empty (made, nothing written yet: a kiosk stopped at once, or a
copy that failed) means no counts yet, not a file that cannot be read."""

from __future__ import annotations

import io

from core.content_loader import load_pack
from core.usage import read_counts
from core.usage_cli import print_summary
from tests.conftest import MINIMAL_PACK


def test_an_empty_database_file_is_no_counts_yet(tmp_path, capsys) -> None:
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"")
    assert read_counts(path) == ([], f"No usage counts yet ({path} is empty)")
    out = io.StringIO()
    assert print_summary(load_pack(MINIMAL_PACK), path, out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == f"No usage counts yet ({path} is empty)"
    assert lines[1].startswith("Today: 0 visitor sessions")
    assert capsys.readouterr().err == ""
    assert path.read_bytes() == b""  # read only: nothing made in it


def test_a_file_that_is_not_a_database_is_still_reported(tmp_path, capsys) -> None:
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"not a database\n" * 10)
    counts, problem = read_counts(path)
    assert counts == [] and problem.startswith(f"Usage counts: {path} cannot be")
