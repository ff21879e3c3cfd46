"""Render the diagram SVGs in data/ to PNG previews and check their region layers.

For every ``*.svg`` in the data folder this writes, into ``screenshots/diagrams/``:

* ``NAME-clean.png``: the artwork as the app shows it (the regions layer stays hidden);
* ``NAME.png``: the same render with every region overlaid in its own translucent colour,
  a thin outline and its id as a label.

Each region is drawn by wrapping just that region element in a tiny standalone SVG with the
same viewBox and rendering it with its own QSvgRenderer into the same target rectangle, so
what you see is exactly the geometry the app hit-tests.

Unless ``--no-check`` is given it also checks each diagram the way the app relies on it:
the region ids are exactly the expected ones and each occurs once, the regions layer has no
``transform``, regions do not overlap, neighbouring regions leave a gap of at least
``--gap`` units, regions lie on the drawn figure, and every region part is big enough to
touch (the diameter of the largest circle that fits inside it).

A Qt message handler is installed: any Qt warning while loading or rendering makes the
script exit non-zero, as the app's tests do. Failed checks also exit non-zero.

Usage::

    .venv/bin/python tools/preview_diagrams.py [--height 1000] [--data data]
        [--out screenshots/diagrams] [--no-check]
"""

from __future__ import annotations

import argparse
import colorsys
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QByteArray,
    QMessageLogContext,
    QRectF,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG_NS = "http://www.w3.org/2000/svg"
NS = {"svg": SVG_NS}

#: The region ids each diagram must hold, exactly.
EXPECTED_IDS: dict[str, list[str]] = {
    "face": [
        "forehead",
        "temples-head",
        "eye-area",
        "nose-sinuses",
        "cheeks",
        "lips-mouth",
        "jawline-jowls",
        "chin",
        "neck",
    ],
    "body-front": ["chest-shoulders", "arms", "belly", "thighs", "knees-legs"],
    "body-back": ["upper-back", "lower-back", "glutes", "back-thighs", "calves"],
}
#: Smallest comfortable touch size per diagram, in viewBox units.
MIN_SIZE: dict[str, float] = {"face": 44.0, "body-front": 40.0, "body-back": 40.0}

BACKGROUND = QColor("#F7F5F2")
CHECK_HEIGHT = 2000  # px: resolution of the overlap, gap and coverage checks

_qt_problems: list[str] = []


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Remember every Qt warning (or worse) and echo it to stderr."""
    if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        _qt_problems.append(message)
        print(f"Qt {mode.name}: {message}", file=sys.stderr)


@dataclass
class Region:
    """One direct child of the regions layer: an area id and its path data (one per part)."""

    id: str
    parts: list[str] = field(default_factory=list)


@dataclass
class Diagram:
    """A parsed diagram file."""

    name: str
    path: Path
    viewbox: QRectF
    regions: list[Region]
    problems: list[str]


def parse_diagram(path: Path) -> Diagram:  # noqa: C901 - a checklist for whoever draws the SVGs: one branch per rule
    """Read the viewBox and the regions layer of one diagram, noting structural problems."""
    problems: list[str] = []
    root = ET.parse(path).getroot()
    x, y, w, h = (float(v) for v in root.get("viewBox", "0 0 0 0").replace(",", " ").split())
    layers = [child.get("id") for child in root if child.tag == f"{{{SVG_NS}}}g"]
    # artwork and regions, then the optional no-go zones and the shapes that open another view (views).
    if layers[:2] != ["artwork", "regions"] or not set(layers[2:]) <= {"no-go", "views"}:
        problems.append(f"top-level layers are {layers}, expected artwork, regions (and no-go, views)")
    all_ids = [str(el.get("id")) for el in root.iter() if el.get("id")]
    for dup in sorted({i for i in all_ids if all_ids.count(i) > 1}):
        problems.append(f"id {dup!r} occurs {all_ids.count(dup)} times")
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag in ("filter", "mask", "clipPath", "pattern", "text", "image", "style", "use"):
            problems.append(f"forbidden element <{tag}>")
        if el.get("class") is not None or el.get("style") is not None:
            problems.append(f"<{tag}> uses class/style attributes")
    layer = root.find("svg:g[@id='regions']", NS)
    regions: list[Region] = []
    if layer is None:
        problems.append("no <g id='regions'> layer")
    else:
        if layer.get("display") != "none":
            problems.append("regions layer is not display='none'")
        for el in layer.iter():
            if el.get("transform") is not None:
                problems.append(f"transform in regions layer on {el.get('id') or el.tag}")
        for child in layer:
            tag = child.tag.split("}")[-1]
            rid = child.get("id") or "?"
            if tag == "path":
                regions.append(Region(rid, [child.get("d", "")]))
            elif tag == "g":
                parts = []
                for sub in child:
                    if sub.tag.split("}")[-1] != "path":
                        problems.append(f"{rid}: group child <{sub.tag}> is not a path")
                    else:
                        parts.append(sub.get("d", ""))
                regions.append(Region(rid, parts))
            else:
                problems.append(f"regions child <{tag}> is neither path nor g")
    name = path.stem
    if name in EXPECTED_IDS:
        got = [r.id for r in regions]
        want = EXPECTED_IDS[name]
        if sorted(got) != sorted(want):
            problems.append(f"region ids {sorted(got)} differ from expected {sorted(want)}")
    return Diagram(name, path, QRectF(x, y, w, h), regions, problems)


def standalone_svg(
    viewbox: QRectF,
    parts: list[str],
    fill: str = "#000000",
    fill_opacity: float = 1.0,
    stroke: str | None = None,
    stroke_width: float = 0.0,
    part_id: str | None = None,
) -> QByteArray:
    """A tiny SVG with the given viewBox holding only the given path data."""
    vb = f"{viewbox.x():g} {viewbox.y():g} {viewbox.width():g} {viewbox.height():g}"
    stroke_attrs = (
        f' stroke="{stroke}" stroke-width="{stroke_width:g}" stroke-linejoin="round"' if stroke else ' stroke="none"'
    )
    id_attr = f' id="{part_id}"' if part_id else ""
    paths = "".join(
        f'<path{id_attr} d="{d}" fill="{fill}" fill-opacity="{fill_opacity:g}"{stroke_attrs}/>' for d in parts
    )
    text = f'<svg xmlns="{SVG_NS}" viewBox="{vb}">{paths}</svg>'
    return QByteArray(text.encode("utf-8"))


def load_renderer(data: QByteArray | str) -> QSvgRenderer:
    """A QSvgRenderer for SVG bytes or a file name; invalid SVG is an error."""
    renderer = QSvgRenderer(data)
    if not renderer.isValid():
        raise ValueError("QSvgRenderer could not load the SVG")
    return renderer


def target_size(viewbox: QRectF, height: int) -> tuple[int, int]:
    """Pixel size of a render at the given height, keeping the viewBox aspect ratio."""
    return max(1, round(viewbox.width() * height / viewbox.height())), height


def new_image(width: int, height: int, background: QColor | None = None) -> QImage:
    """An ARGB image, transparent unless a background colour is given."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background if background is not None else Qt.GlobalColor.transparent)
    return image


