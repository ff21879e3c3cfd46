"""The attract loop's walk, without a window: every area of every view once, views in order, each area
in its diagram's drawing order, each named; and where the walk starts for the view shown."""

from __future__ import annotations

from pathlib import Path

from core.attract_walk import Step, attract_steps, first_step
from core.content_loader import load_pack
from core.problems import Problem
from core.records import VIEWS
from core.site_settings import SiteSettings
from core.staff_notices import staff_only_notices
from tests.conftest import DATA


def test_the_walk_covers_every_area_of_every_view_in_drawing_order() -> None:
    pack = load_pack(DATA)
    steps = attract_steps(pack)
    assert [step.view for step in steps] == sorted((step.view for step in steps), key=VIEWS.index)
    for view in VIEWS:
        assert [step.area_id for step in steps if step.view == view] == list(pack.diagrams[view].regions)
    assert sorted(step.area_id for step in steps) == sorted(pack.areas)
    assert Step("face", "neck", "Neck: touch to explore") in steps


def test_the_walk_starts_on_the_first_area_of_the_view_shown() -> None:
    steps = (Step("face", "a", "A"), Step("face", "b", "B"), Step("body-front", "c", "C"), Step("body-back", "d", "D"))
    assert first_step(steps, "face") == 0
    assert first_step(steps, "body-front") == 2
    assert first_step(steps, "body-back") == 3
    assert first_step(steps, "elsewhere") == 0
    assert first_step((), "face") == 0


def test_staff_only_notices_name_the_settings_file_and_the_content_notice() -> None:
    problem = Problem("/srv/stand.yaml", 3, "warning_s", "'ten' is not a number of seconds")
    site = SiteSettings(path=Path("/srv/stand.yaml"), problems=(problem,))
    assert staff_only_notices("", SiteSettings()) == ""
    assert staff_only_notices("Showing the built-in content.", SiteSettings()) == "Showing the built-in content."
    assert staff_only_notices("Showing the built-in content.", site) == (
        "1 problem in the settings file /srv/stand.yaml:\n"
        "  /srv/stand.yaml:3: warning_s: 'ten' is not a number of seconds\n"
        "Showing the built-in content."
    )
