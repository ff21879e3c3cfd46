"""Settings and content problems name files and keys: a kiosk's visitors never see them; staff do, in the
staff panel and the error log."""

from __future__ import annotations

from core.problems import Problem
from core.site_settings import SiteSettings
from tests.ui.conftest import PIN, make_window, show_ready
from tests.ui.test_kiosk import enter_pin

BAD = Problem("/srv/stand.yaml", 3, "warning_s", "'ten' is not a number of seconds")


def test_a_settings_problem_is_kept_from_the_public_and_told_to_staff(qtbot, make_kiosk, tmp_path) -> None:
    mode = make_kiosk(problems=[BAD])
    window = mode.window
    assert window.statusBar().currentMessage() == ""
    log = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "1 problem in the settings file" in log
    assert "/srv/stand.yaml:3: warning_s: 'ten' is not a number of seconds" in log
    mode.ask_for_pin()
    enter_pin(qtbot, mode, PIN)
    assert "/srv/stand.yaml:3: warning_s: 'ten' is not a number of seconds" in mode.admin.status_text()


def test_a_kiosk_with_good_settings_writes_nothing_to_its_log(qtbot, make_kiosk, tmp_path) -> None:
    mode = make_kiosk()
    assert mode.window.statusBar().currentMessage() == ""
    assert not (tmp_path / "kiosk.log").exists()


def test_the_window_still_shows_a_settings_problem_outside_a_kiosk(qtbot) -> None:
    site = SiteSettings(problems=(BAD,))
    window = show_ready(qtbot, make_window(qtbot, notice=site.notice()))
    assert "/srv/stand.yaml:3: warning_s" in window.statusBar().currentMessage()
