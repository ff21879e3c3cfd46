"""Search in a kiosk: on only when the settings ask for it and Qt's on-screen keyboard is installed; what was
decided is said to staff, and why when it cannot be on."""

from __future__ import annotations

from pathlib import Path

from core import kiosk_search
from core.kiosk_search import IM_VARIABLE, KEYBOARD, MISSING, OFF, ON, KioskSearch, decide, keyboard_installed, prepare
from core.settings import DEFAULTS, SETTINGS, load_settings


def qt_folder(tmp_path: Path, plugin: bool = True, qml: bool = True) -> Path:
    """A Qt folder with the on-screen keyboard's plugin and QML module, or without one of them."""
    folder = tmp_path / "Qt"
    plugins = folder / "plugins" / "platforminputcontexts"
    plugins.mkdir(parents=True)
    (plugins / "libcomposeplatforminputcontextplugin.so").write_bytes(b"")
    if plugin:
        (plugins / "libqtvirtualkeyboardplugin.so").write_bytes(b"")
    if qml:
        module = folder / "qml" / "QtQuick" / "VirtualKeyboard"
        module.mkdir(parents=True)
        (module / "qmldir").write_text("module QtQuick.VirtualKeyboard\n")
    return folder


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


def test_off_unless_asked_for_and_then_only_with_the_keyboard() -> None:
    assert decide(False, True) == KioskSearch(False, OFF, "")
    assert decide(False, False) == KioskSearch(False, OFF, "")
    assert decide(True, True) == KioskSearch(True, ON, "")
    assert decide(True, False) == KioskSearch(False, f"off: {MISSING}", MISSING)
    assert "Qt Virtual Keyboard" in MISSING and "kiosk_search" in MISSING


def test_the_keyboard_needs_both_its_plugin_and_its_qml_module(tmp_path: Path) -> None:
    assert keyboard_installed(qt_folder(tmp_path / "both"))
    assert not keyboard_installed(qt_folder(tmp_path / "no-plugin", plugin=False))
    assert not keyboard_installed(qt_folder(tmp_path / "no-qml", qml=False))
    assert not keyboard_installed(tmp_path / "nothing-here")
    assert not keyboard_installed(None)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert not keyboard_installed(not_a_folder)


def test_prepare_names_qt_s_keyboard_only_when_search_is_on(tmp_path: Path) -> None:
    environ: dict[str, str] = {}
    assert prepare(True, environ, qt_folder(tmp_path / "both")).on
    assert environ == {IM_VARIABLE: KEYBOARD}
    for wanted, folder in ((True, qt_folder(tmp_path / "none", plugin=False)), (False, qt_folder(tmp_path / "x"))):
        environ = {}
        assert not prepare(wanted, environ, folder).on
        assert environ == {}


def test_the_qt_folder_is_found_without_importing_qt(monkeypatch) -> None:
    folder = kiosk_search.qt_folder()
    assert folder is not None and folder.name == "Qt" and (folder.parent / "__init__.py").is_file()
    monkeypatch.setattr("sys._MEIPASS", "/tmp/bundle", raising=False)
    assert kiosk_search.qt_folder() == Path("/tmp/bundle/PySide6/Qt")
