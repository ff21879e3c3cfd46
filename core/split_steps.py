"""Where the divider between diagram and page goes when it is moved without dragging: by a key on the
divider, or by its menu. Shares are the diagram's, per mille, and stay within core.window_memory.SPLIT."""

from __future__ import annotations

from core.window_memory import SPLIT

STEP = 50  # per mille a key moves it: 5 % of the window
USUAL = 450  # the window's own split (ui.main_window's split_share)

# What each move is called, side by side and stacked, and the step it makes (None: to USUAL).
MOVES: dict[str, tuple[str, str, int | None]] = {
    "diagram": ("Wider diagram", "Taller diagram", STEP),
    "page": ("Wider page", "Taller page", -STEP),
    "usual": ("Usual split", "Usual split", None),
}
KEY_STEPS = {"start": -STEP, "end": STEP, "first": -SPLIT[1], "last": SPLIT[1]}


def moved(share: int, step: int | None) -> int:
    """The share after a step (None: back to the usual split), kept within SPLIT; a share of 0 (nothing to
    measure yet) moves from the usual one."""
    if step is None:
        return USUAL
    return min(SPLIT[1], max(SPLIT[0], (share or USUAL) + step))


def sizes(total: int, share: int, panes: int) -> list[int]:
    """The splitter's sizes for the diagram's `share` of `total`: every pane beside the diagram gets the rest
    (only the shown one takes room, as in ui.main_window)."""
    first = total * share // 1000
    return [first] + [total - first] * (panes - 1)
