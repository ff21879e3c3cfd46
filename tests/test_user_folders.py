"""The user's folders stay where the app has always kept them, on Linux, Windows and macOS (platformdirs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from core import paths, user_folders
from core.version import APP_ID
from tests.conftest import ROOT


def test_linux_folders_follow_the_xdg_variables_the_tests_set() -> None:
    assert user_folders.config_dir() == Path(os.environ["XDG_CONFIG_HOME"]) / APP_ID
    assert user_folders.cache_dir() == Path(os.environ["XDG_CACHE_HOME"]) / APP_ID
    assert user_folders.log_dir() == Path(os.environ["XDG_STATE_HOME"]) / APP_ID
    assert paths.settings_file() == Path(os.environ["XDG_CONFIG_HOME"]) / APP_ID / "settings.yaml"
    assert paths.pin_backoff_file(Path("/site/settings.yaml")).parent == user_folders.log_dir()


def test_linux_folders_without_xdg_variables_are_the_usual_dot_folders(monkeypatch) -> None:
    home = Path("/home/visitor")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name)
    assert user_folders.config_dir() == home / ".config" / APP_ID
    assert user_folders.cache_dir() == home / ".cache" / APP_ID
    assert user_folders.log_dir() == home / ".local" / "state" / APP_ID


def test_windows_settings_roam_and_cache_and_logs_stay_local(monkeypatch) -> None:
    from platformdirs.windows import Windows

    roaming, local = r"C:\Users\Visitor\AppData\Roaming", r"C:\Users\Visitor\AppData\Local"
    monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", roaming)  # platformdirs' own stand-in for the shell's answer
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    for folder, base in ((user_folders.config_dir(), roaming), (user_folders.cache_dir(), local)):
        assert (folder.parent, folder.name) == (Path(base), APP_ID)  # no author level, no Cache folder
    assert (user_folders.log_dir().parent, user_folders.log_dir().name) == (Path(local), APP_ID)  # no Logs folder


def test_mac_folders_are_in_the_library(monkeypatch) -> None:
    from platformdirs.macos import MacOS

    home = Path("/Users/visitor")
    monkeypatch.setattr(platformdirs, "PlatformDirs", MacOS)
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name)
    assert user_folders.config_dir() == home / "Library" / "Application Support" / APP_ID
    assert user_folders.cache_dir() == home / "Library" / "Caches" / APP_ID
    assert user_folders.log_dir() == home / "Library" / "Logs" / APP_ID


@pytest.mark.parametrize("module", ["core.paths", "core.site_settings", "core.content_choice", "core.crash_log"])
def test_importing_the_modules_a_start_needs_does_not_import_platformdirs(module: str) -> None:
    """It costs a few milliseconds: only a folder asked for imports it."""
    code = f"import sys; import {module}; print('platformdirs' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"
