"""Where the app's own files are (the built-in pack, fonts, icon, how it is started), from source and when
frozen, and which files it keeps in the user's folders (core.user_folders finds those)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.user_folders import config_dir, log_dir


def app_root() -> Path:
    """The folder holding `data/`: the unpacked bundle when frozen, the checkout otherwise."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def app_command() -> list[str]:
    """How this app is started: the frozen executable, or Python and main.py."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, str(app_root() / "main.py")]


def data_dir() -> Path:
    """The built-in content pack."""
    return app_root() / "data"


def font_files() -> list[str]:
    """The font family the app ships, so text looks the same everywhere and never draws as boxes."""
    return sorted(str(path) for path in (data_dir() / "fonts").glob("*.otf"))


def icon_file() -> Path:
    return data_dir() / "icon.svg"


def small_icon_file() -> Path:
    """The icon drawn for 16 to 32 px (task bars, title bars): fewer, bolder shapes."""
    return data_dir() / "icon-small.svg"


def settings_file() -> Path:
    """The settings file used when no `--settings FILE` is given."""
    return config_dir() / "settings.yaml"


def pin_backoff_file(settings: Path) -> Path:
    """Where the back-off of the staff PIN in the settings file `settings` is kept between runs: the state
    folder (that of the error log), one file for each settings file."""
    import hashlib

    key = hashlib.sha256(os.fsencode(os.path.abspath(settings))).hexdigest()[:16]
    return log_dir() / f"pin-backoff-{key}.json"


def window_memory_file() -> Path:
    """Where a desk window keeps its size, place, split, view, text size and recent pages between runs (the
    state folder, with the error log)."""
    return log_dir() / "window.txt"
