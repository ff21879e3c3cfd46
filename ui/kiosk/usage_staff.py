"""What the staff panel's usage part shows and does: totals and heat map read from the counts, Export
into the settings' folder, Clear counts once the PIN was given again."""

from __future__ import annotations

from pathlib import Path

from core.records import Pack
from core.usage import UsageRecorder, summarise, summary_rows, today
from ui.kiosk.usage_panel import UsagePanel

OFF = "Usage counts are off ('usage_counts: false' in the settings file)."
HEAT_MAP_HEIGHT = 420  # at most; less on a short screen, where the rest of the panel needs the room
PANEL_WITHOUT_HEAT_MAP = 600
SMALLEST_HEAT_MAP = 300  # pixels the staff panel's other parts take, heading to buttons


def show_usage(panel: UsagePanel, recorder: UsageRecorder | None, pack: Pack, screen_height: int = 1080) -> None:
    if recorder is None:
        panel.show_usage([("Counting", OFF)], None, counting=False)
        return
    from ui.heat_map import heat_map

    summary = summarise(recorder.counts(), today())
    rows = summary_rows(summary, {area.id: area.title for area in pack.areas.values()})
    if recorder.problem:
        rows.append(("Counting", recorder.problem))
    room = min(HEAT_MAP_HEIGHT, screen_height - PANEL_WITHOUT_HEAT_MAP)
    if room < SMALLEST_HEAT_MAP:  # a short screen: the heat maps are in Export's files
        rows.append(("Heat map", "in the files Export writes (this screen is too short to show it here)"))
        panel.show_usage(rows, None, counting=True)
        return
    panel.show_usage(rows, heat_map(pack, summary.areas, height=room), counting=True)


def export_usage(panel: UsagePanel, recorder: UsageRecorder | None, pack: Pack, folder: Path) -> None:
    if recorder is None:
        return
    from ui.usage_export import export

    panel.tell(export(folder, pack, recorder.counts()))


def clear_counts(panel: UsagePanel, recorder: UsageRecorder | None, pack: Pack) -> None:
    if recorder is None:
        return
    cleared = recorder.clear()
    show_usage(panel, recorder, pack, panel.window().height())
    panel.tell("Counts cleared: counting starts again from zero." if cleared else "The counts could not be cleared.")
