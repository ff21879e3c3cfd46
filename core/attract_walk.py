"""The attract loop's walk: every area of every view in turn (face, body front, body back), each named."""

from __future__ import annotations

from typing import NamedTuple

from core.records import VIEWS, Pack


class Step(NamedTuple):
    view: str
    area_id: str
    hint: str  # what the stand says under the lit area


def attract_steps(pack: Pack) -> tuple[Step, ...]:
    """The views in their order, and each view's areas in the order its diagram draws them."""
    return tuple(
        Step(view, region, f"{pack.areas[region].title}: touch to explore")
        for view in VIEWS
        if view in pack.diagrams
        for region in pack.diagrams[view].regions
        if region in pack.areas
    )


def first_step(steps: tuple[Step, ...], view: str) -> int:
    """Where the walk starts when the stand shows `view`: its first area, so nothing jumps at the start."""
    return next((index for index, step in enumerate(steps) if step.view == view), 0)
