"""Whether a kiosk offers search: only when the settings ask for it (`kiosk_search: true`) and Qt's own
on-screen keyboard (Qt Virtual Keyboard) is installed, since a kiosk has no keyboard and a field nobody
can type in is worse than none. What was decided, and why, for the staff panel and the log."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import NamedTuple

IM_VARIABLE = "QT_IM_MODULE"  # Qt reads it once, when the application object is made
KEYBOARD = "qtvirtualkeyboard"
# What Qt needs to show its on-screen keyboard: the input method plugin and the keyboard's QML module.
PLUGIN_FOLDER = ("plugins", "platforminputcontexts")
QML_MODULE = ("qml", "QtQuick", "VirtualKeyboard", "qmldir")

OFF = "off: a kiosk has no keyboard (set kiosk_search: true to type on Qt's on-screen keyboard)"
ON = "on: typed on Qt's on-screen keyboard"
NOT_FOUND = "PySide6's Qt folder was not found"
NOT_INSTALLED = "Qt Virtual Keyboard is not installed with this copy"
NO_QML = "Qt Virtual Keyboard's QML module is missing"


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


def keyboard_problem(folder: Path | None, load: Callable[[Path], str]) -> str:
    """Why Qt's on-screen keyboard cannot be used from `folder` (a Qt folder), or '' when it can: its input
    method plugin and QML module are there and `load` (which returns why a plugin file does not load, or
    '') loads the plugin, with every library it needs."""
    if folder is None:
        return NOT_FOUND
    try:
        plugins = folder.joinpath(*PLUGIN_FOLDER)
        found = sorted(entry for entry in plugins.iterdir() if KEYBOARD in entry.name) if plugins.is_dir() else []
        has_qml = folder.joinpath(*QML_MODULE).is_file()
    except OSError:
        return NOT_INSTALLED
    if not found:
        return NOT_INSTALLED
    if not has_qml:
        return NO_QML
    why = load(found[0])
    return f"its plugin does not load ({why})" if why else ""


def decide(wanted: bool, problem: str) -> KioskSearch:
    """Search in a kiosk: on only when asked for and typeable (no `problem` with the keyboard)."""
    if not wanted:
        return KioskSearch(False, OFF)
    if problem:
        warning = f"kiosk_search is true, but Qt's on-screen keyboard cannot be used: {problem}; search stays off"
        return KioskSearch(False, f"off: {warning}", warning)
    return KioskSearch(True, ON)


def prepare(
    wanted: bool,
    load: Callable[[Path], str],
    environ: MutableMapping[str, str] = os.environ,
    folder: Path | None = None,
) -> KioskSearch:
    """Decide, and when search is on, have Qt load its on-screen keyboard (before the application is made)."""
    found = decide(wanted, keyboard_problem(folder or qt_folder(), load) if wanted else "")
    if found.on:
        environ[IM_VARIABLE] = KEYBOARD
    return found
