"""The "Check a client" panel: large checkboxes with the conditions in plain words, and beside them what the
pack's cautions say of each area, with their sources. It shows what core.client_check decides and keeps
nothing: no file, no log, no history; clear() forgets every tick."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.client_check import CARE, REMINDER, RULED_OUT, AreaCheck, ClientCheck, Reason
from core.records import VIEW_TITLES
from ui.check_marks import care_mark, ruled_out_mark
from ui.lazy_qt import Qt
from ui.theme import WINDOW_TYPE, Theme

EMPTY = "Tick what applies to the client. Nothing is saved: closing this panel forgets it."
TICKED_LEAD = "For a client with:"
NOTHING_TICKED = "nothing ticked yet"


SUMMARY_LINES = 3  # the most lines the summary takes from the results; past them it says how many more


def ticked_line(labels: list[str], shown: int | None = None) -> str:
    """What the summary above the results says: the ticked conditions in the list's order, the first `shown`
    of them named and the rest counted."""
    if not labels:
        return f"{TICKED_LEAD} {NOTHING_TICKED}"
    named = labels if shown is None else labels[:shown]
    more = len(labels) - len(named)
    return f"{TICKED_LEAD} {'; '.join(named)}" + (f" and {more} more" if more else "")


MARK_PIXELS = 22
SCROLLED_LEAST = 40  # px: the least height of the two lists that scroll, so large text leaves the rest whole
SIDE_BY_SIDE_EMS = 34  # the panel's least width, in body-text sizes, for two columns (578 px at the window's size)


def _mark_label(svg: bytes, parent: QWidget, theme: Theme) -> QLabel:
    """A legend's mark, drawn from the same art as the diagram's, as large as the legend's text is."""
    label = QLabel(parent)
    _draw_mark(label, svg, theme)
    return label


def _draw_mark(label: QLabel, svg: bytes, theme: Theme) -> None:
    pixels = round(MARK_PIXELS * theme.scale.small / WINDOW_TYPE.small)  # 22 px at the window's normal size
    ratio = label.devicePixelRatioF()
    pixmap = QPixmap(QSize(pixels, pixels) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, pixels, pixels))  # at any device ratio
    painter.end()
    label.setPixmap(pixmap)


def _groups(areas: list[AreaCheck]) -> list[tuple[str, list[str], tuple[Reason, ...]]]:
    """Areas with the same verdict and reasons, told once: (verdict, area titles, reasons); ruled out first."""
    groups: dict[tuple[str, tuple[Reason, ...]], list[str]] = {}
    for area in areas:
        groups.setdefault((area.verdict, area.reasons), []).append(area.title)
    ordered = sorted(groups.items(), key=lambda item: item[0][0] != RULED_OUT)
    return [(verdict, titles, reasons) for (verdict, reasons), titles in ordered]


def _style(theme: Theme) -> str:
    """The panel's look at `theme`'s colours and sizes."""
    colours, scale = theme
    return f"""
        QFrame#client-check {{ background: {colours.panel}; }}
        QLabel#check-title {{ font-size: {scale.heading}px; font-weight: 600; color: {colours.accent_dark}; }}
        QLabel#check-reminder {{ background: {colours.warning_bg}; color: {colours.warning_text};
            border: 1px solid {colours.warning}; border-radius: 8px; padding: 8px 12px; }}
        QLabel#check-heading {{ font-weight: 600; color: {colours.text}; }}
        QLabel#check-pointed {{ background: {colours.chrome}; border-left: 4px solid {colours.accent_dark};
            padding: 6px 10px; }}
        QLabel#check-ticked {{ background: {colours.chrome}; border-left: 4px solid {colours.border};
            padding: 6px 10px; color: {colours.text}; }}
        QLabel#check-legend {{ color: {colours.muted}; font-size: {scale.small}px; }}
        QCheckBox {{ padding: 6px 2px 2px 4px; }}
        QCheckBox::indicator {{ width: {scale.control - 4}px; height: {scale.control - 4}px; }}
        QCheckBox:focus {{ background: {colours.pressed}; border-radius: 6px; }}
        QLabel#check-condition {{ padding: 7px 0 5px 0; }}
        QScrollArea, QWidget#check-boxes, QTextBrowser#check-results {{ border: none;
            background: {colours.panel}; }}
        """


