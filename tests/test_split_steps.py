"""Where the divider goes when moved by a key or its menu (core.split_steps)."""

from __future__ import annotations

from core.split_steps import KEY_STEPS, MOVES, STEP, USUAL, moved, sizes
from core.window_memory import SPLIT


def test_a_step_moves_the_share_and_stays_within_the_split_limits() -> None:
    assert moved(450, STEP) == 500
    assert moved(450, -STEP) == 400
    assert moved(SPLIT[1] - 10, STEP) == SPLIT[1]
    assert moved(SPLIT[0] + 10, -STEP) == SPLIT[0]
    assert moved(300, KEY_STEPS["start"]) == 250 and moved(300, KEY_STEPS["end"]) == 350
    assert moved(300, KEY_STEPS["first"]) == SPLIT[0]
    assert moved(300, KEY_STEPS["last"]) == SPLIT[1]


def test_the_usual_split_and_a_share_not_measured_yet() -> None:
    assert moved(800, None) == USUAL
    assert moved(0, STEP) == USUAL + STEP


def test_the_menu_moves_are_named_for_both_layouts() -> None:
    assert [names for names, _stacked, _step in MOVES.values()] == ["Wider diagram", "Wider page", "Usual split"]
    assert [stacked for _names, stacked, _step in MOVES.values()] == ["Taller diagram", "Taller page", "Usual split"]
    assert [step for *_names, step in MOVES.values()] == [STEP, -STEP, None]


def test_sizes_give_the_rest_to_every_other_pane() -> None:
    assert sizes(1000, 450, 2) == [450, 550]
    assert sizes(1201, 500, 3) == [600, 601, 601]
