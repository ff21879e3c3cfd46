"""Where the built-in content pack and the user's settings live, from source and when frozen."""

from __future__ import annotations

import errno
import os
import stat
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


def shown_path(path: Path, limit: int = 120) -> str:
    """A path as a message shows it: printable whatever its bytes (a Latin-1 name shows as `caf\\xe9`),
    and cut in the middle when very long."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return text if len(text) <= limit else f"{text[:limit // 2]}…{text[-limit // 2:]}"


def folder_reason(error: OSError) -> str:
    """What an error from looking at a folder means, as the end of a sentence about that folder."""
    reasons = {
        errno.ENOENT: "does not exist",
        errno.ENOTDIR: "does not exist (part of its path is a file)",
        errno.ELOOP: "is a loop of symbolic links",
        errno.ENAMETOOLONG: "has a name too long for the file system (255 bytes a name at most)",
        errno.EACCES: "cannot be opened (permission denied)",
        errno.EPERM: "cannot be opened (permission denied)",
    }
    return reasons.get(error.errno or 0, f"cannot be opened ({error.strerror or error})")


def content_folder_problem(folder: Path) -> str:
    """Why `folder` cannot be a content pack's folder ('does not exist', 'is a file, not a folder' …),
    or '' when it is a folder whose list of files can be read. Never raises."""
    try:
        mode = os.stat(folder).st_mode
        if not stat.S_ISDIR(mode):
            return "is a file, not a folder" if stat.S_ISREG(mode) else "is not a folder"
        with os.scandir(folder):
            pass
    except OSError as error:
        return folder_reason(error)
    except ValueError:  # a NUL byte in the name
        return "is not a valid folder name"
    return ""


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
