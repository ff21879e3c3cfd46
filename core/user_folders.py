"""The user's own folders for this app, where each platform keeps them, found by platformdirs:

- settings: ~/.config/microcurrent-atlas (XDG_CONFIG_HOME), %APPDATA%\\microcurrent-atlas,
  ~/Library/Application Support/microcurrent-atlas;
- cache: ~/.cache/microcurrent-atlas (XDG_CACHE_HOME), %LOCALAPPDATA%\\microcurrent-atlas,
  ~/Library/Caches/microcurrent-atlas;
- state and logs: ~/.local/state/microcurrent-atlas (XDG_STATE_HOME), %LOCALAPPDATA%\\microcurrent-atlas,
  ~/Library/Logs/microcurrent-atlas.

No author level (appauthor=False) and no folder of platformdirs' own inside ours (opinion=False), so
each stays where this app kept it before it used platformdirs; the settings roam on Windows."""

from __future__ import annotations

from pathlib import Path

from core.version import APP_ID


def _folder(kind: str, *, roaming: bool = False) -> Path:
    """platformdirs' user folder of this `kind` (user_config_dir, user_cache_dir, user_log_dir)."""
    from platformdirs import PlatformDirs  # a few milliseconds to import: not before a folder is needed

    return Path(getattr(PlatformDirs(APP_ID, appauthor=False, roaming=roaming, opinion=False), kind))


def config_dir() -> Path:
    """The per-user settings folder."""
    return _folder("user_config_dir", roaming=True)


def cache_dir() -> Path:
    """Where derived files (never the user's own) may be kept between runs."""
    return _folder("user_cache_dir")


def log_dir() -> Path:
    """Where the app's own logs and state go (the state folder on Linux)."""
    return _folder("user_log_dir")