def render_into(
    image: QImage, data: QByteArray | str, antialias: bool = True, mode: QPainter.CompositionMode | None = None
) -> None:
    """Render an SVG over the whole image."""
    renderer = load_renderer(data)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
    if mode is not None:
        painter.setCompositionMode(mode)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()


def covered_pixels(image: QImage) -> int:
    """Number of pixels with non-zero alpha."""
    alpha = bytes(image.constBits())[3::4]
    return len(alpha) - alpha.count(0)


def alpha_bbox(image: QImage) -> QRectF:
    """Pixel bounding box of the non-transparent pixels (empty if none)."""
    w, h = image.width(), image.height()
    alpha = bytes(image.constBits())[3::4]
    rows = [y for y in range(h) if alpha[y * w : (y + 1) * w].count(0) < w]
    if not rows:
        return QRectF()
    cols = [x for x in range(w) if any(alpha[y * w + x] for y in range(rows[0], rows[-1] + 1))]
    return QRectF(cols[0], rows[0], cols[-1] - cols[0] + 1, rows[-1] - rows[0] + 1)


def region_colour(index: int, count: int) -> QColor:
    """A distinct, fairly saturated colour for region number index."""
    r, g, b = colorsys.hsv_to_rgb((index / max(count, 1) + 0.02) % 1.0, 0.75, 0.85)
    return QColor.fromRgbF(r, g, b)


def render_previews(diagram: Diagram, height: int, out_dir: Path) -> None:
    """Write NAME-clean.png and NAME.png (with the regions overlaid and labelled)."""
    width, height = target_size(diagram.viewbox, height)
    image = new_image(width, height, BACKGROUND)
    render_into(image, str(diagram.path))
    out_dir.mkdir(parents=True, exist_ok=True)
    image.save(str(out_dir / f"{diagram.name}-clean.png"))

    px_per_unit = height / diagram.viewbox.height()
    labels: list[tuple[str, QRectF, QColor]] = []
    for index, region in enumerate(diagram.regions):
        colour = region_colour(index, len(diagram.regions))
        data = standalone_svg(
            diagram.viewbox, region.parts, colour.name(), 0.45, colour.darker(140).name(), 1.5 / px_per_unit
        )
        render_into(image, data)
        for part in region.parts:  # label every part, so a group's label is not off-shape
            mask = new_image(width, height)
            render_into(mask, standalone_svg(diagram.viewbox, [part]), antialias=False)
            labels.append((region.id, alpha_bbox(mask), colour))

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(11, round(height / 60)))
    font.setBold(True)
    painter.setFont(font)
    for rid, box, colour in labels:
        if box.isEmpty():
            continue
        text_rect = painter.fontMetrics().boundingRect(rid)
        x = box.center().x() - text_rect.width() / 2
        y = box.center().y() + text_rect.height() / 3
        path = QPainterPath()
        path.addText(x, y, font, rid)
        painter.strokePath(path, QPen(QColor(255, 255, 255, 230), 4))
        painter.fillPath(path, colour.darker(190))
    painter.end()
    image.save(str(out_dir / f"{diagram.name}.png"))


