"""Reads a diagram SVG: its viewBox and the shapes of its clickable regions layer.

The app draws the artwork as it is and builds tiny one-region documents (core.region_documents)
from the shapes read here, so what is hit-tested is exactly what Qt's SVG renderer draws for
that region. Only a full load reads SVG; a normal start takes the regions from the pack cache."""

from __future__ import annotations

import math
import re
from html import escape
from types import MappingProxyType
from xml.parsers import expat

from core.problems import Problem, excerpt
from core.records import Diagram, Region

MAX_DEPTH = 64  # levels of nested elements; the diagrams use four
# Elements that can run code, embed other documents or read files.
FORBIDDEN = frozenset({"image", "script", "foreignObject", "iframe", "video", "audio", "feImage"})
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)


def _local(name: str) -> str:
    """A tag or attribute name without its namespace prefix (svg:image, xlink:href)."""
    return name.rsplit(":", 1)[-1]


def _outside_reference(css: str) -> bool:
    """Whether CSS text imports a file or uses a url() that is not #id."""
    return "@import" in css.lower() or any(not target.startswith("#") for target in _URL.findall(css))


# The clickable areas, and the parts of areas that their notes say never to treat (optional).
LAYERS = ("regions", "no-go")
SHAPES = frozenset({"path", "rect", "circle", "ellipse", "polygon", "polyline", "line"})
# Presentation is the app's business: region shapes keep only their geometry.
_DROPPED = frozenset(
    {
        "fill",
        "fill-opacity",
        "stroke",
        "stroke-width",
        "stroke-opacity",
        "style",
        "class",
        "opacity",
        "display",
        "visibility",
        "vector-effect",
        "stroke-linejoin",
        "stroke-linecap",
    }
)
_OUTLINE_EXTRA = ' vector-effect="non-scaling-stroke"'


class _Element:
    """One element of the regions layer while it is read; only shapes and groups are kept."""

    __slots__ = ("attrs", "children", "line", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], line: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.line = line
        self.children: list[_Element] = []

    def xml(self, shape_extra: str) -> str:
        kept = "".join(
            f' {name}="{escape(value, quote=True)}"' for name, value in self.attrs.items() if name not in _DROPPED
        )
        if self.tag in SHAPES:
            return f"<{self.tag}{kept}{shape_extra}/>"
        inner = "".join(child.xml(shape_extra) for child in self.children)
        return f"<{self.tag}{kept}>{inner}</{self.tag}>"


