"""The clickable diagram: draws one SVG figure and hit-tests its regions by their real shapes."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.records import Diagram
from core.region_documents import region_document, zone_document
from ui.alpha_scan import AlphaGrid
from ui.lazy_qt import Qt
from ui.theme import WINDOW_THEME, Colours, Theme
from ui.touch_targets import GrownRegions, ViewLinks, alpha_at, blank_image

if TYPE_CHECKING:
    from ui.area_label import AreaLabel, Placement
    from ui.check_marks import CheckMarks

# A press that moves further than this (in pixels) is a drag or a scroll, not a tap.
TAP_SLOP = 12
HIT_ALPHA = 128
MARGIN = 16
TRANSPARENT = QColor(0, 0, 0, 0)
CAUTION_SIZE = 20.0
HATCH_WIDTH = 2.0
HATCH_STEP = 7.0


def caution_mark(colours: Colours) -> bytes:
    """A small warm triangle with '!' in white: a note, not an alarm. Vector art, crisp at any scale."""
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20">
<path d="M10 0.5 L19.5 18 L0.5 18 Z" fill="{colours.warning}" stroke="{colours.on_dark}" stroke-width="2"
 stroke-linejoin="round"/>
<path d="M10 7.2 V12.4" stroke="{colours.on_dark}" stroke-width="2.2" stroke-linecap="round"/>
<circle cx="10" cy="15.1" r="1.2" fill="{colours.on_dark}"/>
</svg>""".encode()