def _mask(diagram: Diagram, parts: list[str], size: tuple[int, int], halo: float = 0.0) -> QImage:
    """Aliased mask of the given parts, grown by ``halo`` units when halo > 0."""
    image = new_image(*size)
    data = standalone_svg(diagram.viewbox, parts, stroke="#000000" if halo else None, stroke_width=2 * halo)
    render_into(image, data, antialias=False)
    return image


def _intersection(a: QImage, b: QImage) -> int:
    """Pixels covered in both masks."""
    both = a.copy()
    painter = QPainter(both)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, b)
    painter.end()
    return covered_pixels(both)


def inscribed_diameter(viewbox: QRectF, d: str) -> tuple[float, float, float]:
    """(bbox width, bbox height, diameter of the largest circle inside the part), in units."""
    bounds = load_renderer(standalone_svg(viewbox, [d], part_id="part")).boundsOnElement("part")
    pad = 4.0
    box = bounds.adjusted(-pad, -pad, pad, pad)
    scale = 4.0  # px per unit
    size = (max(1, round(box.width() * scale)), max(1, round(box.height() * scale)))

    def survives(radius: float) -> bool:
        image = new_image(*size)
        render_into(image, standalone_svg(box, [d]), antialias=False)
        eraser = standalone_svg(box, [d], fill="none", fill_opacity=0.0, stroke="#000000", stroke_width=2 * radius)
        render_into(image, eraser, antialias=False, mode=QPainter.CompositionMode.CompositionMode_DestinationOut)
        return covered_pixels(image) > 8  # ignore rasterisation specks at sharp joins

    lo, hi = 0.0, min(bounds.width(), bounds.height()) / 2 + 1
    for _ in range(10):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if survives(mid) else (lo, mid)
    return bounds.width(), bounds.height(), 2 * lo


def check_diagram(diagram: Diagram, gap: float) -> list[str]:
    """Run the geometric checks; return the problems found (also printing a size table)."""
    problems = list(diagram.problems)
    size = target_size(diagram.viewbox, CHECK_HEIGHT)
    unit = CHECK_HEIGHT / diagram.viewbox.height()

    artwork = new_image(*size)
    render_into(artwork, str(diagram.path), antialias=False)
    masks = {r.id: _mask(diagram, r.parts, size) for r in diagram.regions}

    for rid, mask in masks.items():
        outside = covered_pixels(mask) - _intersection(mask, artwork)
        if outside > 0:
            problems.append(f"{rid}: {outside / unit**2:.0f} square units lie off the figure")

    ids = list(masks)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            overlap = _intersection(masks[a], masks[b])
            if overlap:
                problems.append(f"{a} and {b} overlap ({overlap / unit**2:.0f} square units)")
                continue
            # One pixel of tolerance for rasterisation.
            halo = _mask(diagram, next(r for r in diagram.regions if r.id == a).parts, size, gap - 1.0 / unit)
            if _intersection(halo, masks[b]):
                problems.append(f"{a} and {b} are closer than {gap:g} units")

    minimum = MIN_SIZE.get(diagram.name, 40.0)
    print(
        f"\n{diagram.name}: {len(diagram.regions)} regions "
        f"(viewBox {diagram.viewbox.width():g}x{diagram.viewbox.height():g})"
    )
    print(f"  {'region':<16} part  {'width':>6} {'height':>6}  {'inscribed circle':>16}")
    for region in diagram.regions:
        for n, d in enumerate(region.parts, 1):
            w, h, circle = inscribed_diameter(diagram.viewbox, d)
            flag = "" if circle >= minimum else f"  < {minimum:g}"
            print(f"  {region.id:<16} {n:>4}  {w:6.1f} {h:6.1f}  {circle:16.1f}{flag}")
            if circle < minimum:
                problems.append(f"{region.id} part {n}: inscribed circle {circle:.1f} < {minimum:g}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Render previews (and run checks) for every SVG in the data folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--height", type=int, default=1000, help="preview height in px")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="folder of SVGs")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "diagrams")
    parser.add_argument("--gap", type=float, default=6.0, help="minimum gap between regions")
    parser.add_argument("--no-check", action="store_true", help="only render the previews")
    args = parser.parse_args(argv)

    qInstallMessageHandler(_qt_message_handler)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841

    svgs = sorted(args.data.glob("*.svg"))
    if not svgs:
        print(f"no SVG files in {args.data}", file=sys.stderr)
        return 1
    problems: list[str] = []
    for svg in svgs:
        diagram = parse_diagram(svg)
        render_previews(diagram, args.height, args.out)
        print(f"wrote {args.out / (diagram.name + '.png')} and {diagram.name}-clean.png")
        if not args.no_check:
            problems += [f"{diagram.name}: {p}" for p in check_diagram(diagram, args.gap)]

    for problem in problems:
        print(f"PROBLEM {problem}", file=sys.stderr)
    if _qt_problems:
        print(f"{len(_qt_problems)} Qt warning(s) while loading or rendering", file=sys.stderr)
    if problems or _qt_problems:
        return 1
    print("\nall checks passed" if not args.no_check else "\nrendered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
