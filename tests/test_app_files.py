"""Where the app finds its own files, from source and as the one-file executable, and where it keeps the PIN
back-off of each settings file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core import paths
from tests.conftest import ROOT


def test_from_source_the_files_are_in_the_checkout_and_python_runs_main_py(monkeypatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.app_root() == ROOT
    assert paths.data_dir() == ROOT / "data"
    assert paths.app_command() == [sys.executable, str(ROOT / "main.py")]
    assert paths.icon_file() == ROOT / "data" / "icon.svg" and paths.icon_file().is_file()


def test_frozen_the_files_are_in_the_unpacked_bundle_and_the_executable_runs_itself(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.app_root() == tmp_path
    assert paths.data_dir() == tmp_path / "data"
    assert paths.icon_file() == tmp_path / "data" / "icon.svg"
    assert paths.app_command() == [sys.executable]
    (tmp_path / "data" / "fonts").mkdir(parents=True)
    for name in ("Inter-Regular.otf", "Inter-Bold.otf", "notes.txt", "Other.ttf"):
        (tmp_path / "data" / "fonts" / name).write_text("")
    assert paths.font_files() == [
        str(tmp_path / "data" / "fonts" / "Inter-Bold.otf"),
        str(tmp_path / "data" / "fonts" / "Inter-Regular.otf"),
    ]


def test_the_shipped_fonts_are_found() -> None:
    fonts = paths.font_files()
    assert fonts and all(name.endswith(".otf") and Path(name).is_file() for name in fonts)
    assert fonts == sorted(fonts)


def test_each_settings_file_has_its_own_back_off_file_in_the_state_folder(tmp_path, monkeypatch) -> None:
    first = paths.pin_backoff_file(tmp_path / "a.yaml")
    assert first == paths.pin_backoff_file(tmp_path / "a.yaml")
    assert first != paths.pin_backoff_file(tmp_path / "b.yaml")
    assert first.parent == paths.log_dir()
    assert first.name.startswith("pin-backoff-") and first.suffix == ".json"
    key = first.name.removeprefix("pin-backoff-").removesuffix(".json")
    assert len(key) == 16 and int(key, 16) >= 0
    monkeypatch.chdir(tmp_path)
    assert paths.pin_backoff_file(Path("a.yaml")) == first  # a relative name is the same file
    assert os.path.isabs(first)


def test_the_settings_file_is_in_the_config_folder() -> None:
    assert paths.settings_file() == paths.config_dir() / "settings.yaml"
