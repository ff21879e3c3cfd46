"""The settings file: defaults, checked values, problems named by file, line and key, safe rewriting."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.settings import DEFAULTS, SettingsWriteError, load_settings, write_setting


def test_a_missing_file_means_every_default(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.yaml") == (DEFAULTS, ())
    assert (DEFAULTS.idle_timeout_s, DEFAULTS.warning_s, DEFAULTS.kiosk) == (90, 10, False)


def test_good_values_are_read(tmp_path: Path) -> None:
    (tmp_path / "pack").mkdir()
    file = tmp_path / "settings.yaml"
    file.write_text("kiosk: true\nidle_timeout_s: 45\nwarning_s: 5.5\nhide_cursor: true\ncontent: pack\n")
    settings, problems = load_settings(file)
    assert problems == ()
    assert settings.kiosk and settings.hide_cursor
    assert (settings.idle_timeout_s, settings.warning_s) == (45.0, 5.5)
    assert settings.content == tmp_path / "pack"


def test_bad_values_keep_their_defaults_and_are_named_by_line_and_key(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text("# site settings\nkiosk: yes please\nidle_timeout_s: -3\nwarning_s: 4\n"
                    "colour: blue\nadmin_pin_hash: '1234'\ncontent: nowhere\n")
    settings, problems = load_settings(file)
    assert settings.kiosk is False and settings.idle_timeout_s == 90.0 and settings.admin_pin_hash == ""
    assert settings.warning_s == 4.0 and settings.content is None
    lines = [str(problem) for problem in problems]
    assert lines[0] == f"{file}:2: kiosk: 'yes please' is not true or false; using the default (False)"
    assert lines[1].startswith(f"{file}:3: idle_timeout_s: -3 is outside 0.1 to 86400 seconds")
    assert lines[2].startswith(f"{file}:5: colour: unknown key, ignored")
    assert lines[3].startswith(f"{file}:6: admin_pin_hash: not a PIN hash; set the PIN with --set-pin")
    assert lines[4].startswith(f"{file}:7: content: no folder {tmp_path / 'nowhere'}")


@pytest.mark.parametrize("text, line", [("kiosk: [true\n", 2), ("- kiosk\n", 1), ("a: 1\na: 2\n", 2)])
def test_a_broken_file_means_every_default_and_a_report(tmp_path: Path, text: str, line: int) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text(text)
    settings, problems = load_settings(file)
    assert settings == DEFAULTS
    assert [(p.file, p.line, p.field) for p in problems] == [(str(file), line, "(file)")]


def test_writing_one_key_keeps_every_other_line(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    original = "# our stand\nkiosk: true   # always\nadmin_pin_hash: old  # set by staff\nwarning_s: 5\n"
    file.write_text(original)
    write_setting(file, "admin_pin_hash", "new")
    assert file.read_text() == ("# our stand\nkiosk: true   # always\nadmin_pin_hash: \"new\"  # set by staff\n"
                                "warning_s: 5\n")
    write_setting(file, "hide_cursor_note", "x")
    assert file.read_text().endswith('warning_s: 5\nhide_cursor_note: "x"\n')


def test_writing_creates_the_file_and_its_folder(tmp_path: Path) -> None:
    file = tmp_path / "a" / "b" / "settings.yaml"
    write_setting(file, "admin_pin_hash", "h")
    assert file.read_text() == 'admin_pin_hash: "h"\n'


@pytest.mark.parametrize("text", ["kiosk: [true\n", "{admin_pin_hash: a, kiosk: true}\n",
                                  "admin_pin_hash: >\n  folded\n  text\nkiosk: true\n"])
def test_a_file_that_cannot_be_edited_safely_is_left_alone(tmp_path: Path, text: str) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text(text)
    with pytest.raises(SettingsWriteError):
        write_setting(file, "admin_pin_hash", "new")
    assert file.read_text() == text
