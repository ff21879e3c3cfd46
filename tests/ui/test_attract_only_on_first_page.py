"""The attract state (the "Touch an area" pill, areas lighting in turn) is the map on its first page only: a kiosk
started on a page (`--area`, `--topic`, as the screenshot gallery starts one) shows that page with no pill, on the
view it asked for, and the idle timeout brings the attract state back."""

from __future__ import annotations

import pytest

from core import cli
from core.content_loader import load_pack
from core.idle import Phase
from core.settings import Settings
from core.site_settings import SiteSettings
from tests.conftest import DATA
from tests.ui.conftest import PIN_HASH, SET_PIN, show_ready
from tests.ui.manual_clock import ManualClock
from ui.app import build_window
from ui.kiosk.start import start_kiosk


@pytest.fixture
def start(qtbot, tmp_path, kiosk_theme):
    """The kiosk as `ui.app.run` starts it from the command line (`build_window`, then `start_kiosk`), shown."""
    modes = []

    def started(*argv: str):
        clock = ManualClock()
        settings = Settings(kiosk=True, idle_timeout_s=30, warning_s=30, attract_interval_s=2, admin_pin_hash=PIN_HASH)
        site = SiteSettings(settings, tmp_path / "settings.yaml", (), SET_PIN)
        pack = load_pack(DATA)
        window = build_window(pack, "", cli.parse_args(["--kiosk", *argv]), settings)
        qtbot.addWidget(window)
        mode = start_kiosk(
            window, pack, "", site, fullscreen=False, log=tmp_path / "kiosk.log", clock=clock, usage=tmp_path / "u.db"
        )
        modes.append(mode)
        show_ready(qtbot, window)
        return mode, clock

    yield started
    for mode in modes:
        mode.stop()
        mode.lock.release()


@pytest.mark.parametrize(
    ("argv", "ref", "view"),
    [
        (("--view", "body-back", "--area", "calves", "--size", "1080x1920"), "area:calves", "body-back"),
        (("--area", "neck", "--size", "1366x768"), "area:neck", "face"),
        (("--view", "body-front", "--topic", "safety", "--size", "1920x1080"), "topic:safety", "body-front"),
    ],
    ids=["calves-portrait", "neck", "safety-topic"],
)
def test_a_kiosk_started_on_a_page_shows_it_without_the_pill(start, argv, ref, view) -> None:
    mode, clock = start(*argv)
    window = mode.window
    assert window.page.current_ref() == ref
    assert not mode.attract.hint.isVisible()
    assert mode.phase() is Phase.ACTIVE
    clock.advance(10)  # an attract loop would have lit other areas, on other views, by now
    assert window.navigator.view == view and window.page.current_ref() == ref
    assert not mode.attract.hint.isVisible()
    assert window.diagram.attract() == ""  # no area lights up


def test_the_idle_timeout_brings_the_pill_back_on_the_first_page(start) -> None:
    mode, clock = start("--view", "body-back", "--area", "calves", "--size", "1080x1920")
    clock.advance(61)  # idle, then the 'still there?' countdown, then the reset
    assert mode.window.page.current_ref() == "home"
    assert mode.phase() is Phase.ATTRACT and mode.attract.hint.isVisible()


def test_a_plain_kiosk_start_attracts(start) -> None:
    mode, _clock = start("--size", "1366x768")
    assert mode.window.page.current_ref() == "home"
    assert mode.phase() is Phase.ATTRACT and mode.attract.hint.isVisible()
