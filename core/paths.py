"""Where the built-in content pack and the user's settings live, from source and when frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.version import APP_ID


def app_root() -> Path:
    """The folder holding `data/`: the unpacked bundle when frozen, the checkout otherwise."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The built-in content pack."""
    return app_root() / "data"


def config_dir() -> Path:
    """The per-user settings folder, following each platform's convention."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / APP_ID


def font_files() -> list[str]:
    """The font family the app ships, so text looks the same everywhere and never draws as boxes."""
    return sorted(str(path) for path in (data_dir() / "fonts").glob("*.otf"))


def cache_dir() -> Path:
    """Where derived files (never the user's own) may be kept between runs."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / APP_ID
