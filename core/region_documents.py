"""Tiny standalone SVG documents of one region each: a solid fill for hit masks and tints, a
non-scaling stroke for outlines, on the diagram's own viewBox, so they line up with the artwork."""

from __future__ import annotations

from core.records import Diagram, Region

SVG_NS = "http://www.w3.org/2000/svg"


def region_document(
    diagram: Diagram, region_id: str, *, outline: bool = False, colour: str = "#000000", width: float = 3.0
) -> bytes:
    """A standalone SVG holding one region, filled (default) or outlined, on the diagram's viewBox."""
    return shape_document(diagram, diagram.regions[region_id], outline=outline, colour=colour, width=width)


def zone_document(
    diagram: Diagram, zone_id: str, *, outline: bool = False, colour: str = "#000000", width: float = 3.0
) -> bytes:
    """The same for one shape of the diagram's no-go layer; its outline is dashed."""
    return shape_document(diagram, diagram.zones[zone_id], outline=outline, colour=colour, width=width, dashed=True)


def shape_document(
    diagram: Diagram,
    region: Region,
    *,
    outline: bool = False,
    colour: str = "#000000",
    width: float = 3.0,
    dashed: bool = False,
) -> bytes:
    x, y, w, h = diagram.viewbox
    if outline:
        paint = f'fill="none" stroke="{colour}" stroke-width="{width:g}" stroke-linejoin="round"'
        if dashed:
            paint += f' stroke-dasharray="{width * 2.5:g} {width * 1.5:g}"'
        shapes = region.outline_xml
    else:
        paint = f'fill="{colour}" stroke="none"'
        shapes = region.shape_xml
    return (f'<svg xmlns="{SVG_NS}" viewBox="{x:g} {y:g} {w:g} {h:g}"><g {paint}>{shapes}</g></svg>').encode()
