"""The heading keys' steps: the next heading after the caret, the one before it, and round the ends."""

from __future__ import annotations

from core.heading_steps import Step, heading_step

STARTS = [0, 40, 120]


def test_forward_goes_to_the_first_heading_after_the_caret() -> None:
    assert heading_step(STARTS, 0, True) == Step(1, False)  # on the first heading: the next one
    assert heading_step(STARTS, 41, True) == Step(2, False)  # inside the second heading's text


def test_back_goes_to_the_last_heading_before_the_caret() -> None:
    assert heading_step(STARTS, 120, False) == Step(1, False)
    assert heading_step(STARTS, 60, False) == Step(1, False)  # below the second heading: to it


def test_the_ends_go_round_and_say_so() -> None:
    assert heading_step(STARTS, 120, True) == Step(0, True)
    assert heading_step(STARTS, 500, True) == Step(0, True)
    assert heading_step(STARTS, 0, False) == Step(2, True)


def test_a_page_without_headings_goes_nowhere() -> None:
    assert heading_step([], 10, True) is None
