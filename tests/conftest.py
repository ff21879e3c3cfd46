"""Test set-up: offscreen Qt, the shipped font and theme, and helpers to copy content packs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from core.any_locale import work_in_any_locale

work_in_any_locale()  # as main.py does first: any locale, LC_ALL=POSIX included
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QT_SCALE_FACTOR", None)
# Tests never touch the user's own settings or caches.
_HOME = Path(__file__).resolve().parent.parent / ".pytest-home"
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MINIMAL_PACK = ROOT / "tests" / "packs" / "minimal"
DATA = ROOT / "data"


@pytest.fixture(scope="session", autouse=True)
def _themed_app(request: pytest.FixtureRequest) -> None:
    """Give Qt tests the same font and theme as the real app (only when Qt is in use)."""
    if "qapp" not in request.fixturenames and not any("qtbot" in item.fixturenames for item in request.session.items):
        return
    qapp = request.getfixturevalue("qapp")
    from core.paths import font_files
    from ui import theme

    theme.load_fonts(font_files())
    theme.apply(qapp)


@pytest.fixture(autouse=True)
def fresh_search_stems() -> None:
    """Each test stems its words afresh (core.search keeps every stem it made): under mutation testing a stem
    kept from an earlier test would hide a changed stemmer."""
    search = sys.modules.get("core.search")
    if search is not None:
        search._STEMS.clear()


@pytest.fixture
def pack_copy(tmp_path: Path):
    """Copy a pack (the minimal one by default) into a temp folder to break it on purpose."""

    def copy(source: Path = MINIMAL_PACK) -> Path:
        target = tmp_path / source.name
        shutil.copytree(source, target)
        return target

    return copy


class Clock:
    """A made-up clock for code that takes one (the PIN gate): tests move it instead of waiting."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def run_app(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """main.py as a user runs it (offscreen), with its output."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
