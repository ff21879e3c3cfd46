"""Search in a kiosk: on only when the settings ask for it and Qt's on-screen keyboard is installed and loads;
what was decided is said to staff, and why when it cannot be on."""

from __future__ import annotations

from pathlib import Path

from core import kiosk_search
from core.kiosk_search import (
    IM_VARIABLE,
    KEYBOARD,
    NO_QML,
    NOT_FOUND,
    NOT_INSTALLED,
    OFF,
    ON,
    KioskSearch,
    decide,
    keyboard_problem,
    prepare,
)
from core.settings import DEFAULTS, SETTINGS, load_settings

PLUGIN = "libqtvirtualkeyboardplugin.so"


def qt_folder(tmp_path: Path, plugin: bool = True, qml: bool = True) -> Path:
    """A Qt folder with the on-screen keyboard's plugin and QML module, or without one of them."""
    folder = tmp_path / "Qt"
    plugins = folder / "plugins" / "platforminputcontexts"
    plugins.mkdir(parents=True)
    (plugins / "libcomposeplatforminputcontextplugin.so").write_bytes(b"")
    if plugin:
        (plugins / PLUGIN).write_bytes(b"")
    if qml:
        module = folder / "qml" / "QtQuick" / "VirtualKeyboard"
        module.mkdir(parents=True)
        (module / "qmldir").write_text("module QtQuick.VirtualKeyboard\n")
    return folder


def loads(plugin: Path) -> str:
    assert plugin.name == PLUGIN, plugin  # only the keyboard's own plugin is tried
    return ""


def fails(plugin: Path) -> str:
    return "libQt6VirtualKeyboardQml.so.6: cannot open shared object file"


def test_the_setting_is_declared_off_by_default() -> None:
    assert DEFAULTS.kiosk_search is False
    [setting] = [s for s in SETTINGS if s.name == "kiosk_search"]
    assert setting.kind == "bool" and "on-screen keyboard" in setting.help


def test_the_settings_file_turns_it_on_and_refuses_anything_but_true_or_false(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("kiosk: true\nkiosk_search: true\n")
    assert load_settings(path)[0].kiosk_search is True
    path.write_text("kiosk_search: sometimes\n")
    settings, problems = load_settings(path)
    assert settings.kiosk_search is False
    assert [str(p) for p in problems] == [
        f"{path}:1: kiosk_search: 'sometimes' is not true or false; using the default (False)"
    ]


def test_off_unless_asked_for_and_then_only_with_a_keyboard_that_works() -> None:
    assert decide(False, "") == KioskSearch(False, OFF, "")
    assert decide(False, NOT_INSTALLED) == KioskSearch(False, OFF, "")
    assert decide(True, "") == KioskSearch(True, ON, "")
    warning = (
        "kiosk_search is true, but Qt's on-screen keyboard cannot be used: "
        "Qt Virtual Keyboard is not installed with this copy; search stays off"
    )
    assert decide(True, NOT_INSTALLED) == KioskSearch(False, f"off: {warning}", warning)


def test_the_keyboard_needs_its_plugin_its_qml_module_and_a_plugin_that_loads(tmp_path: Path) -> None:
    assert keyboard_problem(qt_folder(tmp_path / "both"), loads) == ""
    assert keyboard_problem(qt_folder(tmp_path / "broken"), fails) == f"its plugin does not load ({fails(Path())})"
    assert keyboard_problem(qt_folder(tmp_path / "no-plugin", plugin=False), loads) == NOT_INSTALLED
    assert keyboard_problem(qt_folder(tmp_path / "no-qml", qml=False), loads) == NO_QML
    assert keyboard_problem(tmp_path / "nothing-here", loads) == NOT_INSTALLED
    assert keyboard_problem(None, loads) == NOT_FOUND
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert keyboard_problem(not_a_folder, loads) == NOT_INSTALLED
    unreadable = qt_folder(tmp_path / "locked")
    (unreadable / "plugins" / "platforminputcontexts").chmod(0)
    try:
        assert keyboard_problem(unreadable, loads) in (NOT_INSTALLED, "")  # "" only as root, who reads it anyway
    finally:
        (unreadable / "plugins" / "platforminputcontexts").chmod(0o755)


def test_prepare_names_qt_s_keyboard_only_when_search_is_on(tmp_path: Path) -> None:
    environ: dict[str, str] = {}
    assert prepare(True, loads, environ, qt_folder(tmp_path / "both")).on
    assert environ == {IM_VARIABLE: KEYBOARD}
    for wanted, load, folder in (
        (True, fails, qt_folder(tmp_path / "fails")),
        (True, loads, qt_folder(tmp_path / "none", plugin=False)),
        (False, loads, qt_folder(tmp_path / "x")),
    ):
        environ = {}
        found = prepare(wanted, load, environ, folder)
        assert not found.on and environ == {}
        assert bool(found.warning) == wanted


def test_the_qt_folder_is_found_without_importing_qt(monkeypatch) -> None:
    folder = kiosk_search.qt_folder()
    assert folder is not None and folder.name == "Qt" and (folder.parent / "__init__.py").is_file()
    monkeypatch.setattr("sys._MEIPASS", "/tmp/bundle", raising=False)
    assert kiosk_search.qt_folder() == Path("/tmp/bundle/PySide6/Qt")
