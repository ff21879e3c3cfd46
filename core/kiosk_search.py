"""Whether a kiosk offers search: only when the settings ask for it (`kiosk_search: true`) and Qt's own
on-screen keyboard (Qt Virtual Keyboard) is installed, since a kiosk has no keyboard and a field nobody
can type in is worse than none. What was decided, and why, for the staff panel and the log."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import MutableMapping
from pathlib import Path
from typing import NamedTuple

IM_VARIABLE = "QT_IM_MODULE"  # Qt reads it once, when the application object is made
KEYBOARD = "qtvirtualkeyboard"
# What Qt needs to show its on-screen keyboard: the input method plugin and the keyboard's QML module.
PLUGIN_FOLDER = ("plugins", "platforminputcontexts")
QML_MODULE = ("qml", "QtQuick", "VirtualKeyboard", "qmldir")

OFF = "off: a kiosk has no keyboard (set kiosk_search: true to type on Qt's on-screen keyboard)"
ON = "on: typed on Qt's on-screen keyboard"
MISSING = (
    "kiosk_search is true, but Qt's on-screen keyboard (Qt Virtual Keyboard) is not installed with this copy, "
    "so search stays off in kiosk mode"
)


class KioskSearch(NamedTuple):
    """Whether the field is offered, what the staff panel says about it, and what the log says ('' if all is well)."""

    on: bool
    status: str
    warning: str = ""


def qt_folder() -> Path | None:
    """PySide6's Qt folder (plugins, qml), found without importing Qt; None when PySide6 cannot be found."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "PySide6" / "Qt"
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def keyboard_installed(folder: Path | None) -> bool:
    """Whether `folder` (a Qt folder) holds the on-screen keyboard's input method plugin and its QML module."""
    if folder is None:
        return False
    try:
        plugins = folder.joinpath(*PLUGIN_FOLDER)
        has_plugin = plugins.is_dir() and any(KEYBOARD in entry.name for entry in plugins.iterdir())
        return has_plugin and folder.joinpath(*QML_MODULE).is_file()
    except OSError:
        return False


def decide(wanted: bool, installed: bool) -> KioskSearch:
    """Search in a kiosk: on only when asked for and typeable."""
    if not wanted:
        return KioskSearch(False, OFF)
    if not installed:
        return KioskSearch(False, f"off: {MISSING}", MISSING)
    return KioskSearch(True, ON)


def prepare(wanted: bool, environ: MutableMapping[str, str] = os.environ, folder: Path | None = None) -> KioskSearch:
    """Decide, and when search is on, have Qt load its on-screen keyboard (before the application is made)."""
    found = decide(wanted, keyboard_installed(folder or qt_folder()) if wanted else False)
    if found.on:
        environ[IM_VARIABLE] = KEYBOARD
    return found
