"""The kiosk's command line as staff run it: --set-pin, --settings with mistakes, --watchdog, --help."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
from pathlib import Path

import pytest

from core.pin import pin_matches
from core.settings import load_settings
from tests.conftest import ROOT, run_app
from tests.pictures import Picture, over
from ui.theme import KIOSK_THEME


def is_kiosk(picture: Picture) -> bool:
    """Whether a screenshot shows the kiosk: its attract loop's "Touch an area" pill, filled with the dark accent,
    and the chosen view in it too (the window shows only its title in that colour)."""
    return picture.count(KIOSK_THEME.colours.accent_dark) > 10_000


def set_pin(settings: Path, typed: str) -> subprocess.CompletedProcess[str]:
    return run_app("--settings", str(settings), "--set-pin", stdin=typed)


def test_set_pin_writes_a_salted_hash_and_keeps_every_other_line(tmp_path: Path) -> None:
    settings = tmp_path / "stand.yaml"
    settings.write_text("# Stand 14, hall B\nkiosk: true\nidle_timeout_s: 60  # a busy hall\n")
    result = set_pin(settings, "73195428\n")
    assert result.returncode == 0, result.stderr
    assert f"Staff PIN set in {settings}" in result.stdout
    text = settings.read_text()
    assert text.startswith(
        '# Stand 14, hall B\nkiosk: true\nidle_timeout_s: 60  # a busy hall\nadmin_pin_hash: "scrypt$'
    )
    assert "73195428" not in text
    values, problems = load_settings(settings)
    assert problems == () and values.kiosk and values.idle_timeout_s == 60
    assert pin_matches("73195428", values.admin_pin_hash)
    assert set_pin(settings, "11223344\n").returncode == 0
    assert text.splitlines()[:3] == settings.read_text().splitlines()[:3]
    assert pin_matches("11223344", load_settings(settings)[0].admin_pin_hash)


def test_set_pin_refuses_a_non_pin_and_changes_nothing(tmp_path: Path) -> None:
    settings = tmp_path / "stand.yaml"
    settings.write_text("kiosk: true\n")
    for typed in ("12\n", "12ab\n", "\n"):
        result = set_pin(settings, typed)
        assert result.returncode == 1
        assert "nothing was changed" in result.stderr
    assert settings.read_text() == "kiosk: true\n"


def test_a_settings_file_with_mistakes_still_starts_with_defaults_and_says_where(tmp_path: Path) -> None:
    settings = tmp_path / "stand.yaml"
    settings.write_text("kiosk: true\nidle_timeout_s: soon\nwarning_s: 5\nbrightness: 80\n")
    shot = tmp_path / "shot.png"
    result = run_app("--settings", str(settings), "--screenshot", str(shot), "--size", "800x600")
    assert result.returncode == 0, result.stderr
    assert is_kiosk(Picture(shot))  # the good line, kiosk: true, still counts
    assert "2 problems in the settings:" in result.stderr
    assert f"{settings}:2: idle_timeout_s: 'soon' is not a number of seconds; using the default (90.0)" in result.stderr
    assert f"{settings}:4: brightness: unknown key, ignored" in result.stderr


def test_help_shows_where_the_settings_file_is() -> None:
    result = run_app("--help")
    flat = " ".join(result.stdout.split())
    assert "--settings FILE" in flat and "--kiosk" in flat and "--set-pin" in flat and "--watchdog" in flat
    default = ROOT / ".pytest-home" / "config" / "microcurrent-atlas" / "settings.yaml"
    assert f"(default:{default})" in "".join(flat.split())  # help text wraps long paths anywhere


def test_the_watchdog_runs_the_app_and_ends_when_it_ends_cleanly() -> None:
    result = run_app("--watchdog", "--list-areas")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].split()[0] == "forehead"
    refused = run_app("--watchdog", "--screenshot", "x.png", "--area", "elbow")
    assert refused.returncode == 2 and "There is no area 'elbow'" in refused.stderr
    assert "starting it again" not in refused.stderr


def kiosk_shot(tmp_path: Path, demo: str) -> Picture:
    shot = tmp_path / f"{demo}.png"
    result = run_app(
        "--kiosk",
        "--kiosk-demo",
        demo,
        "--settings",
        str(tmp_path / "none.yaml"),
        "--screenshot",
        str(shot),
        "--size",
        "960x540",
    )
    assert result.returncode == 0, result.stderr
    return Picture(shot)


def test_kiosk_screenshots_of_each_state(tmp_path: Path) -> None:
    """What a visitor sees: the map as it is, or dimmed behind a white card; the staff panel's card has its
    filled 'Exit kiosk' button, the warning's only its countdown in the dark accent."""
    colours = KIOSK_THEME.colours
    dimmed_toolbar = over(colours.scrim, colours.panel)
    attract, warning, admin = (kiosk_shot(tmp_path, demo) for demo in ("attract", "warning", "admin"))
    assert attract.colour_at(5, 5) == colours.panel
    for picture in (warning, admin):
        assert picture.colour_at(5, 5) == dimmed_toolbar
        assert picture.colour_at(picture.width // 2, picture.height // 3) == colours.panel  # the card
    card = warning.box(colours.panel)
    assert card.contains(warning.part(0.3, 0.35, 0.7, 0.6)) and warning.rect().contains(card.adjusted(-40, -40, 40, 40))
    assert 200 < warning.count(colours.accent_dark, card) < 3000  # "Starting over in 7 s"
    assert admin.count(colours.accent_dark, admin.box(colours.panel)) > 5000  # the primary button, filled


def test_logs_go_where_the_platform_keeps_them() -> None:
    from core.crash_log import log_file

    assert log_file() == Path(os.environ["XDG_STATE_HOME"]) / "microcurrent-atlas" / "kiosk.log"


def set_pin_here(settings: Path, typed: str = "73195428\n") -> tuple[int, str, str]:
    """--set-pin in this process (so a test can make the disk fail): exit code, stdout, stderr."""
    import argparse
    import io

    from core.kiosk_cli import set_pin as set_pin_command

    out, err = io.StringIO(), io.StringIO()
    code = set_pin_command(argparse.Namespace(settings=settings), io.StringIO(typed), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_set_pin_with_sudo_leaves_the_file_to_the_kiosk_user(tmp_path: Path) -> None:
    settings = tmp_path / "stand.yaml"
    settings.write_text("kiosk: true\n")
    os.chown(settings, 12345, 23456)  # the kiosk user's file; this test runs as root, as sudo would
    settings.chmod(0o600)
    result = set_pin(settings, "73195428\n")
    assert result.returncode == 0, result.stderr
    info = settings.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (12345, 23456, 0o600)
    assert pin_matches("73195428", load_settings(settings)[0].admin_pin_hash)
    assert sorted(os.listdir(tmp_path)) == ["stand.yaml"]


def test_set_pin_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "site" / "atlas.yaml"
    target.parent.mkdir()
    target.write_bytes(b"# hall B\r\nkiosk: true\r\n")
    link = tmp_path / "stand.yaml"
    link.symlink_to(target)
    result = set_pin(link, "73195428\n")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes().startswith(b'# hall B\r\nkiosk: true\r\nadmin_pin_hash: "scrypt$')
    assert target.read_bytes().endswith(b'"\r\n')
    assert pin_matches("73195428", load_settings(link)[0].admin_pin_hash)


def test_set_pin_on_a_full_disk_says_so_in_one_line(tmp_path: Path, monkeypatch) -> None:
    settings = tmp_path / "stand.yaml"
    settings.write_text("kiosk: true\n")

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    code, out, err = set_pin_here(settings)
    assert (code, out) == (1, "")
    assert err == f"The PIN was not set: {settings}: cannot write it ({os.strerror(errno.ENOSPC)})\n"
    assert settings.read_text() == "kiosk: true\n"
    assert sorted(os.listdir(tmp_path)) == ["stand.yaml"]


def test_set_pin_where_no_file_can_be_written_says_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("")
    for settings in (tmp_path / "plain" / "stand.yaml", tmp_path / "fifo.yaml"):
        if settings.name == "fifo.yaml":
            os.mkfifo(settings)
        result = set_pin(settings, "73195428\n")
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
        assert result.stderr.startswith(f"The PIN was not set: {settings}: ")


def test_set_pin_killed_mid_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    settings = tmp_path / "stand.yaml"
    settings.write_text("kiosk: true\n")
    real_fsync = os.fsync

    def killed(descriptor: int) -> None:
        os.kill(os.getpid(), signal.SIGTERM)  # as `kill PID` would, while the new file is half done
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", killed)
    with pytest.raises(SystemExit) as ended:
        set_pin_here(settings)
    assert ended.value.code == 128 + signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    assert settings.read_text() == "kiosk: true\n"
    assert sorted(os.listdir(tmp_path)) == ["stand.yaml"]


def test_a_settings_file_that_is_a_symlink_loop_or_a_pipe_still_starts_on_defaults(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for settings, why in ((loop, "is a loop of symbolic links"), (fifo, "is a pipe (FIFO), not a regular file")):
        shot = tmp_path / "shot.png"
        result = run_app("--settings", str(settings), "--screenshot", str(shot), "--size", "800x600")
        assert result.returncode == 0, result.stderr
        assert not is_kiosk(Picture(shot))  # every default: the window, not the kiosk
        assert f"{settings}:1: (file): {why}; using every default" in result.stderr
        shot.unlink()
