"""Where the attract loop's pill stands: centred under the figure, in a band at the bottom of the map that no region
reaches, on one line or, where the panel is too narrow for that, broken after the area's name."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.diagram_view import DiagramView
from ui.view_split import TALL

GAP = 12  # px between the pill and the lowest region, and under the pill
STEP = 4  # px: the band grows in these steps until the pill fits under the lowest region
SIDE = 0  # px of the diagram's width the pill leaves free: it may stand in the margins beside the figure


def set_pill_text(pill: QLabel, hint: str, width: int) -> None:
    """Show `hint` on the pill within `width`: on one line when it fits, else broken after the area's name
    ('Upper back and shoulders:' / 'touch to explore'), in the smaller type when that is still too wide, wrapped
    further only when a name alone is wider than that."""
    name, colon, rest = hint.partition(": ")
    broken = f"{name}:\n{rest}" if colon else hint
    for text, compact in ((hint, False), (broken, False), (broken, True)):
        _show(pill, text, compact)
        if pill.width() <= width:
            return
    pill.setWordWrap(True)
    pill.resize(width, pill.heightForWidth(width))


def _show(pill: QLabel, text: str, compact: bool) -> None:
    if pill.property("compact") != compact:
        pill.setProperty("compact", compact)
        pill.style().unpolish(pill)
        pill.style().polish(pill)
    pill.setWordWrap(False)
    pill.setText(text)
    pill.adjustSize()


def pill_height(pill: QLabel, hints: list[str], width: int) -> int:
    """The tallest the pill gets for any of `hints` (the text it shows is left as it was)."""
    shown = pill.text().replace(":\n", ": ")
    tallest = 0
    for hint in hints:
        set_pill_text(pill, hint, width)
        tallest = max(tallest, pill.height())
    set_pill_text(pill, shown, width)
    return tallest


def keep_band(diagram: DiagramView, height: int) -> bool:
    """Keep a band at the diagram's bottom for a pill `height` px high; True when the band changed (and with it
    the figure's size). Under a bust (the face) the least band that leaves the room under its lowest region (the
    neck); under a standing body the whole pill's, so it never hides the feet."""
    reserve = height + 2 * GAP if 0 < diagram.aspect() < TALL else 0
    while diagram.room_below_regions(reserve) < height + 2 * GAP and reserve < diagram.height() // 3:
        reserve += STEP
    changed = reserve != diagram.bottom_reserve()
    diagram.set_bottom_reserve(reserve)
    return changed


def place_pill(pill: QLabel, diagram: DiagramView) -> None:
    """Centred, its bottom GAP px above the diagram's."""
    pill.move(max(0, (diagram.width() - pill.width()) // 2), diagram.height() - pill.height() - GAP)
