"""Usage counts in the kiosk, as the exhibitor gets them: what a scripted visitor session counts, the
staff panel's totals and heat map, Export's files, 'Clear counts' behind the PIN again, counting turned
off, and a corrupt database set aside while the kiosk carries on."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from core.records import VIEWS
from core.usage import Count, today
from tests.ui.conftest import PIN, click_area, click_link, press
from tests.ui.manual_clock import ManualClock
from tests.ui.test_kiosk import enter_pin, staff_keys, tap


def visit(qtbot, mode, clock: ManualClock) -> None:
    """A visitor: touches the chin during the attract loop, opens the Safety page from it, toggles the
    evidence notes (the same page, not opened again), goes to the body back's calves, then walks away."""
    window = mode.window
    diagram = window.diagram
    tap(qtbot, diagram, diagram.anchor_of("chin").toPoint())
    clock.advance(4)
    click_link(qtbot, window.page, "topic:safety")
    press(qtbot, window, window.toolbar.evidence_action)
    clock.advance(5)
    click_area(qtbot, window, "calves")
    clock.advance(30 + 30)  # idle timeout and countdown: the stand starts over


def test_a_visitor_session_is_counted_by_kind_view_and_id(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock)
    visit(qtbot, mode, clock)
    day = today()
    assert mode.usage is not None
    assert mode.usage.counts() == [
        Count(day, "area", "body-back", "calves", 1),
        Count(day, "area", "face", "chin", 1),
        Count(day, "attract_shown", "", "", 2),  # at the start, and after the reset
        Count(day, "attract_touch", "", "", 1),
        Count(day, "reset", "", "idle", 1),
        Count(day, "session", "", "", 1),
        Count(day, "session_seconds", "", "", 69),  # from the first touch to the reset
        Count(day, "topic", "face", "safety", 1),
    ]
    tap(qtbot, mode.window.diagram, mode.window.diagram.anchor_of("cheeks").toPoint())  # staff's own touch
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    qtbot.mouseClick(mode.admin.reset_button, Qt.MouseButton.LeftButton)
    counts = {(c.kind, c.id): c.n for c in mode.usage.counts()}
    assert counts[("reset", "staff")] == 1
    assert counts[("session", "")] == 1 and counts[("attract_touch", "")] == 1  # staff's session is not a visit


def test_the_staff_panel_shows_the_totals_and_the_heat_map_and_exports_them(qtbot, make_kiosk, tmp_path) -> None:
    clock = ManualClock()
    export_dir = tmp_path / "stick"
    mode = make_kiosk(clock=clock, usage_export_dir=export_dir)
    visit(qtbot, mode, clock)
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    usage = mode.admin.usage
    assert usage.isVisible() and usage.heat_map.isVisible() and not usage.heat_map.pixmap().isNull()
    assert usage.summary_text().splitlines() == [
        "Today: 1 visitor session, 69 s on average; 2 areas and 1 topic opened; "
        "attract loop turned into a touch 1 of 2 times; 1 reset",
        "The whole show (1 day): 1 visitor session, 69 s on average; 2 areas and 1 topic opened; "
        "attract loop turned into a touch 1 of 2 times; 1 reset",
        "Top areas: Calves 1, Chin 1",
    ]
    qtbot.mouseClick(usage.export_button, Qt.MouseButton.LeftButton)
    assert usage.message.text() == (
        "Wrote usage.csv, heat-map-face.png, heat-map-body-front.png, heat-map-body-back.png, heat-map.png "
        f"to {export_dir}"
    )
    rows = list(csv.reader((export_dir / "usage.csv").open(encoding="utf-8")))
    assert rows[0] == ["day", "kind", "view", "id", "count"]
    assert [today(), "area", "face", "chin", "1"] in rows and [today(), "session_seconds", "", "", "69"] in rows
    for view in VIEWS:
        assert (export_dir / f"heat-map-{view}.png").read_bytes().startswith(b"\x89PNG")


def test_an_export_folder_that_cannot_be_written_is_told(qtbot, make_kiosk, tmp_path) -> None:
    (tmp_path / "not-a-folder").write_text("")
    mode = make_kiosk(usage_export_dir=tmp_path / "not-a-folder" / "usb")
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    qtbot.mouseClick(mode.admin.usage.export_button, Qt.MouseButton.LeftButton)
    assert mode.admin.usage.message.text().startswith(
        f"Could not write the usage counts to {tmp_path / 'not-a-folder' / 'usb'}: "
    )
    assert mode.admin.isVisible()


def test_clear_counts_asks_for_the_pin_again(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock)
    visit(qtbot, mode, clock)
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    usage = mode.admin.usage
    qtbot.mouseClick(usage.clear_button, Qt.MouseButton.LeftButton)
    assert mode.pin_pad.isVisible()
    qtbot.mouseClick(mode.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    assert mode.admin.isVisible() and mode.usage is not None and mode.usage.counts() != []
    qtbot.mouseClick(usage.clear_button, Qt.MouseButton.LeftButton)
    enter_pin(qtbot, mode, "1357")
    assert mode.pin_pad.isVisible() and mode.usage.counts() != []
    qtbot.mouseClick(mode.pin_pad.keys["C"], Qt.MouseButton.LeftButton)
    enter_pin(qtbot, mode, PIN)
    assert not mode.pin_pad.isVisible() and mode.admin.isVisible()
    assert mode.usage.counts() == []
    assert usage.message.text() == "Counts cleared: counting starts again from zero."
    assert usage.summary_text().startswith("Today: 0 visitor sessions; 0 areas")


def test_counting_turned_off_writes_nothing(qtbot, make_kiosk, tmp_path) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, usage_counts=False)
    visit(qtbot, mode, clock)
    assert mode.usage is None and not (tmp_path / "usage.sqlite3").exists()
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    usage = mode.admin.usage
    assert usage.summary_text() == "Counting: Usage counts are off ('usage_counts: false' in the settings file)."
    assert not usage.heat_map.isVisible() and not usage.export_button.isEnabled()
    assert not usage.clear_button.isEnabled()


def test_a_corrupt_database_is_set_aside_and_the_kiosk_counts_afresh(qtbot, make_kiosk, tmp_path) -> None:
    (tmp_path / "usage.sqlite3").write_bytes(b"\x00garbage" * 500)
    clock = ManualClock()
    mode = make_kiosk(clock=clock)
    visit(qtbot, mode, clock)
    assert mode.usage is not None and len(mode.usage.counts()) == 8
    [aside] = [path for path in tmp_path.iterdir() if ".set-aside-" in path.name]
    assert aside.read_bytes() == b"\x00garbage" * 500
    log = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert f"Usage counts: {tmp_path / 'usage.sqlite3'} is not a usage database or is damaged" in log
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    assert f"it was set aside as {aside.name} and counting starts afresh" in mode.admin.usage.summary_text()
