"""One search result as the results list draws it: its title and kind on a line, and under them a one-line
snippet, cut short with an ellipsis, whose matched words are bold, underlined and in the accent colour (never
colour alone).

Drawn as plain runs of text, measured once for each result at each width: a keystroke lays out no rich text
and makes no widget. Made after the first frame, so Qt's enums are free to use here (see ui.lazy_qt)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.search import Result, snippet_pieces
from ui.theme import Theme

KIND, TITLE, SNIPPET, MARK = range(4)  # the fonts a row is drawn in
GAP = 8  # px at least between the title and the kind after it
SAFETY_KIND = "Safety note"  # its kind in the safety notes' warm colour: it says what to watch for
_LAYOUTS_KEPT = 256


class Run(NamedTuple):
    """A piece of text to draw: which font, which colour, and where (left and baseline, from the row's corner)."""

    font: int
    colour: QColor
    x: float
    y: float
    text: str


class Drawn(NamedTuple):
    """A run laid out once (QStaticText keeps its glyphs), and its top-left corner from the row's."""

    font: int
    colour: QColor
    at: QPointF
    text: QStaticText
    underline: QRectF | None


class RowLook:
    """The fonts, colours and spacing every row is drawn with, from the theme and the list's font."""

    def __init__(self, theme: Theme, font: QFont) -> None:
        colours, scale = theme
        font = QFont(font)
        font.setPixelSize(scale.body)  # the theme's, not the list's: a larger text size (ui.text_zoom) grows it
        kind, title, mark = QFont(font), QFont(font), QFont(font)
        kind.setPixelSize(scale.small)
        title.setWeight(QFont.Weight.DemiBold)
        mark.setWeight(QFont.Weight.Bold)
        self.fonts = (kind, title, QFont(font), mark)
        self.metrics = tuple(QFontMetricsF(f) for f in self.fonts)
        self.text, self.muted = QColor(colours.text), QColor(colours.muted)
        self.safety, self.mark = QColor(colours.warning_text), QColor(colours.accent_dark)
        self.selected, self.hover = QColor(colours.pressed), QColor(colours.chrome)
        self.bar, self.rule = QColor(colours.link), QColor(colours.chrome)
        self.pad_x = 12
        self.pad_y = scale.pad + max(2, round(scale.pad / 4))  # 8 px at the window's normal size
        first, second = self.metrics[TITLE], self.metrics[SNIPPET]
        between = max(3, round(scale.body / 8))  # 3 px at the normal sizes (window and kiosk), more when larger
        self.first_baseline = self.pad_y + first.ascent()
        self.second_baseline = self.pad_y + first.height() + between + second.ascent()
        self.height = max(scale.touch, round(self.pad_y * 2 + first.height() + between + second.height()))

    def runs(self, result: Result, width: int) -> tuple[Run, ...]:
        """Where each piece of `result` goes in a row `width` pixels wide: its title, then its kind at the right
        end of that line, and the snippet under them; what does not fit ends in an ellipsis."""
        right = width - self.pad_x
        kind_colour = self.safety if result.kind == SAFETY_KIND else self.muted
        kind_x = right - self.metrics[KIND].horizontalAdvance(result.kind)
        runs = self._fitted(TITLE, self.text, self.pad_x, self.first_baseline, result.title, kind_x - GAP)
        runs.append(Run(KIND, kind_colour, kind_x, self.first_baseline, result.kind))
        x = float(self.pad_x)
        for text, marked in snippet_pieces(result.snippet, result.marks):
            font, colour = (MARK, self.mark) if marked else (SNIPPET, self.text)
            fitted = self._fitted(font, colour, x, self.second_baseline, text, right)
            runs += fitted
            if not fitted or fitted[0].text != text:
                break
            x += self.metrics[font].horizontalAdvance(text)
        return tuple(runs)

    def underline(self, run: Run) -> QRectF | None:
        """The line under a matched word (drawn by hand: QStaticText draws no underline), or None."""
        if run.font != MARK:
            return None
        metrics = self.metrics[MARK]
        thickness = max(1.0, metrics.lineWidth())
        top = run.y + max(metrics.underlinePos(), thickness + 1)
        return QRectF(run.x, top, metrics.horizontalAdvance(run.text), thickness)

    def _fitted(self, font: int, colour: QColor, x: float, y: float, text: str, right: float) -> list[Run]:
        room = right - x
        if self.metrics[font].horizontalAdvance(text) <= room:
            return [Run(font, colour, x, y, text)]
        cut = self.metrics[font].elidedText(text, Qt.TextElideMode.ElideRight, room)
        if not cut and self.metrics[SNIPPET].horizontalAdvance("…") <= room:
            return [Run(SNIPPET, self.text, x, y, "…")]  # no room for a letter of it: the line still says it goes on
        return [Run(font, colour, x, y, cut)] if cut else []


class ResultRow(QStyledItemDelegate):
    """Draws each row of the results list from its result (`result_at(row)`), selected or under the pointer."""

    def __init__(self, theme: Theme, result_at: Callable[[int], Result | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._result_at = result_at
        self._look = RowLook(theme, parent.font())
        self._layouts: dict[tuple[Result, int], tuple[Drawn, ...]] = {}

    def set_theme(self, theme: Theme, font: QFont) -> None:
        """Rows drawn at `theme`'s sizes from now on (a larger or smaller text size): each is laid out again."""
        self._look = RowLook(theme, font)
        self._layouts.clear()

    def prepare(self, sample: Result) -> None:
        """Lay out and draw `sample` into an image nobody sees: Qt readies each font's shaping and glyphs."""
        image = QImage(2400, self._look.height, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        for run in self._drawn(sample, image.width()):
            painter.setFont(self._look.fonts[run.font])
            painter.drawStaticText(run.at, run.text)
        painter.end()
        self._layouts.clear()

    def row_height(self) -> int:
        return self._look.height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(1, self._look.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        result = self._result_at(index.row())
        if result is None:
            return
        look, rect = self._look, QRect(option.rect)
        state = option.state
        painter.save()
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, look.selected)
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), look.bar)  # not colour alone
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, look.hover)
        if index.row() + 1 < index.model().rowCount():
            painter.fillRect(
                QRect(rect.left() + look.pad_x, rect.bottom(), rect.width() - 2 * look.pad_x, 1), look.rule
            )
        painter.translate(rect.topLeft())
        font = -1
        for run in self._drawn(result, rect.width()):
            if run.font != font:
                font = run.font
                painter.setFont(look.fonts[font])
            painter.setPen(run.colour)
            painter.drawStaticText(run.at, run.text)
            if run.underline is not None:
                painter.fillRect(run.underline, run.colour)
        painter.restore()

    def _drawn(self, result: Result, width: int) -> tuple[Drawn, ...]:
        key = (result, width)
        drawn = self._layouts.get(key)
        if drawn is None:
            if len(self._layouts) >= _LAYOUTS_KEPT:
                self._layouts.clear()
            drawn = self._layouts[key] = tuple(self._laid_out(run) for run in self._look.runs(result, width))
        return drawn

    def _laid_out(self, run: Run) -> Drawn:
        text = QStaticText(run.text)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.prepare(QTransform(), self._look.fonts[run.font])
        at = QPointF(run.x, run.y - self._look.metrics[run.font].ascent())
        return Drawn(run.font, run.colour, at, text, self._look.underline(run))