class _Wrapped(QLabel):
    """A checkbox's label that wraps (a QCheckBox's own text never does); a click on it ticks the box.

    Signals:
        clicked(): pressed and released with the left button.
    """

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class _Summary(QLabel):
    """The ticked conditions above the results, in at most SUMMARY_LINES lines (every one in its accessible
    name). Plain text: a rich-text label is laid out again for every height a layout asks of it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("check-ticked")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._labels: list[str] = []

    def set_labels(self, labels: list[str]) -> None:
        self._labels = labels
        self.setAccessibleName(ticked_line(labels))
        self._fit(self.contentsRect().width())

    def _fit(self, width: int) -> None:
        """The most conditions named that fit in SUMMARY_LINES lines of `width` px, the rest counted."""
        metrics = self.fontMetrics()
        room = QRect(0, 0, width, 100 * metrics.lineSpacing())
        most = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, "\n".join("x" * SUMMARY_LINES)).height()
        shown = len(self._labels)
        text = ticked_line(self._labels)
        while width > 0 and shown > 1:
            if metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height() <= most:
                break
            shown -= 1
            text = ticked_line(self._labels, shown)
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit(self.contentsRect().width())


def _condition_row(label: str, parent: QWidget) -> tuple[QWidget, QCheckBox]:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    box = QCheckBox(row)
    box.setAccessibleName(label)
    text = _Wrapped(label, row)
    text.setWordWrap(True)
    text.setObjectName("check-condition")
    text.clicked.connect(box.toggle)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(text, 1)
    return row, box


class ClientCheckPanel(QFrame):
    """The conditions to tick, the reminder that this is no clearance, and the verdicts with their reasons.

    Signals:
        marks_changed(list, list): the area ids now ruled out, and those that need care ([] and [] when clear).
        close_requested(): the Close button or Escape.
    """

    marks_changed = Signal(list, list)
    close_requested = Signal()

    def __init__(
        self,
        conditions: tuple[tuple[str, str], ...],
        check: Callable[[list[str]], ClientCheck],
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        """`conditions`: (id, plain label) of each condition, in order; `check` gives the verdicts for ids."""
        super().__init__(parent)
        self.setObjectName("client-check")
        self.setAccessibleName("Check a client")
        self._check = check
        self._labels = dict(conditions)
        self._theme = theme
        self._pointed_area = ""
        self._marks: list[tuple[QLabel, bytes]] = []  # the legend's marks and their art, drawn again when resized
        self.setStyleSheet(_style(theme))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel("Check a client", self)
        title.setObjectName("check-title")
        top.addWidget(title, 1)
        self.clear_button = QPushButton(self)
        self.clear_button.setText("Untick all")
        self.clear_button.setAccessibleName("Untick every condition")
        self.clear_button.clicked.connect(self.clear)
        top.addWidget(self.clear_button)
        self.close_button = QPushButton(self)
        self.close_button.setText("Close")
        self.close_button.setAccessibleName("Close the client check")
        self.close_button.clicked.connect(self.close_requested)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.reminder = QLabel(REMINDER, self)
        self.reminder.setObjectName("check-reminder")
        self.reminder.setWordWrap(True)
        self.reminder.setAccessibleName(REMINDER)
        layout.addWidget(self.reminder)
        columns = self._columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._condition_column(conditions), 5)
        columns.addWidget(self._result_column(), 7)
        layout.addLayout(columns, 1)
        self._show(self._check([]))

    def _column(self, heading: str) -> tuple[QWidget, QVBoxLayout]:
        """A column of the panel under its heading."""
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(heading, column)
        label.setObjectName("check-heading")
        layout.addWidget(label)
        return column, layout

    def _condition_column(self, conditions: tuple[tuple[str, str], ...]) -> QWidget:
        column, layout = self._column("The client has:")
        boxes = QWidget(column)
        boxes.setObjectName("check-boxes")
        boxes_layout = QVBoxLayout(boxes)
        boxes_layout.setContentsMargins(0, 0, 8, 0)
        boxes_layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for ident, label in conditions:
            row, box = _condition_row(label, boxes)
            box.toggled.connect(self._recheck)
            boxes_layout.addWidget(row)
            self.boxes[ident] = box
        boxes_layout.addStretch(1)
        scroll = self.conditions_scroll = QScrollArea(column)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(boxes)
        scroll.setAccessibleName("Conditions")
        scroll.setMinimumHeight(SCROLLED_LEAST)
        layout.addWidget(scroll, 1)
        return column

    def _result_column(self) -> QWidget:
        column, layout = self._column("What the labels and sources say:")
        # What is ticked, with the results: the boxes ticked are often below the fold of a long list.
        self.ticked_summary = _Summary(column)
        layout.addWidget(self.ticked_summary)
        legend = QHBoxLayout()
        legend.setSpacing(6)
        colours = self._theme.colours
        for svg, words in ((ruled_out_mark(colours), "ruled out (hatched)"), (care_mark(colours), "needs care")):
            mark = _mark_label(svg, column, self._theme)
            self._marks.append((mark, svg))
            legend.addWidget(mark)
            text = QLabel(words, column)
            text.setObjectName("check-legend")
            legend.addWidget(text)
            legend.addSpacing(12)
        legend.addStretch(1)
        layout.addLayout(legend)
        self.pointed = QLabel(column)  # the verdict of the area last clicked on the diagram
        self.pointed.setObjectName("check-pointed")
        self.pointed.setWordWrap(True)
        self.pointed.setTextFormat(Qt.TextFormat.RichText)
        self.pointed.setAccessibleName("The area chosen on the diagram")
        self.pointed.hide()
        layout.addWidget(self.pointed)
        # A text view, not a word-wrapped QLabel in a scroll area: that re-laid its text out for every
        # height asked of it, 150 ms a tick (bench/client_check.py).
        self.results = QTextBrowser(column)
        self.results.setObjectName("check-results")
        self.results.setOpenLinks(False)
        self.results.setFrameShape(QFrame.Shape.NoFrame)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setAccessibleName("What the labels and sources say for this client")
        self.results.setMinimumHeight(SCROLLED_LEAST)
        self.results.document().setDocumentMargin(2)
        layout.addWidget(self.results, 1)
        return column

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The two columns side by side where each has room for a line of text, else the results under the
        conditions (at a large text size): nothing is cut off at the side."""
        super().resizeEvent(event)
        if self.isVisible():  # not while it is being placed: decided as it shows (showEvent)
            self._choose_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._choose_columns()

    def _choose_columns(self) -> None:
        wide = self.width() >= SIDE_BY_SIDE_EMS * self._theme.scale.body
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:  # only then, and laid out at once: no stale turn between
            self._columns.setDirection(direction)
            layout = self.layout()
            if layout is not None:
                layout.activate()

    def set_theme(self, theme: Theme) -> None:
        """Shown at `theme`'s sizes from now on (the reader's text size): its own look and the list written again."""
        self._theme = theme
        self.setStyleSheet(_style(theme))
        if self.isVisible():
            self._choose_columns()
        for mark, svg in self._marks:
            _draw_mark(mark, svg, theme)
        self._show(self._last)

    # -- what it shows ------------------------------------------------------------------------

    def results_html(self) -> str:
        """The list as it was written (the view's own toHtml() rewrites it)."""
        return self._html_shown

    def results_text(self) -> str:
        """The list as a reader sees it: plain text."""
        return self.results.toPlainText()

    def ticked(self) -> list[str]:
        return [ident for ident, box in self.boxes.items() if box.isChecked()]

    def tick(self, condition_ids: list[str]) -> None:
        for ident in condition_ids:
            self.boxes[ident].setChecked(True)

    def clear(self) -> None:
        """Untick everything: no condition, no mark, no reason left."""
        self._pointed_area = ""
        for box in self.boxes.values():
            blocked = box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(blocked)
        self._recheck()

    def focus_first(self) -> None:
        next(iter(self.boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def point_at(self, area_id: str) -> None:
        """Say, above the list, what the check says of the area just chosen on the diagram."""
        self._pointed_area = area_id
        self._show_pointed(self._last)

    def _show_pointed(self, check: ClientCheck) -> None:
        area = next((a for a in check.areas if a.area == self._pointed_area), None)
        if area is None or not check.conditions:
            self.pointed.hide()
            return
        reasons = [*check.general, *area.reasons]
        why = "<br>".join(self._reason_html(r) for r in reasons) or escape("No rule from these conditions.")
        verdict = self._verdict_html(area.verdict) if reasons else "<b>NO RULE</b>"
        self.pointed.setText(f"{verdict} · <b>{escape(area.title)}</b><br>{why}")
        self.pointed.show()

    def _recheck(self) -> None:
        self._show(self._check(self.ticked()))

    def _show(self, check: ClientCheck) -> None:
        self._last = check
        self._show_ticked()
        self._show_pointed(check)
        self._html_shown = self._html(check)
        self.results.setHtml(self._html_shown)
        self.results.setAccessibleDescription(f"{self.ticked_summary.accessibleName()}. {self._plain(check)}")
        self.marks_changed.emit(list(check.with_verdict(RULED_OUT)), list(check.with_verdict(CARE)))

    def _show_ticked(self) -> None:
        self.ticked_summary.set_labels([self._labels[ident] for ident in self.ticked()])

    def _reason_html(self, reason: Reason) -> str:
        small = self._theme.scale.small
        muted = self._theme.colours.muted
        conditions = escape(" and ".join(reason.conditions))
        return (
            f"{conditions}: {escape(reason.text)}"
            f"<br><span style='font-size:{small}px; color:{muted}'>Source: {escape(reason.sources)}</span>"
        )

    def _verdict_html(self, verdict: str) -> str:
        colours = self._theme.colours
        colour = colours.warning_text if verdict == RULED_OUT else colours.warning
        return f"<b style='color:{colour}'>{escape(verdict.upper())}</b>"

    def _html(self, check: ClientCheck) -> str:
        if not check.conditions:
            return f"<p>{escape(EMPTY)}</p>"
        parts = []
        for reason in check.general:
            parts.append(
                f"<p>{self._verdict_html(reason.verdict)} · <b>every area</b><br>{self._reason_html(reason)}</p>"
            )
        for view, title in VIEW_TITLES.items():
            areas = [a for a in check.areas if a.view == view]
            own = [a for a in areas if a.reasons]
            unmarked = [a.title for a in areas if a.verdict not in (RULED_OUT, CARE)]
            if not own and not unmarked:
                continue
            parts.append(f"<h4 style='margin-bottom:2px'>{escape(title)}</h4>")
            for verdict, titles, reasons in _groups(own):
                why = "<br>".join(self._reason_html(r) for r in reasons)
                parts.append(f"<p>{self._verdict_html(verdict)} · <b>{escape(', '.join(titles))}</b><br>{why}</p>")
            if unmarked:
                parts.append(f"<p>No rule from these conditions: {escape(', '.join(unmarked))}</p>")
        return "".join(parts)

    def _plain(self, check: ClientCheck) -> str:
        lines = [f"Every area {r.verdict}: {r.text}" for r in check.general]
        lines += [f"{a.title} {a.verdict}: {'; '.join(r.text for r in a.reasons)}" for a in check.areas if a.reasons]
        return ". ".join(lines)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
        else:
            super().keyPressEvent(event)
