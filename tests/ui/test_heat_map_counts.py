"""The staff panel's heat map writes each region's count on the region, and no count covers another's: the
face's small regions (eyes, temples, cheeks) lie close together, and their counts once overlapped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from core.content_loader import load_pack
from tests.conftest import DATA
from ui.heat_map import count_pills, heat_map


@pytest.fixture(scope="module")
def pack():
    return load_pack(DATA)


@pytest.mark.parametrize("view", ["face", "body-front", "body-back"])
def test_every_count_is_on_its_own_ground(qapp, pack, view: str) -> None:
    diagram = pack.diagrams[view]
    counted = [(region, 100 + i * 37) for i, region in enumerate(diagram.regions)]  # three digits: wide pills
    _x, _y, w, h = diagram.viewbox
    target = QRectF(24, 44, round(406 * w / h), 406)  # as heat_map draws each view in a 520-pixel image
    pills = count_pills(diagram, counted, target)
    assert len(pills) == len(counted)
    for i, (_, pill) in enumerate(pills):
        assert target.contains(pill.center())
        for _, other in pills[i + 1 :]:
            assert not pill.intersects(other), (pill, other)


def test_the_heat_map_still_draws_every_view_with_its_counts(qapp, pack) -> None:
    counts = {region: 5 for diagram in pack.diagrams.values() for region in diagram.regions}
    image = heat_map(pack, counts)
    assert image.height() == 520 and image.width() > 360
    # a count's pill is drawn white-outlined over its shade: some pure white pixels lie inside the figures
    whites = sum(
        1 for y in range(60, 440, 4) for x in range(0, image.width(), 4) if image.pixelColor(x, y).name() == "#ffffff"
    )
    assert whites > 0
