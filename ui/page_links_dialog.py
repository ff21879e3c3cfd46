""" "Headings and links": a modal dialog over the window listing the page's headings and its links, opened
with Ctrl+L or from the page's context menu (ui.page_nav).

Enter, Space or a double-click on a row goes there: a heading takes the caret and the keyboard
(ui.page_headings), a link is followed as a click follows it; Escape closes it and gives the keyboard back
where it was. It is a sheet inside the window (a scrim and a card, as the kiosk's sheets are), not a window of
its own: a kiosk keeps its one full-screen window (ui.screen_hold), and nothing here leads out of the app.
For assistive technology it is a modal dialog named "Headings and links" holding two lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAccessible, QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.access_factory import register
from ui.guide_list import GuideList
from ui.lazy_qt import Qt
from ui.page_structure import HEADING, LINK, Item
from ui.theme import Theme

TITLE = "Headings and links"
MARGIN = 32  # px between the card and the window's edge, at least
WIDEST = 1000  # px: the card's widest
SIDE_BY_SIDE = 760  # px: a narrower card stacks its two lists
KEYS_HINT = "Arrow keys: move · Enter: go there · Tab: the other list · Escape: close"
TOUCH_HINT = "Tap a heading or a link, or press Enter, to go there · Escape: close"
LIST_FRAME = 2  # px: a list's border, each side


class PageGuide(QWidget):
    """The dialog of one window's page. `open(items)` shows it on the page's headings and links.

    Signals:
        heading_chosen(object): a heading's row was chosen (its page_structure.Item).
        link_chosen(object): a link's row was chosen (its Item).
        closed(): it closed, by Escape, Close or a choice.
    """

    heading_chosen = Signal(object)
    link_chosen = Signal(object)
    closed = Signal()

    def __init__(self, window: QWidget, theme: Theme, destination: Callable[[str, str], str]) -> None:
        super().__init__(window)
        install_factory()
        self.setObjectName("page-guide")
        self.theme = theme
        self._normal_body = theme.scale.body  # its text size as made; set_theme gives it the reader's
        self._destination = destination
        self._scrim = QColor(theme.colours.scrim)
        self._back_to: QWidget | None = None
        self.headings: list[Item] = []
        self.links: list[Item] = []
        self.description = ""
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card = QFrame(self)
        self.card.setObjectName("guide-card")
        self.card.setStyleSheet(_style(theme))
        body = self._body = QVBoxLayout(self.card)
        body.setContentsMargins(28, 22, 28, 22)
        body.setSpacing(10)
        self.title = QLabel(TITLE, self.card)
        self.title.setObjectName("guide-title")
        self.subtitle = QLabel("", self.card)
        self.subtitle.setObjectName("guide-sub")
        self.subtitle.setWordWrap(True)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(20)
        body.addLayout(self.columns, 1)
        self.heading_list, self._heading_count, self._heading_scroll = self._column("Headings", self._choose_heading)
        self.link_list, self._link_count, self._link_scroll = self._column("Links", self._choose_link)
        foot = QHBoxLayout()
        hint = QLabel(TOUCH_HINT if theme.scale.touch else KEYS_HINT, self.card)
        hint.setObjectName("guide-sub")
        hint.setWordWrap(True)
        foot.addWidget(hint, 1)
        self.close_button = QPushButton("Close", self.card)
        self.close_button.setObjectName("guide-close")
        self.close_button.setAccessibleName("Close")
        self.close_button.clicked.connect(self.dismiss)
        foot.addWidget(self.close_button)
        body.addLayout(foot)
        window.installEventFilter(self)
        self.hide()

    def _column(self, name: str, chosen: Callable[[int], None]) -> tuple[GuideList, QLabel, QScrollArea]:
        column = QVBoxLayout()
        column.setSpacing(6)
        label = QLabel(name, self.card)
        label.setObjectName("guide-column")
        rows = GuideList(name, self.theme, chosen, self.card)
        scroll = QScrollArea(self.card)
        scroll.setObjectName("guide-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(rows)
        rows.row_focused.connect(lambda row: scroll.ensureWidgetVisible(row, 0, 8))
        column.addWidget(label)
        column.addWidget(scroll, 1)
        self.columns.addLayout(column, 1)
        return rows, label, scroll

    # -- opening and closing ---------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """At the reader's text size (ui.text_zoom): its look now, and its rows as they are made at the next open."""
        if theme != self.theme:
            self.theme = theme
            for rows in (self.heading_list, self.link_list):
                rows.theme = theme
            self.card.setStyleSheet(_style(theme))

    def open(self, items: list[Item], page_title: str, back_to: QWidget | None) -> None:
        """Show the page's `items` (its headings and links, in reading order); `back_to` gets the keyboard back
        on Escape."""
        self._back_to = back_to
        self.headings = [item for item in items if item.kind == HEADING]
        self.links = [item for item in items if item.kind == LINK]
        self._fill(self.heading_list, [(h.name, f"heading level {h.level}", h.level) for h in self.headings])
        where = self._destination
        self._fill(self.link_list, [(_plain(link.name), where(link.href, link.name), 0) for link in self.links])
        self._heading_count.setText(_counted(len(self.headings), "Heading"))
        self._link_count.setText(_counted(len(self.links), "Link"))
        self.subtitle.setText(f"On the {page_title} page")
        self.description = (
            f"{page_title} page: {_counted(len(self.headings), 'heading').lower()}, "
            f"{_counted(len(self.links), 'link').lower()}. Enter goes there; Escape closes."
        )
        self._fit()
        self.raise_()
        self.show()
        first = self.heading_list if self.heading_list.rows else self.link_list
        first.current = 0
        first.move_to(0)
        if not first.rows:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, rows: GuideList, entries: list[tuple[str, str, int]]) -> None:
        for row in rows.rows:
            row.hide()
            row.deleteLater()
        rows.rows = []
        rows.current = 0
        for text, detail, level in entries:
            rows.add(text, detail, level)

    def dismiss(self) -> None:
        """Escape or Close: closed, and the keyboard back where it was. The keyboard goes back before the sheet
        hides: hiding the widget that has it first would hand it to the window's first control (Home) for a
        moment, which a screen reader says."""
        if self._back_to is not None:
            self._back_to.setFocus(Qt.FocusReason.OtherFocusReason)
        self.put_away()

    def put_away(self) -> None:
        """Closed, the keyboard left to whoever takes it next (a choice, a fresh start)."""
        if self.isVisible():
            self.hide()
            self._back_to = None
            self.closed.emit()

    def _choose_heading(self, index: int) -> None:
        self.heading_chosen.emit(self.headings[index])  # the keyboard goes there first (see dismiss)
        self.put_away()

    def _choose_link(self, index: int) -> None:
        self.link_chosen.emit(self.links[index])
        self.put_away()

    # -- its place -------------------------------------------------------------------------------

    def _fit(self) -> None:
        """Over the whole window; the card as tall as its lists need, within the window; its lists side by side
        where the card is wide enough, else one above the other."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        grown = self.theme.scale.body / self._normal_body  # a larger text size needs more room for two lists
        width = min(round(WIDEST * grown), parent.width() - 2 * MARGIN)
        side_by_side = width >= SIDE_BY_SIDE * grown
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        self.columns.setDirection(direction)
        lists = [rows.sizeHint().height() + 2 * LIST_FRAME for rows in (self.heading_list, self.link_list)]
        column_head = self._heading_count.sizeHint().height() + 6
        needed = max(lists) + column_head if side_by_side else sum(lists) + 2 * column_head + self.columns.spacing()
        layout = self._body
        margins = layout.contentsMargins()
        others = (self.title, self.subtitle, self.close_button)
        overhead = margins.top() + margins.bottom() + 3 * layout.spacing() + sum(w.sizeHint().height() for w in others)
        height = min(parent.height() - 2 * MARGIN, overhead + needed)
        self.card.setGeometry((parent.width() - width) // 2, (parent.height() - height) // 2, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    # -- keys, touches ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        else:
            event.accept()  # nothing behind the scrim hears a key

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab: the headings, the links, Close, and round again; never behind the scrim."""
        if not self.isVisible():
            return super().focusNextPrevChild(next)
        stops: list[QWidget] = [w for w in (self.heading_list, self.link_list) if w.rows]
        stops.append(self.close_button)
        focus = self.focusWidget()
        here = 0
        for index, stop in enumerate(stops):
            if focus is stop or (focus is not None and stop.isAncestorOf(focus)):
                here = index
                break
        next_index = (here + (1 if next else -1)) % len(stops)
        stops[next_index].setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._scrim)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.card.geometry().contains(event.position().toPoint()):
            self.dismiss()  # a click on the scrim closes it, as Escape does
        event.accept()


