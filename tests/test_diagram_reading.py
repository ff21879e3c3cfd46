"""A diagram as the loader reads it: its regions and no-go zones, exactly the shapes drawn, and each thing a
diagram may not hold named with its line; and the one-region documents the window hit-tests and tints."""

from __future__ import annotations

import pytest

from core.problems import Problem
from core.region_documents import region_document, shape_document, zone_document
from core.svg_regions import read_diagram

HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 300">\n<g id="artwork"><rect width="9" height="9"/></g>\n'
)
OUTSIDE = "outside the diagram; only #id references within it are allowed"


def svg(body: str, head: str = HEAD) -> bytes:
    return (head + body + "</svg>\n").encode()


def problems(data: bytes) -> list[tuple[int, str, str]]:
    diagram, found = read_diagram("face", "face.svg", data)
    assert diagram is None and all(p.file == "face.svg" for p in found)
    return [(p.line, p.field, p.message) for p in found]


GOOD = svg(
    '<g id="regions" display="none">\n'
    '  <circle id="top" cx="100" cy="80" r="50" fill="red" style="x" class="c" stroke-width="2"/>\n'
    '  <g id="bottom" opacity="0.5"><rect x="30" y="180" width="50" height="80"/>'
    '<path d="M0 0 L1 1" title="a&quot;b"/></g>\n'
    "</g>\n"
    '<g id="no-go" display="none">\n  <ellipse id="eyes" cx="1" cy="2" rx="3" ry="4"/>\n</g>\n'
)


def test_regions_and_zones_keep_only_their_geometry() -> None:
    diagram, found = read_diagram("face", "face.svg", GOOD)
    assert found == [] and diagram is not None
    assert (diagram.view, diagram.file, diagram.svg, diagram.viewbox) == ("face", "face.svg", GOOD, (0, 0, 200, 300))
    assert list(diagram.regions) == ["top", "bottom"] and list(diagram.zones) == ["eyes"]
    top, bottom = diagram.regions["top"], diagram.regions["bottom"]
    assert (top.id, top.line, top.shape_xml) == ("top", 4, '<circle id="top" cx="100" cy="80" r="50"/>')
    assert top.outline_xml == '<circle id="top" cx="100" cy="80" r="50" vector-effect="non-scaling-stroke"/>'
    assert bottom.line == 5
    assert bottom.shape_xml == (
        '<g id="bottom"><rect x="30" y="180" width="50" height="80"/><path d="M0 0 L1 1" title="a&quot;b"/></g>'
    )
    assert bottom.outline_xml == (
        '<g id="bottom"><rect x="30" y="180" width="50" height="80" vector-effect="non-scaling-stroke"/>'
        '<path d="M0 0 L1 1" title="a&quot;b" vector-effect="non-scaling-stroke"/></g>'
    )
    assert diagram.zones["eyes"].shape_xml == '<ellipse id="eyes" cx="1" cy="2" rx="3" ry="4"/>'


def test_a_viewbox_with_commas_and_an_offset_is_read() -> None:
    head = HEAD.replace('viewBox="0 0 200 300"', 'viewBox="-10,5.5, 200 ,300"')
    diagram, _ = read_diagram("face", "face.svg", svg('<g id="regions"><circle id="a" r="1"/></g>\n', head))
    assert diagram is not None and diagram.viewbox == (-10, 5.5, 200, 300)


@pytest.mark.parametrize("box", ["", "0 0 200", "0 0 0 300", "0 0 200 -1", "0 0 inf 300", "a b c d", "0 0 nan 3"])
def test_a_viewbox_without_a_positive_size_is_refused(box: str) -> None:
    head = HEAD.replace('viewBox="0 0 200 300"', f'viewBox="{box}"')
    assert problems(svg('<g id="regions"><circle id="a" r="1"/></g>\n', head)) == [
        (1, "viewBox", "needs four numbers with a positive width and height")
    ]


