"""The settings file: defaults, checked values, problems named by file, line and key, safe rewriting."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from core.settings import DEFAULTS, SettingsWriteError, load_settings, write_setting


def test_a_missing_file_means_every_default(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.yaml") == (DEFAULTS, ())
    assert (DEFAULTS.idle_timeout_s, DEFAULTS.warning_s, DEFAULTS.kiosk) == (90, 20, False)  # 20 s: WCAG 2.2.1


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
    file.write_text(
        "# site settings\nkiosk: yes please\nidle_timeout_s: -3\nwarning_s: 4\n"
        "colour: blue\nadmin_pin_hash: '1234'\ncontent: nowhere\n"
    )
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
    assert file.read_text() == (
        '# our stand\nkiosk: true   # always\nadmin_pin_hash: "new"  # set by staff\nwarning_s: 5\n'
    )
    write_setting(file, "hide_cursor_note", "x")
    assert file.read_text().endswith('warning_s: 5\nhide_cursor_note: "x"\n')


def test_writing_creates_the_file_and_its_folder(tmp_path: Path) -> None:
    file = tmp_path / "a" / "b" / "settings.yaml"
    write_setting(file, "admin_pin_hash", "h")
    assert file.read_text() == 'admin_pin_hash: "h"\n'


@pytest.mark.parametrize(
    "text",
    ["kiosk: [true\n", "{admin_pin_hash: a, kiosk: true}\n", "admin_pin_hash: >\n  folded\n  text\nkiosk: true\n"],
)
def test_a_file_that_cannot_be_edited_safely_is_left_alone(tmp_path: Path, text: str) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text(text)
    with pytest.raises(SettingsWriteError):
        write_setting(file, "admin_pin_hash", "new")
    assert file.read_text() == text


GOOD_HASH = "scrypt$16384$8$1$" + "0" * 32 + "$" + "ab" * 32


@pytest.mark.parametrize(
    "bad",
    [
        "!!float abc",
        "!!int abc",
        "!foo yes",
        "!!python/object/apply:os.system ['true']",
        "2020-13-01",
        "!!timestamp soon",
        "9" * 5000,
        "!!binary ~~~",
    ],
)
def test_a_value_that_cannot_be_read_costs_only_its_own_key(tmp_path: Path, bad: str) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text(f'kiosk: true\nshow_evidence: {bad}\nadmin_pin_hash: "{GOOD_HASH}"\nwarning_s: 12\n')
    settings, problems = load_settings(file)
    assert settings == DEFAULTS._replace(kiosk=True, admin_pin_hash=GOOD_HASH, warning_s=12.0)
    assert len(problems) == 1
    line = str(problems[0])
    assert line.startswith(f"{file}:2: show_evidence: ")
    assert line.endswith("; using the default (True)") and "\n" not in line and len(line) < 400


def test_an_unreadable_or_complex_key_costs_only_itself(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text("kiosk: true\n? [a, b]\n: 1\n!!int abc: 2\nidle_timeout_s: !!float x\nwarning_s: 7\n")
    settings, problems = load_settings(file)
    assert settings == DEFAULTS._replace(kiosk=True, warning_s=7.0)
    lines = [str(problem) for problem in problems]
    assert lines[0].startswith(f"{file}:2: (key): a key must be a plain word, not a list or mapping; ignored")
    assert lines[1].startswith(f"{file}:4: abc: cannot read this key (invalid literal for int()")
    assert lines[2] == (
        f"{file}:5: idle_timeout_s: cannot read this value (could not convert string to float: 'x'); "
        f"using the default (90.0)"
    )
    assert len(lines) == 3


def test_a_value_nested_too_deep_or_built_from_a_huge_alias_costs_only_its_key(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    bomb = "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}' if i else 'lol'] * 9)}]\n" for i in range(9))
    file.write_text(
        f"kiosk: true\n{bomb}hide_cursor: *a8\nwarning_s: {'[' * 150}1{']' * 150}\n"
        f"admin_hold_s: 4\ncontent: {'x' * 300}\n"
    )
    settings, problems = load_settings(file)
    assert settings == DEFAULTS._replace(kiosk=True, admin_hold_s=4.0)
    mine = [str(problem) for problem in problems if not problem.field.startswith("a")]
    assert mine[0] == f"{file}:11: hide_cursor: a list of 9 items is not true or false; using the default (False)"
    assert mine[1] == f"{file}:12: warning_s: a list of 1 item is not a number of seconds; using the default (20.0)"
    assert mine[2].startswith(
        f"{file}:14: content: '{'x' * 60}'… cannot be a folder ({os.strerror(errno.ENAMETOOLONG)})"
    )


def test_a_doctored_pin_hash_is_reported_and_keeps_no_pin(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    doctored = GOOD_HASH.replace("$16384$", "$3$")
    file.write_text(f'kiosk: true\nadmin_pin_hash: "{doctored}"\n')
    settings, problems = load_settings(file)
    assert settings == DEFAULTS._replace(kiosk=True)
    assert [str(problem) for problem in problems] == [
        f"{file}:2: admin_pin_hash: a PIN hash this app cannot check (its cost n=3 is not a power of two); "
        f"set the PIN with --set-pin; until then nobody can open the staff panel"
    ]


def test_only_a_regular_file_of_at_most_a_megabyte_is_read(tmp_path: Path) -> None:
    fifo, device, folder, huge = (tmp_path / name for name in ("fifo.yaml", "zero.yaml", "folder.yaml", "huge.yaml"))
    os.mkfifo(fifo)  # opening it for reading would wait for a writer for ever
    device.symlink_to("/dev/zero")  # reading it would never end
    folder.mkdir()
    huge.write_text("kiosk: true\n" + "# padding\n" * 250_000)
    expected = {
        fifo: "is a pipe (FIFO), not a regular file",
        device: "is a device, not a regular file",
        folder: "is a folder, not a regular file",
        huge: "is larger than 1 MB (2 MB)",
    }
    for file, why in expected.items():
        settings, problems = load_settings(file)
        assert settings == DEFAULTS
        assert [str(problem) for problem in problems] == [f"{file}:1: (file): {why}; using every default"]


def no_leftovers(folder: Path, *names: str) -> None:
    assert sorted(os.listdir(folder)) == sorted(names)


def test_line_endings_and_a_missing_final_newline_are_kept(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    file.write_bytes(b"# stand\r\nkiosk: true\r\nwarning_s: 5")
    write_setting(file, "admin_pin_hash", "h")
    assert file.read_bytes() == b'# stand\r\nkiosk: true\r\nwarning_s: 5\r\nadmin_pin_hash: "h"'
    write_setting(file, "admin_pin_hash", "i")
    assert file.read_bytes() == b'# stand\r\nkiosk: true\r\nwarning_s: 5\r\nadmin_pin_hash: "i"'
    file.write_bytes(b"admin_pin_hash: old  # by staff\r\nkiosk: true\r\n")
    write_setting(file, "admin_pin_hash", "new")
    assert file.read_bytes() == b'admin_pin_hash: "new"  # by staff\r\nkiosk: true\r\n'
    file.write_bytes(b"\xef\xbb\xbfadmin_pin_hash: old\nkiosk: true\n")
    write_setting(file, "admin_pin_hash", "new")
    assert file.read_bytes() == b'\xef\xbb\xbfadmin_pin_hash: "new"\nkiosk: true\n'
    no_leftovers(tmp_path, "settings.yaml")


def test_writing_through_a_symlink_changes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    site = tmp_path / "etc"
    site.mkdir()
    target = site / "atlas.yaml"
    target.write_text("kiosk: true\n")
    link = tmp_path / "settings.yaml"
    link.symlink_to(target)
    write_setting(link, "admin_pin_hash", "h")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == 'kiosk: true\nadmin_pin_hash: "h"\n'
    dangling = tmp_path / "dangling.yaml"
    dangling.symlink_to(site / "new.yaml")
    write_setting(dangling, "admin_pin_hash", "h")
    assert dangling.is_symlink() and (site / "new.yaml").read_text() == 'admin_pin_hash: "h"\n'
    no_leftovers(site, "atlas.yaml", "new.yaml")


def test_an_existing_file_keeps_its_mode_and_a_new_one_gets_the_umask_mode(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text("kiosk: true\n")
    file.chmod(0o640)
    write_setting(file, "admin_pin_hash", "h")
    assert stat.S_IMODE(file.stat().st_mode) == 0o640
    old = os.umask(0o027)
    try:
        write_setting(tmp_path / "new.yaml", "admin_pin_hash", "h")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_a_write_as_root_keeps_the_owner_and_group(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text("kiosk: true\n")
    os.chown(file, 12345, 23456)
    file.chmod(0o600)
    write_setting(file, "admin_pin_hash", "h")
    info = file.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (12345, 23456, 0o600)
    assert file.read_text() == 'kiosk: true\nadmin_pin_hash: "h"\n'


@pytest.mark.parametrize("broken", ["fsync", "replace", "write"])
def test_a_full_disk_leaves_the_file_as_it_was_and_no_temporary_file(tmp_path: Path, monkeypatch, broken) -> None:
    file = tmp_path / "settings.yaml"
    file.write_bytes(b"kiosk: true\r\n")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, broken, full)
    with pytest.raises(SettingsWriteError) as raised:
        write_setting(file, "admin_pin_hash", "h")
    monkeypatch.undo()
    assert str(raised.value) == f"{file}: cannot write it ({os.strerror(errno.ENOSPC)})"
    assert file.read_bytes() == b"kiosk: true\r\n"
    no_leftovers(tmp_path, "settings.yaml")


def test_a_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("")
    with pytest.raises(SettingsWriteError) as raised:
        write_setting(tmp_path / "plain" / "sub" / "settings.yaml", "admin_pin_hash", "h")
    assert str(raised.value) == f"{tmp_path}/plain/sub/settings.yaml: cannot be read ({os.strerror(errno.ENOTDIR)})"
    with pytest.raises(SettingsWriteError) as raised:
        write_setting(tmp_path / "plain" / "settings.yaml", "admin_pin_hash", "h")
    assert str(raised.value) == f"{tmp_path}/plain/settings.yaml: cannot be read ({os.strerror(errno.ENOTDIR)})"


def test_a_temporary_file_left_by_a_killed_write_goes_with_the_next_write(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    file.write_text("kiosk: true\n")
    (tmp_path / ".settings.yaml.0123abcd.tmp").write_text("kiosk: tr")
    (tmp_path / ".other.yaml.0123abcd.tmp").write_text("not ours")
    write_setting(file, "admin_pin_hash", "h")
    no_leftovers(tmp_path, "settings.yaml", ".other.yaml.0123abcd.tmp")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to act as two users")
def test_another_user_cannot_take_the_file_away_from_its_owner() -> None:
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="atlas-owner-"))  # not under tmp_path, which only root may enter
    try:
        folder.chmod(0o777)  # anyone may replace files in it
        file = folder / "settings.yaml"
        file.write_text("kiosk: true\n")
        os.chown(file, 12345, 12345)
        file.chmod(0o644)
        os.seteuid(23456)  # another user, who may write the folder but cannot give a file to user 12345
        try:
            with pytest.raises(SettingsWriteError) as raised:
                write_setting(file, "admin_pin_hash", "h")
        finally:
            os.seteuid(0)
        assert str(raised.value) == (
            f"{file}: cannot write it (it belongs to user 12345; run this as that user or as root)"
        )
        assert file.read_text() == "kiosk: true\n" and file.stat().st_uid == 12345
        no_leftovers(folder, "settings.yaml")
    finally:
        shutil.rmtree(folder)


def test_writing_beside_a_huge_alias_and_a_nan_keeps_them_and_does_not_hang(tmp_path: Path) -> None:
    file = tmp_path / "settings.yaml"
    bomb = "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}' if i else 'lol'] * 9)}]\n" for i in range(12))
    original = f"kiosk: true\n{bomb}ratio: .nan\n"  # 9^12 leaves: compared use by use, this would not end
    file.write_text(original)
    write_setting(file, "admin_pin_hash", "h")
    assert file.read_text() == original + 'admin_pin_hash: "h"\n'