def _pen(colour: QColor, width: float) -> QPen:
    """A solid pen, made without QPen(colour, width), whose overloads take Qt's enums (see ui.lazy_qt)."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidthF(width)
    return pen


class _RegionCache:
    """One region at the current size: where it sits, and its tinted mask (device pixels) and tap
    point once they are first needed."""

    __slots__ = ("anchor", "mask", "rect")

    def __init__(self, rect: QRectF) -> None:
        self.rect = rect
        self.mask: QImage | None = None
        self.anchor: QPointF | None = None


class _Drawn(NamedTuple):
    """What one diagram drew at one size, kept while another is shown."""

    diagram: Diagram
    cache: dict[str, _RegionCache]
    zone_cache: dict[str, _RegionCache]
    tints: dict[str, QImage]
    marks: dict[str, list[QPointF]]
    zone_parts: dict[str, list[QPointF]]
    artwork: QPixmap | None
    target: QRectF
    ratio: float


class DiagramView(QWidget):
    """Shows one diagram; hover and focus name an area, a click or tap activates it.

    Signals:
        area_activated(str): an area was clicked, tapped, or chosen with Enter/Space.
        view_requested(str): a shape that opens another view (the head on a body view) was clicked or tapped.
        regions_changed(), region_focused(str), selection_moved(before, after): what ui.diagram_access follows.
    """

    area_activated = Signal(str)
    view_requested = Signal(str)

    # For assistive technology (ui.diagram_access): a new diagram, keyboard focus on a region, a new selection.
    regions_changed = Signal()
    region_focused = Signal(str)
    selection_moved = Signal(str, str)

    def __init__(self, theme: Theme = WINDOW_THEME, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours = theme.colours
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colours.canvas))  # what paintEvent erases to
        self.setPalette(palette)
        self._diagram: Diagram | None = None
        self._renderer: QSvgRenderer | None = None
        self._names: dict[str, str] = {}
        self._caution: frozenset[str] = frozenset()
        self._zones_of: dict[str, tuple[str, ...]] = {}
        self._order: list[str] = []
        self._cache: dict[str, _RegionCache] = {}
        self._zone_cache: dict[str, _RegionCache] = {}
        self._zone_parts: dict[str, list[QPointF]] = {}
        self._kept: dict[tuple[object, ...], _Drawn] = {}  # what each diagram drew at this size (see _rebuild)
        self._tints: dict[str, QImage] = {}
        self._outlines: dict[str, QSvgRenderer] = {}
        self._caution_mark = QSvgRenderer(QByteArray(caution_mark(colours)), self)
        self._hatch_pen = _pen(QColor(colours.warning), HATCH_WIDTH)
        self._stale = True
        self._ratio = 0.0
        self._artwork: QPixmap | None = None
        self._target = QRectF()
        self._selected = ""
        self._attract = ""
        self._found: frozenset[str] = frozenset()
        self._hovered = ""
        self._focused = ""
        self._part_x: float | None = None  # where the pointer was last on the hovered shape (see label_placement)
        self._label: AreaLabel | None = None  # the area names' places and drawing: made for the first name shown
        self._dismissed: tuple[str, str] | None = None  # (hovered, focused) when Escape put the name label away
        self._press: tuple[str, QPointF] | None = None
        self._grown = GrownRegions(0)  # finger-sized hit areas: the kiosk sets a margin
        self._links = ViewLinks()
        self._by_keys = False  # whether the focused region was reached with the keyboard (not a click)
        self._marks: dict[str, list[QPointF]] = {}
        self._marks_drawn = False  # from the frame after the first: placing them reads masks (see caution_marks)
        self._checks: CheckMarks | None = None  # the client check's marks: made on the first check
        self._reserve = 0  # px kept free of the figure at the bottom (the kiosk's attract pill is there)

    def after_first_frame(self) -> None:
        """What the first frame does not need (Qt's enums cost start-up time; see ui.lazy_qt)."""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The view paints its whole background itself, so nothing behind it is repainted on a click.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._marks_drawn = True
        self.update()

    # -- public API ---------------------------------------------------------------------------

    def set_diagram(
        self,
        diagram: Diagram,
        names: dict[str, str],
        caution: frozenset[str],
        zones: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        """Show `diagram`; `names` gives each region's area title, `caution` the marked areas, `zones` the
        no-go zones of each area (shapes of the diagram's no-go layer), hatched while the area is lit."""
        self._diagram = diagram
        self._zones_of = {area: tuple(z for z in ids if z in diagram.zones) for area, ids in (zones or {}).items()}
        # Renderers belong to Python, not to the view: replaced, they are freed at once, not when the view goes.
        self._renderer = QSvgRenderer(QByteArray(diagram.svg))
        self._links.reset(self._renderer, diagram.viewbox)
        self._names = names
        self._caution = caution
        self._order = list(diagram.regions)
        self._hovered = ""
        # Keyboard users keep a focused region when Back or the switch changes the diagram.
        self._focused = self._order[0] if self.hasFocus() and self._order else ""
        self._outlines.clear()
        self._stale = True
        self.setAccessibleName(f"{diagram.view} diagram")
        self.update()
        self.regions_changed.emit()

    def set_selected(self, area_id: str) -> None:
        """Highlight `area_id` (an id not on this diagram, or '', highlights nothing)."""
        if area_id != self._selected:
            self._update_regions(self._selected, area_id)
            before, self._selected = self._selected, area_id
            self.selection_moved.emit(before, area_id)
        if area_id not in self._order and self._focused and not self._by_keys:
            # The ring a click left goes with the page it opened (Back, Home): the outline matches the page.
            self._update_regions(self._focused)
            self._focused = ""
        if self.hasFocus() and area_id in self._order and area_id != self._focused:
            self._update_regions(self._focused, area_id)
            self._focused = area_id

    def set_found(self, area_ids: list[str]) -> None:
        """Light the areas a search found ([] lights none)."""
        found = frozenset(area_ids)
        if found != self._found:
            self._update_regions(*(self._found | found))
            self._found = found

    def found(self) -> frozenset[str]:
        return self._found & frozenset(self._order)

    def set_checked(self, ruled_out: list[str], care: list[str]) -> None:
        """Mark the areas a client check rules out (hatched, a no-entry mark) or asks care for (a round
        "!" mark); [] and [] clear every mark."""
        if self._checks is None:
            if not ruled_out and not care:
                return
            from ui.check_marks import CheckMarks  # on the first check: a start draws no marks

            self._checks = CheckMarks(self._colours)
        self._update_regions(*self._checks.set(ruled_out, care))

    def checked(self, area_id: str) -> str:
        """'ruled out', 'care', or '' for an area the client check leaves unmarked (or off this diagram)."""
        return self._checks.verdict_of(area_id) if self._checks is not None and area_id in self._order else ""

    def region_mask(self, region_id: str) -> QImage:
        """The region's exact shape at device resolution, placed at region_rect()."""
        return self._mask(region_id)

    def set_attract(self, area_id: str) -> None:
        """Light `area_id` gently, as the kiosk's attract loop does ('' lights nothing)."""
        if area_id != self._attract:
            self._update_regions(self._attract, area_id)
            self._attract = area_id

    def attract(self) -> str:
        return self._attract

    def forget_pointer(self) -> None:
        """Drop hover, keyboard focus ring and any half-made press: the next visitor starts clean."""
        self._hovered = self._focused = ""
        self._press = None
        self.update()

    def _update_regions(self, *region_ids: str) -> None:
        """Repaint only around these regions (outline, caution mark, name label included)."""
        if self._stale:
            self.update()
            return
        for region_id in region_ids:
            if region_id in self._cache:
                self.update(self._cache[region_id].rect.adjusted(-26, -70, 26, 70).toAlignedRect())
            for zone_id in self._zones_of.get(region_id, ()):
                self.update(self._zone_cache[zone_id].rect.adjusted(-14, -14, 14, 14).toAlignedRect())
        label_id = self._label_id()
        near = self._part_x if label_id == self._hovered else None
        placement = self._area_label().known(label_id, near) if label_id and label_id in region_ids else None
        if placement is not None:  # a name may stand beside its area, further than the margin above
            self.update(placement.box.toAlignedRect().adjusted(-2, -2, 2, 2))

    def region_ids(self) -> list[str]:
        return list(self._order)

    def selected(self) -> str:
        return self._selected if self._selected in self._order else ""

    def set_touch_margin(self, margin: float) -> None:
        """Grow every region's hit area by `margin` px where no other region is nearer (0: the drawn shapes)."""
        self._grown = GrownRegions(margin)

    def region_at(self, point: QPointF) -> str:
        """The region whose shape (not its bounding box) covers `point`, or whose grown hit area does; or ''."""
        caches = self._caches()
        for region_id, cache in caches.items():
            if cache.rect.contains(point) and self._mask_alpha(region_id, point) >= HIT_ALPHA:
                return region_id
        if self._grown.margin <= 0 or self._diagram is None:
            return ""
        rects = {region_id: cache.rect for region_id, cache in caches.items()}
        return self._grown.region_at(self._diagram, self._target, rects, self.devicePixelRatioF(), point)

    def view_at(self, point: QPointF) -> str:
        """The view a shape under `point` opens (the head on a body view opens 'face'), or ''."""
        self._caches()
        return "" if self.region_at(point) else self._links.view_at(point)

    def point_on_screen(self, x: float, y: float) -> QPointF:
        """Where the diagram's own point (x, y), in its viewBox units, is drawn in the widget."""
        self._caches()
        assert self._diagram is not None
        vx, vy, vw, vh = self._diagram.viewbox
        target = self._target
        return QPointF(target.left() + (x - vx) * target.width() / vw, target.top() + (y - vy) * target.height() / vh)

    def view_link_rect(self, view: str) -> QRectF:
        self._caches()
        return self._links.rect_of(view)

    def region_rect(self, region_id: str) -> QRectF:
        return QRectF(self._caches()[region_id].rect)

    def anchor_of(self, region_id: str) -> QPointF:
        """A point well inside the region: where a finger would tap it."""
        cache = self._caches()[region_id]
        if cache.anchor is None:
            cache.anchor = self._find_anchor(region_id)
        return QPointF(cache.anchor)

    def aspect(self) -> float:
        """The figure's width over its height (0 with no diagram)."""
        return self._diagram.viewbox[2] / self._diagram.viewbox[3] if self._diagram is not None else 0.0

    def width_for_height(self) -> int:
        """The width at which the figure, drawn at this height, fills the view from side to side (margins kept)."""
        return round(self.aspect() * (self.height() - 2 * MARGIN - 4 - self._reserve)) + 2 * MARGIN

    def height_for_figure_width(self, figure_width: float) -> int:
        """The height at which the figure is drawn `figure_width` px wide (margins and the bottom band kept)."""
        return round(figure_width / self.aspect()) + 2 * MARGIN + 4 + self._reserve if self.aspect() else 0

    def set_bottom_reserve(self, pixels: int) -> None:
        """Keep `pixels` at the bottom free of the figure (the kiosk's attract pill stands there)."""
        if pixels != self._reserve:
            self._reserve = pixels
            self._stale = True
            self.update()
            self.regions_changed.emit()  # every region moved

    def bottom_reserve(self) -> int:
        return self._reserve

    def figure_rect(self) -> QRectF:
        """Where the figure is drawn now (its viewBox's box); empty with no diagram."""
        return self._fit() if self._diagram is not None else QRectF()

    def room_below_regions(self, reserve: int) -> float:
        """The pixels between the lowest region and the view's bottom, were `reserve` px kept free at the bottom."""
        caches = self._caches()
        if self._diagram is None or not caches or self._target.isEmpty():
            return float(self.height())
        _, vy, _, vh = self._diagram.viewbox
        lowest = max(cache.rect.bottom() for cache in caches.values())  # in viewBox units below:
        units = vy + (lowest - self._target.top()) * vh / self._target.height()
        target = self._fit(reserve)
        return self.height() - (target.top() + (units - vy) * target.height() / vh)

    def sizeHint(self) -> QSize:
        return QSize(520, 700)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 260)

    # -- geometry and caches ------------------------------------------------------------------

    def _fit(self, reserve: int | None = None) -> QRectF:
        assert self._diagram is not None
        _, _, vw, vh = self._diagram.viewbox
        below = self._reserve if reserve is None else reserve
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN + 4, -MARGIN, -MARGIN - below)
        if area.width() <= 0 or area.height() <= 0:
            return QRectF()
        scale = min(area.width() / vw, area.height() / vh)
        size = QSize(round(vw * scale), round(vh * scale))
        left = area.left() + (area.width() - size.width()) / 2
        top = area.top() + (area.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def _caches(self) -> dict[str, _RegionCache]:
        """Region rects for the current size and screen, rebuilt only when one of them changed."""
        if self._stale or self._ratio != self.devicePixelRatioF():
            self._stale = False
            self._rebuild()
        return self._cache

    def _outline(self, region_id: str) -> QSvgRenderer:
        """The region's outline as vector art, drawn crisply at any scale."""
        if region_id not in self._outlines:
            assert self._diagram is not None
            document = region_document(
                self._diagram, region_id, outline=True, colour=self._colours.accent_dark, width=3
            )
            self._outlines[region_id] = QSvgRenderer(QByteArray(document))
        return self._outlines[region_id]

    def _rebuild(self) -> None:
        """Re-render the artwork and every region mask for the current size and screen; or take back what was
        drawn for this diagram at this size before another was shown (a view switch then costs no re-render)."""
        self._grown.clear()
        key = (id(self._diagram), self.size().toTuple(), self.devicePixelRatioF(), self._reserve)
        kept = self._kept.get(key)
        if kept is not None:
            self._cache, self._zone_cache, self._tints, self._marks, self._zone_parts = kept[1:6]
            self._artwork, self._target, self._ratio = kept.artwork, kept.target, kept.ratio
            self._links.place(self._target)
            return
        self._cache, self._zone_cache, self._tints, self._marks, self._zone_parts = {}, {}, {}, {}, {}
        self._artwork = None
        if self._diagram is None or self._renderer is None:
            return
        self._target = self._fit()
        self._links.place(self._target)
        if self._target.isEmpty():
            return
        ratio = self._ratio = self.devicePixelRatioF()
        pixmap = QPixmap((self._target.size() * ratio).toSize())
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(TRANSPARENT)
        painter = QPainter(pixmap)
        self._renderer.render(painter, QRectF(QPointF(0, 0), self._target.size()))
        painter.end()
        self._artwork = pixmap
        x, y, vw, vh = self._diagram.viewbox
        sx, sy = self._target.width() / vw, self._target.height() / vh
        zone_ids = {z for ids in self._zones_of.values() for z in ids}
        for ident in [*self._order, *zone_ids]:
            bounds = self._renderer.boundsOnElement(ident)
            rect = (
                QRectF(
                    self._target.left() + (bounds.left() - x) * sx,
                    self._target.top() + (bounds.top() - y) * sy,
                    bounds.width() * sx,
                    bounds.height() * sy,
                )
                .adjusted(-2, -2, 2, 2)
                .toAlignedRect()
                .toRectF()
            )
            (self._cache if ident in self._diagram.regions else self._zone_cache)[ident] = _RegionCache(rect)
        # Kept for each diagram at this size only; the diagram itself is kept with them, so its id names no other.
        self._kept = {k: v for k, v in self._kept.items() if k[1:] == key[1:]}
        self._kept[key] = _Drawn(
            self._diagram,
            self._cache,
            self._zone_cache,
            self._tints,
            self._marks,
            self._zone_parts,
            self._artwork,
            self._target,
            self._ratio,
        )

    def _mask(self, region_id: str) -> QImage:
        """The region's exact shape, tinted, at device resolution: made the first time it is needed."""
        cache = self._caches()[region_id]
        if cache.mask is None:
            assert self._diagram is not None
            fill = QSvgRenderer(QByteArray(region_document(self._diagram, region_id, colour=self._colours.region_tint)))
            mask = blank_image(cache.rect, self.devicePixelRatioF())
            painter = QPainter(mask)
            fill.render(painter, self._target.translated(-cache.rect.topLeft()))
            painter.end()
            cache.mask = mask
        return cache.mask

    def _tint(self, region_id: str) -> QImage:
        """The region's tint with its no-go zones cut out: a highlight never covers where not to go."""
        zones = self._zones_of.get(region_id, ())
        if not zones:
            return self._mask(region_id)
        if region_id not in self._tints:
            cache = self._caches()[region_id]
            tint = self._mask(region_id).copy()
            painter = QPainter(tint)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
            for zone_id in zones:
                painter.drawImage(self._zone_cache[zone_id].rect.topLeft() - cache.rect.topLeft(), self._zone(zone_id))
            painter.end()
            self._tints[region_id] = tint
        return self._tints[region_id]

    def _zone(self, zone_id: str) -> QImage:
        """A no-go zone, hatched in the warning colour over a pale wash, at device resolution."""
        cache = self._zone_cache[zone_id]
        if cache.mask is None:
            from PySide6.QtGui import QPainterPath  # here: a plain start draws no zone, and need not load it

            assert self._diagram is not None
            fill = QSvgRenderer(QByteArray(zone_document(self._diagram, zone_id, colour=self._colours.warning_bg)))
            image = blank_image(cache.rect, self.devicePixelRatioF())
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            fill.render(painter, self._target.translated(-cache.rect.topLeft()))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceAtop)
            size = cache.rect.size()
            hatch = QPainterPath()
            offset = -size.height()
            while offset < size.width():
                hatch.moveTo(QPointF(offset, size.height()))
                hatch.lineTo(QPointF(offset + size.height(), 0))
                offset += HATCH_STEP
            # strokePath, not setPen and drawLine: setPen's overloads take Qt's enums (see ui.lazy_qt), and a
            # start on an area draws its zones in the first frame.
            painter.strokePath(hatch, self._hatch_pen)
            painter.end()
            cache.mask = image
        return cache.mask

    def zones_shown(self) -> list[str]:
        """The no-go zones drawn now: those of every lit area (selected, lit by the attract loop, under the
        pointer)."""
        shown: list[str] = []
        for area in (self._selected, self._attract, self._hovered):
            shown += [z for z in self._zones_of.get(area, ()) if z not in shown]
        return shown

    def zone_rect(self, zone_id: str) -> QRectF:
        self._caches()
        return QRectF(self._zone_cache[zone_id].rect)

    def _mask_alpha(self, region_id: str, point: QPointF) -> int:
        mask, rect = self._mask(region_id), self._cache[region_id].rect
        ratio = mask.devicePixelRatio()
        px = int((point.x() - rect.left()) * ratio)
        py = int((point.y() - rect.top()) * ratio)
        if 0 <= px < mask.width() and 0 <= py < mask.height():
            return mask.pixelColor(px, py).alpha()
        return 0

    def _find_anchor(self, region_id: str) -> QPointF:
        """The middle of the longest inside run on the rows nearest the region's centre."""
        rect = self._cache[region_id].rect
        best: tuple[float, QPointF] | None = None
        step = max(1.0, rect.height() / 40)
        for offset in range(0, 40):
            for sign in (1, -1):
                y = rect.center().y() + sign * offset * step
                if not rect.top() < y < rect.bottom():
                    continue
                start = None
                x = rect.left()
                while x <= rect.right() + 1:
                    inside = self._mask_alpha(region_id, QPointF(x, y)) >= 250
                    if inside and start is None:
                        start = x
                    elif not inside and start is not None:
                        length = x - start
                        if best is None or length > best[0]:
                            best = (length, QPointF(start + length / 2, y))
                        start = None
                    x += 1
            if best is not None and best[0] >= min(24.0, rect.width() / 3):
                return best[1]
        return best[1] if best else rect.center()

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        caches = self._caches()
        painter = QPainter(self)
        painter.setClipRegion(event.region())
        painter.eraseRect(QRectF(event.rect()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._artwork is not None:
            painter.drawPixmap(self._target.topLeft(), self._artwork)
        if self._checks is not None:  # under the selection and focus, which stay visible on a marked area
            self._checks.paint(painter, self)
        focused = self._focused if self.hasFocus() else ""
        for region_id, cache in caches.items():
            opacity = 0.0
            if region_id == self._selected:
                opacity = 0.32
            elif region_id == self._attract:
                opacity = 0.4
            elif region_id in (self._hovered, focused):
                opacity = 0.18
            elif region_id in self._found:
                opacity = 0.26
            if opacity:
                painter.setOpacity(opacity)
                painter.drawImage(cache.rect.topLeft(), self._tint(region_id))
                painter.setOpacity(1.0)
            if region_id == self._selected or region_id == focused:
                self._outline(region_id).render(painter, self._target)
        self._paint_caution_marks(painter, caches)
        for zone_id in self.zones_shown():
            self._paint_zone(painter, zone_id)
        self._paint_label(painter)
        painter.end()

    def _paint_caution_marks(self, painter: QPainter, caches: dict[str, _RegionCache]) -> None:
        if self._marks_drawn:  # from the frame after the first (see caution_marks)
            for region_id in self._caution & caches.keys():
                for rect in self.caution_marks(region_id):
                    self._caution_mark.render(painter, rect)

    def _paint_zone(self, painter: QPainter, zone_id: str) -> None:
        """Hatched, outlined with a dashed warm line, the caution mark in its middle: not colour alone."""
        assert self._diagram is not None
        cache = self._zone_cache[zone_id]
        painter.drawImage(cache.rect.topLeft(), self._zone(zone_id))
        key = f"zone:{zone_id}"
        if key not in self._outlines:
            document = zone_document(self._diagram, zone_id, outline=True, colour=self._colours.warning, width=2)
            self._outlines[key] = QSvgRenderer(QByteArray(document))
        self._outlines[key].render(painter, self._target)
        size = CAUTION_SIZE
        if cache.anchor is None:
            cache.anchor = QPointF(1, 1)  # marks the parts below as found
            self._zone_parts[zone_id] = self._parts(self._zone(zone_id), cache.rect)
        for point in self._zone_parts[zone_id]:
            self._caution_mark.render(painter, QRectF(point.x() - size / 2, point.y() - size / 2, size, size))

    @staticmethod
    def _parts(image: QImage, rect: QRectF) -> list[QPointF]:
        """The middle of each side-by-side part of a shape (a left and a right eye): one caution mark each."""
        ratio = image.devicePixelRatio()
        alpha = AlphaGrid(image)
        filled = alpha.columns_reached(range(0, alpha.height, max(1, alpha.height // 24)))
        parts, start = [], None
        for x, full in enumerate([*filled, False]):
            if full and start is None:
                start = x
            elif not full and start is not None:
                middle = (start + x) // 2
                ys = [y for y, value in enumerate(alpha.column(middle)) if value]
                if ys:
                    parts.append(QPointF(rect.left() + middle / ratio, rect.top() + (ys[0] + ys[-1]) / 2 / ratio))
                start = None
        return parts or [rect.center()]

    def caution_rects(self) -> list[QRectF]:
        """Every caution mark drawn on this diagram (an area's name on top of others leaves them in sight)."""
        return [
            rect for region_id in self._order if region_id in self._caution for rect in self.caution_marks(region_id)
        ]

    def caution_marks(self, region_id: str) -> list[QRectF]:
        """Where the region's caution marks are drawn: one on each side-by-side part (both eyes), inside it near
        its top, so a tap on a mark opens the region it sits on."""
        if region_id not in self._marks:
            avoid = [(self._zone(zone), self._zone_cache[zone].rect) for zone in self._zones_of.get(region_id, ())]
            self._marks[region_id] = mark_points(self._mask(region_id), self._caches()[region_id].rect, avoid)
        size = CAUTION_SIZE
        return [QRectF(p.x() - size / 2, p.y() - size / 2, size, size) for p in self._marks[region_id]]

    def _label_id(self) -> str:
        if self._dismissed == (self._hovered, self._focused):
            return ""
        label_id = self._hovered or (self._focused if self.hasFocus() else "")
        return label_id if label_id in self._caches() else ""

    def dismiss_label(self) -> bool:
        """Put the area's name away until the pointer or the keyboard moves to another area (Escape does:
        ui.hover_hint); False when none was shown."""
        if not self.label_text():
            return False
        self._dismissed = (self._hovered, self._focused)
        self.update()
        return True

    def label_text(self) -> str:
        """The area name shown for the hovered or focused region ('' when none)."""
        label_id = self._label_id()
        return self._names.get(label_id, label_id) if label_id else ""

    def label_placement(self) -> Placement | None:
        """Where that name is drawn, and where the pointer keeps it (ui.area_label); None when none is shown."""
        label_id = self._label_id()
        if not label_id:
            return None
        near = self._part_x if label_id == self._hovered else None  # beside the part pointed at (one eye)
        return self._area_label().placement(label_id, self.label_text(), near)

    def label_rect(self) -> QRectF:
        placement = self.label_placement()
        return QRectF(placement.box) if placement is not None else QRectF()

    def drawn_as(self) -> tuple[Diagram | None, tuple[object, ...]]:
        """The diagram, and what its shapes drawn now depend on besides (id, size, pixel ratio, bottom reserve)."""
        self._caches()
        return self._diagram, (id(self._diagram), self.size().toTuple(), self.devicePixelRatioF(), self._reserve)

    def _area_label(self) -> AreaLabel:
        if self._label is None:
            from ui.area_label import AreaLabel  # on the first name shown: a start shows none

            self._label = AreaLabel(self)
        return self._label

    def _paint_label(self, painter: QPainter) -> None:
        label_id = self._label_id()
        if label_id and label_id != self._hovered and self._area_label().known(label_id) is None:
            # The keyboard's (or a click's) name, not placed yet: on the next turn, so the page opened paints first.
            QTimer.singleShot(0, self, self._place_focus_label)
            return
        box = self.label_rect()
        if not box.isEmpty():
            self._area_label().paint(painter, box, self.label_text(), self._colours.text, self._colours.on_dark)

    def _place_focus_label(self) -> None:
        box = self.label_rect()  # found now
        if not box.isEmpty():
            self.update(box.toAlignedRect().adjusted(-2, -2, 2, 2))

    def _area_under(self, point: QPointF, *, pressed: bool = False) -> str:
        """The area the pointer is on: a shown name's first (it is drawn on top), then the shapes'; just off the
        hovered area, on the way to its name, still that one (WCAG 1.4.13). A press opens no area off both."""
        label_id = self._label_id()
        placement = self.label_placement() if label_id and label_id == self._hovered else None
        if placement is None:  # a name the keyboard shows gives way to the pointer
            return self.region_at(point)
        return self._area_label().area_at(point, placement, label_id, pressed=pressed)

    # -- input --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._stale = True
        super().resizeEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self._area_under(event.position())
        named = self._label_id() == hovered and self.label_rect().contains(event.position())
        if hovered and not named and self.region_at(event.position()) == hovered:
            self._part_x = event.position().x()  # on the shape itself: its part says where the name stands
        link = not hovered and bool(self._links.view_at(event.position()))
        if hovered != self._hovered or link:
            self._hovered = hovered
            self._dismissed = None
            shape = Qt.CursorShape.PointingHandCursor if hovered or link else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
        self.update()

    def leaveEvent(self, event: object) -> None:
        self._hovered = ""
        self._dismissed = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            region_id = self._area_under(event.position(), pressed=True)
            self._press = (region_id, event.position())
            self._by_keys = False
            if not region_id and self._focused:  # a tap beside the regions shows nothing
                self._update_regions(self._focused)
                self._focused = ""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        region_id, start = press
        moved = (event.position() - start).manhattanLength()
        if region_id and moved <= TAP_SLOP and self._area_under(event.position(), pressed=True) == region_id:
            self._update_regions(self._focused, region_id)
            self._focused = region_id
            self.area_activated.emit(region_id)
        elif not region_id and moved <= TAP_SLOP:
            view = self._links.view_at(start)
            if view and self._links.view_at(event.position()) == view:
                self.view_requested.emit(view)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        self._by_keys = True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focused:
            self.area_activated.emit(self._focused)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move_focus(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move_focus(-1)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks through the regions first, then on to the next widget."""
        if self.hasFocus() and self._order:
            index = self._order.index(self._focused) if self._focused in self._order else -1
            target = index + (1 if next else -1)
            if 0 <= target < len(self._order):
                self._focused = self._order[target]
                self.update()
                return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # A click gives focus too, but names no region: only the keyboard starts on the first one.
        if self._order and self._focused not in self._order and event.reason() != Qt.FocusReason.MouseFocusReason:
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            self._focused = self._order[-1 if backwards else 0]
            self._by_keys = True
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _move_focus(self, step: int) -> None:
        if not self._order:
            return
        index = self._order.index(self._focused) if self._focused in self._order else -1
        self._focused = self._order[(index + step) % len(self._order)]
        self.update()

    def focused_region(self) -> str:
        return self._focused

    def set_focused_region(self, region_id: str) -> None:
        """Put the keyboard's region focus on `region_id` (as assistive technology asks)."""
        if region_id in self._order:
            self._update_regions(self._focused, region_id)
            self._focused = region_id
            self.update()

    @property
    def _focused(self) -> str:
        """The region keyboard focus is on; every move is told with region_focused."""
        return getattr(self, "_focus_id", "")

    @_focused.setter
    def _focused(self, region_id: str) -> None:
        moved = region_id != self._focused
        self._focus_id = region_id
        if moved and region_id:
            self.region_focused.emit(region_id)


def mark_points(mask: QImage, rect: QRectF, avoid: list[tuple[QImage, QRectF]]) -> list[QPointF]:
    """A caution mark's middle on each side-by-side part of a region's mask (one on each eye): inside the part
    near its bottom, as near its middle as the shapes to `avoid` (the region's no-go zones, drawn at their
    rects) allow."""
    ratio = mask.devicePixelRatio()
    alpha = AlphaGrid(mask)
    step = max(1, round(2 * ratio))
    filled = alpha.columns_reached(range(0, alpha.height, max(1, alpha.height // 16)), HIT_ALPHA)[::step]
    points: list[QPointF] = []
    start = None
    for index, full in enumerate([*filled, False]):
        if full and start is None:
            start = index
        elif not full and start is not None:
            point = _mark_in_part(mask, alpha, rect, avoid, start * step, (index - 1) * step)
            if point is not None:
                points.append(point)
            start = None
    return points or [rect.center()]


def _mark_in_part(
    mask: QImage, alpha: AlphaGrid, rect: QRectF, avoid: list[tuple[QImage, QRectF]], left: int, right: int
) -> QPointF | None:
    ratio = mask.devicePixelRatio()
    half = CAUTION_SIZE / 2
    middle = (left + right) // 2
    column = [y for y, value in enumerate(alpha.column(middle)) if value >= HIT_ALPHA and y % 2 == 0]
    if not column:
        return None
    top, bottom = column[0] / ratio, column[-1] / ratio
    # From the bottom up: under an eye, not over it; at the foot of the neck, clear of its no-go zones.
    y = bottom - CAUTION_SIZE * 0.9
    while y >= (top + bottom) / 2:
        for offset in range(0, (right - left) // 2, 2):
            for x in {middle - offset, middle + offset}:
                centre = QPointF(rect.left() + x / ratio, rect.top() + y)
                box = QRectF(centre.x() - half, centre.y() - half, CAUTION_SIZE, CAUTION_SIZE)
                inside = all(alpha_at(mask, rect, p) >= HIT_ALPHA for p in (box.topLeft(), box.topRight(), centre))
                probes = (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight(), centre)
                if inside and not any(alpha_at(image, at, p) for image, at in avoid for p in probes):
                    return centre
        y -= 4
    return QPointF(rect.left() + middle / ratio, rect.top() + max(bottom - CAUTION_SIZE * 0.9, (top + bottom) / 2))