def test_missing_layers_are_named() -> None:
    no_artwork = b'<svg viewBox="0 0 1 1"><g id="regions"><circle id="a" r="1"/></g></svg>'
    assert problems(no_artwork) == [(1, "artwork", 'no top-level <g id="artwork"> layer')]
    assert problems(svg("")) == [(1, "regions", 'no top-level <g id="regions"> layer with regions in it')]
    assert problems(svg('<g id="regions"></g>\n')) == [
        (1, "regions", 'no top-level <g id="regions"> layer with regions in it')
    ]
    nested = svg('<g id="x"><g id="regions"><circle id="a" r="1"/></g></g>\n')  # not at the top: not the layer
    assert problems(nested) == [(1, "regions", 'no top-level <g id="regions"> layer with regions in it')]
    wrong_root = b'<html><g id="artwork"/><g id="regions"><circle id="a" r="1"/></g></html>'
    assert problems(wrong_root) == [(1, "svg", "the root element is <html>, not <svg>")]


def test_what_a_region_layer_may_not_hold_is_named_with_its_line() -> None:
    data = svg(
        '<g id="regions" transform="scale(2)">\n'
        '  <circle cx="1" r="1"/>\n'
        '  <g id="cheek" transform="translate(1)"><rect width="1" height="1"/></g>\n'
        '  <text id="label">x</text>\n'
        '  <path id="empty" d="  "/>\n'
        '  <g id="jaw"><path/></g>\n'
        "</g>\n"
        '<g id="no-go"><rect width="1" height="1"/></g>\n'
    )
    assert problems(data) == [
        (3, "regions.transform", "transforms are not allowed on the regions layer"),
        (4, "regions/<circle>.id", "every region needs an id (the area id)"),
        (5, "regions/cheek.transform", "transforms are not allowed in the regions layer"),
        (6, "regions/label", "<text> is not a shape or a group"),
        (7, "regions/empty.d", "this path has no shape (its d attribute is empty)"),
        (8, "regions/<path>.d", "this path has no shape (its d attribute is empty)"),
        (10, "no-go/<rect>.id", "every no-go zone needs an id (the zone id areas.yaml names)"),
    ]


def test_an_id_used_twice_is_named_with_the_first_line() -> None:
    data = svg('<g id="regions">\n<circle id="a" r="1"/>\n<circle id="a" r="2"/>\n<rect id="artwork"/>\n</g>\n')
    assert problems(data) == [
        (5, "a.id", "this id is already used on line 4"),
        (6, "artwork.id", "this id is already used on line 2"),
    ]


def test_nothing_in_a_diagram_may_reach_outside_it() -> None:
    data = svg(
        '<g id="regions"><circle id="a" r="1"/></g>\n'
        '<image href="file:///etc/passwd"/>\n'
        '<svg:script xmlns:svg="http://www.w3.org/2000/svg" id="s"/>\n'
        '<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="other.svg#x"/>\n'
        '<use href="#a"/>\n'
        '<rect id="r" fill="url(http://x/y)" style="fill: URL( \'#ok\' )"/>\n'
        '<rect id="q" style="background: url(a.png)"/>\n'
        "<style>@IMPORT 'x.css';</style>\n"
        "<style>.a { fill: url(#grad) }</style>\n"
        '<foreignObject id="f"/>\n'
    )
    assert problems(data) == [
        (4, "<'image'>", "<image> is not allowed in a diagram"),  # an element without an id: its tag, quoted
        (4, "<'image'>.href", f"refers to 'file:///etc/passwd', {OUTSIDE}"),
        (5, "s", "<script> is not allowed in a diagram"),
        (6, "<'use'>.xlink:href", f"refers to 'other.svg#x', {OUTSIDE}"),
        (8, "r.fill", "refers to an outside file; only url(#id) is allowed"),
        (9, "q.style", "refers to an outside file; only url(#id) is allowed"),
        (10, "style", "a style that loads an outside file is not allowed"),
        (12, "f", "<foreignObject> is not allowed in a diagram"),
    ]


