"""What the staff panel says about this kiosk, and the one-line settings notice the window shows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.admin_status import status_rows
from core.content_loader import load_pack
from core.pin import hash_pin
from core.problems import Problem
from core.settings import DEFAULTS
from core.site_settings import SiteSettings, read_settings, set_pin_command, settings_path
from core.version import APP_NAME, VERSION
from tests.conftest import MINIMAL_PACK

PACK = load_pack(MINIMAL_PACK)
LOG = Path("/var/log/kiosk.log")
COMMAND = "atlas --settings /srv/stand.yaml --set-pin"


def rows(site: SiteSettings, notice: str = "") -> dict[str, str]:
    found = status_rows(PACK, notice, site, LOG)
    assert [heading for heading, _ in found] == [
        "Content",
        "Content check",
        "Settings file",
        "Settings check",
        "Staff PIN",
        "Error log",
        "App",
    ]
    return dict(found)


def test_a_healthy_kiosk_says_ok_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "stand.yaml"
    path.write_text("kiosk: true\n")
    site = SiteSettings(DEFAULTS._replace(admin_pin_hash=hash_pin("2468")), path, (), COMMAND)
    assert rows(site) == {
        "Content": "Mini Atlas, content version 0.0.1, reviewed 2026-01-02",
        "Content check": f"OK: 4 areas and 9 topics from {PACK.folder}",
        "Settings file": str(path),
        "Settings check": "OK",
        "Staff PIN": "set",
        "Error log": str(LOG),
        "App": f"{APP_NAME} {VERSION}",
    }


def test_no_settings_file_no_pin_and_a_content_notice(tmp_path: Path) -> None:
    site = SiteSettings(DEFAULTS, tmp_path / "missing.yaml", (), COMMAND)
    shown = rows(site, "The site's pack has 3 problems; the built-in pack is shown.")
    assert shown["Content check"] == "The site's pack has 3 problems; the built-in pack is shown."
    assert shown["Settings check"] == "No settings file: every setting has its default."
    assert shown["Staff PIN"] == f"not set; set it with {COMMAND}"


def test_every_settings_problem_is_listed_and_an_unreadable_pin_is_named(tmp_path: Path) -> None:
    problems = (
        Problem("stand.yaml", 2, "idle_timeout_s", "'soon' is not a number of seconds"),
        Problem("stand.yaml", 5, "admin_pin_hash", "not a PIN hash"),
    )
    site = SiteSettings(DEFAULTS, tmp_path / "stand.yaml", problems, COMMAND)
    shown = rows(site)
    assert shown["Settings check"] == (
        "stand.yaml:2: idle_timeout_s: 'soon' is not a number of seconds\nstand.yaml:5: admin_pin_hash: not a PIN hash"
    )
    assert shown["Staff PIN"] == (
        f"cannot be read, so nobody can open this panel after a restart; set it again with {COMMAND}"
    )
    assert site.pin_unreadable() and not SiteSettings(problems=problems[:1]).pin_unreadable()


def test_the_window_s_notice_names_the_first_problem_and_counts_the_rest() -> None:
    one = Problem("s.yaml", 2, "kiosk", "not true or false")
    two = Problem("s.yaml", 3, "colour", "unknown key")
    assert SiteSettings().notice() == ""
    assert SiteSettings(problems=(one,)).notice() == "Settings: s.yaml:2: kiosk: not true or false."
    assert SiteSettings(problems=(one, two, two)).notice() == (
        "Settings: s.yaml:2: kiosk: not true or false (and 2 more)."
    )


def test_the_set_pin_command_names_the_settings_file_given(tmp_path: Path) -> None:
    given = argparse.Namespace(settings=Path("stand.yaml"))
    command = set_pin_command(given)
    assert command.endswith(f" --settings {tmp_path.cwd() / 'stand.yaml'} --set-pin")
    assert command.startswith(sys.executable)
    assert set_pin_command(argparse.Namespace(settings=None)).endswith("main.py --set-pin")
    assert settings_path(given) == Path("stand.yaml")
    assert settings_path(argparse.Namespace(settings=None)).name == "settings.yaml"


def test_reading_the_settings_reports_every_problem_on_the_error_stream(tmp_path: Path) -> None:
    import io

    path = tmp_path / "stand.yaml"
    path.write_text("kiosk: maybe\nwarning_s: 5\n")
    err = io.StringIO()
    site = read_settings(argparse.Namespace(settings=path), err)
    assert site.path == path and site.settings.warning_s == 5 and site.settings.kiosk is False
    assert [p.field for p in site.problems] == ["kiosk"]
    assert err.getvalue() == (
        f"1 problem in the settings:\n  {path}:1: kiosk: 'maybe' is not true or false; using the default (False)\n"
    )
    quiet = io.StringIO()
    path.write_text("warning_s: 5\n")
    assert read_settings(argparse.Namespace(settings=path), quiet).problems == ()
    assert quiet.getvalue() == ""
