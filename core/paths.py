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


def app_command() -> list[str]:
    """How this app is started: the frozen executable, or Python and main.py."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, str(app_root() / "main.py")]


def data_dir() -> Path:
    """The built-in content pack."""
    return app_root() / "data"


def _user_dir(windows: tuple[str, str], mac: str, xdg: tuple[str, str]) -> Path:
    """A per-user folder by each platform's convention: (env var, fallback under home) pairs."""
    if sys.platform == "win32":
        base = Path(os.environ.get(windows[0], Path.home() / windows[1]))
    elif sys.platform == "darwin":
        base = Path.home() / mac
    else:
        base = Path(os.environ.get(xdg[0], Path.home() / xdg[1]))
    return base / APP_ID


def config_dir() -> Path:
    """The per-user settings folder."""
    return _user_dir(("APPDATA", "AppData/Roaming"), "Library/Application Support", ("XDG_CONFIG_HOME", ".config"))


def font_files() -> list[str]:
    """The font family the app ships, so text looks the same everywhere and never draws as boxes."""
    return sorted(str(path) for path in (data_dir() / "fonts").glob("*.otf"))


def icon_file() -> Path:
    return data_dir() / "icon.svg"


def cache_dir() -> Path:
    """Where derived files (never the user's own) may be kept between runs."""
    return _user_dir(("LOCALAPPDATA", "AppData/Local"), "Library/Caches", ("XDG_CACHE_HOME", ".cache"))


def log_dir() -> Path:
    """Where the app's own logs go: ~/.local/state on Linux, Local AppData on Windows, ~/Library/Logs on a Mac."""
    return _user_dir(("LOCALAPPDATA", "AppData/Local"), "Library/Logs", ("XDG_STATE_HOME", ".local/state"))


def settings_file() -> Path:
    """The settings file used when no `--settings FILE` is given."""
    return config_dir() / "settings.yaml"


def pin_backoff_file(settings: Path) -> Path:
    """Where the back-off of the staff PIN in the settings file `settings` is kept between runs: the state
    folder (that of the error log), one file for each settings file."""
    import hashlib

    key = hashlib.sha256(os.fsencode(os.path.abspath(settings))).hexdigest()[:16]
    return log_dir() / f"pin-backoff-{key}.json"