def _plain(name: str) -> str:
    """A link's text without the arrow a related-page button draws after it ("Chin ›")."""
    return name.removesuffix("›").rstrip() or name


def _counted(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}" if count else f"No {word.lower()}s"


def _style(theme: Theme) -> str:
    c, s = theme.colours, theme.scale
    chrome = s.chrome or s.body
    return f"""
QFrame#guide-card {{ background: {c.panel}; border-radius: 14px; }}
QLabel#guide-title {{ font-size: {s.heading}px; font-weight: 700; color: {c.text}; }}
QLabel#guide-sub {{ font-size: {s.small}px; color: {c.muted}; }}
QLabel#guide-column {{ font-size: {s.small}px; font-weight: 600; color: {c.muted}; }}
QScrollArea#guide-scroll {{ background: {c.panel}; border: 1px solid {c.border}; border-radius: 8px; }}
QScrollArea#guide-scroll > QWidget > QWidget {{ background: {c.panel}; }}
QPushButton#guide-close {{ font-size: {chrome}px; color: {c.text}; background: {c.chrome};
    border: 1px solid {c.border}; border-radius: 8px; padding: {s.pad}px 22px;
    min-height: {max(s.control, s.touch)}px; }}
QPushButton#guide-close:hover {{ border-color: {c.link}; }}
QPushButton#guide-close:focus {{ border: 2px solid {c.link}; }}
"""


class _DialogInterface(QAccessibleWidget):
    def __init__(self, guide: PageGuide) -> None:
        super().__init__(guide, QAccessible.Role.Dialog, "")
        self._guide = guide

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return TITLE
        if kind == QAccessible.Text.Description:
            return self._guide.description
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.modal = True
        return state


def install_factory() -> None:
    register("PageGuide", lambda widget: _DialogInterface(widget))  # type: ignore[arg-type]
