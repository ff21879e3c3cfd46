"""The page text's size, as a percentage of the theme's: the steps Ctrl+plus and Ctrl+minus move through."""

from __future__ import annotations

STEPS = (80, 90, 100, 110, 125, 150, 175, 200)
NORMAL = 100


def larger(percent: int) -> int:
    """The next step up, or the largest."""
    return next((step for step in STEPS if step > percent), STEPS[-1])


def smaller(percent: int) -> int:
    """The next step down, or the smallest."""
    return next((step for step in reversed(STEPS) if step < percent), STEPS[0])


def scaled(pixels: int, percent: int) -> int:
    """A type size at `percent`, rounded to whole pixels."""
    return max(1, round(pixels * percent / 100))


def valid(value: object) -> bool:
    """Whether a stored value is one of the steps."""
    return isinstance(value, int) and not isinstance(value, bool) and value in STEPS
