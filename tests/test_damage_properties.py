"""Property-based: whatever damage a pack takes, from tools/fuzz.py's kinds of damage, loading it ends in
a clear report naming pack files, or in a consistent pack whose pages link only inside the app. Bounded
to a few dozen cases per kind so the suite stays fast; `tools/fuzz.py` runs the long version."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, MINIMAL_PACK
from tools.fuzz import CONTENT_DAMAGE, check_pack, check_settings, damaged_copy, settings_line

CASES = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.parametrize("kind", sorted(CONTENT_DAMAGE))
@CASES
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_a_damaged_minimal_pack_is_refused_clearly_or_loads_whole(tmp_path: Path, kind: str, seed: int) -> None:
    folder, what = damaged_copy(MINIMAL_PACK, kind, seed, tmp_path)
    try:
        assert check_pack(folder) == "", what
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("kind", sorted(CONTENT_DAMAGE))
@settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_a_damaged_shipped_pack_is_refused_clearly_or_loads_whole(tmp_path: Path, kind: str, seed: int) -> None:
    folder, what = damaged_copy(DATA, kind, seed, tmp_path)
    try:
        assert check_pack(folder) == "", what
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_checker_itself_sees_a_failure(tmp_path: Path, monkeypatch) -> None:
    """A check that cannot fail proves nothing: were text fields not escaped, a title holding a web address
    would show as a live link, and the checker says so."""
    import core.pages

    folder = tmp_path / "pack"
    shutil.copytree(MINIMAL_PACK, folder)
    areas = folder / "areas.yaml"
    areas.write_text(areas.read_text().replace("title: Top", "title: 'Top https://evil.example'"))
    assert check_pack(folder) == ""
    monkeypatch.setattr(core.pages, "md_text", lambda text: text)
    assert "shows the live address 'https://evil.example" in check_pack(folder)


def test_a_folder_name_no_system_allows_is_refused_in_words() -> None:
    assert check_pack(Path("pack\0name")) == ""


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_a_damaged_settings_line_costs_only_itself(tmp_path: Path, seed: int) -> None:
    line = settings_line(random.Random(seed))
    assert check_settings(line, tmp_path) == "", repr(line[:60])


@settings(max_examples=60, deadline=None, derandomize=True)
@given(value=st.text(max_size=40).filter(lambda v: "\n" not in v and "\r" not in v))
def test_any_text_as_a_settings_value_costs_at_most_its_own_key(tmp_path_factory, value: str) -> None:
    line = f"idle_timeout_s: {value}"
    assert check_settings(line, tmp_path_factory.mktemp("s")) == "", repr(line)