class _Reader:
    """Collects the root viewBox, whether there is an artwork layer, and the regions layer."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.viewbox: tuple[float, float, float, float] | None = None
        self.has_artwork = False
        self.regions: list[_Element] = []
        self.zones: list[_Element] = []
        self._layer: list[_Element] = self.regions
        self._layer_name = "regions"
        self._stack: list[_Element] = []
        self._regions_depth = -1
        self._ids: dict[str, int] = {}
        self.parser = expat.ParserCreate()
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._entity
        self._too_deep = False

    def _problem(self, line: int, where: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, where, message))

    def _doctype(self, name: str, *_: object) -> None:
        self._problem(
            self.parser.CurrentLineNumber, "svg", "a DOCTYPE is not allowed in a diagram (it can name outside files)"
        )

    def _entity(self, name: str, *_: object) -> None:
        self._problem(self.parser.CurrentLineNumber, "svg", f"the entity {excerpt(name)} is not allowed in a diagram")

    def _text(self, data: str) -> None:
        if self._stack and _local(self._stack[-1].tag) == "style" and _outside_reference(data):
            self._problem(self.parser.CurrentLineNumber, "style", "a style that loads an outside file is not allowed")

    def _check_element(self, tag: str, attrs: dict[str, str], line: int) -> None:
        """Nothing in a diagram may reach outside it: Qt would read any local file an <image> names."""
        where = attrs.get("id") or f"<{excerpt(tag, 30)}>"
        if _local(tag) in FORBIDDEN:
            self._problem(line, where, f"<{_local(tag)}> is not allowed in a diagram")
        for name, value in attrs.items():
            if _local(name) == "href" and not value.startswith("#"):
                self._problem(
                    line,
                    f"{where}.{name}",
                    f"refers to {excerpt(value)}, outside the diagram; only #id references within it are allowed",
                )
            elif (name == "style" or "url(" in value.lower()) and _outside_reference(value):
                self._problem(line, f"{where}.{name}", "refers to an outside file; only url(#id) is allowed")

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        line = self.parser.CurrentLineNumber
        depth = len(self._stack)
        if depth > MAX_DEPTH and not self._too_deep:
            self._too_deep = True
            self._problem(line, "svg", f"elements nested deeper than {MAX_DEPTH} levels")
        self._check_element(tag, attrs, line)
        element = _Element(tag, attrs, line)
        ident = attrs.get("id")
        if ident:
            # Qt finds a region's bounds by id in the whole document: an id used twice breaks it.
            if ident in self._ids:
                self._problem(line, f"{ident}.id", f"this id is already used on line {self._ids[ident]}")
            self._ids.setdefault(ident, line)
        if depth == 0:
            self._read_root(element)
        elif depth == 1 and tag == "g" and ident == "artwork":
            self.has_artwork = True
        elif depth == 1 and tag == "g" and ident in LAYERS:
            self._regions_depth = depth
            self._layer_name = ident
            self._layer = self.regions if ident == "regions" else self.zones
            if "transform" in attrs:
                self._problem(line, f"{ident}.transform", f"transforms are not allowed on the {ident} layer")
        elif self._regions_depth >= 0:
            self._read_region_part(element, depth)
        self._stack.append(element)

    def _end(self, tag: str) -> None:
        self._stack.pop()
        if len(self._stack) == self._regions_depth:
            self._regions_depth = -1

    def _read_root(self, root: _Element) -> None:
        if root.tag != "svg":
            self._problem(root.line, "svg", f"the root element is <{root.tag}>, not <svg>")
            return
        try:
            numbers = tuple(float(n) for n in root.attrs.get("viewBox", "").replace(",", " ").split())
        except ValueError:
            numbers = ()
        if len(numbers) == 4 and all(math.isfinite(n) for n in numbers) and numbers[2] > 0 and numbers[3] > 0:
            self.viewbox = (numbers[0], numbers[1], numbers[2], numbers[3])
        else:
            self._problem(root.line, "viewBox", "needs four numbers with a positive width and height")

    def _read_region_part(self, element: _Element, depth: int) -> None:
        where = element.attrs.get("id") or f"<{element.tag}>"
        layer = self._layer_name
        if "transform" in element.attrs:
            self._problem(
                element.line, f"{layer}/{where}.transform", f"transforms are not allowed in the {layer} layer"
            )
        if element.tag not in SHAPES and element.tag != "g":
            self._problem(element.line, f"{layer}/{where}", f"<{element.tag}> is not a shape or a group")
        if element.tag == "path" and not element.attrs.get("d", "").strip():
            self._problem(element.line, f"{layer}/{where}.d", "this path has no shape (its d attribute is empty)")
        if depth == self._regions_depth + 1:
            if not element.attrs.get("id"):
                what = (
                    "every region needs an id (the area id)"
                    if layer == "regions"
                    else "every no-go zone needs an id (the zone id areas.yaml names)"
                )
                self._problem(element.line, f"{layer}/<{element.tag}>.id", what)
            self._layer.append(element)
        else:
            self._stack[-1].children.append(element)


def read_diagram(view: str, file: str, svg: bytes) -> tuple[Diagram | None, list[Problem]]:
    """Parse one diagram; returns it (None if unusable) and the problems found."""
    reader = _Reader(file)
    try:
        reader.parser.Parse(svg, True)
    except expat.ExpatError as error:
        return None, [Problem(file, error.lineno, "svg", f"not well-formed XML: {expat.errors.messages[error.code]}")]
    problems = reader.problems
    if not reader.has_artwork:
        problems.append(Problem(file, 1, "artwork", 'no top-level <g id="artwork"> layer'))
    if not reader.regions and not any(p.field.startswith("regions") for p in problems):
        problems.append(Problem(file, 1, "regions", 'no top-level <g id="regions"> layer with regions in it'))
    if problems or reader.viewbox is None:
        return None, problems
    return Diagram(view, file, svg, reader.viewbox, _shapes(reader.regions), _shapes(reader.zones)), []


def _shapes(elements: list[_Element]) -> MappingProxyType:
    shapes: dict[str, Region] = {}
    for element in elements:
        ident = element.attrs.get("id", "")
        if ident and ident not in shapes:
            shapes[ident] = Region(ident, element.line, element.xml(""), element.xml(_OUTLINE_EXTRA))
    return MappingProxyType(shapes)