def test_a_doctype_an_entity_and_deep_nesting_are_refused() -> None:
    doctype = b'<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY e "x">\n]>\n' + svg(
        '<g id="regions"><circle id="a" r="1"/></g>\n'
    )
    assert problems(doctype) == [
        (2, "svg", "a DOCTYPE is not allowed in a diagram (it can name outside files)"),
        (3, "svg", "the entity 'e' is not allowed in a diagram"),
    ]
    deep = svg('<g id="regions"><circle id="a" r="1"/></g>\n' + "<g>" * 70 + "</g>" * 70 + "\n")
    assert problems(deep) == [(4, "svg", "elements nested deeper than 64 levels")]
    fine = svg('<g id="regions"><circle id="a" r="1"/></g>\n' + "<g>" * 63 + "</g>" * 63 + "\n")
    assert read_diagram("face", "face.svg", fine)[1] == []


def test_xml_that_is_not_well_formed_is_named_with_its_line() -> None:
    assert read_diagram("face", "face.svg", b"<svg>\n<g>\n</svg>") == (
        None,
        [Problem("face.svg", 3, "svg", "not well-formed XML: mismatched tag")],
    )


def test_a_region_document_fills_or_outlines_one_shape_on_the_diagram_s_viewbox() -> None:
    head = HEAD.replace('viewBox="0 0 200 300"', 'viewBox="-10 5.5 200 300"')
    diagram, _ = read_diagram("face", "face.svg", svg(GOOD.decode().split("\n", 2)[2].removesuffix("</svg>\n"), head))
    assert diagram is not None
    start = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-10 5.5 200 300">'
    assert region_document(diagram, "top") == (
        f'{start}<g fill="#000000" stroke="none"><circle id="top" cx="100" cy="80" r="50"/></g></svg>'.encode()
    )
    assert (
        region_document(diagram, "top", outline=True, colour="#123456", width=2.5)
        == (
            f'{start}<g fill="none" stroke="#123456" stroke-width="2.5" stroke-linejoin="round">'
            '<circle id="top" cx="100" cy="80" r="50" vector-effect="non-scaling-stroke"/></g></svg>'
        ).encode()
    )
    assert (
        region_document(diagram, "top", outline=True)
        == (
            f'{start}<g fill="none" stroke="#000000" stroke-width="3" stroke-linejoin="round">'
            '<circle id="top" cx="100" cy="80" r="50" vector-effect="non-scaling-stroke"/></g></svg>'
        ).encode()
    )
    assert zone_document(diagram, "eyes", colour="#ff0000") == (
        f'{start}<g fill="#ff0000" stroke="none"><ellipse id="eyes" cx="1" cy="2" rx="3" ry="4"/></g></svg>'.encode()
    )
    assert (
        zone_document(diagram, "eyes", outline=True, width=2)
        == (
            f'{start}<g fill="none" stroke="#000000" stroke-width="2" stroke-linejoin="round" stroke-dasharray="5 3">'
            '<ellipse id="eyes" cx="1" cy="2" rx="3" ry="4" vector-effect="non-scaling-stroke"/></g></svg>'
        ).encode()
    )
    assert zone_document(diagram, "eyes", outline=True) == shape_document(
        diagram, diagram.zones["eyes"], outline=True, width=3.0, dashed=True
    )
    assert b'stroke-dasharray="7.5 4.5"' in zone_document(diagram, "eyes", outline=True)


def test_a_prefixed_forbidden_element_and_a_long_tag_name_are_named_short() -> None:
    long_tag = "t" * 40
    data = svg(
        '<g id="regions"><circle id="a" r="1"/></g>\n'
        '<a:b:image xmlns:a="urn:a" id="i"/>\n'
        f'<{long_tag} href="other.svg"/>\n'
    )
    assert problems(data) == [
        (4, "i", "<image> is not allowed in a diagram"),
        (5, f"<{'t' * 30!r}…>.href", f"refers to 'other.svg', {OUTSIDE}"),
    ]
