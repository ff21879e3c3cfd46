"""What the staff panel's usage part shows and does: totals and heat map read from the counts, Export
into the settings' folder, Clear counts once the PIN was given again."""

from __future__ import annotations

from pathlib import Path

from core.records import Pack
from core.usage import UsageRecorder, summarise, summary_text, today
from ui.kiosk.usage_panel import UsagePanel

OFF = "Usage counts are off ('usage_counts: false' in the settings file)."
HEAT_MAP_HEIGHT = 330


def show_usage(panel: UsagePanel, recorder: UsageRecorder | None, pack: Pack) -> None:
    if recorder is None:
        panel.show_usage(OFF, None, counting=False)
        return
    from ui.heat_map import heat_map

    summary = summarise(recorder.counts(), today())
    text = summary_text(summary, {area.id: area.title for area in pack.areas.values()})
    if recorder.problem:
        text += f"\n{recorder.problem}"
    panel.show_usage(text, heat_map(pack, summary.areas, height=HEAT_MAP_HEIGHT), counting=True)


def export_usage(panel: UsagePanel, recorder: UsageRecorder | None, pack: Pack, folder: Path) -> None:
    if recorder is None:
        return
    from ui.usage_export import export

    panel.tell(export(folder, pack, recorder.counts()))


def clear_counts(panel: UsagePanel, recorder: UsageRecorder | None, pack: Pack) -> None:
    if recorder is None:
        return
    cleared = recorder.clear()
    show_usage(panel, recorder, pack)
    panel.tell("Counts cleared: counting starts again from zero." if cleared else "The counts could not be cleared.")
