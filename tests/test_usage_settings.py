"""The two usage settings: `usage_counts` (on by default) and `usage_export_dir`, a folder relative to
the settings file that need not exist yet (a USB stick is plugged in when staff export)."""

from __future__ import annotations

from pathlib import Path

from core.settings import DEFAULTS, load_settings
from core.usage_cli import export_folder


def test_counting_is_on_unless_turned_off(tmp_path: Path) -> None:
    assert DEFAULTS.usage_counts is True
    file = tmp_path / "settings.yaml"
    file.write_text("usage_counts: false\n")
    assert load_settings(file) == (DEFAULTS._replace(usage_counts=False), ())


def test_the_export_folder_need_not_exist_and_is_relative_to_the_settings_file(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text("usage_export_dir: '  stick/counts '\n")
    settings, problems = load_settings(file)
    assert problems == () and settings.usage_export_dir == tmp_path / "stick" / "counts"
    assert export_folder(settings.usage_export_dir) == tmp_path / "stick" / "counts"
    file.write_text("usage_export_dir: /media/usb\n")
    assert load_settings(file)[0].usage_export_dir == Path("/media/usb")


def test_a_wrong_export_folder_is_reported_and_the_state_folder_used(tmp_path: Path, monkeypatch) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text("usage_export_dir: 12\n")
    settings, problems = load_settings(file)
    assert settings.usage_export_dir is None
    assert [str(problem) for problem in problems] == [
        f"{file}:1: usage_export_dir: 12 is not a folder name; using the default (None)"
    ]
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert export_folder(None) == tmp_path / "state" / "microcurrent-atlas" / "usage-export"
